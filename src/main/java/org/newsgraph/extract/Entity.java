package org.newsgraph.extract;

import java.util.List;
import java.util.Optional;
import org.newsgraph.text.Span;

/**
 * One real-world entity of an article: its preferred label, every other surface form, the
 * spans that mention it, and its Wikidata id where it is known.
 *
 * @param id        a key unique within the article (type and normalized name), used by facts
 * @param kind      for places, the kind of place; {@link PlaceKind#OTHER} otherwise
 * @param wikidata  a Wikidata id such as {@code Q2283}, where linked
 */
public record Entity(String id, EntityType type, PlaceKind kind, String label, List<String> altLabels,
                     List<Span> mentions, Optional<String> wikidata) {

    public Entity {
        if (label.isBlank()) {
            throw new IllegalArgumentException("an entity needs a label");
        }
        altLabels = List.copyOf(altLabels);
        mentions = List.copyOf(mentions);
    }
}
