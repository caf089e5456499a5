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

/** The name and entity stages the fact extractors read from, run on a test's own text. */
final class FactFixture {

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();

    private FactFixture() {
    }

    static ArticleEntities entities(Document doc) {
        List<NameMention> mentions = new ArrayList<>(new CapitalizedNameFinder(GAZETTEER).find(doc));
        mentions.addAll(new PublicBodyFinder(GAZETTEER).find(doc));
        return new EntityResolver(Gazetteer.bundled()).resolve(doc, mentions);
    }

    /** The label of an entity id, so tests read as the article does. */
    static String label(ArticleEntities entities, String id) {
        return entities.entity(id).map(Entity::label).orElse("?" + id);
    }
}
