package org.newsgraph.serve;

import java.net.BindException;
import java.time.Duration;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.query.QueryDepth;
import org.newsgraph.rdf.GraphBuilder;

/**
 * An embedded Fuseki serving a newsgraph dataset: a read-only SPARQL endpoint at {@code /sparql},
 * Graph Store Protocol reads at {@code /data}, and the IRIs newsgraph minted, dereferenceable under
 * {@code /id/} and {@code /article/} with content negotiation, plus an index page at {@code /}.
 *
 * <pre>{@code try (LinkedDataServer server = LinkedDataServer.builder(dataset).port(0).start()) { server.url(); }}</pre>
 */
public final class LinkedDataServer implements AutoCloseable {

    /** The address bound unless told otherwise: loopback, so nothing is exposed by accident. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Fuseki's usual port. */
    public static final int DEFAULT_PORT = 3030;
    /** How long one query, from the endpoint or behind a page, may run. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final FusekiServer fuseki;
    private final String host;

    private LinkedDataServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    /** A server over a dataset whose default graph is the union of its article graphs. */
    public static Builder builder(Dataset dataset) {
        return new Builder(dataset);
    }

    /** The port the server listens on, the one chosen by the system when 0 was asked. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The address of the index page, such as {@code http://127.0.0.1:3030/}. */
    public String url() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port() + "/";
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }

    /** The settings of a server; {@link #start()} binds the port. */
    public static final class Builder {
        private final Dataset dataset;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private String baseIri = GraphBuilder.DEFAULT_BASE;
        private Duration timeout = DEFAULT_TIMEOUT;

        private Builder(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
        }

        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port; 0 lets the system choose a free one, see {@link LinkedDataServer#port()}. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port + ": not between 0 and 65535");
            }
            this.port = port;
            return this;
        }

        /** The base the served IRIs were minted under; the server's paths map onto it. */
        public Builder baseIri(String baseIri) {
            this.baseIri = Objects.requireNonNull(baseIri, "baseIri");
            return this;
        }

        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout " + timeout + ": not positive");
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Starts the server.
         *
         * @throws PortInUseException if another process holds the port
         */
        public LinkedDataServer start() {
            IriMap iris = new IriMap(baseIri);
            // the endpoint's queries run under the same limit as the pages'
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            // a read-only endpoint must never fetch other servers for its callers: no SERVICE, fixed or variable
            dataset.getContext().set(ARQ.httpServiceAllowed, false);
            // two services over one dataset rather than one at "/", which would claim every path
            DataService.Builder sparql = DataService.newBuilder(dataset.asDatasetGraph()).addEndpoint(Operation.Query);
            DataService.Builder data = DataService.newBuilder(dataset.asDatasetGraph()).addEndpoint(Operation.GSP_R);
            LinkedDataServlet pages = new LinkedDataServlet(dataset, iris, timeout.toMillis());
            FusekiServer fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(false)
                    .add("/sparql", sparql)
                    .add("/data", data)
                    .addServlet("/id/*", pages)
                    .addServlet("/article/*", pages)
                    .addServlet("/static/*", pages)
                    .addServlet("", pages)
                    .addFilter("/*", new NoTraceFilter())
                    .addFilter("/*", new LowerCaseAcceptFilter())
                    .registerOperation(Operation.Query, new DepthCheckedQuery())
                    .build();
            for (Connector connector : fuseki.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector server) {
                    server.setHost(host);
                }
                // Jetty reuses a header it parsed earlier on the connection when a new one matches it but for
                // case, so after "Accept: Text/Turtle" every "Accept: text/turtle" on that connection read as
                // "Text/Turtle"; each request keeps its own header
                HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setHeaderCacheCaseSensitive(true);
                }
            }
            try {
                fuseki.start();
            } catch (RuntimeException e) {
                if (causedByBind(e)) {
                    fuseki.stop();
                    throw new PortInUseException(port, e);
                }
                throw e;
            }
            return new LinkedDataServer(fuseki, host);
        }

        private static boolean causedByBind(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The endpoint's queries, a query nesting too deep to run refused as the caller's error (400), not 500. */
    private static final class DepthCheckedQuery extends org.apache.jena.fuseki.servlets.SPARQL_QueryDataset {
        @Override
        protected void validateQuery(org.apache.jena.fuseki.servlets.HttpAction action, org.apache.jena.query.Query query) {
            super.validateQuery(action, query);
            try {
                QueryDepth.check(query);
            } catch (QueryDepth.TooComplex e) {
                org.apache.jena.fuseki.servlets.ServletOps.errorBadRequest("Query " + e.getMessage());
            }
        }
    }

    /** Refuses TRACE and TRACK, which would echo the request's headers back to any page that sends one. */
    private static final class NoTraceFilter implements jakarta.servlet.Filter {
        @Override
        public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response,
                             jakarta.servlet.FilterChain chain) throws java.io.IOException, jakarta.servlet.ServletException {
            if (request instanceof jakarta.servlet.http.HttpServletRequest http
                    && (http.getMethod().equals("TRACE") || http.getMethod().equals("TRACK"))) {
                ((jakarta.servlet.http.HttpServletResponse) response).sendError(
                        jakarta.servlet.http.HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * Gives every handler the Accept header with its media types in lower case: they are case-insensitive
     * (RFC 9110), but Fuseki's Graph Store negotiation matches them as written and answered RDF/XML to
     * "Text/Turtle". Parameters keep their case, since a JSON-LD profile is an IRI.
     */
    private static final class LowerCaseAcceptFilter implements jakarta.servlet.Filter {
        @Override
        public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response,
                             jakarta.servlet.FilterChain chain) throws java.io.IOException, jakarta.servlet.ServletException {
            if (request instanceof jakarta.servlet.http.HttpServletRequest http && http.getHeader("Accept") != null) {
                chain.doFilter(new jakarta.servlet.http.HttpServletRequestWrapper(http) {
                    @Override
                    public String getHeader(String name) {
                        String value = super.getHeader(name);
                        return name.equalsIgnoreCase("Accept") && value != null ? lowerCaseTypes(value) : value;
                    }

                    @Override
                    public java.util.Enumeration<String> getHeaders(String name) {
                        java.util.Enumeration<String> values = super.getHeaders(name);
                        if (!name.equalsIgnoreCase("Accept") || values == null) {
                            return values;
                        }
                        return java.util.Collections.enumeration(java.util.Collections.list(values).stream()
                                .map(LowerCaseAcceptFilter::lowerCaseTypes).toList());
                    }
                }, response);
                return;
            }
            chain.doFilter(request, response);
        }

        /** "Text/Turtle;q=0.9, Application/LD+JSON" → "text/turtle;q=0.9, application/ld+json". */
        static String lowerCaseTypes(String accept) {
            return java.util.Arrays.stream(accept.split(",", -1)).map(range -> {
                int parameters = range.indexOf(';');
                return parameters < 0 ? range.toLowerCase(java.util.Locale.ROOT)
                        : range.substring(0, parameters).toLowerCase(java.util.Locale.ROOT) + range.substring(parameters);
            }).collect(java.util.stream.Collectors.joining(","));
        }
    }

    /** The port asked for is taken by another process. */
    public static final class PortInUseException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int port;

        PortInUseException(int port, Throwable cause) {
            super("port " + port + ": already in use", cause);
            this.port = port;
        }

        public int port() {
            return port;
        }
    }
}
