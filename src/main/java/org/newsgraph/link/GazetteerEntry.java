package org.newsgraph.link;

import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.PlaceKind;

/**
 * One well-known entity of the bundled general-knowledge table.
 *
 * @param wikidata  its Wikidata id, such as Q17
 * @param kind      for places, country, city or region; OTHER for the rest
 * @param labelEn   its English name
 * @param labelFr   its French name
 * @param aliases   other names, any language (acronyms, short forms)
 * @param country   for cities, regions and organizations, the Wikidata id of their country, where known
 */
public record GazetteerEntry(String wikidata, EntityType type, PlaceKind kind, String labelEn, String labelFr,
                             List<String> aliases, Optional<String> country) {

    public GazetteerEntry {
        aliases = List.copyOf(aliases);
    }
}
