package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertFalse;

import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aRunWithoutPunctuationIsCutIntoBoundedPiecesAtWhiteSpace() {
        String words = "investissement ".repeat(1_000) + "fin";
        List<Span> pieces = SentenceSplitter.split(words);
        assertTrue(pieces.size() > 5, pieces::toString);
        for (Span piece : pieces) {
            assertTrue(piece.end() - piece.start() <= SentenceSplitter.MAX_SENTENCE, piece::toString);
            assertFalse(Character.isWhitespace(words.charAt(piece.start())), piece::toString);
            assertTrue(piece.end() == words.length() || words.charAt(piece.end()) == ' ', "cut at a space: " + piece);
        }
        assertEquals(words.length(), pieces.get(pieces.size() - 1).end());
    }

    @Test
    void aRunWithoutSpaceIsCutHardButNeverInsideACharacter() {
        String run = "a".repeat(1_999) + "\uD835\uDC00".repeat(2_000);
        List<Span> pieces = SentenceSplitter.split(run);
        int covered = 0;
        for (Span piece : pieces) {
            assertTrue(piece.end() - piece.start() <= SentenceSplitter.MAX_SENTENCE, piece::toString);
            assertFalse(Character.isLowSurrogate(run.charAt(piece.start())), piece::toString);
            covered += piece.end() - piece.start();
        }
        assertEquals(run.length(), covered);
    }
}
