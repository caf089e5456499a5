package org.newsgraph.extract;

import java.util.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.newsgraph.text.Language;
import org.newsgraph.text.Token;

/**
 * Cue words and phrases by role, read from a {@code role, language, phrase} table. Most roles
 * match folded text (case and accents ignored); the roles named case-sensitive match as written,
 * since their capitals are the cue. A phrase ending in {@code *} is a stem: its last word matches
 * any word it begins ({@code débours*} reads "débourser", "déboursé", "déboursera"), so a table
 * lists a verb once rather than each of its forms.
 *
 * <pre>{@code boolean fund = CueLexicon.names().is("org-noun", "fonds");}</pre>
 */
public final class CueLexicon {

    private static final CueLexicon NAMES = new CueLexicon("/lexicon/name-cues.tsv",
            Set.of("institution", "org-suffix", "not-name", "honorific", "measure-unit"), false);
    private static final CueLexicon FACTS = new CueLexicon("/lexicon/fact-cues.tsv", Set.of(), true);
    private static final CueLexicon RELATIONS = new CueLexicon("/lexicon/relation-cues.tsv", Set.of(), true);

    private static final String STEM = "*";

    private final Set<String> caseSensitive;
    private final boolean byLemma;
    /** Each role, bare ("org-noun") and in a language ("org-noun@fr", "org-noun@any"). */
    private final Map<String, Role> roles;
    /** For each bare role, the role in each language, by {@link Language#ordinal()}, then in any; null where none. */
    private final Map<String, Role[]> inLanguage;

    /** A role's phrases and stems, keyed as {@link #key} keys them, and the vocabulary its keys are built for. */
    private record Role(Set<String> phrases, List<String> stems, PhraseKeys.Vocabulary vocabulary) {

        boolean has(String key) {
            return phrases.contains(key) || anyStem(stems, key);
        }
    }

    private CueLexicon(String resource, Set<String> caseSensitive, boolean byLemma) {
        this.caseSensitive = Set.copyOf(caseSensitive);
        this.byLemma = byLemma;
        Map<String, Set<String>> map = new HashMap<>();
        Map<String, List<String>> stems = new HashMap<>();
        int longest = 1;
        for (String[] row : LexiconLib.rows(resource)) {
            boolean stem = row[2].endsWith(STEM) && row[2].length() > 1;
            String phrase = key(row[0], stem ? row[2].substring(0, row[2].length() - 1) : row[2]);
            for (String role : List.of(row[0], row[0] + "@" + row[1])) {
                if (stem) {
                    stems.computeIfAbsent(role, k -> new ArrayList<>()).add(phrase);
                } else {
                    map.computeIfAbsent(role, k -> new HashSet<>()).add(phrase);
                }
            }
            longest = Math.max(longest, phrase.split(" ").length + 1);
        }
        PhraseKeys.Vocabulary folded = vocabulary(true, map, stems, longest);
        PhraseKeys.Vocabulary written = vocabulary(false, map, stems, longest);
        Map<String, Role> all = new HashMap<>();
        Set<String> names = new HashSet<>(map.keySet());
        names.addAll(stems.keySet());
        for (String role : names) {
            all.put(role, new Role(Set.copyOf(map.getOrDefault(role, Set.of())), List.copyOf(stems.getOrDefault(role, List.of())),
                    isFolded(role) ? folded : written));
        }
        this.roles = Map.copyOf(all);
        Map<String, Role[]> languages = new HashMap<>();
        for (String role : names) {
            if (!role.contains("@")) {
                Role[] each = new Role[Language.values().length + 1];
                for (Language language : Language.values()) {
                    each[language.ordinal()] = all.get(role + "@" + language.code());
                }
                each[Language.values().length] = all.get(role + "@any");
                languages.put(role, each);
            }
        }
        this.inLanguage = Map.copyOf(languages);
    }

    /** Every phrase and stem of the roles read folded (or of those read as written), for {@link PhraseKeys}. */
    private PhraseKeys.Vocabulary vocabulary(boolean foldedRoles, Map<String, Set<String>> map, Map<String, List<String>> stems,
                                             int longest) {
        Set<String> phrases = new HashSet<>();
        Set<String> stemsOfAll = new HashSet<>();
        map.forEach((role, set) -> {
            if (isFolded(role) == foldedRoles) {
                phrases.addAll(set);
            }
        });
        stems.forEach((role, list) -> {
            if (isFolded(role) == foldedRoles) {
                stemsOfAll.addAll(list);
            }
        });
        Set<String> prefixes = new HashSet<>();
        for (Set<String> words : List.of(phrases, stemsOfAll)) {
            for (String w : words) {
                for (int k = 1; k <= w.length(); k++) {
                    prefixes.add(w.substring(0, k));
                }
            }
        }
        return new PhraseKeys.Vocabulary(foldedRoles, longest, Set.copyOf(phrases),
                stemsOfAll.stream().sorted().toList(), Set.copyOf(prefixes));
    }

