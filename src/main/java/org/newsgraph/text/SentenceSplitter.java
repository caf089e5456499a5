package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits news text into sentences: every line break ends one (headlines, bylines, datelines
 * stand alone), and so does a full stop, question or exclamation mark followed by a space and
 * a capital or an opening quote, unless the word before it is an abbreviation (M., Mr., U.S., Jan.).
 * Sentences are trimmed of surrounding white space; offsets stay those of the original text.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms",
            "dr", "st", "ste", "jr", "sr", "prof", "gen", "gov", "sen", "rep", "inc", "corp", "co", "ltd", "no",
            "jan", "feb", "fév", "mar", "apr", "avr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "déc",
            "etc", "vs", "cf", "p", "e", "u", "s", "n", "i", "j", "av", "env", "mds", "md", "bd");

    /**
     * The longest sentence, in characters: news sentences stay far below it, and a longer run (a text with
     * no punctuation, a table flattened into one line) is cut at white space below this length, so every
     * later stage works on bounded pieces and a huge line takes time in proportion to its length.
     */
    public static final int MAX_SENTENCE = 2_000;

    private SentenceSplitter() {
    }

    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(text, start, i, out);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?' || c == '…') && endsSentence(text, i)) {
                int end = afterClosing(text, i + 1);
                add(text, start, end, out);
                start = end;
                i = end - 1;
            }
        }
        add(text, start, n, out);
        return List.copyOf(out);
    }

    /** The index past the closing quotes and brackets at {@code from}, French spaced guillemets included. */
    private static int afterClosing(String text, int from) {
        int j = from;
        while (j < text.length()) {
            if (isClosing(text.charAt(j))) {
                j++;
            } else if (j + 1 < text.length() && isSpace(text.charAt(j)) && text.charAt(j + 1) == '»') {
                j += 2;
            } else {
                return j;
            }
        }
        return j;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F';
    }

    private static boolean isClosing(char c) {
        return c == '»' || c == '"' || c == '”' || c == ')' || c == '’' || c == '\'';
    }

    private static boolean endsSentence(String text, int i) {
        int j = afterClosing(text, i + 1);
        if (j >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < text.length() && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') {
            j++;
        }
        if (j >= text.length() || text.charAt(j) == '\n') {
            return true;
        }
        char next = text.charAt(j);
        boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || next == '«' || next == '"' || next == '“';
        if (!opens) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        // the word before the full stop: an abbreviation or a single initial does not end a sentence
        int k = i;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        String word = text.substring(k, i).toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        // "U.S." and the like: a letter, a dot, a letter, a dot
        return !(word.length() == 1 && k >= 2 && text.charAt(k - 1) == '.');
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (end - start > MAX_SENTENCE) {
            int cut = start + MAX_SENTENCE;
            int space = cut;
            while (space > start + MAX_SENTENCE / 2 && !Character.isWhitespace(text.charAt(space - 1))) {
                space--;
            }
            if (space > start + MAX_SENTENCE / 2) {
                cut = space;
            } else if (Character.isLowSurrogate(text.charAt(cut))) {
                cut--; // never between the two halves of one character
            }
            add(text, start, cut, out);
            start = cut;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
