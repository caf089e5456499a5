package org.newsgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.text.Token;

/**
 * Speech verbs ({@code lexicon/speech-verbs.tsv}) and the cue words around quotations
 * ({@code lexicon/quote-cues.tsv}), matched over tokens with case and accents folded.
 *
 * <pre>{@code Optional<SpeechCues.Verb> v = SpeechCues.bundled().verbAt(tokens, i);}</pre>
 */
public final class SpeechCues {

    /** How a speech cue points at its speaker. */
    public enum Kind {
        /** The speaker is the verb's subject, before it or inverted after it: "X a déclaré", "», a déclaré X". */
        VERB,
        /** The speaker follows: "selon X", "according to X". */
        SOURCE
    }

    /** A speech cue over tokens {@code [from, from + length)}. */
    public record Verb(int from, int length, Kind kind) {
        public int to() {
            return from + length;
        }
    }

    /** "a-t-il", "ajoute-t-elle", "dit-il": a French verb with its subject pronoun inverted. */
    private static final Pattern INVERTED = Pattern.compile("(?iu)[\\p{L}]+(?:-t)?-(?:il|elle)");

    private static final SpeechCues BUNDLED = new SpeechCues();

    private final Map<String, Kind> verbs;
    private final Set<String> pronouns;
    private final Set<String> notSpeech;
    private final int longest;

    private SpeechCues() {
        Map<String, Kind> v = new HashMap<>();
        int max = 1;
        for (String[] row : LexiconLib.rows("/lexicon/speech-verbs.tsv")) {
            String key = key(row[1]);
            v.put(key, Kind.valueOf(row[2].strip().toUpperCase(java.util.Locale.ROOT)));
            max = Math.max(max, key.split("[ ']").length);
        }
        Set<String> p = new HashSet<>();
        Set<String> n = new HashSet<>();
        for (String[] row : LexiconLib.rows("/lexicon/quote-cues.tsv")) {
            (row[0].equals("pronoun") ? p : n).add(key(row[2]));
        }
        this.verbs = Map.copyOf(v);
        this.pronouns = Set.copyOf(p);
        this.notSpeech = Set.copyOf(n);
        this.longest = max;
    }

    public static SpeechCues bundled() {
        return BUNDLED;
    }

    private static String key(String phrase) {
        return LexiconLib.fold(phrase).replace("' ", "'");
    }

    /** The longest speech verb or source cue that starts at token {@code i}. */
    public Optional<Verb> verbAt(List<Token> tokens, int i) {
        for (int n = Math.min(longest, tokens.size() - i); n >= 1; n--) {
            StringBuilder sb = new StringBuilder();
            for (int k = i; k < i + n; k++) {
                char last = sb.length() == 0 ? ' ' : sb.charAt(sb.length() - 1);
                if (sb.length() > 0 && last != '\'' && last != '’') {
                    sb.append(' ');
                }
                sb.append(tokens.get(k).text());
            }
            Kind kind = verbs.get(key(sb.toString()));
            if (kind != null) {
                return Optional.of(new Verb(i, n, kind));
            }
        }
        return Optional.empty();
    }

    public boolean isInverted(Token t) {
        return INVERTED.matcher(t.text()).matches();
    }

    public boolean isPronoun(Token t) {
        return pronouns.contains(key(t.text()));
    }

    public boolean isNotSpeech(Token t) {
        return notSpeech.contains(key(t.text()));
    }
}
