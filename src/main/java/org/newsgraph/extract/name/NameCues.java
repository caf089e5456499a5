package org.newsgraph.extract.name;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.LexiconLib;

/**
 * The cue words of {@code lexicon/name-cues.tsv}, by role. Lower-case roles match folded text
 * (case and accents ignored); {@code institution}, {@code org-suffix} and {@code not-name} match
 * as written, since their capitals are the cue.
 *
 * <pre>{@code boolean fund = NameCues.bundled().is("org-noun", "fonds");}</pre>
 */
public final class NameCues {

    private static final Set<String> CASE_SENSITIVE = Set.of("institution", "org-suffix", "not-name", "honorific");
    private static final NameCues BUNDLED = new NameCues();

    private final Map<String, Set<String>> byRole;
    private final int longestPhrase;

    private NameCues() {
        Map<String, Set<String>> map = new HashMap<>();
        int longest = 1;
        for (String[] row : LexiconLib.rows("/lexicon/name-cues.tsv")) {
            String role = row[0];
            String word = CASE_SENSITIVE.contains(role) ? row[2] : LexiconLib.fold(row[2]);
            map.computeIfAbsent(role, k -> new HashSet<>()).add(word);
            longest = Math.max(longest, word.split(" ").length);
        }
        map.replaceAll((k, v) -> Set.copyOf(v));
        this.byRole = Map.copyOf(map);
        this.longestPhrase = longest;
    }

    public static NameCues bundled() {
        return BUNDLED;
    }

    /** Whether a word or phrase has this role. */
    public boolean is(String role, String word) {
        Set<String> words = byRole.getOrDefault(role, Set.of());
        return words.contains(CASE_SENSITIVE.contains(role) ? word : LexiconLib.fold(word));
    }

    /** The most words a cue phrase has. */
    public int longestPhrase() {
        return longestPhrase;
    }
}
