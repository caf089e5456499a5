package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest, query, export and stats against a real SPARQL server: Fuseki with a TDB2 dataset, on a free port. */
class RemoteStoreTest {

    private static final List<String> ARTICLES = List.of(
            "examples",
            "src/test/resources/cases/en-norrvik-steel-ohio/article.txt",
            "src/test/resources/cases/fr-boad-atlas-dakar/article.txt");

    @TempDir
    Path dir;

    private FusekiServer fuseki;
    private String endpoint;

    @BeforeEach
    void startFuseki() {
        Dataset dataset = TDB2Factory.createDataset();
        // what a Fuseki configuration says with tdb2:unionDefaultGraph true
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        fuseki = FusekiServer.create().loopback(true).port(0).add("/news", dataset).build().start();
        endpoint = "http://127.0.0.1:" + fuseki.getHttpPort() + "/news";
    }

    @AfterEach
    void stopFuseki() {
        fuseki.stop();
    }

    private static String[] with(String... first) {
        return Stream.concat(Stream.of(first), ARTICLES.stream()).toArray(String[]::new);
    }

    @Test
    void aRemoteIngestEqualsALocalOne() {
        String local = dir.resolve("store").toString();
        assertEquals(0, CliRun.of(with("ingest", "--quiet", "--store", local)).exit());
        CliRun remote = CliRun.of(with("ingest", "--endpoint", endpoint));
        assertEquals(0, remote.exit(), remote::toString);
        assertTrue(remote.err().startsWith(endpoint + ": 4 articles, "), remote::toString);

        DatasetGraph fromServer = exported("--endpoint", endpoint);
        DatasetGraph fromFolder = exported("--store", local);
        assertEquals(4, fromServer.stream().map(q -> q.getGraph()).distinct().count());
        assertTrue(IsoMatcher.isomorphic(fromFolder, fromServer), "the server holds what the local store holds");

        CliRun overServer = CliRun.of("query", "investments", "--endpoint", endpoint, "--format", "csv");
        CliRun overFolder = CliRun.of("query", "investments", "--store", local, "--format", "csv");
        assertEquals(0, overServer.exit(), overServer::toString);
        assertTrue(overServer.outLines().size() > 1, overServer::toString);
        assertEquals(overFolder.out(), overServer.out());
        assertEquals(CliRun.of("stats", "--store", local).out().replace(local, endpoint),
                CliRun.of("stats", "--endpoint", endpoint).out());
    }

    @Test
    void ingestingAgainReplacesEachGraph() {
        assertEquals(0, CliRun.of(with("ingest", "--quiet", "--endpoint", endpoint)).exit());
        DatasetGraph once = exported("--endpoint", endpoint);
        assertEquals(0, CliRun.of(with("ingest", "--quiet", "--endpoint", endpoint)).exit());
        assertTrue(IsoMatcher.isomorphic(once, exported("--endpoint", endpoint)));
    }

    private static DatasetGraph exported(String option, String where) {
        CliRun run = CliRun.of("export", option, where, "--format", "nquads");
        assertEquals(0, run.exit(), run::toString);
        return StoreFixtures.quads(run.out(), Lang.NQUADS);
    }

    @Test
    void anUnreachableEndpointIsOneLine() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        String nowhere = "http://127.0.0.1:" + closed + "/news";
        for (String[] args : List.of(with("ingest", "--endpoint", nowhere),
                new String[] {"query", "investments", "--endpoint", nowhere},
                new String[] {"stats", "--endpoint", nowhere})) {
            CliRun run = CliRun.of(args);
            assertEquals(1, run.exit(), run::toString);
            assertEquals(List.of(nowhere + ": unreachable (connection refused or timed out)"), run.errLines());
        }
    }

    @Test
    void aFailingServerIsOneLine() throws IOException {
        HttpServer failing = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        failing.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        failing.start();
        try {
            String broken = "http://127.0.0.1:" + failing.getAddress().getPort() + "/news";
            for (String[] args : List.of(with("ingest", "--endpoint", broken),
                    new String[] {"query", "investments", "--endpoint", broken},
                    new String[] {"export", "--endpoint", broken})) {
                CliRun run = CliRun.of(args);
                assertEquals(1, run.exit(), run::toString);
                assertEquals(1, run.errLines().size(), run::toString);
                assertTrue(run.err().startsWith(broken + ": the server answered HTTP 500"), run::toString);
            }
        } finally {
            failing.stop(0);
        }
    }

    @Test
    void aNonHttpEndpointIsRefused() {
        CliRun run = CliRun.of("stats", "--endpoint", "ftp://example.org/news");
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of("ftp://example.org/news: not an http:// or https:// URL"), run.errLines());
    }
}
