package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.newsgraph.extract.Extraction;
import org.newsgraph.text.Document;

/**
 * The one place that turns an {@link Extraction} into RDF, following shared/CONTRACT.md.
 *
 * <pre>{@code Model m = GraphBuilder.standard().build(extraction);}</pre>
 */
public final class GraphBuilder {

    /** The base under which newsgraph mints article, entity and fact IRIs. */
    public static final String DEFAULT_BASE = "https://w3id.org/newsgraph/";

    private final String base;

    public GraphBuilder(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static GraphBuilder standard() {
        return new GraphBuilder(DEFAULT_BASE);
    }

    /** The article's IRI, derived from its content. */
    public String articleIri(Document document) {
        return base + "article/" + document.contentHash();
    }

    public Model build(Extraction extraction) {
        return ModelFactory.createDefaultModel();
    }
}
