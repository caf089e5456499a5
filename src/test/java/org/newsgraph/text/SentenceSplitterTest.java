package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void everyLineBreakAndFullStopEndsASentence() {
        assertEquals(List.of("Acme to invest", "Acme will invest.", "It said so."),
                sentences("Acme to invest\n\nAcme will invest. It said so."));
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertEquals(List.of("M. Durand et Mr. Smith ont parlé aux U.S. officials.", "Fin."),
                sentences("M. Durand et Mr. Smith ont parlé aux U.S. officials. Fin."));
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertEquals(List.of("« C'est fait. »", "Il a signé."), sentences("« C'est fait. » Il a signé."));
    }

    @Test
    void decimalsAndLowerCaseContinuationsDoNotSplit() {
        assertEquals(List.of("It rose 2.9 percent. then fell."), sentences("It rose 2.9 percent. then fell."));
    }
}
