package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.newsgraph.query.QueryLib;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.StoreQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph stats}: what a store holds, per class and per article.
 *
 * <pre>{@code newsgraph stats --store news-store}</pre>
 */
@Command(name = "stats",
        mixinStandardHelpOptions = true,
        header = "Count what a store holds, per class and per article.",
        description = {
            "Prints the number of articles and triples in a store, then how many distinct nodes of each class "
                    + "it holds, then each article's IRI with its triples, the entities it mentions and the "
                    + "investments read in it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The counts were printed.",
            "1:The store could not be opened or read."})
final class StatsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions where;

    @Override
    public Integer call() {
        List<List<String>> classes;
        List<List<String>> articles;
        long triples;
        String location;
        try (ArticleStore store = where.open()) {
            location = store.location();
            triples = store.tripleCount();
            classes = rows(store, StoreQueries.CLASS_COUNTS, "class", "instances");
            articles = rows(store, StoreQueries.ARTICLE_STATS, "article", "triples", "entities", "investments");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(location + ": " + articles.size() + (articles.size() == 1 ? " article, " : " articles, ")
                + triples + " triples");
        out.println();
        table(out, List.of("class", "nodes"), classes);
        out.println();
        table(out, List.of("article", "triples", "entities", "investments"), articles);
        out.flush();
        return 0;
    }

    private static List<List<String>> rows(ArticleStore store, org.apache.jena.query.Query query, String... columns) {
        PrefixMapping prefixes = QueryLib.standardPrefixes();
        return store.query(query, exec -> {
            List<List<String>> rows = new ArrayList<>();
            exec.execSelect().forEachRemaining((QuerySolution row) -> {
                List<String> cells = new ArrayList<>();
                for (String column : columns) {
                    RDFNode value = row.get(column);
                    cells.add(value == null ? ""
                            : value.isURIResource() ? prefixes.shortForm(value.asResource().getURI())
                            : value.isLiteral() ? value.asLiteral().getLexicalForm()
                            : value.toString());
                }
                rows.add(List.copyOf(cells));
            });
            return List.copyOf(rows);
        });
    }

    /** Left-aligned first column, right-aligned numbers. */
    private static void table(PrintWriter out, List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = header.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                String cell = row.get(c);
                String pad = " ".repeat(widths[c] - cell.length());
                line.append(c == 0 ? cell + pad : "  " + pad + cell);
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
