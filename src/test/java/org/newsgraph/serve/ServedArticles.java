package org.newsgraph.serve;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.input.Given;
import org.newsgraph.query.UnionDataset;
import org.newsgraph.rdf.GraphBuilder;
import org.newsgraph.text.Document;

/** Articles written for the serve tests, extracted into a dataset as a store holds them. */
final class ServedArticles {

    static final String ACME = """
            GENEVA, May 12 (Reuters) - Acme Robotics, the Swiss maker of warehouse robots, will invest \
            $450 million over three years in a new plant in Poland, chief executive Clara Vogt said on Tuesday.

            The company is a partner of Globex Logistics, which runs warehouses across Europe.

            "Poland gives us the engineers and the space we need," Vogt said.
            """;

    static final String ACME_IRI = GraphBuilder.DEFAULT_BASE + "id/organization/acme-robotics";
    static final String GLOBEX_IRI = GraphBuilder.DEFAULT_BASE + "id/organization/globex-logistics";

    private ServedArticles() {
    }

    /** The article's IRI. */
    static String articleIri(String text) {
        return GraphBuilder.standard().articleIri(Document.of(text));
    }

    /** The headline the Acme article comes with, as a page would give it (and its text, kept in the graph). */
    static final String ACME_HEADLINE = "Acme Robotics to build a plant in Poland";

    static Model graph(String text) {
        java.util.Optional<String> title = text.equals(ACME) ? java.util.Optional.of(ACME_HEADLINE) : java.util.Optional.empty();
        Given given = new Given(java.util.Optional.empty(), java.util.Optional.empty(), title, java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), text.equals(ACME));
        return GraphBuilder.standard().build(Pipeline.standard().extract(Document.of(text)), given);
    }

    /** One named graph per article, and their union as the default graph. */
    static Dataset dataset(List<String> texts) {
        UnionDataset.Builder union = UnionDataset.builder();
        for (String text : texts) {
            union.add(articleIri(text), graph(text).getGraph());
        }
        return union.build();
    }
}
