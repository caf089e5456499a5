package org.newsgraph.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a stretch of text into tokens, news typography included: French elisions ("l’", "d'")
 * and English possessives ("’s") stand apart from their word, dotted abbreviations ("U.S.",
 * "M.") and hyphenated or dotted names ("a-t-il", "Amazon.com", "GPT-4") stay whole.
 *
 * <pre>{@code List<Token> tokens = Tokenizer.tokens(text, new Span(0, text.length()));}</pre>
 */
public final class Tokenizer {

    private static final String APOSTROPHE = "['’]";
    private static final Pattern TOKEN = Pattern.compile(
            // French elision: l' d' qu' n' s' j' c' m' t' jusqu' lorsqu' puisqu'
            "(?i:(?<![\\p{L}])(?:jusqu|lorsqu|puisqu|qu|[ldnsjcmt])" + APOSTROPHE + ")(?=\\p{L})"
            // English possessive
            + "|" + APOSTROPHE + "s(?![\\p{L}])"
            // dotted capitals: U.S., U.K., M.
            + "|(?:\\p{Lu}\\.){2,}|\\p{Lu}\\.(?=\\s+\\p{Lu})"
            // words and numbers with inner hyphens, dots, apostrophes (o'clock), ampersands (AT&T)
            + "|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:(?:[-.&]|" + APOSTROPHE + "(?!s(?![\\p{L}])))[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*"
            // anything else that is not a space
            + "|[^\\s\\u00A0\\u202F]");

    /**
     * Each thread's last sentences and their tokens: every stage of the pipeline tokenizes the article's sentences
     * again, and the same list back lets {@code CueLexicon} reuse what it built for the sentence.
     */
    private static final int KEPT = 256;
    private static final ThreadLocal<Map<Stretch, List<Token>>> RECENT = ThreadLocal.withInitial(() ->
            new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Stretch, List<Token>> eldest) {
                    return size() > KEPT;
                }
            });

    private record Stretch(String text, int start, int end) {
    }

    private Tokenizer() {
    }

    /** The tokens of a stretch of text, an immutable list. */
    public static List<Token> tokens(String text, Span within) {
        return RECENT.get().computeIfAbsent(new Stretch(text, within.start(), within.end()), k -> split(text, within));
    }

    private static List<Token> split(String text, Span within) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(within.start(), within.end());
        while (m.find()) {
            out.add(new Token(new Span(m.start(), m.end()), m.group()));
        }
        return List.copyOf(out);
    }
}
