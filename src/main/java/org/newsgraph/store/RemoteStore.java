package org.newsgraph.store;

import java.io.OutputStream;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.newsgraph.export.RdfFormat;

/**
 * A store on a SPARQL 1.1 server (Fuseki, GraphDB, Virtuoso, Neptune, ...): each article's graph is
 * written with a Graph Store Protocol PUT, which replaces it, and queries go by the SPARQL protocol.
 * The URL is the dataset's, answering both protocols, as Fuseki's {@code http://host:3030/ds} does.
 * Queries are sent as written, so the server must itself expose the union of its named graphs as the
 * default graph (Fuseki with TDB2: {@code tdb2:unionDefaultGraph true}).
 *
 * <pre>{@code try (ArticleStore store = RemoteStore.connect("http://localhost:3030/news")) { store.put(batch); }}</pre>
 */
public final class RemoteStore implements ArticleStore {

    private static final Query WHOLE_UNION = QueryFactory.create("CONSTRUCT WHERE { ?s ?p ?o }");

    private final String url;
    private final RDFConnection connection;

    private RemoteStore(String url, RDFConnection connection) {
        this.url = url;
        this.connection = connection;
    }

    /** A store at a dataset URL; nothing is sent until the first call. */
    public static RemoteStore connect(String url) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new StoreException(url + ": not an http:// or https:// URL");
        }
        return new RemoteStore(url, RDFConnection.connect(url));
    }

    @Override
    public String location() {
        return url;
    }

    /** One PUT per article; each replaces its graph whole, so a failed run is finished by running it again. */
    @Override
    public int put(List<ArticleGraph> batch) {
        for (ArticleGraph article : batch) {
            Model model = ModelFactory.createModelForGraph(article.graph());
            remote(() -> {
                connection.put(article.iri(), model);
                return null;
            });
        }
        return batch.size();
    }

    @Override
    public <T> T query(Query query, Function<QueryExecution, T> answer) {
        return remote(() -> {
            try (QueryExecution exec = connection.query(query)) {
                return answer.apply(exec);
            }
        });
    }

    @Override
    public Graph unionGraph() {
        return remote(() -> connection.queryConstruct(WHOLE_UNION).getGraph());
    }

    @Override
    public void export(OutputStream out, RdfFormat format, Optional<String> graph) {
        if (graph.isPresent()) {
            if (!articleIris().contains(graph.get())) {
                throw new StoreException(url + ": no article graph <" + graph.get() + ">");
            }
            Model model = remote(() -> connection.fetch(graph.get()));
            Dataset one = org.apache.jena.query.DatasetFactory.create();
            one.addNamedModel(graph.get(), model);
            one.getPrefixMapping().setNsPrefixes(model);
            format.write(out, one);
        } else if (format.isQuads()) {
            format.write(out, remote(connection::fetchDataset));
        } else {
            format.write(out, ModelFactory.createModelForGraph(unionGraph()));
        }
    }

    @Override
    public void close() {
        connection.close();
    }

    /** Runs one exchange with the server, turning its failures into one line that names the URL. */
    private <T> T remote(Supplier<T> exchange) {
        try {
            return exchange.get();
        } catch (QueryExceptionHTTP e) {
            throw failure(e, e.getStatusCode(), e.getResponseMessage());
        } catch (HttpException e) {
            throw failure(e, e.getStatusCode(), e.getStatusLine());
        }
    }

    private StoreException failure(RuntimeException e, int status, String statusLine) {
        if (status > 0) {
            String reason = statusLine == null || statusLine.isBlank() ? "" : " " + statusLine.strip().lines().findFirst().orElse("");
            return new StoreException(url + ": the server answered HTTP " + status + reason, e);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
                return new StoreException(url + ": unreachable (connection refused or timed out)", e);
            }
            if (cause instanceof UnknownHostException) {
                return new StoreException(url + ": unknown host", e);
            }
        }
        return new StoreException(url + ": cannot reach the server: " + StoreException.firstLine(e), e);
    }
}
