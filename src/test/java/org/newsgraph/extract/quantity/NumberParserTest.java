package org.newsgraph.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.text.Language;

class NumberParserTest {

    private static final NumberParser PARSER = new NumberParser();

    private static void assertValue(String expected, String text, Language lang) {
        Optional<BigDecimal> v = PARSER.parse(text, lang);
        assertTrue(v.isPresent(), () -> "no number read from [" + text + "]");
        assertEquals(0, new BigDecimal(expected).compareTo(v.get()), () -> "[" + text + "] read as " + v.get());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2,9|2.9",
            "2.9|2.9",
            "1 000|1000",
            "1\u00A0000|1000",
            "1\u202F000|1000",
            "1\u2009000 000|1000000",
            "1.000|1000",
            "1,000|1000",
            "1.000.000|1000000",
            "1 234,5|1234.5",
            "1.234,56|1234.56",
            "42|42",
            "0,75|0.75",
    })
    void digitsInFrench(String text, String expected) {
        assertValue(expected, text, Language.FR);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2.9|2.9",
            "2,9|2.9",
            "1,000|1000",
            "1,000,000|1000000",
            "1 000|1000",
            "1,234.56|1234.56",
            "1.125|1.125",
            "17|17",
    })
    void digitsInEnglish(String text, String expected) {
        assertValue(expected, text, Language.EN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2,9 milliards|2900000000",
            "600 millions|600000000",
            "1 million|1000000",
            "1,2 milliard|1200000000",
            "1,250 milliard|1250000000",
            "1.5 milliard|1500000000",
            "4 Md|4000000000",
            "4 Mds|4000000000",
            "3 Mrd|3000000000",
            "4 M|4000000",
            "10 k|10000",
            "10 K|10000",
            "3 mille|3000",
            "2 billions|2000000000000",
            "mille milliards|1000000000000",
    })
    void scaleWordsInFrench(String text, String expected) {
        assertValue(expected, text, Language.FR);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1.5 billion|1500000000",
            "1.5bn|1500000000",
            "1.5 bn|1500000000",
            "3m|3000000",
            "3 mn|3000000",
            "3.2 million|3200000",
            "2.26 trillion|2260000000000",
            "1,500 billion|1500000000000",
            "250 thousand|250000",
            "500 crore|5000000000",
            "2 lakh|200000",
            "1.5B|1500000000",
            "2 tn|2000000000000",
    })
    void scaleWordsInEnglish(String text, String expected) {
        assertValue(expected, text, Language.EN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "trois millions|3000000",
            "deux|2",
            "dix|10",
            "dix-huit|18",
            "quarante|40",
            "vingt et un|21",
            "quatre-vingt-dix|90",
            "deux cents|200",
            "un milliard|1000000000",
            "Un Milliard|1000000000",
            "cinquante millions|50000000",
            "un demi-milliard|500000000",
            "une|1",
    })
    void spelledOutFrench(String text, String expected) {
        assertValue(expected, text, Language.FR);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "two hundred|200",
            "a billion|1000000000",
            "a hundred million|100000000",
            "half a billion|500000000",
            "five billion|5000000000",
            "Five Billion|5000000000",
            "eighteen|18",
            "ten|10",
            "twenty-five|25",
            "one hundred and fifty|150",
            "five billions|5000000000",
    })
    void spelledOutEnglish(String text, String expected) {
        assertValue(expected, text, Language.EN);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "  ", "millions", "milliards 2", "billion", "dollars", "deux euros", "12 ans", "abc", "1,2,", "mi"})
    void notANumberPhraseInFrench(String text) {
        assertEquals(Optional.empty(), PARSER.parse(text, Language.FR));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "billions", "a", "the", "two dollars", "deux", "3 apples", "one of them"})
    void notANumberPhraseInEnglish(String text) {
        assertEquals(Optional.empty(), PARSER.parse(text, Language.EN));
    }

    @Test
    void billionIsLongScaleInFrenchAndShortScaleInEnglish() {
        assertEquals(new BigDecimal("1000000000000"), PARSER.parse("1 billion", Language.FR).orElseThrow());
        assertEquals(new BigDecimal("1000000000"), PARSER.parse("1 billion", Language.EN).orElseThrow());
    }

    @Test
    void valuesAreInPlainUnitsWithoutExponent() {
        assertEquals("2900000000", PARSER.parse("2,9 milliards", Language.FR).orElseThrow().toPlainString());
        assertEquals("2900000000", PARSER.parse("2,9 milliards", Language.FR).orElseThrow().toString());
        assertEquals("2.5", PARSER.parse("2,50", Language.FR).orElseThrow().toString());
    }

    @Test
    void aLoneArticleCountsAsOneOnlyForUnitsOfTime() {
        assertEquals(Optional.empty(), PARSER.parse("a", Language.EN));
        assertEquals(BigDecimal.ONE, PARSER.parseCount("a", Language.EN).orElseThrow());
        assertEquals(BigDecimal.ONE, PARSER.parseCount("une", Language.FR).orElseThrow());
    }

    @Test
    void oneParserServesManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<BigDecimal>>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String text = i % 2 == 0 ? "quatre-vingt-dix-huit millions" : "seventy-five billion";
                Language lang = i % 2 == 0 ? Language.FR : Language.EN;
                results.add(pool.submit(() -> PARSER.parse(text, lang)));
            }
            for (int i = 0; i < results.size(); i++) {
                String expected = i % 2 == 0 ? "98000000" : "75000000000";
                assertEquals(new BigDecimal(expected), results.get(i).get().orElseThrow());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
