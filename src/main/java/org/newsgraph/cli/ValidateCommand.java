package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shared.PrefixMapping;
import org.newsgraph.query.QueryLib;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.validate.ShapesValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph validate GRAPH...}: checks graphs against newsgraph's SHACL shapes.
 *
 * <pre>{@code newsgraph validate --article news/}</pre>
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        header = "Check graphs against the SHACL shapes.",
        description = {
            "Checks graph files, the graphs of articles, or a store, against the SHACL shapes that newsgraph ships "
                    + "(ontology/shapes.ttl) or against other shapes, and prints each violation: severity, "
                    + "focus node, path and message, then 'conforms' or the number of violations."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The graph conforms.",
            "1:A graph file, article, store or shapes file could not be read.",
            "2:Wrong usage, such as no graph at all.",
            "3:The graph does not conform to the shapes."})
final class ValidateCommand implements Callable<Integer> {

    /** The exit code for a graph that does not conform. */
    static final int NOT_CONFORMING = 3;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "GRAPH", arity = "0..*",
            description = "RDF files to check, in the syntax their extension names.")
    private List<Path> graphs = new ArrayList<>();

    @Option(names = {"-a", "--article"}, paramLabel = "<article>", arity = "1..*",
            description = "Articles (text, JSON Lines, HTML pages, RSS or Atom feeds, or folders of them) whose extracted graph to check.")
    private List<Path> articles = new ArrayList<>();

    @Mixin
    private StoreOptions where;

    @Option(names = {"-s", "--shapes"}, paramLabel = "<file>",
            description = "A SHACL shapes file to check against instead of the shipped shapes.")
    private Path shapes;

    @Override
    public Integer call() {
        boolean files = !graphs.isEmpty() || !articles.isEmpty();
        if (files == where.given()) {
            throw new ParameterException(spec.commandLine(), files
                    ? "Give either --store/--endpoint or GRAPH/--article files, not both."
                    : "Give GRAPH files, --article files, --store or --endpoint to check.");
        }
        ShapesValidator validator = validator();
        Graph data = files ? InputGraphs.load(graphs, articles).asDatasetGraph().getDefaultGraph() : storeGraph();
        ValidationReport report = validator.validate(data);
        PrefixMapping prefixes = PrefixMapping.Factory.create()
                .setNsPrefixes(QueryLib.standardPrefixes())
                .setNsPrefixes(data.getPrefixMapping());
        PrintWriter out = spec.commandLine().getOut();
        ShapesValidator.describe(report, prefixes).forEach(out::println);
        out.flush();
        return report.conforms() ? 0 : NOT_CONFORMING;
    }

    /** The union of the store's articles; validation needs it whole, so it is copied into memory. */
    private Graph storeGraph() {
        try (ArticleStore store = where.open()) {
            return store.unionGraph();
        }
    }

    private ShapesValidator validator() {
        if (shapes == null) {
            try {
                return ShapesValidator.bundled();
            } catch (IllegalStateException e) {
                throw new InputException(e.getMessage() + "; give a shapes file with --shapes", e);
            }
        }
        try {
            return ShapesValidator.of(InputGraphs.readGraph(shapes));
        } catch (ShaclParseException e) {
            throw new InputException(shapes + ": not valid SHACL shapes: " + InputException.firstLine(e), e);
        }
    }
}
