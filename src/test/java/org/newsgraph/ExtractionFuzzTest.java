package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.rdf.GraphBuilder;
import org.newsgraph.rdf.NG;
import org.newsgraph.text.Document;

/**
 * Coverage-guided fuzzing of the whole extraction, text to graph, with the checks every article must pass
 * as the oracle: no exception, a graph that conforms to the shapes, every mention pointing at its exact
 * text. The fuzzer writes articles from the words of the repository's own French and English articles,
 * numbers, currencies, quotes and line breaks, mixed with raw text, so that it reaches the fact readers
 * rather than stopping at the tokenizer.
 *
 * <p>A plain test run replays the inputs kept in {@code ExtractionFuzzTestInputs/} (every crash the
 * fuzzer found stays there as a regression test); {@code JAZZER_FUZZ=1} fuzzes (README).
 */
class ExtractionFuzzTest {

    private static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final GraphBuilder GRAPHS = GraphBuilder.standard();
    private static final String[] WORDS = wordsOfTheOwnArticles();
    private static final String[] MARKS = {
        ". ", ", ", "; ", ": ", "\n", "\n\n", "« ", " »", "\"", "“", "”", "'", "’", "(", ")", " — ", "-", "$",
        "€", "£", "%", " millions d'euros", " million", " milliards", " bn", "M$", "1er", "2024", "Inc.", "SA",
        "a déclaré", "said", "à", "in", "de", "the", "M.", "Mme", "Dr.", "’s", "l’", "d’"};

    private static String[] wordsOfTheOwnArticles() {
        try (Stream<Path> examples = Files.walk(Path.of("examples"));
             Stream<Path> cases = Files.walk(Path.of("src/test/resources/cases"))) {
            return Stream.concat(examples, cases)
                    .filter(p -> p.toString().endsWith(".txt"))
                    .sorted()
                    .flatMap(ExtractionFuzzTest::words)
                    .distinct()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> words(Path article) {
        try {
            return Stream.of(Files.readString(article, StandardCharsets.UTF_8).split("\\s+")).filter(w -> !w.isEmpty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void anyArticleGivesAConformingGraphWhoseMentionsPointAtTheirText(FuzzedDataProvider data) {
        String text = article(data);
        if (text.replace("\uFEFF", "").isBlank()) {
            return; // the command line refuses an empty article before extraction
        }
        Document document = Document.of(text);
        Model graph;
        try {
            graph = GRAPHS.build(PIPELINE.extract(document));
        } catch (RuntimeException e) {
            throw new AssertionError("extraction fails on: " + text, e);
        }

        ValidationReport report = ShaclValidator.get().validate(SHAPES, graph.getGraph());
        assertTrue(report.conforms(), () -> "conforms to the shapes: " + report.getEntries() + "\ntext: " + text);
        int[] codePoints = document.text().codePoints().toArray();
        List<Resource> mentions = graph.listSubjectsWithProperty(RDF.type, NG.Mention).toList();
        for (Resource m : mentions) {
            int start = m.getRequiredProperty(NG.start).getInt();
            int end = m.getRequiredProperty(NG.end).getInt();
            assertTrue(0 <= start && start <= end && end <= codePoints.length, () -> m + " inside the text: " + text);
            assertEquals(m.getRequiredProperty(NG.anchorText).getString(), new String(codePoints, start, end - start),
                    () -> m.getURI() + " in: " + text);
        }
    }

    /** An article the command line would accept (UTF-8 text, no NUL), made of the fuzzer's choices. */
    private static String article(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder();
        while (data.remainingBytes() > 0 && text.length() < 4_000) {
            switch (data.consumeInt(0, 9)) {
                case 0, 1, 2, 3 -> text.append(data.pickValue(WORDS));
                case 4 -> text.append(capitalized(data.pickValue(WORDS)));
                case 5 -> text.append(data.pickValue(WORDS).toUpperCase(Locale.ROOT));
                case 6, 7 -> text.append(data.pickValue(MARKS));
                case 8 -> text.append(data.consumeInt(0, 2_000_000_000));
                default -> text.append(data.consumeString(16));
            }
            text.append(data.consumeBoolean() ? " " : "");
        }
        return text.toString().replace("\0", "").codePoints()
                .filter(c -> !Character.isSurrogate((char) c) || c > 0xFFFF)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
