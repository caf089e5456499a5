package org.newsgraph.link;

import java.util.List;
import java.util.Optional;

/**
 * General knowledge: well-known entities with Wikidata ids, demonyms, first names.
 *
 * <pre>{@code Optional<GazetteerEntry> japan = Gazetteer.bundled().demonym("japonaise");}</pre>
 */
public final class Gazetteer {

    private Gazetteer() {
    }

    /** The tables under src/main/resources/lexicon, loaded once. */
    public static Gazetteer bundled() {
        return new Gazetteer();
    }

    /** Entries whose name or alias is this surface form; case and accents matter only for short acronyms. */
    public List<GazetteerEntry> lookup(String surface) {
        return List.of();
    }

    /** The country a demonym names, in any gender and number, French or English: japonaises, Japanese. */
    public Optional<GazetteerEntry> demonym(String word) {
        return Optional.empty();
    }

    /** Whether a capitalized word is a common first name. */
    public boolean isFirstName(String word) {
        return false;
    }
}
