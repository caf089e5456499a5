package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.rdf.GraphBuilder;
import org.newsgraph.rdf.NG;
import org.newsgraph.text.Document;

/**
 * Every article a user could hand over, the shared development corpus and the README's examples,
 * gives a graph that conforms to the shapes, whose mentions point at their exact text, and that is
 * the same byte for byte when extracted again.
 */
class CorpusConformanceTest {

    private static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));

    /**
     * The repository's own articles (examples/ and the scored cases), and the articles of the folder that
     * the system property {@code newsgraph.corpus} names, when it names one (CI passes the team's
     * development corpus); a folder named but missing fails rather than passing on less.
     */
    static Stream<Path> articles() throws IOException {
        List<Path> own = new java.util.ArrayList<>(textsIn(Path.of("examples")));
        own.addAll(textsIn(Path.of("src/test/resources/cases")));
        assertFalse(own.isEmpty(), "the examples are under examples/");
        String corpus = System.getProperty("newsgraph.corpus", "");
        if (corpus.isBlank()) {
            return own.stream();
        }
        List<Path> extra = textsIn(Path.of(corpus));
        assertFalse(extra.isEmpty(), "no .txt articles in " + corpus);
        return Stream.concat(own.stream(), extra.stream());
    }

    private static List<Path> textsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static Model extract(String text) {
        return GraphBuilder.standard().build(Pipeline.standard().extract(Document.of(text)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void graphConformsToTheShapes(Path article) throws IOException {
        Model graph = extract(Files.readString(article, StandardCharsets.UTF_8));
        ValidationReport report = ShaclValidator.get().validate(SHAPES, graph.getGraph());
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms(), article + " conforms to ontology/shapes.ttl");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void everyMentionPointsAtItsText(Path article) throws IOException {
        String text = Files.readString(article, StandardCharsets.UTF_8);
        int[] codePoints = text.codePoints().toArray();
        Model graph = extract(text);
        List<Resource> mentions = graph.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, NG.Mention).toList();
        assertFalse(mentions.isEmpty());
        for (Resource m : mentions) {
            int start = m.getRequiredProperty(NG.start).getInt();
            int end = m.getRequiredProperty(NG.end).getInt();
            assertEquals(m.getRequiredProperty(NG.anchorText).getString(), new String(codePoints, start, end - start), m.getURI());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void sameArticleGivesTheSameBytes(Path article) throws IOException {
        String text = Files.readString(article, StandardCharsets.UTF_8);
        assertEquals(turtle(extract(text)), turtle(extract(text)));
    }

    private static String turtle(Model m) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, RDFFormat.TURTLE_PRETTY);
        return w.toString();
    }
}
