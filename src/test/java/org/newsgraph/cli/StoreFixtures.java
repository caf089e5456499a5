package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** The articles the store tests ingest and what extracting them one by one gives, to compare a store with. */
final class StoreFixtures {

    private StoreFixtures() {
    }

    /** The project's own case articles and the two examples: fourteen articles in two languages. */
    static List<Path> projectArticles() {
        List<Path> articles = new ArrayList<>();
        try (Stream<Path> cases = Files.list(Path.of("src/test/resources/cases"))) {
            cases.map(c -> c.resolve("article.txt")).filter(Files::isRegularFile).sorted().forEach(articles::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        articles.add(Path.of("examples"));
        return List.copyOf(articles);
    }

    /**
     * Each article extracted alone, in its named graph: what a store of these articles must hold. Literals
     * are in canonical form, as TDB2 gives them back: it stores numbers by value, so the decimal
     * {@code 1200000000} returns as {@code 1200000000.0}, the same value.
     */
    static DatasetGraph extractedOneByOne(List<Path> articles) {
        DatasetGraph expected = DatasetGraphFactory.create();
        for (ArticleGraphs.ArticleGraph graph : ArticleGraphs.standard().build(ArticleFiles.read(articles))) {
            Node name = NodeFactory.createURI(graph.articleIri());
            graph.model().getGraph().find().forEachRemaining(t -> expected.add(name, t.getSubject(), t.getPredicate(),
                    CanonicalizeLiteral.get().apply(t.getObject())));
        }
        return expected;
    }

    /** Parses TriG or N-Quads text. */
    static DatasetGraph quads(String text, Lang lang) {
        DatasetGraph data = DatasetGraphFactory.create();
        RDFParser.fromString(text, lang).parse(data);
        return data;
    }

    static long quadCount(DatasetGraph data) {
        return data.stream().count();
    }

    static Graph graph(DatasetGraph data, String name) {
        return data.getGraph(NodeFactory.createURI(name));
    }
}
