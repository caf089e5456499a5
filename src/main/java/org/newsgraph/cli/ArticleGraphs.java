package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.rdf.GraphBuilder;

/**
 * Turns articles into graphs with the standard pipeline, one graph per article, naming the article
 * in any failure.
 *
 * <pre>{@code List<ArticleGraphs.ArticleGraph> graphs = ArticleGraphs.standard().build(articles);}</pre>
 */
final class ArticleGraphs {

    /** An article's graph and the IRI of the article, which also names its graph in quad formats. */
    record ArticleGraph(String source, String articleIri, Model model) {
    }

    private final Extractor extractor;
    private final GraphBuilder builder;

    ArticleGraphs(Extractor extractor, GraphBuilder builder) {
        this.extractor = extractor;
        this.builder = builder;
    }

    static ArticleGraphs standard() {
        return new ArticleGraphs(Pipeline.standard(), GraphBuilder.standard());
    }

    /** The standard pipeline with the user's own gazetteer tables added to the bundled one. */
    static ArticleGraphs withGazetteers(List<java.nio.file.Path> tables) {
        return configured(tables, GraphBuilder.DEFAULT_BASE);
    }

    /** The pipeline with the user's gazetteer tables, minting IRIs under their base. */
    static ArticleGraphs configured(List<java.nio.file.Path> tables, String baseIri) {
        checkBase(baseIri);
        GraphBuilder builder = new GraphBuilder(baseIri);
        if (tables.isEmpty()) {
            return new ArticleGraphs(Pipeline.standard(), builder);
        }
        try {
            return new ArticleGraphs(new Pipeline(Gazetteer.load(tables)), builder);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    private static void checkBase(String baseIri) {
        org.apache.jena.irix.IRIx iri;
        try {
            iri = org.apache.jena.irix.IRIx.create(baseIri);
        } catch (org.apache.jena.irix.IRIException e) {
            throw new InputException(baseIri + ": not an IRI: " + InputException.firstLine(e), e);
        }
        if (!iri.isAbsolute() || !(baseIri.startsWith("http://") || baseIri.startsWith("https://"))) {
            throw new InputException(baseIri + ": not an absolute http(s) IRI");
        }
    }

    /** Every article's graph; the first article whose extraction fails stops the run, named in the error. */
    List<ArticleGraph> build(List<ArticleFiles.Article> articles) {
        return build(articles, failure -> {
            throw failure;
        });
    }

    /**
     * Every article's graph but those whose extraction fails: each of those goes to {@code skipped}, which
     * may throw to stop the run, and the others go on.
     */
    List<ArticleGraph> build(List<ArticleFiles.Article> articles, java.util.function.Consumer<InputException> skipped) {
        List<ArticleGraph> graphs = new ArrayList<>();
        for (ArticleFiles.Article article : articles) {
            try {
                Model model = builder.build(extractor.extract(article.document()));
                graphs.add(new ArticleGraph(article.source(), builder.articleIri(article.document()), model));
            } catch (RuntimeException e) {
                // a bug in a stage rather than bad input, but the user needs to know which article hit it
                skipped.accept(new InputException(article.source() + ": extraction failed: "
                        + e.getClass().getSimpleName() + ": " + InputException.firstLine(e), e));
            }
        }
        return List.copyOf(graphs);
    }
}
