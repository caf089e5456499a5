package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.query.UnionDataset;
import org.newsgraph.rdf.GraphBuilder;
import org.newsgraph.serve.LinkedDataServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph serve}: serves a store, or articles extracted on the fly, as linked data and SPARQL.
 *
 * <pre>{@code newsgraph serve --article examples/ --port 8080}</pre>
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        header = "Serve the graph as linked data and a read-only SPARQL endpoint.",
        description = {
            "Starts a web server over a TDB2 store, or over articles extracted on the fly: every IRI that "
                    + "newsgraph minted answers a GET with a page for people (HTML) or its description in "
                    + "Turtle, JSON-LD or N-Triples, by content negotiation; /sparql answers SPARQL queries "
                    + "and /data reads graphs (Graph Store Protocol). Nothing can be written.",
            "Stops on Ctrl-C."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The server was stopped.",
            "1:The store or an article could not be read, or the port is in use.",
            "2:Wrong usage, such as both --store and --article."})
final class ServeCommand implements Callable<Integer> {

    /** The environment variable naming the store when --store is not given. */
    static final String STORE_VARIABLE = "NEWSGRAPH_STORE";
    static final String DEFAULT_STORE = "newsgraph-store";

    @Spec
    private CommandSpec spec;

    @Option(names = {"-s", "--store"}, paramLabel = "<dir>",
            description = "The TDB2 store to serve. Default: $" + STORE_VARIABLE + ", else ./" + DEFAULT_STORE + ".")
    private Path store;

    @Option(names = {"-a", "--article"}, paramLabel = "<article>", arity = "1..*",
            description = "Articles (text, JSON Lines, HTML pages, RSS or Atom feeds, or folders of them) to extract and serve instead of a store.")
    private List<Path> articles = new ArrayList<>();

    @Option(names = {"-p", "--port"}, paramLabel = "<port>", defaultValue = "" + LinkedDataServer.DEFAULT_PORT,
            description = "The port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    private int port;

    @Option(names = "--host", paramLabel = "<address>", defaultValue = LinkedDataServer.DEFAULT_HOST,
            description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    private String host;

    @Option(names = "--base-iri", paramLabel = "<iri>",
            description = "The base the store's IRIs were minted under; the server's paths map onto it. "
                    + "Default: the one the store remembers from its ingest, else " + GraphBuilder.DEFAULT_BASE
                    + "; a base other than the store's is an error.")
    private String baseIri;

    @Option(names = "--timeout", paramLabel = "<seconds>", defaultValue = "30",
            description = "How long one query may run before it is stopped. Default: ${DEFAULT-VALUE}.")
    private int timeoutSeconds;

    @Override
    public Integer call() {
        if (store != null && !articles.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Give --store or --article, not both.");
        }
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port " + port + ": not between 0 and 65535.");
        }
        if (timeoutSeconds <= 0) {
            throw new ParameterException(spec.commandLine(), "--timeout " + timeoutSeconds + ": not positive.");
        }
        String base = articles.isEmpty()
                ? StoreBase.choose(storeDir().toString(), storedBase(storeDir()), baseIri)
                : baseIri != null ? baseIri : GraphBuilder.DEFAULT_BASE;
        Dataset dataset = articles.isEmpty() ? openStore(storeDir()) : extract(base);
        LinkedDataServer server;
        try {
            server = LinkedDataServer.builder(dataset).host(host).port(port).baseIri(base)
                    .timeout(Duration.ofSeconds(timeoutSeconds)).start();
        } catch (LinkedDataServer.PortInUseException e) {
            throw new InputException(e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "newsgraph-serve-stop"));
        spec.commandLine().getErr().println("newsgraph: serving at " + server.url() + " (SPARQL at "
                + server.url() + "sparql); Ctrl-C stops");
        spec.commandLine().getErr().flush();
        server.join();
        return Main.OK;
    }

    private Path storeDir() {
        if (store != null) {
            return store;
        }
        String fromEnvironment = System.getenv(STORE_VARIABLE);
        return Path.of(fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : DEFAULT_STORE);
    }

    /** Opens an existing store; connecting to a missing one would create an empty store. */
    private static Dataset openStore(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir + ": no such store (run 'newsgraph ingest' first, or serve --article)");
        }
        try {
            Dataset dataset = TDB2Factory.connectDataset(dir.toString());
            // queries see every article at once, as with 'newsgraph query'
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            return dataset;
        } catch (RuntimeException e) {
            throw new InputException(dir + ": cannot open the store: " + InputException.firstLine(e), e);
        }
    }

    private static java.util.Optional<String> storedBase(Path dir) {
        try {
            return org.newsgraph.store.Tdb2Store.storedBaseIri(dir);
        } catch (org.newsgraph.store.StoreException e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    private Dataset extract(String base) {
        ArticleGraphs graphs = new ArticleGraphs(Pipeline.standard(), new GraphBuilder(base));
        UnionDataset.Builder union = UnionDataset.builder();
        for (ArticleGraphs.ArticleGraph graph : graphs.build(ArticleInputs.readAll(articles))) {
            union.add(graph.articleIri(), graph.model().getGraph());
        }
        return union.build();
    }
}
