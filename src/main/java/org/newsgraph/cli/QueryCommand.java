package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.newsgraph.export.RdfFormat;
import org.newsgraph.query.QueryCatalog;
import org.newsgraph.query.QueryDepth;
import org.newsgraph.query.QueryLib;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.ResultFormat;
import org.newsgraph.query.ShippedQuery;
import org.newsgraph.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph query QUERY --data GRAPH...}: runs SPARQL over graph files and articles.
 *
 * <pre>{@code newsgraph query investments --article news/ --format csv}</pre>
 */
@Command(name = "query",
        mixinStandardHelpOptions = true,
        header = "Run a SPARQL query over graphs and articles.",
        description = {
            "Runs a SPARQL query over graph files and articles, or over a store. The default graph is the union "
                    + "of everything loaded; each file and article is also a named graph, for GRAPH ?g patterns.",
            "The prefixes rdf, rdfs, owl, xsd, dc, skos, ng and wd are declared for every query."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The query ran and its answer was printed.",
            "1:The query does not parse, or a graph file, article or store could not be read.",
            "2:Wrong usage, such as both a QUERY and -e."})
final class QueryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "0..1",
            description = "A .rq file, or the name of a shipped query (see --list).")
    private String queryName;

    @Option(names = {"-e", "--expression"}, paramLabel = "<sparql>",
            description = "The query text itself, instead of QUERY.")
    private String expression;

    @Option(names = {"-l", "--list"},
            description = "List the shipped queries with what each one finds.")
    private boolean list;

    @Option(names = {"-d", "--data"}, paramLabel = "<graph>", arity = "1..*",
            description = "RDF files to query, in the syntax their extension names "
                    + "(.ttl, .trig, .nt, .nq, .jsonld, .rdf, .owl, .xml).")
    private List<Path> data = new ArrayList<>();

    @Option(names = {"-a", "--article"}, paramLabel = "<article>", arity = "1..*",
            description = "Articles (text, JSON Lines, HTML pages, RSS or Atom feeds, or folders of them) to extract and query.")
    private List<Path> articles = new ArrayList<>();

    @Mixin
    private StoreOptions where;

    @Option(names = {"-f", "--format"}, paramLabel = "<format>", defaultValue = "text",
            converter = FormatConverters.Results.class, completionCandidates = FormatConverters.ResultNames.class,
            description = "How to print SELECT and ASK answers: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    private ResultFormat format;

    @Option(names = "--rdf-format", paramLabel = "<format>", defaultValue = "turtle",
            converter = FormatConverters.Rdf.class, completionCandidates = FormatConverters.RdfNames.class,
            description = "How to print CONSTRUCT and DESCRIBE answers: ${COMPLETION-CANDIDATES}. "
                    + "Default: ${DEFAULT-VALUE}.")
    private RdfFormat rdfFormat;

    @Override
    public Integer call() {
        int given = (queryName != null ? 1 : 0) + (expression != null ? 1 : 0) + (list ? 1 : 0);
        if (given != 1) {
            throw new ParameterException(spec.commandLine(), given == 0
                    ? "Give a QUERY, -e SPARQL or --list."
                    : "Give only one of QUERY, -e SPARQL and --list.");
        }
        if (list) {
            return printList();
        }
        // parse first: a typo in the query should not wait for every article to be extracted
        Query query = expression != null ? parse("-e", expression) : parse(queryName, queryText(queryName));
        QueryRunner runner = new QueryRunner(format, rdfFormat);
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try {
            if (where.given()) {
                if (!data.isEmpty() || !articles.isEmpty()) {
                    throw new ParameterException(spec.commandLine(),
                            "Give either --store/--endpoint or --data/--article, not both.");
                }
                try (ArticleStore store = where.open()) {
                    store.query(query, exec -> {
                        runner.run(query, exec, answer);
                        return null;
                    });
                }
            } else {
                runner.run(query, InputGraphs.load(data, articles), answer);
            }
        } catch (QueryException e) {
            throw new InputException((expression != null ? "-e" : queryName) + ": failed: "
                    + InputException.firstLine(e), e);
        } catch (StackOverflowError e) {
            // a shape QueryDepth does not measure that still nests too deep for the engine
            throw new InputException((expression != null ? "-e" : queryName)
                    + ": too complex: it nests too deep to run; split it into smaller queries");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(answer.toString(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }

    private int printList() {
        List<ShippedQuery> queries = QueryCatalog.bundled().queries();
        if (queries.isEmpty()) {
            spec.commandLine().getErr().println("This build of newsgraph ships no queries.");
            return 0;
        }
        int width = queries.stream().mapToInt(q -> q.name().length()).max().orElse(0);
        PrintWriter out = spec.commandLine().getOut();
        for (ShippedQuery q : queries) {
            out.println((q.name() + " ".repeat(width - q.name().length()) + "  " + q.description()).stripTrailing());
        }
        out.flush();
        return 0;
    }

    /** A path to a .rq file if one exists there, else the name of a shipped query. */
    private static String queryText(String name) {
        Path file = Path.of(name);
        if (Files.exists(file)) {
            return ArticleFiles.readText(file, "query");
        }
        Optional<ShippedQuery> shipped = QueryCatalog.bundled().named(name);
        return shipped.map(ShippedQuery::text).orElseThrow(() -> new InputException(
                name + ": no such file or shipped query (see 'newsgraph query --list')"));
    }

    private static Query parse(String label, String sparql) {
        Query query;
        try {
            query = QueryLib.parse(sparql);
        } catch (QueryParseException e) {
            throw new InputException(label + ": does not parse: " + InputException.firstLine(e), e);
        } catch (StackOverflowError e) {
            throw new InputException(label + ": too complex: it nests too deep to be read; split it into smaller queries");
        }
        try {
            QueryDepth.check(query);
        } catch (QueryDepth.TooComplex e) {
            throw new InputException(label + ": " + e.getMessage(), e);
        }
        return query;
    }
}
