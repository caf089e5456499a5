package org.newsgraph.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.fact.NewsDates.Found;
import org.newsgraph.extract.fact.NewsDates.Precision;
import org.newsgraph.text.Language;

class NewsDatesTest {

    private static List<String> values(String line, Language lang) {
        return NewsDates.in(line, lang, false).stream().map(Found::value).toList();
    }

    @Test
    void frenchFormats() {
        assertEquals(List.of("2024-06-01"), values("Mis à jour le samedi 1er juin 2024", Language.FR));
        assertEquals(List.of("2024-02-29"), values("29 février 2024", Language.FR));
        assertEquals(List.of("2024-12-03"), values("3 déc. 2024", Language.FR));
        assertEquals(List.of("2024-05-13"), values("13/05/2024", Language.FR));
        assertEquals(List.of("2024-03-05"), values("05/03/2024", Language.FR));
    }

    @Test
    void englishFormats() {
        assertEquals(List.of("2024-09-05"), values("Sept. 5, 2024", Language.EN));
        assertEquals(List.of("2024-03-05"), values("03/05/2024", Language.EN));
        assertEquals(List.of("2024-05-13"), values("13/05/2024", Language.EN));
        assertEquals(List.of("2024-03"), values("March 2024", Language.EN));
        assertEquals(List.of("2024-04-16"), values("2024-04-16T10:00", Language.EN));
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertEquals(List.of(), values("31 février 2024", Language.FR));
        assertEquals(List.of(), values("2024-13", Language.EN));
        assertEquals(List.of(), values("a 2023-2025 plan", Language.EN));
    }

    @Test
    void dayWithoutYearOnlyWhenAsked() {
        assertEquals(List.of(), NewsDates.in("TOKYO, Jan 19 (Reuters)", Language.EN, false));
        Found f = NewsDates.in("TOKYO, Jan 19 (Reuters)", Language.EN, true).get(0);
        assertEquals(Precision.DAY_NO_YEAR, f.precision());
        assertEquals("2024-01-19", f.inYear(2024).orElseThrow().value());
    }
}
