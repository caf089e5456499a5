package org.newsgraph.extract;

import java.util.List;
import java.util.Optional;
import org.newsgraph.text.Document;

/** Everything read from one article: the input of the one place that builds RDF. */
public record Extraction(Document document, ArticleMeta meta, List<Entity> entities, List<Investment> investments,
                         List<Position> positions, List<Relation> relations, List<Quote> quotes) {

    public Extraction {
        entities = List.copyOf(entities);
        investments = List.copyOf(investments);
        positions = List.copyOf(positions);
        relations = List.copyOf(relations);
        quotes = List.copyOf(quotes);
    }

    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
