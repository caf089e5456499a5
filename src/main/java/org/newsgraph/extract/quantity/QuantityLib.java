package org.newsgraph.extract.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Helpers shared by the quantity parsers: a folded view of text that keeps every char index, lexicon
 * loading and regular-expression assembly.
 *
 * <pre>{@code String view = QuantityLib.fold("2,9 milliards d’euros"); // "2,9 milliards d'euros"}</pre>
 */
final class QuantityLib {

    /** The folded form of each char below this bound, precomputed; others fold on the fly. */
    private static final int TABLE_SIZE = 0x2100;
    private static final char[] FOLDED = buildTable();

    private QuantityLib() {
    }

    /**
     * Lower case, accents dropped, every kind of space a plain space, typographic apostrophes straight.
     * The result has the same length as the input, so a match in it is a span of the original.
     */
    static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c < TABLE_SIZE ? FOLDED[c] : foldChar(c);
        }
        return new String(out);
    }

    private static char[] buildTable() {
        char[] table = new char[TABLE_SIZE];
        for (int c = 0; c < TABLE_SIZE; c++) {
            table[c] = foldChar((char) c);
        }
        return table;
    }

    private static char foldChar(char c) {
        if (Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR) {
            return ' ';
        }
        switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u2032', '`', '\u00B4' -> {
                return '\'';
            }
            case '\u2010', '\u2011' -> {
                return '-';
            }
            default -> {
                // fall through to letters
            }
        }
        if (!Character.isLetter(c)) {
            return c;
        }
        char lower = Character.toLowerCase(c);
        String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return Character.isLetter(base) ? base : lower;
    }

    /** The rows of a tab-separated resource, comment and blank lines skipped, each with exactly {@code columns} cells. */
    static List<String[]> readTsv(String resource, int columns) {
        InputStream in = QuantityLib.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ":" + number + ": expected " + columns
                            + " columns, found " + cells.length);
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }

    /** Whether a lexicon row's language column ({@code fr}, {@code en} or {@code *}) covers this language code. */
    static boolean covers(String langCell, String code) {
        return langCell.equals("*") || langCell.equals(code);
    }

    /**
     * A non-capturing alternation of literal forms, longest first so that the regex engine prefers
     * "dollars canadiens" to "dollars"; a form that starts or ends with a letter or digit must not touch
     * another letter or digit there. A space in a form matches any run of spaces.
     */
    static String alternation(Collection<String> forms) {
        return alternation(forms, true);
    }

    /** As {@link #alternation(Collection)}; without {@code boundBefore} a form may touch what precedes it ("1.5bn"). */
    static String alternation(Collection<String> forms, boolean boundBefore) {
        return alternation(forms, boundBefore, false);
    }

    /**
     * As {@link #alternation(Collection, boolean)}; with {@code digitAfter} a form that ends with a letter may
     * touch a digit after it, as a currency written before an amount does ("RM1.2 billion", "USD5m").
     */
    static String alternation(Collection<String> forms, boolean boundBefore, boolean digitAfter) {
        if (forms.isEmpty()) {
            return "(?!)";
        }
        List<String> sorted = forms.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        // the bound before is checked once for a run of forms that all have it, in the same order: the same
        // matches, without the engine checking the character before at every form
        List<String> branches = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String f : sorted) {
            boolean before = boundBefore && Character.isLetterOrDigit(f.charAt(0));
            if (before) {
                run.add(bounded(f, false, digitAfter));
                continue;
            }
            if (!run.isEmpty()) {
                branches.add(BOUND_BEFORE + "(?:" + String.join("|", run) + ")");
                run.clear();
            }
            branches.add(bounded(f, false, digitAfter));
        }
        if (!run.isEmpty()) {
            branches.add(BOUND_BEFORE + "(?:" + String.join("|", run) + ")");
        }
        return "(?:" + String.join("|", branches) + ")";
    }

    private static final String BOUND_BEFORE = "(?<![\\p{L}\\d])";

    /**
     * A zero-width guard to put before a pattern whose every match starts with one of these characters, as one
     * of the forms of {@link #alternation(Collection)} starts: a letter or digit only where no letter or digit
     * precedes it, since such a form must not touch one there. It changes no match; it spares the engine
     * trying each form at every character of a text.
     */
    static String startGuard(String firstChars) {
        StringBuilder alnum = new StringBuilder();
        StringBuilder other = new StringBuilder();
        firstChars.codePoints().distinct().sorted().forEach(c ->
                (Character.isLetterOrDigit(c) ? alnum : other).append("\\x{").append(Integer.toHexString(c)).append('}'));
        List<String> starts = new ArrayList<>();
        if (alnum.length() > 0) {
            starts.add("(?<![\\p{L}\\d])[" + alnum + "]");
        }
        if (other.length() > 0) {
            starts.add("[" + other + "]");
        }
        return starts.isEmpty() ? "(?!)" : "(?=" + String.join("|", starts) + ")";
    }

    /** The first character of each form, as {@link #startGuard} takes them. */
    static String firstChars(Collection<String> forms) {
        StringBuilder out = new StringBuilder();
        forms.forEach(f -> out.appendCodePoint(f.codePointAt(0)));
        return out.toString();
    }

    private static String bounded(String form, boolean boundBefore, boolean digitAfter) {
        String body = Arrays.stream(form.split(" ", -1)).map(Pattern::quote).collect(Collectors.joining(" +"));
        String before = boundBefore && Character.isLetterOrDigit(form.charAt(0)) ? BOUND_BEFORE : "";
        String after = !Character.isLetterOrDigit(form.charAt(form.length() - 1)) ? ""
                : digitAfter ? "(?!\\p{L})" : "(?![\\p{L}\\d])";
        return before + body + after;
    }
}
