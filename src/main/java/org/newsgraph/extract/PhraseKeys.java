package org.newsgraph.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.text.Language;
import org.newsgraph.text.Morphology;
import org.newsgraph.text.Token;

/**
 * The look-up keys of one sentence's phrases, built once and shared by every role a {@link CueLexicon} is
 * asked about: a key is {@link LexiconLib#phrase} folded (or as written), exactly as the lexicon keys its own
 * phrases. The extractors ask a dozen roles at every token, each of every length up to the longest cue;
 * without this each question rebuilt and refolded the same phrases.
 *
 * <p>The keys of a phrase starting at a token are built one token longer at a time, and stop as soon as the
 * key is no beginning of any phrase of the lexicon: a folded key is the folds of its tokens put together
 * when each token is made of characters that fold alone ({@link #foldsAlone}); for any other token, every
 * key is folded whole. Each thread keeps the keys of its last few sentences (its look-ups revisit a sentence
 * many times), only for the immutable token lists the tokenizer and {@code SentenceView} hand out.
 *
 * <pre>{@code String key = PhraseKeys.of(tokens).folded(i, 2); // "pdg d'airbus" for "PDG d’Airbus"}</pre>
 */
public final class PhraseKeys {

    /** The phrases of one lexicon in one spelling mode, with every beginning of them, for cutting key chains short. */
    record Vocabulary(boolean folded, int longestPhrase, Set<String> phrases, List<String> stems, Set<String> prefixes) {

        /** Whether a key is a phrase of any role, or a word that a stem of any role begins. */
        boolean hit(String key) {
            return phrases.contains(key) || CueLexicon.anyStem(stems, key);
        }

        /** The key of a phrase, as {@code CueLexicon} keys its own. */
        String key(String text) {
            return (folded ? LexiconLib.fold(text) : text).replace("' ", "'");
        }
    }

    /** The keys of the phrases starting at one token, for lengths 1 to n; a bit of {@code mask} for each key of the vocabulary. */
    record Hits(int mask, String[] keys) {
    }

    /** As {@link Hits}, with the token's lemmas in the place of the token: {@code keys[lemma][n]}. */
    record LemmaHits(int mask, List<String> lemmas, String[][] keys) {
    }

    private static final int KEPT = 8;
    private static final ThreadLocal<PhraseKeys[]> RECENT = ThreadLocal.withInitial(() -> new PhraseKeys[KEPT]);
    private static final ThreadLocal<int[]> NEXT = ThreadLocal.withInitial(() -> new int[1]);

    private final List<Token> tokens;
    private final String[] folds;
    /** The index of the first token at or after each index whose characters do not all fold alone. */
    private final int[] complexFrom;
    private final Map<Vocabulary, Hits[]> hits = new IdentityHashMap<>();
    private final String[][] keys;
    private final Map<Vocabulary, LemmaHits[][]> lemmaHits = new IdentityHashMap<>();

