package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.GraphBuilder;
import org.newsgraph.rdf.NG;

class LinkedDataServerTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String KREMLIN = GraphBuilder.DEFAULT_BASE + "id/organization/кремль";
    private static Dataset dataset;
    private static LinkedDataServer server;

    @BeforeAll
    static void start() {
        dataset = ServedArticles.dataset(List.of(ServedArticles.ACME));
        // a name a page must escape, added as a store could hold it
        Txn.executeWrite(dataset, () -> dataset.getDefaultModel()
                .createResource(ServedArticles.GLOBEX_IRI).addProperty(RDFS.label, "Globex <b>&</b> Sons", "en"));
        // a name in another script, whose IRI a browser sends percent-encoded
        Txn.executeWrite(dataset, () -> dataset.getDefaultModel().createResource(KREMLIN)
                .addProperty(org.apache.jena.vocabulary.RDF.type, org.newsgraph.rdf.NG.Organization)
                .addProperty(RDFS.label, "Кремль", "fr"));
        // Poland's name in French, as a French article would add it
        Txn.executeWrite(dataset, () -> dataset.getDefaultModel().createResource(GraphBuilder.DEFAULT_BASE + "id/wd/Q36")
                .addProperty(RDFS.label, "Pologne", "fr"));
        server = LinkedDataServer.builder(dataset).port(0).start();
    }

    private static final String HEADLINE = ServedArticles.ACME_HEADLINE;

    @Test
    void articlesGoByTheirHeadlineOnTheIndexAndTheirPage() throws Exception {
        String articlePath = ServedArticles.articleIri(ServedArticles.ACME).substring(GraphBuilder.DEFAULT_BASE.length() - 1);
        String page = get(articlePath, "text/html").body();
        assertTrue(page.contains("<h1>" + HEADLINE), page);
        String index = get("/", "text/html").body();
        assertTrue(index.contains(">" + HEADLINE), index);
        assertFalse(index.contains(">Article "), "no article goes by its hash when it has a headline");
        // the text the graph keeps is shown whole, even a sentence no fact was read from, its names linked
        assertTrue(page.contains("href=\"/id/organization/globex-logistics\">Globex Logistics</a></mark>, which runs warehouses across "), page);
    }

    @Test
    void namesOnTheIndexFollowTheReadersLanguage() throws Exception {
        String english = send(HttpRequest.newBuilder(uri("/")).header("Accept", "text/html").GET().build()).body();
        String french = send(HttpRequest.newBuilder(uri("/")).header("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8").GET().build()).body();
        assertTrue(english.contains(">Poland<") && !english.contains(">Pologne<"), "English by default");
        assertTrue(french.contains(">Pologne<") && !french.contains(">Poland<"), "French when asked");
        assertTrue(french.contains(">Acme Robotics<"), "a name in another language when it has none in the reader's");
        String kremlin = send(HttpRequest.newBuilder(uri("/id/organization/%D0%BA%D1%80%D0%B5%D0%BC%D0%BB%D1%8C"))
                .header("Accept-Language", "en").GET().build()).body();
        assertTrue(kremlin.contains("<h1>Кремль</h1>"), kremlin);
        String entity = send(HttpRequest.newBuilder(uri("/id/wd/Q36")).header("Accept-Language", "fr").GET().build()).body();
        assertTrue(entity.contains("<h1>Pologne</h1>"), entity);
    }

    @Test
    void theReadersLanguageIsTheBestOneWeHave() {
        assertEquals("fr", LinkedDataServlet.language("fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5"));
        assertEquals("en", LinkedDataServlet.language("de-DE, en;q=0.5, fr;q=0.4"));
        assertEquals("en", LinkedDataServlet.language("fr;q=0, en;q=0.1"));
        assertEquals("en", LinkedDataServlet.language("de"));
        assertEquals("en", LinkedDataServlet.language(null));
        assertEquals("en", LinkedDataServlet.language(";;;q=x"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void bindsLoopbackOnTheChosenFreePort() {
        assertNotEquals(0, server.port());
        assertEquals("http://127.0.0.1:" + server.port() + "/", server.url());
    }

    @Test
    void entityAnswersTurtleWithItsLabelAndItsFacts() throws Exception {
        HttpResponse<String> response = get("/id/organization/acme-robotics", "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model model = parse(response.body(), Lang.TURTLE);
        var acme = model.createResource(ServedArticles.ACME_IRI);
        assertTrue(model.contains(acme, RDFS.label, model.createLiteral("Acme Robotics", "en")), response.body());
        assertTrue(model.contains(null, NG.investor, acme), "the investment it makes");
        assertTrue(model.listObjectsOfProperty(NG.anchorText).toList().stream()
                .anyMatch(t -> t.asLiteral().getString().contains("will invest $450 million")), "its evidence sentence");
    }

    @Test
    void entityAnswersJsonLdAndNTriples() throws Exception {
        HttpResponse<String> jsonld = get("/id/organization/acme-robotics", "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Model fromJson = parse(jsonld.body(), Lang.JSONLD);
        assertTrue(fromJson.contains(fromJson.createResource(ServedArticles.ACME_IRI), RDFS.label,
                fromJson.createLiteral("Acme Robotics", "en")));

        HttpResponse<String> ntriples = get("/id/organization/acme-robotics", "application/n-triples");
        assertEquals(200, ntriples.statusCode());
        assertTrue(parse(ntriples.body(), Lang.NTRIPLES).isIsomorphicWith(fromJson), "the same description");
    }

    @Test
    void browsersGetTheReadablePage() throws Exception {
        HttpResponse<String> response = get("/id/organization/acme-robotics",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String page = response.body();
        assertTrue(page.contains("<h1>Acme Robotics</h1>"), page);
        assertTrue(page.contains("$450,000,000"), "the amount with its currency");
        assertTrue(page.contains("3 years"), "the period");
        assertTrue(page.contains("<mark>$450 million</mark>"), "the amount's span highlighted in its sentence");
        assertTrue(page.contains("href=\"/id/wd/Q36\""), "a link to the target's page");
        assertTrue(page.contains("chief executive"), "the position held in it");
        assertTrue(page.contains("partner of"), "its relation");
    }

    @Test
    void placePageLinksToWikidata() throws Exception {
        String page = get("/id/wd/Q36", "text/html").body();
        assertTrue(page.contains("<h1>Poland</h1>"), page);
        assertTrue(page.contains("href=\"http://www.wikidata.org/entity/Q36\""), page);
        assertTrue(page.contains("href=\"/id/organization/acme-robotics\""), "the investor that targets it");
    }

    @Test
    void pagesEscapeWhatTheGraphSays() throws Exception {
        String page = get("/id/organization/acme-robotics", "text/html").body();
        assertTrue(page.contains("Globex &lt;b&gt;&amp;&lt;/b&gt; Sons"), page);
        assertFalse(page.contains("<b>&</b>"), "no markup from the graph");
        String globex = get("/id/organization/globex-logistics", "text/html").body();
        assertTrue(globex.contains("Globex &lt;b&gt;&amp;&lt;/b&gt; Sons"), globex);
        assertFalse(globex.contains("<b>&</b>"), globex);
    }

    @Test
    void articleHasAPageAndItsGraph() throws Exception {
        String article = ServedArticles.articleIri(ServedArticles.ACME);
        String path = article.substring("https://w3id.org/newsgraph".length());
        String page = get(path, "text/html").body();
        assertTrue(page.contains("Entities"), page);
        assertTrue(page.contains("href=\"/id/organization/acme-robotics\""), "links to its entities");
        assertTrue(page.contains("Reuters"), "its publisher");
        assertTrue(page.contains("<mark><a href=\"/id/person/clara-vogt\">Clara Vogt</a></mark>"),
                "its text with the mentions highlighted and linked");

        Model graph = parse(get(path, "text/turtle").body(), Lang.TURTLE);
        assertTrue(graph.isIsomorphicWith(ServedArticles.graph(ServedArticles.ACME)), "exactly the article's graph");
    }

    @Test
    void indexListsEntitiesAndArticlesWithCounts() throws Exception {
        HttpResponse<String> response = get("/", "text/html");
        assertEquals(200, response.statusCode());
        String page = response.body();
        assertTrue(page.contains("href=\"/id/organization/acme-robotics\">Acme Robotics</a>"), page);
        assertTrue(page.contains("<strong>1</strong> articles"), page);
        assertTrue(page.contains("href=\"/id/person/clara-vogt\""), page);
        assertEquals(200, get("/static/style.css", "text/css").statusCode());
    }

    @Test
    void sparqlEndpointAnswersSelect() throws Exception {
        String query = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT ?i { ?i a ng:Investment }";
        HttpResponse<String> response = get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        ResultSet results = ResultSetFactory.fromJSON(
                new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, results.rewindable().size());
    }

    @Test
    void updatesAreRefused() throws Exception {
        long before = Txn.calculateRead(dataset, () -> dataset.getDefaultModel().size());
        // a client per refused write: Jetty may close a connection after refusing a request with a body, and
        // a pooled connection that is closing answered the next request with no bytes at all (seen once in ten)
        HttpResponse<String> update = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, "status " + update.statusCode());
        HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/data?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() >= 400 && put.statusCode() < 500, "status " + put.statusCode());
        assertEquals(before, (long) Txn.calculateRead(dataset, () -> dataset.getDefaultModel().size()));
    }

    /** SERVICE, to a fixed address or a variable one, never makes the server open a connection. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "SELECT * { SERVICE <http://127.0.0.1:%d/x> { ?s ?p ?o } }",
        "SELECT * { BIND(<http://127.0.0.1:%d/x> AS ?where) SERVICE ?where { ?s ?p ?o } }"})
    void serviceQueriesMakeNoOutboundRequest(String shape) throws Exception {
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(1000);
            String query = String.format(java.util.Locale.ROOT, shape, listener.getLocalPort());
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(20)) // a server that connected out would wait on the silent listener
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(response.statusCode() >= 400, "status " + response.statusCode() + ": " + response.body());
            assertThrows(java.net.SocketTimeoutException.class, listener::accept, "the server connected out");
        }
    }

    /** A UNION of 5,000 branches overflowed the engine's stack and answered 500: it is the caller's error. */
    @Test
    void aQueryNestingTooDeepIsABadRequest() throws Exception {
        StringBuilder union = new StringBuilder("SELECT * WHERE { { ?s ?p 0 }");
        for (int i = 1; i < 5_000; i++) {
            union.append(" UNION { ?s ?p ").append(i).append(" }");
        }
        // a client of its own: the server may close the connection after refusing 100 kB of query
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(union.append(" }").toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("too complex"), response.body());
        sparqlEndpointAnswersSelect();
    }

    /** Media types match whatever their case; a browser-encoded non-Latin path finds its entity. */
    @Test
    void acceptIsCaseInsensitiveAndPathsArePercentDecoded() throws Exception {
        assertEquals("text/turtle", LinkedDataServlet.negotiate("Text/Turtle"));
        assertEquals("application/ld+json", LinkedDataServlet.negotiate("Application/LD+JSON"));
        HttpResponse<String> page = get("/id/organization/" + URLEncoder.encode("кремль", StandardCharsets.UTF_8),
                "text/turtle");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Кремль"), page.body());
    }

    /**
     * Over one HTTP connection, a mixed-case Accept gets the type it names, from the pages and from the Graph
     * Store, and leaves later requests their own Accept: Jetty read every later "text/turtle" on the
     * connection as the "Text/Turtle" it had seen, and Fuseki answered that with RDF/XML.
     */
    @Test
    void aMixedCaseAcceptGetsItsTypeAndLeavesLaterRequestsAlone() throws Exception {
        HttpClient oneConnection = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String page = ServedArticles.ACME_IRI.substring(GraphBuilder.DEFAULT_BASE.length() - 1);
        String graph = "/data?graph=" + URLEncoder.encode(ServedArticles.articleIri(ServedArticles.ACME), StandardCharsets.UTF_8);
        for (String[] request : new String[][] {
                {page, "Text/Turtle"}, {graph, "text/turtle"}, {graph, "Text/Turtle"}, {graph, "text/turtle"},
                {page, "text/turtle"}, {graph, "Application/N-Triples"}, {graph, "text/turtle"}}) {
            HttpResponse<String> response = oneConnection.send(HttpRequest.newBuilder(uri(request[0]))
                    .header("Accept", request[1]).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, response.statusCode(), request[0]);
            String type = response.headers().firstValue("Content-Type").orElse("");
            assertTrue(type.startsWith(request[1].toLowerCase(java.util.Locale.ROOT)),
                    () -> request[0] + " with Accept: " + request[1] + " answered " + type);
        }
    }

    @Test
    void traceIsRefused() throws Exception {
        for (String path : new String[] {"/", "/sparql", "/id/organization/acme-robotics"}) {
            HttpResponse<String> trace = HTTP.send(HttpRequest.newBuilder(uri(path))
                    .header("X-Secret", "cookie-like").method("TRACE", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(405, trace.statusCode(), path);
            assertFalse(trace.body().contains("cookie-like"), trace.body());
        }
    }

    @Test
    void graphStoreProtocolReads() throws Exception {
        String article = ServedArticles.articleIri(ServedArticles.ACME);
        HttpResponse<String> response = get("/data?graph=" + URLEncoder.encode(article, StandardCharsets.UTF_8),
                "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), response.headers()::toString);
        assertTrue(parse(response.body(), Lang.TURTLE).isIsomorphicWith(ServedArticles.graph(ServedArticles.ACME)));
    }

    @Test
    void unknownIrisAre404() throws Exception {
        HttpResponse<String> page = get("/id/organization/nobody-at-all", "text/html");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Not found"), page.body());
        assertEquals(404, get("/id/organization/nobody-at-all", "text/turtle").statusCode());
        assertEquals(404, get("/article/0000000000000000", "text/html").statusCode());
    }

    @Test
    void aTakenPortIsReportedInOneLine() {
        LinkedDataServer.PortInUseException e = assertThrows(LinkedDataServer.PortInUseException.class,
                () -> LinkedDataServer.builder(dataset).port(server.port()).start());
        assertEquals("port " + server.port() + ": already in use", e.getMessage());
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static Model parse(String text, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(text, lang).parse(model);
        return model;
    }
}
