package org.newsgraph.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.newsgraph.export.RdfFormat;

/**
 * Runs a query over a dataset and prints its answer: SELECT and ASK in {@code results}, CONSTRUCT and
 * DESCRIBE as RDF in {@code graphs}.
 *
 * <pre>{@code new QueryRunner(ResultFormat.TEXT, RdfFormat.TURTLE).run(query, dataset, out);}</pre>
 */
public record QueryRunner(ResultFormat results, RdfFormat graphs) {

    public QueryRunner {
        Objects.requireNonNull(results);
        Objects.requireNonNull(graphs);
    }

    public void run(Query query, Dataset dataset, OutputStream out) {
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
            run(query, exec, out);
        }
    }

    /** Prints the answer of an execution made elsewhere, such as by a store inside its read transaction. */
    public void run(Query query, QueryExecution exec, OutputStream out) {
        switch (query.queryType()) {
            case SELECT -> printSelect(exec.execSelect(), query, out);
            case ASK -> printAsk(exec.execAsk(), out);
            case CONSTRUCT -> graphs.write(out, exec.execConstruct());
            case DESCRIBE -> graphs.write(out, exec.execDescribe());
            default -> throw new IllegalArgumentException("cannot run a " + query.queryType() + " query");
        }
    }

    private void printSelect(ResultSet rows, Query query, OutputStream out) {
        switch (results) {
            case TEXT -> ResultSetFormatter.out(out, rows, query);
            case CSV -> ResultSetFormatter.outputAsCSV(out, rows);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rows);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rows);
            case XML -> ResultSetFormatter.outputAsXML(out, rows);
        }
    }

    private void printAsk(boolean answer, OutputStream out) {
        switch (results) {
            case TEXT -> {
                PrintStream text = new PrintStream(out, true, StandardCharsets.UTF_8);
                text.println(answer ? "yes" : "no");
                text.flush();
            }
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
            case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
            case XML -> ResultSetFormatter.outputAsXML(out, answer);
        }
    }
}