    private PhraseKeys(List<Token> tokens) {
        this.tokens = tokens;
        this.folds = new String[tokens.size()];
        this.complexFrom = new int[tokens.size() + 1];
        this.keys = new String[tokens.size()][];
        complexFrom[tokens.size()] = tokens.size();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            complexFrom[i] = foldsAlone(tokens.get(i).text()) ? complexFrom[i + 1] : i;
        }
    }

    /** The keys of a token list: this thread's, if it asked about the same list lately. */
    public static PhraseKeys of(List<Token> tokens) {
        if (List.copyOf(tokens) != tokens) {
            // a list that may change under us is not remembered
            return new PhraseKeys(List.copyOf(tokens));
        }
        PhraseKeys[] recent = RECENT.get();
        for (PhraseKeys p : recent) {
            if (p != null && p.tokens == tokens) {
                return p;
            }
        }
        int[] next = NEXT.get();
        PhraseKeys made = new PhraseKeys(tokens);
        recent[next[0]] = made;
        next[0] = (next[0] + 1) % KEPT;
        return made;
    }

    /**
     * The folded key of tokens {@code [i, i + n)}: {@code LexiconLib.fold(LexiconLib.phrase(tokens, i, n))} with an
     * elision joined to its word ("l'usine"), as {@link CueLexicon} keys its phrases.
     */
    public String folded(int i, int n) {
        if (n == 0) {
            return "";
        }
        java.util.Objects.checkFromIndexSize(i, n, tokens.size());
        if (keys[i] == null || keys[i].length <= n) {
            keys[i] = java.util.Arrays.copyOf(keys[i] == null ? new String[0] : keys[i], Math.max(n + 1, 8));
        }
        if (keys[i][n] == null) {
            keys[i][n] = complexFrom[i] < i + n ? LexiconLib.fold(LexiconLib.phrase(tokens, i, n)).replace("' ", "'")
                    : n == 1 ? fold(i)
                    : folded(i, n - 1) + (joinsNext(tokens.get(i + n - 2).text()) ? "" : " ") + fold(i + n - 1);
        }
        return keys[i][n];
    }

    /** Whether each of tokens {@code [i, i + n)} {@link #foldsAlone folds alone}, so that their key is their folds put together. */
    public boolean foldsAlone(int i, int n) {
        return complexFrom[i] >= i + n;
    }

    /** The keys starting at token {@code i} (which must be a token of the list) and which of them the vocabulary has. */
    Hits hits(Vocabulary v, int i) {
        Hits[] all = hits.computeIfAbsent(v, k -> new Hits[tokens.size()]);
        if (all[i] == null) {
            all[i] = chain(v, tokens.get(i).text(), true, i);
        }
        return all[i];
    }

    /** The keys of token {@code i}'s lemmas followed by the tokens after it, and which of them the vocabulary has. */
    LemmaHits lemmaHits(Vocabulary v, Language language, int i) {
        LemmaHits[][] all = lemmaHits.computeIfAbsent(v, k -> new LemmaHits[Language.values().length][tokens.size()]);
        LemmaHits[] byToken = all[language.ordinal()];
        if (byToken[i] == null) {
            List<String> lemmas = Morphology.of(language).lemmas(tokens.get(i).text());
            String[][] keys = new String[lemmas.size()][];
            int mask = 0;
            for (int l = 0; l < lemmas.size(); l++) {
                Hits h = chain(v, lemmas.get(l), false, i);
                keys[l] = h.keys();
                mask |= h.mask();
            }
            byToken[i] = new LemmaHits(mask, lemmas, keys);
        }
        return byToken[i];
    }

    /**
     * The keys of {@code head} (token {@code i}, or a lemma of it, which a space always follows) and the tokens
     * after it, for lengths 1 up to the vocabulary's longest phrase; keys longer than the first that begins no
     * phrase of the vocabulary are left out (null), since none of them can be a phrase either.
     */
    private Hits chain(Vocabulary v, String head, boolean plain, int i) {
        int most = Math.min(v.longestPhrase(), tokens.size() - i);
        String[] keys = new String[most + 1];
        int mask = 0;
        if (!joinable(v, head, plain) || v.folded() && complexFrom[i + 1] < i + most) {
            for (int n = 1; n <= most; n++) {
                String text = plain ? LexiconLib.phrase(tokens, i, n)
                        : head + (n == 1 ? "" : " " + LexiconLib.phrase(tokens, i + 1, n - 1));
                keys[n] = v.key(text);
                mask |= v.hit(keys[n]) ? 1 << n : 0;
            }
            return new Hits(mask, keys);
        }
        StringBuilder key = new StringBuilder(plain ? piece(v, i) : v.folded() ? LexiconLib.fold(head) : head);
        for (int n = 1; n <= most; n++) {
            if (n > 1) {
                // a space always follows a lemma; between tokens, none follows an elision
                boolean space = n == 2 && !plain || !joinsNext(tokens.get(i + n - 2).text());
                key.append(space ? " " : "").append(piece(v, i + n - 1));
            }
            keys[n] = key.toString();
            mask |= v.hit(keys[n]) ? 1 << n : 0;
            boolean spaceNext = n == 1 && !plain || !joinsNext(tokens.get(i + n - 1).text());
            if (spaceNext && !v.prefixes().contains(keys[n])) {
                break;
            }
        }
        return new Hits(mask, keys);
    }

    /**
     * Whether the keys of a head and the tokens after it are its key and theirs put together: always as written
     * (a token holds no space, and no space follows an apostrophe in a phrase), and for folded keys when the head
     * folds alone. A lemma ending in an apostrophe is no such head, since the space after it goes in its key.
     */
    private static boolean joinable(Vocabulary v, String head, boolean plain) {
        if (!plain && (head.isEmpty() || joinsNext(head) || head.indexOf(' ') >= 0)) {
            return false;
        }
        return !v.folded() || foldsAlone(head);
    }

    private String piece(Vocabulary v, int i) {
        return v.folded() ? fold(i) : tokens.get(i).text();
    }

    private String fold(int i) {
        if (folds[i] == null) {
            folds[i] = LexiconLib.fold(tokens.get(i).text());
        }
        return folds[i];
    }

    /** An elision joins the next word in a phrase: "l'usine", "d’Airbus". */
    private static boolean joinsNext(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '\'' || last == '’';
    }

    /**
     * Whether every character of a non-empty text folds on its own into letters, digits or signs, none of them a
     * space, an apostrophe (but for ' and ’ themselves) or a lower-case form that depends on its neighbours: so
     * that the fold of a phrase is the folds of its words put together. Printable ASCII, the Latin letters with
     * accents and the signs of news typography do; the rest is folded whole.
     */
    public static boolean foldsAlone(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            boolean alone = c >= 0x21 && c <= 0x7E
                    || c >= 0xC0 && c <= 0x17F
                    || c == '«' || c == '»' || c == '°' || c == '£' || c == '’' || c == '“' || c == '”'
                    || c == '–' || c == '—' || c == '…' || c == '€';
            if (!alone) {
                return false;
            }
        }
        return true;
    }
}
