package org.newsgraph.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.text.Language;

class RelativeDaysTest {

    // 2025-03-13 is a Thursday
    private static final String THURSDAY = "2025-03-13";

    @Test
    void aBareWeekdayIsTheLatestOnOrBeforeTheArticlesDay() {
        assertEquals(Optional.of(LocalDate.of(2025, 3, 11)), RelativeDays.resolve("Acme a annoncé mardi un plan.", Language.FR, THURSDAY));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 13)), RelativeDays.resolve("Acme said on Thursday it would invest.", Language.EN, THURSDAY));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 7)), RelativeDays.resolve("Acme said on Friday it would invest.", Language.EN, THURSDAY));
    }

    @Test
    void nextWeekdayYesterdayAndToday() {
        assertEquals(Optional.of(LocalDate.of(2025, 3, 17)), RelativeDays.resolve("Le plan sera signé lundi prochain.", Language.FR, THURSDAY));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 17)), RelativeDays.resolve("It will be signed next Monday.", Language.EN, THURSDAY));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 12)), RelativeDays.resolve("Acme a confirmé hier l'accord.", Language.FR, THURSDAY));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 13)), RelativeDays.resolve("Acme announced today a deal.", Language.EN, THURSDAY));
    }

    @Test
    void anArticleDatedOnlyToTheMonthLeavesTheDayUnresolved() {
        assertEquals(Optional.empty(), RelativeDays.resolve("Acme a annoncé mardi un plan.", Language.FR, "2025-03"));
        assertEquals(Optional.empty(), RelativeDays.resolve("Acme a annoncé mardi un plan.", Language.FR, "2025"));
    }

    @Test
    void aFullDateIsNoRelativeDay() {
        assertEquals(Optional.empty(), RelativeDays.resolve("Le contrat a été signé mardi 4 mars.", Language.FR, THURSDAY));
        assertEquals(Optional.empty(), RelativeDays.resolve("No day is named here.", Language.EN, THURSDAY));
    }
}
