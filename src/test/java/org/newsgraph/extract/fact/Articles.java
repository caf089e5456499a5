package org.newsgraph.extract.fact;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.name.CapitalizedNameFinder;
import org.newsgraph.extract.name.NameMention;
import org.newsgraph.extract.name.PublicBodyFinder;
import org.newsgraph.link.ArticleEntities;
import org.newsgraph.link.EntityResolver;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.text.Document;

/** Test articles read up to their entities, as the pipeline does before facts. */
final class Articles {

    private Articles() {
    }

    static ArticleEntities entities(Document doc) {
        List<NameMention> mentions = new ArrayList<>(new CapitalizedNameFinder(Gazetteer.bundled()).find(doc));
        mentions.addAll(new PublicBodyFinder(Gazetteer.bundled()).find(doc));
        return new EntityResolver(Gazetteer.bundled()).resolve(doc, mentions);
    }

    /** The label of an entity, for readable assertions. */
    static String label(ArticleEntities es, String id) {
        return es.entity(id).map(Entity::label).orElse("?" + id);
    }

    static String idOf(ArticleEntities es, String label) {
        return es.entities().stream().filter(e -> e.label().equals(label)).map(Entity::id).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + label + " in " + es.entities()));
    }
}
