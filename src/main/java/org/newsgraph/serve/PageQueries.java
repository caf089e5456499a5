package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.newsgraph.query.QueryLib;

/**
 * The SPARQL behind the served pages, read once from {@code serve/*.rq} on the classpath and run with
 * values bound on the parsed query, never spliced into its text. Call inside a read transaction.
 *
 * <pre>{@code List<QuerySolution> rows = queries.select("facts", Map.of("this", iri(entity)));}</pre>
 */
final class PageQueries {

    private static final List<String> NAMES = List.of(
            "article-entities", "article-facts", "article-graph", "articles", "describe", "entities",
            "evidence", "exists", "facts", "highlights", "investment", "label", "mentions", "parties",
            "passages", "position", "properties", "quote", "relations");

    private final Dataset dataset;
    private final Map<String, Query> queries;
    private final long timeoutMillis;

    PageQueries(Dataset dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
        Map<String, Query> parsed = new HashMap<>();
        for (String name : NAMES) {
            parsed.put(name, QueryLib.parse(read(name)));
        }
        this.queries = Map.copyOf(parsed);
    }

    static RDFNode iri(String iri) {
        return ResourceFactory.createResource(iri);
    }

    List<QuerySolution> select(String name, Map<String, RDFNode> values) {
        try (QueryExecution exec = execution(name, values)) {
            List<QuerySolution> rows = new ArrayList<>();
            exec.execSelect().forEachRemaining(rows::add);
            return List.copyOf(rows);
        }
    }

    Model construct(String name, Map<String, RDFNode> values) {
        try (QueryExecution exec = execution(name, values)) {
            return exec.execConstruct();
        }
    }

    boolean ask(String name, Map<String, RDFNode> values) {
        try (QueryExecution exec = execution(name, values)) {
            return exec.execAsk();
        }
    }

    private QueryExecution execution(String name, Map<String, RDFNode> values) {
        Query query = queries.get(name);
        if (query == null) {
            throw new IllegalArgumentException("no page query named " + name);
        }
        QueryExecutionDatasetBuilder builder = QueryExecution.dataset(dataset).query(query)
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        values.forEach(builder::substitution);
        return builder.build();
    }

    private static String read(String name) {
        String resource = "/serve/" + name + ".rq";
        try (InputStream in = PageQueries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