    private boolean isFolded(String role) {
        return !caseSensitive.contains(role.contains("@") ? role.substring(0, role.indexOf('@')) : role);
    }

    /** Cues for recognizing and typing names ({@code lexicon/name-cues.tsv}). */
    public static CueLexicon names() {
        return NAMES;
    }

    /** Cues for facts ({@code lexicon/fact-cues.tsv}). */
    public static CueLexicon facts() {
        return FACTS;
    }

    /** Cues for relations between entities ({@code lexicon/relation-cues.tsv}). */
    public static CueLexicon relations() {
        return RELATIONS;
    }

    private String key(String role, String phrase) {
        return (isFolded(role) ? LexiconLib.fold(phrase) : phrase).replace("' ", "'");
    }

    /** Whether a word or phrase has this role. */
    public boolean is(String role, String phrase) {
        return has(roles.get(role), key(role, phrase));
    }

    /** Whether a word or phrase has this role in this language (or in any). */
    public boolean is(String role, Language language, String phrase) {
        String k = key(role, phrase);
        Role[] each = inLanguage.get(role);
        return each != null && (has(each[language.ordinal()], k) || has(each[Language.values().length], k));
    }

    private static boolean has(Role role, String key) {
        return role != null && role.has(key);
    }

    /** Whether a key is one of these stems' words: a stem's words before the last match whole, its last word begins the key's last word. */
    static boolean anyStem(List<String> stems, String key) {
        for (String stem : stems) {
            if (key.startsWith(stem) && key.indexOf(' ', stem.length()) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The number of tokens of the longest phrase of this role in this language that starts at token {@code i}.
     * In the fact and relation lexicons a phrase's first word may be written as its lemma: "investir" matches
     * "investiront", "pay for" matches "paid for", whatever inflections the table lists.
     */
    public OptionalInt matchAt(String role, Language language, List<Token> tokens, int i) {
        Role[] each = inLanguage.get(role);
        if (each == null) {
            return OptionalInt.empty();
        }
        Role own = each[language.ordinal()];
        OptionalInt found = matchAt(own, tokens, i);
        if (found.isEmpty()) {
            found = matchAt(each[Language.values().length], tokens, i);
        }
        if (found.isEmpty() && byLemma && i < tokens.size() && own != null && !own.phrases().isEmpty()) {
            found = matchLemmaAt(own, language, tokens, i);
        }
        return found;
    }

    /** The number of tokens of the longest phrase of this role that starts at token {@code i}. */
    public OptionalInt matchAt(String role, List<Token> tokens, int i) {
        return matchAt(roles.get(role), tokens, i);
    }

    private static OptionalInt matchAt(Role role, List<Token> tokens, int i) {
        if (role == null || i >= tokens.size()) {
            return OptionalInt.empty();
        }
        PhraseKeys.Hits hits = PhraseKeys.of(tokens).hits(role.vocabulary(), checked(tokens, i));
        for (int n = 31 - Integer.numberOfLeadingZeros(hits.mask()); n >= 1; n--) {
            if ((hits.mask() & 1 << n) != 0 && role.has(hits.keys()[n])) {
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt matchLemmaAt(Role role, Language language, List<Token> tokens, int i) {
        PhraseKeys.LemmaHits hits = PhraseKeys.of(tokens).lemmaHits(role.vocabulary(), language, checked(tokens, i));
        for (int n = 31 - Integer.numberOfLeadingZeros(hits.mask()); n >= 1; n--) {
            if ((hits.mask() & 1 << n) == 0) {
                continue;
            }
            for (String[] keys : hits.keys()) {
                if (n < keys.length && keys[n] != null && role.phrases().contains(keys[n])) {
                    return OptionalInt.of(n);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** A token index before the first fails as reading the token would. */
    private static int checked(List<Token> tokens, int i) {
        return java.util.Objects.checkIndex(i, tokens.size());
    }
}
