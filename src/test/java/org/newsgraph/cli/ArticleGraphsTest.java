package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.rdf.GraphBuilder;
import org.newsgraph.text.Document;

/** One article that trips the extractor must not stop the others. */
class ArticleGraphsTest {

    /** The standard pipeline, except that it fails on any article that mentions "Boom". */
    private static final Extractor FAILS_ON_BOOM = document -> {
        if (document.text().contains("Boom")) {
            throw new IndexOutOfBoundsException("Index -1 out of bounds for length 12");
        }
        return Pipeline.standard().extract(document);
    };

    private static final List<ArticleFiles.Article> ARTICLES = List.of(
            new ArticleFiles.Article("one.txt", Document.of("Acme Corp will invest 40 million euros in Lyon.\n")),
            new ArticleFiles.Article("boom.txt", Document.of("Boom Industries will invest in Porto.\n")),
            new ArticleFiles.Article("three.txt", Document.of("Globex investira 12 millions d'euros à Nantes.\n")));

    @Test
    void aFailingArticleIsNamedSkippedAndTheOthersGoThrough() {
        StringWriter err = new StringWriter();
        ExtractionOptions.Skipped skipped = new ExtractionOptions.Skipped(new PrintWriter(err), false);
        List<ArticleGraphs.ArticleGraph> graphs = new ArticleGraphs(FAILS_ON_BOOM, GraphBuilder.standard())
                .build(ARTICLES, skipped);
        assertEquals(List.of("one.txt", "three.txt"), graphs.stream().map(ArticleGraphs.ArticleGraph::source).toList());
        assertEquals(1, skipped.count());
        assertEquals(Main.SOME_SKIPPED, skipped.exitCode());
        assertEquals(List.of("boom.txt: extraction failed: IndexOutOfBoundsException: Index -1 out of bounds for length 12"
                + " (skipped)"), err.toString().lines().toList());
    }

    @Test
    void failFastStopsAtTheFailingArticle() {
        ExtractionOptions.Skipped failFast = new ExtractionOptions.Skipped(new PrintWriter(new StringWriter()), true);
        InputException stop = assertThrows(InputException.class,
                () -> new ArticleGraphs(FAILS_ON_BOOM, GraphBuilder.standard()).build(ARTICLES, failFast));
        assertTrue(stop.getMessage().startsWith("boom.txt: extraction failed: "), stop.getMessage());
    }

    @Test
    void aRunWithNoFailureExitsZero() {
        ExtractionOptions.Skipped skipped = new ExtractionOptions.Skipped(new PrintWriter(new StringWriter()), false);
        List<ArticleGraphs.ArticleGraph> graphs = ArticleGraphs.standard().build(ARTICLES, skipped);
        assertEquals(3, graphs.size());
        assertEquals(Main.OK, skipped.exitCode());
    }
}
