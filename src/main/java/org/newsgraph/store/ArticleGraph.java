package org.newsgraph.store;

import java.util.Objects;
import org.apache.jena.graph.Graph;

/**
 * One article's graph and the article's IRI, which names the graph in a store.
 *
 * <pre>{@code store.put(List.of(new ArticleGraph(articleIri, model.getGraph())));}</pre>
 *
 * @param iri   the article's IRI, derived from its text, so the same article always lands in the same graph
 * @param graph every triple extracted from the article
 */
public record ArticleGraph(String iri, Graph graph) {

    public ArticleGraph {
        Objects.requireNonNull(iri);
        Objects.requireNonNull(graph);
    }
}
