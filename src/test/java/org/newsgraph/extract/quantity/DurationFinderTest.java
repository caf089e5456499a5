package org.newsgraph.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.text.Language;
import org.newsgraph.text.Span;

class DurationFinderTest {

    private static final DurationFinder FINDER = new DurationFinder();

    private static TimeSpan only(String text, Language lang) {
        List<TimeSpan> found = FINDER.find(text, lang);
        assertEquals(1, found.size(), () -> "in [" + text + "] found " + found);
        return found.get(0);
    }

    private static String surface(String text, TimeSpan t) {
        return text.substring(t.span().start(), t.span().end());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Acme investira au cours des deux prochaines années.|au cours des deux prochaines années|P2Y",
            "Acme investira sur deux ans.|sur deux ans|P2Y",
            "Acme investira sur quatre ans en Inde.|sur quatre ans|P4Y",
            "Acme investira sur dix ans.|sur dix ans|P10Y",
            "Acme a doublé sa capacité en trois ans.|en trois ans|P3Y",
            "Acme formera des ingénieurs pendant cinq ans.|pendant cinq ans|P5Y",
            "Acme investira sur une décennie.|sur une décennie|P10Y",
            "Acme investira sur une decennie.|sur une decennie|P10Y",
            "Acme investira au cours des 18 prochains mois.|au cours des 18 prochains mois|P18M",
            "Acme investira sur dix-huit mois.|sur dix-huit mois|P18M",
            "Acme investira sur un an et demi.|sur un an et demi|P18M",
            "Acme investira sur 1,5 an.|sur 1,5 an|P18M",
            "Acme investira dans les trois prochaines années.|dans les trois prochaines années|P3Y",
            "Acme investira sur les cinq prochaines années.|sur les cinq prochaines années|P5Y",
            "Acme investira sur une période de sept ans.|sur une période de sept ans|P7Y",
            "Acme investira d'ici deux ans.|d'ici deux ans|P2Y",
            "Acme investira sur la prochaine décennie.|sur la prochaine décennie|P10Y",
            "Acme investira sur 6 trimestres.|sur 6 trimestres|P18M",
            "Acme investira sur 12 semaines.|sur 12 semaines|P12W",
            "Acme investira SUR QUATRE ANS.|SUR QUATRE ANS|P4Y",
            "Acme investira sur\u00A0deux\u00A0ans.|sur\u00A0deux\u00A0ans|P2Y",
    })
    void frenchDurations(String text, String surface, String duration) {
        TimeSpan t = only(text, Language.FR);
        assertEquals(surface, surface(text, t));
        assertEquals(Optional.of(duration), t.duration());
        assertEquals(Optional.empty(), t.endDate());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Acme will invest over the next four years.|over the next four years|P4Y",
            "Acme will invest over four years.|over four years|P4Y",
            "Acme will invest over two years.|over two years|P2Y",
            "Acme will invest over the next ten years.|over the next ten years|P10Y",
            "Acme will hire within three years.|within three years|P3Y",
            "Acme will hire during the next 18 months.|during the next 18 months|P18M",
            "Acme will hire over a decade.|over a decade|P10Y",
            "Acme will hire in the coming five years.|in the coming five years|P5Y",
            "Acme will hire over the next decade.|over the next decade|P10Y",
            "Acme will hire over a five-year period.|over a five-year period|P5Y",
            "Acme will hire over eighteen months.|over eighteen months|P18M",
            "Acme will hire over a year and a half.|over a year and a half|P18M",
            "Acme will hire over a period of six years.|over a period of six years|P6Y",
            "Acme will hire within 90 days.|within 90 days|P90D",
            "Acme will hire over 2 decades.|over 2 decades|P20Y",
    })
    void englishDurations(String text, String surface, String duration) {
        TimeSpan t = only(text, Language.EN);
        assertEquals(surface, surface(text, t));
        assertEquals(Optional.of(duration), t.duration());
        assertEquals(Optional.empty(), t.endDate());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Acme investira d'ici 2027.|d'ici 2027|2027",
            "Acme investira d’ici 2027.|d’ici 2027|2027",
            "Acme investira d'ici à 2030.|d'ici à 2030|2030",
            "Acme investira d'ici fin 2025.|d'ici fin 2025|2025",
            "Acme investira d'ici la fin de 2026.|d'ici la fin de 2026|2026",
            "Acme investira jusqu'en 2030.|jusqu'en 2030|2030",
            "Acme investira à l'horizon 2030.|à l'horizon 2030|2030",
    })
    void frenchHorizons(String text, String surface, String year) {
        TimeSpan t = only(text, Language.FR);
        assertEquals(surface, surface(text, t));
        assertEquals(Optional.of(year), t.endDate());
        assertEquals(Optional.empty(), t.duration(), "a horizon never guesses a duration");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Acme will invest by 2028.|by 2028|2028",
            "Acme will invest by the end of 2026.|by the end of 2026|2026",
            "Acme will invest by end-2026.|by end-2026|2026",
            "Acme will run the plant until 2040.|until 2040|2040",
            "Acme will run the plant through 2035.|through 2035|2035",
    })
    void englishHorizons(String text, String surface, String year) {
        TimeSpan t = only(text, Language.EN);
        assertEquals(surface, surface(text, t));
        assertEquals(Optional.of(year), t.endDate());
        assertEquals(Optional.empty(), t.duration(), "a horizon never guesses a duration");
    }

    @Test
    void aPeriodEndingInAYearGivesBoth() {
        String text = "Acme will invest $2bn over the five years to 2030.";
        TimeSpan t = only(text, Language.EN);
        assertEquals("over the five years to 2030", surface(text, t));
        assertEquals(Optional.of("P5Y"), t.duration());
        assertEquals(Optional.of("2030"), t.endDate());
    }

    @Test
    void aPeriodAndAHorizonInOneSentence() {
        String text = "Acme investira 3 milliards d'euros sur quatre ans, d'ici 2028.";
        List<TimeSpan> found = FINDER.find(text, Language.FR);
        assertEquals(List.of("sur quatre ans", "d'ici 2028"), found.stream().map(t -> surface(text, t)).toList());
        assertEquals(Optional.of("P4Y"), found.get(0).duration());
        assertEquals(Optional.of("2028"), found.get(1).endDate());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Acme fête ses 46 ans d'histoire.",
            "Acme a gagné en quarante ans de présence.",
            "Acme a grandi entre 2011 et 2022.",
            "L'usine, ouverte en 2017, emploie 300 personnes.",
            "Acme est présente depuis 2010.",
            "Acme travaille avec Globex depuis dix ans.",
            "Acme a 30 ans.",
            "Le patron, âgé de 52 ans, investira.",
            "Acme a investi 3 milliards d'euros en 2023.",
            "Acme dispose de plusieurs années de recul.",
    })
    void noFalseDurationsInFrench(String text) {
        assertEquals(List.of(), FINDER.find(text, Language.FR));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "In its 29 years of operations, Acme grew.",
            "Acme grew between 2011 and 2022.",
            "Acme has operated there since 2010.",
            "Acme was founded in 2021.",
            "Acme has over 30 years of experience.",
            "The 52-year-old chief will invest.",
            "Sales rose by 12 percent in 2023.",
            "Acme invested for years.",
            "It was the first time in 20 years.",
    })
    void noFalseDurationsInEnglish(String text) {
        assertEquals(List.of(), FINDER.find(text, Language.EN));
    }

    @Test
    void aTimeSpanStatesSomething() {
        assertThrows(IllegalArgumentException.class,
                () -> new TimeSpan(new Span(0, 1), Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new TimeSpan(new Span(0, 1), Optional.of("2 years"), Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new TimeSpan(new Span(0, 1), Optional.empty(), Optional.of("end of 2027")));
    }
}
