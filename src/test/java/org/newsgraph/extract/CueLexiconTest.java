package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.text.Language;
import org.newsgraph.text.Span;
import org.newsgraph.text.Token;
import org.newsgraph.text.Tokenizer;

/** Cue tables list lemmas; every inflection of a listed verb or noun is a cue. */
class CueLexiconTest {

    private static List<Token> tokens(String text) {
        return Tokenizer.tokens(text, new Span(0, text.length()));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "FR, injectaient, invest-verb",
        "FR, consacreraient, invest-verb",
        "EN, allocating, invest-verb",
        "EN, earmarks, invest-verb"})
    void anInflectionNotInTheTableMatchesThroughItsLemma(Language language, String word, String role) {
        assertFalse(CueLexicon.facts().is(role, language, word), word + " is not itself in the table");
        assertEquals(OptionalInt.of(1), CueLexicon.facts().matchAt(role, language, tokens(word + " 3 millions"), 0));
    }

    @Test
    void aWordWhoseLemmaIsNoCueDoesNotMatch() {
        assertTrue(CueLexicon.facts().matchAt("invest-verb", Language.FR, tokens("mangeaient des pommes"), 0).isEmpty());
    }

    @Test
    void aStemRowReadsEveryFormOfItsWord() {
        CueLexicon cues = CueLexicon.facts();
        assertTrue(cues.is("pay-verb", Language.FR, "débourser"));
        assertTrue(cues.is("pay-verb", Language.FR, "déboursera"));
        assertTrue(cues.is("acquire-verb", Language.FR, "rachètera"));
        assertTrue(cues.is("acquire-verb", Language.FR, "s’offrir"));
        assertFalse(cues.is("acquire-verb", Language.FR, "rachat"), "a stem matches the words it begins, no others");
        assertFalse(cues.is("pay-verb", Language.EN, "débourser"), "a stem keeps its language");
    }
}
