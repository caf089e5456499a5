package org.newsgraph.extract;

import java.util.List;
import java.util.ArrayList;
import org.newsgraph.extract.fact.PositionExtractor;
import org.newsgraph.extract.fact.Positions;
import org.newsgraph.extract.fact.RelationExtractor;
import org.newsgraph.extract.name.CapitalizedNameFinder;
import org.newsgraph.extract.name.NameMention;
import org.newsgraph.extract.name.PublicBodyFinder;
import org.newsgraph.link.ArticleEntities;
import org.newsgraph.link.EntityResolver;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.text.Document;

/**
 * The standard extractor: text, mentions, entities, facts.
 *
 * <pre>{@code Extraction x = Pipeline.standard().extract(Document.of(text));}</pre>
 */
public final class Pipeline implements Extractor {

    private static final Pipeline STANDARD = new Pipeline(Gazetteer.bundled());

    private final CapitalizedNameFinder names;
    private final PublicBodyFinder bodies;
    private final EntityResolver resolver = new EntityResolver();
    private final PositionExtractor positions;
    private final RelationExtractor relations;

    public Pipeline(Gazetteer gazetteer) {
        this.names = new CapitalizedNameFinder(gazetteer);
        this.bodies = new PublicBodyFinder(gazetteer);
        this.positions = new PositionExtractor(gazetteer);
        this.relations = new RelationExtractor(gazetteer);
    }

    /** The pipeline with the bundled lexicons, loaded once. */
    public static Pipeline standard() {
        return STANDARD;
    }

    @Override
    public Extraction extract(Document document) {
        List<NameMention> mentions = new ArrayList<>(names.find(document));
        mentions.addAll(bodies.find(document));
        ArticleEntities entities = resolver.resolve(document, mentions);
        // positions may add the countries that only a demonym names, so relations read the grown entities
        Positions roles = positions.extract(document, entities);
        entities = roles.entities();
        List<Relation> links = relations.extract(document, entities);
        return new Extraction(document, ArticleMeta.none(), entities.entities(), List.of(), roles.positions(), links, List.of());
    }
}
