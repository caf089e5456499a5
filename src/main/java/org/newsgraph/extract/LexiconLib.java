package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.text.Token;

/** Reading the bundled lexicon files, and the one normalization every lookup shares. */
public final class LexiconLib {

    private LexiconLib() {
    }

    /** The rows of a tab-separated classpath resource, comments and blank lines skipped. */
    public static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(resource)) {
            out.add(line.split("\t", -1));
        }
        return List.copyOf(out);
    }

    /** The lines of a classpath resource, without comments ({@code #}) and blank lines. */
    public static List<String> lines(String resource) {
        InputStream in = LexiconLib.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing bundled lexicon " + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled lexicon " + resource, e);
        }
        return List.copyOf(out);
    }

    /** Tokens {@code [i, i + n)} as a phrase: words apart, an elision ("l'", "d’") joined to the next word. */
    public static String phrase(List<Token> tokens, int i, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < i + n; k++) {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\'' && sb.charAt(sb.length() - 1) != '’') {
                sb.append(' ');
            }
            sb.append(tokens.get(k).text());
        }
        return sb.toString();
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The folds of the characters that {@link PhraseKeys#foldsAlone} lets fold one by one; null for the others. */
    private static final String[] BY_CHAR = new String[0x2100];

    static {
        for (char c = 0x21; c < BY_CHAR.length; c++) {
            if (PhraseKeys.foldsAlone(String.valueOf(c))) {
                BY_CHAR[c] = foldWhole(String.valueOf(c));
            }
        }
    }

    /** Lower case, accents dropped, typographic apostrophes and spaces folded. */
    public static String fold(String s) {
        String quick = foldByChar(s);
        return quick != null ? quick : foldWhole(s);
    }

    /**
     * The fold of a text whose characters all fold alone, parted by single spaces: their folds put together (no
     * character's fold holds a space or depends on its neighbours). Null for any other text.
     */
    private static String foldByChar(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String f = c == ' ' && s.charAt(i - 1) != ' ' ? " " : c < BY_CHAR.length ? BY_CHAR[c] : null;
            if (f == null) {
                return null;
            }
            if (out == null && (f.length() != 1 || f.charAt(0) != c)) {
                out = new StringBuilder(n + 8).append(s, 0, i);
            }
            if (out != null) {
                out.append(f);
            }
        }
        return out == null ? s : out.toString();
    }

    private static String foldWhole(String s) {
        // called for every phrase looked up: ASCII text has no accent, mark or typographic sign to fold
        String d = isAscii(s) ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("")
                .replace('’', '\'').replace('‘', '\'').replace('\u00A0', ' ').replace('\u202F', ' ');
        String lower = d.toLowerCase(Locale.ROOT);
        return (hasSpaceRun(lower) ? SPACES.matcher(lower).replaceAll(" ") : lower).strip();
    }

    /** Whether a text has spaces that {@code \s+} → one space would change: a run, or a tab or line break. */
    private static boolean hasSpaceRun(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
