package org.newsgraph.query;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A dataset to query several graphs at once: each source keeps its own named graph, so {@code GRAPH ?g}
 * tells them apart, and the default graph holds the union of all of them, so plain patterns see
 * everything.
 *
 * <pre>{@code Dataset ds = UnionDataset.builder().add(articleIri, model.getGraph()).build();}</pre>
 */
public final class UnionDataset {

    private UnionDataset() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects graphs; {@link #build()} hands over the dataset, so use a builder once. */
    public static final class Builder {

        private final DatasetGraph data = DatasetGraphFactory.create();

        private Builder() {
        }

        /** Adds a graph under a name; a name used twice merges both graphs. */
        public Builder add(String graphName, Graph graph) {
            Node name = NodeFactory.createURI(graphName);
            Graph named = data.getGraph(name);
            Graph union = data.getDefaultGraph();
            graph.find().forEachRemaining(t -> {
                named.add(t);
                union.add(t);
            });
            data.getDefaultGraph().getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
            return this;
        }

        /**
         * Adds a dataset read from a quad file: its named graphs keep their names and its default graph,
         * if not empty, is named {@code defaultGraphName}.
         */
        public Builder add(String defaultGraphName, DatasetGraph source) {
            if (!source.getDefaultGraph().isEmpty()) {
                add(defaultGraphName, source.getDefaultGraph());
            }
            for (Iterator<Node> names = source.listGraphNodes(); names.hasNext(); ) {
                Node name = names.next();
                Graph graph = source.getGraph(name);
                graph.find().forEachRemaining(t -> {
                    data.add(name, t.getSubject(), t.getPredicate(), t.getObject());
                    data.getDefaultGraph().add(t);
                });
            }
            data.getDefaultGraph().getPrefixMapping().setNsPrefixes(source.getDefaultGraph().getPrefixMapping());
            return this;
        }

        public Dataset build() {
            return DatasetFactory.wrap(data);
        }
    }
}
