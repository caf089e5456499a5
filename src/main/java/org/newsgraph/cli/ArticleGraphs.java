package org.newsgraph.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.Model;
import org.newsgraph.extract.Extractor;
import org.newsgraph.input.BadInputException;
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

    /** The same extractor, minting IRIs under another base. */
    ArticleGraphs withBase(String baseIri) {
        checkBase(baseIri);
        return new ArticleGraphs(extractor, new GraphBuilder(baseIri));
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

    /**
     * Reads and extracts articles on {@code threads} threads, each read by its work ({@link ArticleInputs#pending}),
     * and hands each graph to {@code sink} in input order, as soon as it and those before it are done; at most a
     * few articles per thread are held at once, so an input of any size runs in bounded memory. The sink runs on
     * the calling thread. An article whose extraction fails, or a record that yields no article
     * ({@link BadInputException}), goes to {@code skipped}, which may throw to stop the run; an input that
     * cannot be read stops it.
     */
    void stream(Iterator<Callable<ArticleFiles.Article>> reads, int threads, Consumer<InputException> skipped,
                Consumer<ArticleGraph> sink) {
        if (threads <= 1) {
            while (reads.hasNext()) {
                Outcome done = outcome(reads.next());
                if (done.failure() != null) {
                    skipped.accept(done.failure());
                } else {
                    sink.accept(done.graph());
                }
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "newsgraph-extract");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            while (reads.hasNext() || !window.isEmpty()) {
                while (window.size() < 4 * threads && reads.hasNext()) {
                    Callable<ArticleFiles.Article> read = reads.next();
                    window.add(pool.submit(() -> outcome(read)));
                }
                Outcome done = await(window.removeFirst());
                if (done.failure() != null) {
                    skipped.accept(done.failure());
                } else {
                    sink.accept(done.graph());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One article's graph, or why it has none. */
    private record Outcome(ArticleGraph graph, InputException failure) {
    }

    /** Reads an article and extracts it; a record with no article is a failure, an unreadable input throws. */
    private Outcome outcome(Callable<ArticleFiles.Article> read) {
        ArticleFiles.Article article;
        try {
            article = read.call();
        } catch (BadInputException e) {
            return new Outcome(null, new InputException(e.getMessage(), e));
        } catch (InputException e) {
            throw e;
        } catch (Exception e) {
            throw new InputException("cannot read: " + InputException.firstLine(e), e);
        }
        return outcome(article);
    }

    private Outcome outcome(ArticleFiles.Article article) {
        try {
            return new Outcome(graph(article), null);
        } catch (RuntimeException e) {
            return new Outcome(null, failed(article, e));
        }
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted", e);
        } catch (ExecutionException e) {
            // reading failed after the files were checked: the file changed under us
            if (e.getCause() instanceof InputException input) {
                throw input;
            }
            throw new InputException("extraction failed: " + InputException.firstLine(e.getCause()), e.getCause());
        }
    }

    private ArticleGraph graph(ArticleFiles.Article article) {
        Model model = builder.build(extractor.extract(article.document()), article.given());
        return new ArticleGraph(article.source(), builder.articleIri(article.document()), model);
    }

    private static InputException failed(ArticleFiles.Article article, RuntimeException e) {
        // a bug in a stage rather than bad input, but the user needs to know which article hit it
        return new InputException(article.source() + ": extraction failed: "
                + e.getClass().getSimpleName() + ": " + InputException.firstLine(e), e);
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
    List<ArticleGraph> build(List<ArticleFiles.Article> articles, Consumer<InputException> skipped) {
        List<ArticleGraph> graphs = new ArrayList<>();
        for (ArticleFiles.Article article : articles) {
            try {
                graphs.add(graph(article));
            } catch (RuntimeException e) {
                skipped.accept(failed(article, e));
            }
        }
        return List.copyOf(graphs);
    }
}
