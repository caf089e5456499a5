package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> tokens(String text) {
        return Tokenizer.tokens(text, new Span(0, text.length())).stream().map(Token::text).toList();
    }

    @Test
    void frenchElisionsStandApart() {
        assertEquals(List.of("l’", "intelligence", "d'", "Acme", "jusqu’", "à"), tokens("l’intelligence d'Acme jusqu’à"));
    }

    @Test
    void englishPossessivesStandApart() {
        assertEquals(List.of("Globex", "’s", "board", "and", "Acme", "'s", "chief"), tokens("Globex’s board and Acme's chief"));
    }

    @Test
    void dottedAndHyphenatedNamesStayWhole() {
        assertEquals(List.of("U.S.", "Acme.com", "a-t-il", "GPT-4", "AT&T", "."), tokens("U.S. Acme.com a-t-il GPT-4 AT&T."));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "« Oui », a dit M. Dupont";
        for (Token t : Tokenizer.tokens(text, new Span(0, text.length()))) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        assertEquals(List.of("«", "Oui", "»", ",", "a", "dit", "M.", "Dupont"), tokens(text));
    }
}
