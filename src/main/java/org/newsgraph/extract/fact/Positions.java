package org.newsgraph.extract.fact;

import java.util.List;
import org.newsgraph.extract.Position;
import org.newsgraph.link.ArticleEntities;

/**
 * The positions read from an article, and its entities with the countries that only a title
 * revealed ("le premier ministre japonais X" names Japan without writing its name).
 *
 * <pre>{@code Positions p = new PositionExtractor().extract(doc, entities); entities = p.entities();}</pre>
 */
public record Positions(List<Position> positions, ArticleEntities entities) {

    public Positions {
        positions = List.copyOf(positions);
    }
}
