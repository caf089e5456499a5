package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.text.Language;

class CueLexiconTest {

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
