package org.newsgraph.extract.name;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.LexiconLib;
import org.newsgraph.extract.PhraseKeys;
import org.newsgraph.text.Language;
import org.newsgraph.text.Token;

/**
 * Job and office titles ({@code lexicon/titles.tsv}), matched over tokens, longest first, and the
 * portfolios that qualify a minister's title ({@code lexicon/portfolios.tsv}).
 *
 * <pre>{@code Optional<Titles.Match> m = Titles.bundled().matchAt(tokens, i);}</pre>
 */
public final class Titles {

    /** Whether a title is a post in an organization, a national public office, or a regional or city office. */
    public enum Scope { ORG, GOV, LOCAL }

    /** A title found at tokens {@code [from, to)}. */
    public record Match(int from, int to, String title, Scope scope) {
    }

    private static final Titles BUNDLED = new Titles();

    private final Map<String, Scope> titles;
    /** Every title's key with each word's final s and x dropped, for ruling out a phrase in one look-up ({@link #bare}). */
    private final Set<String> bareTitles;
    private final Set<String> portfolios;
    private final Map<String, String> synonyms;
    private final int longest;

    private Titles() {
        Map<String, Scope> map = new HashMap<>();
        int max = 1;
        for (String[] row : LexiconLib.rows("/lexicon/titles.tsv")) {
            String key = key(row[1]);
            Scope scope = Scope.valueOf(row[2].toUpperCase(java.util.Locale.ROOT));
            map.put(key, scope);
            map.put(row[0] + ":" + key, scope);
            max = Math.max(max, key.split(" ").length);
        }
        this.titles = Map.copyOf(map);
        this.bareTitles = map.keySet().stream().filter(k -> !k.contains(":")).map(Titles::bare).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.longest = max;
        Set<String> words = new HashSet<>();
        for (String[] row : LexiconLib.rows("/lexicon/portfolios.tsv")) {
            words.add(LexiconLib.fold(row[1]));
        }
        this.portfolios = Set.copyOf(words);
        Map<String, String> same = new HashMap<>();
        for (String[] row : LexiconLib.rows("/lexicon/title-synonyms.tsv")) {
            same.put(key(row[1]), key(row[2]));
        }
        this.synonyms = Map.copyOf(same);
    }

    /**
     * Whether a title as written names the post of a title held, in its words or in others
     * ({@code lexicon/title-synonyms.tsv}): "the CFO" and "chief financial officer", "le patron" and "PDG"; a
     * held title that adds words after it ("chief executive of Europe") is the same post.
     */
    public boolean samePost(String written, String held) {
        String w = key(written);
        String h = key(held);
        if (h.equals(w) || h.startsWith(w + " ")) {
            return true;
        }
        String cw = synonyms.getOrDefault(w, w);
        String ch = synonyms.getOrDefault(h, h);
        return ch.equals(cw) || ch.startsWith(cw + " ");
    }

    public static Titles bundled() {
        return BUNDLED;
    }

    private static String key(String phrase) {
        return LexiconLib.fold(phrase).replace("' ", "'").replace(" - ", "-");
    }

    /** The longest title of this language that starts at token {@code i}. */
    public Optional<Match> matchAt(List<Token> tokens, int i, Language language) {
        return matchAt(tokens, i, language.code() + ":");
    }

    /** The longest title, of either language, that starts at token {@code i}. */
    public Optional<Match> matchAt(List<Token> tokens, int i) {
        return matchAt(tokens, i, "");
    }

