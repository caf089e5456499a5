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

    /** Lower case, accents dropped, typographic apostrophes and spaces folded. */
    public static String fold(String s) {
        String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return SPACES.matcher(d.replace('’', '\'').replace('‘', '\'').replace('\u00A0', ' ').replace('\u202F', ' ')
                .toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    // compiled once: fold runs for every cue look-up of every token
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
}
