package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.ArticleGraph;
import org.newsgraph.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph ingest ARTICLE...}: extracts articles into a store, one named graph per article.
 *
 * <pre>{@code newsgraph ingest news/ --store news-store}</pre>
 */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        header = "Extract articles into a store that grows.",
        description = {
            "Reads news articles (UTF-8 text files, JSON Lines, HTML pages, RSS or Atom feeds, folders of them, or "
                    + "standard input), extracts each one and puts its "
                    + "graph in a store: a TDB2 folder on this machine, or a SPARQL server with --endpoint.",
            "Each article is its own named graph, named by the article's IRI, which comes from its text: "
                    + "ingesting an article again replaces its graph, so the store does not grow. Articles are "
                    + "written in batches, one transaction each, so an interrupted run leaves whole articles "
                    + "only, and running it again finishes the job.",
            "On a terminal, progress shows on standard error; at the end, one line sums up the run."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every article is in the store.",
            "1:An article could not be read, or the store could not be opened or written; "
                    + "batches already written stay whole.",
            "2:Wrong usage, such as a batch size below 1.",
            "4:Some articles could not be extracted: each is named on standard error; the others are in the store."})
final class IngestCommand implements Callable<Integer> {

    private static final Set<Node> ENTITY_CLASSES = Set.of(
            NG.Organization.asNode(), NG.Person.asNode(), NG.Place.asNode(), NG.Product.asNode());

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ARTICLE", arity = "1..*",
            description = "An article as a UTF-8 text file, a JSON Lines file (.jsonl), an HTML page (.html), an RSS "
                    + "or Atom feed (.rss, .atom, .xml), a folder of those at any depth read in path order, or - for "
                    + "standard input (see --input-format).")
    private List<Path> articles;

    @Mixin
    private StoreOptions where;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors: no progress and no summary.")
    private boolean quiet;

    @Option(names = {"-b", "--batch"}, paramLabel = "<n>", defaultValue = "50",
            description = "Articles per transaction. Default: ${DEFAULT-VALUE}.")
    private int batch;

    @Option(names = "--no-compact",
            description = "Do not compact the store at the end. By default a run that wrote more than one batch "
                    + "rewrites the store without the room its transactions left behind (TDB2 never overwrites "
                    + "a block, so each batch leaves dead copies); 'newsgraph compact' does it any time.")
    private boolean noCompact;

    @Mixin
    private ExtractionOptions extraction;

    @Override
    public Integer call() {
        if (batch < 1) {
            throw new ParameterException(spec.commandLine(), "--batch must be 1 or more, not " + batch);
        }
        // every input is checked before the store opens, so a missing or bad file changes nothing
        int threads = extraction.threads(spec);
        try (ArticleInputs inputs = extraction.inputs(spec, articles, true, System.in)) {
            // a bad gazetteer table or base is reported before the store opens
            ArticleGraphs extractor = extraction.graphs();
            PrintWriter err = spec.commandLine().getErr();
            ExtractionOptions.Skipped skipped = extraction.skipped(err);
            Progress progress = Progress.onTerminal(err, inputs.count(), quiet);
            try (ArticleStore store = where.openForWriting()) {
                String base = extraction.baseFor(store.location(), store.baseIri());
                ArticleGraphs graphs = extractor.withBase(base);
                store.rememberBaseIri(base);
                Tally tally = new Tally();
                List<ArticleGraphs.ArticleGraph> built = new ArrayList<>();
                try {
                    graphs.stream(inputs.pending(), threads, skipped, graph -> {
                        built.add(graph);
                        if (built.size() == batch) {
                            tally.written(store.put(tally.count(built)));
                            built.clear();
                            progress.advance(tally.articles + skipped.count());
                        }
                    });
                    if (!built.isEmpty()) {
                        tally.written(store.put(tally.count(built)));
                    }
                    progress.advance(tally.articles + skipped.count());
                } finally {
                    progress.finish();
                }
                // many small transactions leave garbage that only compaction frees
                if (tally.writes > 1 && !noCompact) {
                    store.compact();
                }
                if (!quiet) {
                    err.println(String.format(Locale.ROOT, "%s: %d articles, %d triples, %d entities, %.1f s%s",
                            store.location(), tally.articles, tally.triples, tally.entities.size(),
                            progress.seconds(), skipped.count() == 0 ? "" : ", " + skipped.count() + " skipped"));
                    err.flush();
                }
            }
            return skipped.exitCode();
        }
    }

    /** The triples and distinct entities of the articles written so far, for the summary. */
    private static final class Tally {
        private int articles;
        private long triples;
        /** How many batches changed the store: more than one leaves dead blocks for compaction to free. */
        private int writes;
        private final Set<Node> entities = new HashSet<>();

        void written(int articlesWritten) {
            writes += articlesWritten > 0 ? 1 : 0;
        }

        List<ArticleGraph> count(List<ArticleGraphs.ArticleGraph> graphs) {
            List<ArticleGraph> stored = new ArrayList<>();
            for (ArticleGraphs.ArticleGraph graph : graphs) {
                Graph g = graph.model().getGraph();
                stored.add(new ArticleGraph(graph.articleIri(), g));
                articles++;
                triples += g.size();
                g.find(Node.ANY, RDF.type.asNode(), Node.ANY)
                        .filterKeep(t -> ENTITY_CLASSES.contains(t.getObject()))
                        .mapWith(Triple::getSubject)
                        .forEachRemaining(entities::add);
            }
            return stored;
        }
    }


}