    /**
     * As {@link #matchAt(List, int)}, also reading plurals ("cofondateurs", "co-founders", "ministres")
     * as their singular: a plural match's title is the singular as written ("cofondateur").
     */
    public Optional<Match> matchSingularOrPluralAt(List<Token> tokens, int i) {
        PhraseKeys keys = PhraseKeys.of(tokens);
        for (int n = Math.min(longest, tokens.size() - i); n >= 1; n--) {
            // where each letter folds alone, a title or the singular of one keeps its bare key (see bare)
            if (keys.foldsAlone(i, n) && !bareTitles.contains(bare(keys.folded(i, n).replace(" - ", "-")))) {
                continue;
            }
            String written = LexiconLib.phrase(tokens, i, n);
            if (titles.containsKey(key(written))) {
                return Optional.of(new Match(i, i + n, written.toLowerCase(java.util.Locale.ROOT), titles.get(key(written))));
            }
            Optional<String> singular = singular(written);
            if (singular.isPresent()) {
                String one = singular.get();
                return Optional.of(new Match(i, i + n, one.toLowerCase(java.util.Locale.ROOT), titles.get(key(one))));
            }
        }
        return Optional.empty();
    }

    /** The singular of a plural title: a final s or x dropped from every word (-aux read -al), or from the first or the last alone. */
    private Optional<String> singular(String written) {
        String[] words = written.split(" ");
        List<String> tries = List.of(
                String.join(" ", java.util.Arrays.stream(words).map(Titles::dropPlural).toList()),
                // "directeurs généraux adjoints": a French plural in -aux is a singular in -al
                String.join(" ", java.util.Arrays.stream(words).map(w -> w.length() > 4 && w.endsWith("aux")
                        ? w.substring(0, w.length() - 3) + "al" : dropPlural(w)).toList()),
                dropPlural(words[0]) + written.substring(words[0].length()),
                written.substring(0, written.length() - words[words.length - 1].length()) + dropPlural(words[words.length - 1]));
        return tries.stream().filter(t -> !t.equals(written) && titles.containsKey(key(t))).findFirst();
    }

    private static String dropPlural(String word) {
        boolean plural = word.length() > 3 && (word.endsWith("s") || word.endsWith("x"));
        return plural ? word.substring(0, word.length() - 1) : word;
    }

    private Optional<Match> matchAt(List<Token> tokens, int i, String prefix) {
        PhraseKeys keys = PhraseKeys.of(tokens);
        for (int n = Math.min(longest, tokens.size() - i); n >= 1; n--) {
            // the key of the phrase, as key(LexiconLib.phrase(tokens, i, n)) gives it
            Scope scope = titles.get(prefix + keys.folded(i, n).replace(" - ", "-"));
            if (scope != null) {
                return Optional.of(new Match(i, i + n, LexiconLib.phrase(tokens, i, n).toLowerCase(java.util.Locale.ROOT), scope));
            }
        }
        return Optional.empty();
    }

    /**
     * A title key with every final s and x of its words dropped, words parted by spaces and hyphens: a phrase
     * whose letters fold alone and whose bare key is no title's is neither a title nor the plural of one, since
     * a singular drops an s or x at the end of a word and the key folds each letter alone.
     */
    private static String bare(String key) {
        StringBuilder out = new StringBuilder(key.length());
        int start = 0;
        for (int k = 0; k <= key.length(); k++) {
            if (k == key.length() || key.charAt(k) == ' ' || key.charAt(k) == '-') {
                int end = k;
                while (end > start && (key.charAt(end - 1) == 's' || key.charAt(end - 1) == 'x')) {
                    end--;
                }
                out.append(key, start, end);
                // "général" and "généraux" share a bare key, "générau"
                if (end - start > 3 && key.startsWith("al", end - 2)) {
                    out.setLength(out.length() - 1);
                    out.append('u');
                }
                if (k < key.length()) {
                    out.append(key.charAt(k));
                }
                start = k + 1;
            }
        }
        return out.toString();
    }

    /** Whether a word names a minister's portfolio ({@code lexicon/portfolios.tsv}): "Finance", "l'Économie". */
    public boolean isPortfolio(String word) {
        return portfolios.contains(LexiconLib.fold(word));
    }

    public boolean isTitle(String phrase) {
        return titles.containsKey(key(phrase));
    }
}
