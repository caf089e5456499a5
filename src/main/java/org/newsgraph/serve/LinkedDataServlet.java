package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.newsgraph.query.QueryLib;

/**
 * Answers a GET on an IRI that newsgraph minted, by content negotiation: Turtle, JSON-LD or N-Triples
 * for machines, an HTML page for people; also the index page and the stylesheet.
 *
 * <pre>{@code builder.addServlet("/id/*", new LinkedDataServlet(dataset, iris, 10_000));}</pre>
 */
final class LinkedDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String HTML = "text/html";
    private static final String TURTLE = "text/turtle";
    private static final String JSONLD = "application/ld+json";
    private static final String NTRIPLES = "application/n-triples";
    // HTML first: a browser's Accept (text/html, ..., */*;q=0.8) should get the page
    private static final AcceptList OFFERS = AcceptList.create(HTML, TURTLE, JSONLD, NTRIPLES);
    private static final Map<String, RDFFormat> FORMATS = Map.of(
            TURTLE, RDFFormat.TURTLE_PRETTY, JSONLD, RDFFormat.JSONLD11_PRETTY, NTRIPLES, RDFFormat.NTRIPLES);

    private final transient Dataset dataset;
    private final transient PageQueries queries;
    private final IriMap iris;

    LinkedDataServlet(Dataset dataset, IriMap iris, long timeoutMillis) {
        this.dataset = dataset;
        this.iris = iris;
        this.queries = new PageQueries(dataset, timeoutMillis);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the request's path is percent-encoded; minted IRIs may hold any letter ("/id/organization/кремль")
        String path = java.net.URLDecoder.decode(
                request.getRequestURI().substring(request.getContextPath().length()).replace("+", "%2B"),
                StandardCharsets.UTF_8);
        if (path.equals("/static/style.css")) {
            stylesheet(response);
            return;
        }
        String type = negotiate(request.getHeader("Accept"));
        String language = language(request.getHeader("Accept-Language"));
        response.setHeader("Vary", "Accept, Accept-Language");
        if (path.isEmpty() || path.equals("/") || path.equals("/index.html")) {
            send(response, HttpServletResponse.SC_OK, Txn.calculateRead(dataset, () -> pages(language).index()));
            return;
        }
        String iri = iris.iri(path);
        boolean known = Txn.calculateRead(dataset, () -> queries.ask("exists", Map.of("this", PageQueries.iri(iri))));
        if (!known) {
            if (type.equals(HTML)) {
                send(response, HttpServletResponse.SC_NOT_FOUND, Txn.calculateRead(dataset, () -> pages(language).notFound(iri)));
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "The graph says nothing about " + iri);
            }
            return;
        }
        if (type.equals(HTML)) {
            html(response, path, iri, language);
        } else {
            rdf(response, iri, type);
        }
    }

    private void html(HttpServletResponse response, String path, String iri, String language) throws IOException {
        if (path.startsWith("/article/") && !iris.isArticle(iri)) {
            // a fact or a mention has no page of its own: show it where it stands in its article
            String article = path.substring(0, path.indexOf('/', "/article/".length()));
            String[] parts = path.split("/");
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", article + "#" + parts[parts.length - 2] + "-" + parts[parts.length - 1]);
            return;
        }
        String page = Txn.calculateRead(dataset,
                () -> iris.isArticle(iri) ? pages(language).article(iri) : pages(language).entity(iri));
        send(response, HttpServletResponse.SC_OK, page);
    }

    private void rdf(HttpServletResponse response, String iri, String type) throws IOException {
        Model description = Txn.calculateRead(dataset, () -> queries.construct(
                iris.isArticle(iri) ? "article-graph" : "describe", Map.of("this", PageQueries.iri(iri))));
        // the prefixes newsgraph's own graphs use, not every standard one the query parser knows
        description.clearNsPrefixMap();
        for (String prefix : new String[] {"ng", "owl", "rdf", "rdfs", "skos", "wd", "xsd"}) {
            description.setNsPrefix(prefix, QueryLib.standardPrefixes().getNsPrefixURI(prefix));
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(type);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, description, FORMATS.get(type));
        }
    }

    private HtmlPages pages(String language) {
        return new HtmlPages(queries, iris, language);
    }

    /** The languages names are written in: those of the articles newsgraph reads. */
    private static final List<String> LABEL_LANGUAGES = List.of("en", "fr");

    /**
     * The language the reader asks names in, of those the graph has: the best match of Accept-Language
     * ("fr-CH, fr;q=0.9, en;q=0.8" is French), English when it names neither or is malformed.
     */
    static String language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "en";
        }
        try {
            List<java.util.Locale.LanguageRange> ranges = java.util.Locale.LanguageRange.parse(acceptLanguage);
            for (java.util.Locale.LanguageRange range : ranges) {
                String primary = range.getRange().split("-", 2)[0];
                if (LABEL_LANGUAGES.contains(primary) && range.getWeight() > 0) {
                    return primary;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a header we cannot read gets the default, as one that names no language we have
        }
        return "en";
    }

    /** The offered type the client prefers; HTML when it says nothing or nothing matches. */
    static String negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return HTML;
        }
        // media types are case-insensitive: "Text/Turtle" is text/turtle
        MediaType chosen = AcceptList.match(AcceptList.create(accept.toLowerCase(java.util.Locale.ROOT)), OFFERS);
        return chosen == null ? HTML : chosen.getContentTypeStr();
    }

    private static void send(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }

    private static void stylesheet(HttpServletResponse response) throws IOException {
        try (InputStream in = LinkedDataServlet.class.getResourceAsStream("/serve/style.css")) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] css = in.readAllBytes();
            response.setContentType("text/css; charset=utf-8");
            response.setHeader("Cache-Control", "max-age=3600");
            response.setContentLength(css.length);
            try (OutputStream out = response.getOutputStream()) {
                out.write(css);
            }
        }
    }
}
