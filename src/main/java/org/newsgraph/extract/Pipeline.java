package org.newsgraph.extract;

import java.util.List;
import java.util.ArrayList;
import org.newsgraph.extract.fact.ArticleHeaderReader;
import org.newsgraph.extract.fact.QuoteExtractor;
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
    private final ArticleHeaderReader header = new ArticleHeaderReader();
    private final QuoteExtractor quotes = new QuoteExtractor();

    public Pipeline(Gazetteer gazetteer) {
        this.names = new CapitalizedNameFinder(gazetteer);
        this.bodies = new PublicBodyFinder(gazetteer);
    }

    /** The pipeline with the bundled lexicons, loaded once. */
    public static Pipeline standard() {
        return STANDARD;
    }

    @Override
    public Extraction extract(Document document) {
        List<NameMention> mentions = new ArrayList<>(names.find(document));
        mentions.addAll(bodies.find(document));
        ArticleHeaderReader.Header head = header.read(document, resolver.resolve(document, mentions));
        ArticleEntities entities = head.entities();
        List<Position> positions = List.of();
        List<Quote> said = quotes.extract(document, entities, positions);
        return new Extraction(document, head.meta(), entities.entities(), List.of(), positions, List.of(), said);
    }
}
