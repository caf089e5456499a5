package org.newsgraph.link;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.PlaceKind;

/**
 * One well-known entity of the bundled general-knowledge table.
 *
 * <pre>{@code Gazetteer.bundled().byWikidata("Q17").map(GazetteerEntry::labelFr); // Optional[Japon]}</pre>
 *
 * @param wikidata  its Wikidata id, such as Q17; empty where the id was not verified (recognition only, no link)
 * @param kind      for places, country, city or region; OTHER for the rest
 * @param labelEn   its English name
 * @param labelFr   its French name
 * @param aliases   other names, any language (acronyms, short forms)
 * @param country   for cities, regions and organizations, the Wikidata id of their country, where known
 */
public record GazetteerEntry(String wikidata, EntityType type, PlaceKind kind, String labelEn, String labelFr,
                             List<String> aliases, Optional<String> country) {

    private static final Pattern QID = Pattern.compile("Q[1-9]\\d*");

    public GazetteerEntry {
        Objects.requireNonNull(wikidata, "wikidata");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(labelFr, "labelFr");
        Objects.requireNonNull(country, "country");
        if (!wikidata.isEmpty() && !QID.matcher(wikidata).matches()) {
            throw new IllegalArgumentException("not a Wikidata item id: " + wikidata);
        }
        if (country.isPresent() && !QID.matcher(country.get()).matches()) {
            throw new IllegalArgumentException("not a Wikidata item id: " + country.get());
        }
        if (labelEn.isBlank() && labelFr.isBlank()) {
            throw new IllegalArgumentException("an entry needs an English or a French name");
        }
        aliases = List.copyOf(aliases);
    }

    /** Whether this entry carries a verified Wikidata id, so it may be linked with owl:sameAs. */
    public boolean hasWikidata() {
        return !wikidata.isEmpty();
    }

    /** The English name, the French name, then the aliases, without repeats. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(labelEn, labelFr), aliases.stream())
                .filter(name -> !name.isBlank())
                .distinct()
                .toList();
    }

    /** The label in the article's language, French for "fr", English otherwise. */
    public String label(String language) {
        return "fr".equals(language) ? labelFr : labelEn;
    }
}
