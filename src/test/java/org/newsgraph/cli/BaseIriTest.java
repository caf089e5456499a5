package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.serve.LinkedDataServer;
import org.newsgraph.store.Tdb2Store;

/** IRIs minted under a user's own base resolve on the server that maps its paths onto that base. */
class BaseIriTest {

    private static final String BASE = "https://news.example.org/kg/";

    @TempDir
    Path dir;

    private Path article() throws IOException {
        return Files.writeString(dir.resolve("a.txt"),
                "Brakka Dynamics will invest $40 million in Chile, chief executive Ana Ruiz said on Monday.\n");
    }

    @Test
    void extractMintsUnderTheGivenBase() throws IOException {
        CliRun run = CliRun.of("extract", article().toString(), "--base-iri", BASE);
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("<" + BASE + "article/"), run.out());
        assertFalse(run.out().contains("w3id.org/newsgraph/article/"), run.out());
    }

    @Test
    void aBaseThatIsNoHttpIriIsOneClearLine() throws IOException {
        CliRun run = CliRun.of("extract", article().toString(), "--base-iri", "urn:x");
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of("urn:x: not an absolute http(s) IRI"), run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void ingestedUnderABaseAndServedUnderItTheEntityResolves() throws Exception {
        Path store = dir.resolve("store");
        CliRun ingest = CliRun.of("ingest", article().toString(), "--store", store.toString(), "--base-iri", BASE, "--quiet");
        assertEquals(0, ingest.exit(), ingest::toString);
        try (Tdb2Store opened = Tdb2Store.open(store);
             LinkedDataServer server = LinkedDataServer.builder(opened.dataset()).port(0).baseIri(BASE).start()) {
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.url() + "id/person/ana-ruiz")).header("Accept", "text/turtle").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains(BASE + "id/person/ana-ruiz"), page.body());
        }
    }

    /** 'serve' without --base-iri uses the base the store was ingested under, so every link resolves. */
    @Test
    void serveUsesTheBaseTheStoreRemembers() throws Exception {
        Path store = dir.resolve("remembering");
        assertEquals(0, CliRun.of("ingest", article().toString(), "--store", store.toString(), "--base-iri", BASE,
                "--quiet").exit());
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--store", store.toString(), "--port", "0").start();
        try {
            java.io.BufferedReader said = new java.io.BufferedReader(new java.io.InputStreamReader(
                    serve.getErrorStream(), java.nio.charset.StandardCharsets.UTF_8));
            String line = said.readLine();
            assertTrue(line != null && line.startsWith("newsgraph: serving at http://"), String.valueOf(line));
            String url = line.replaceFirst("newsgraph: serving at (\\S+) .*", "$1");
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url + "id/person/ana-ruiz")).header("Accept", "text/turtle").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains(BASE + "id/person/ana-ruiz"), page.body());
        } finally {
            serve.destroy();
            serve.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    @Test
    void anotherBaseThanTheStoresIsRefusedByServeAndIngest() throws IOException {
        Path store = dir.resolve("based");
        assertEquals(0, CliRun.of("ingest", article().toString(), "--store", store.toString(), "--base-iri", BASE,
                "--quiet").exit());
        String other = "http://127.0.0.1:3030/";
        String problem = store + ": its IRIs were minted under " + BASE + ", not " + other
                + "; leave --base-iri out, or give that base";
        CliRun serve = CliRun.of("serve", "--store", store.toString(), "--port", "0", "--base-iri", other);
        assertEquals(1, serve.exit(), serve::toString);
        assertEquals(List.of(problem), serve.errLines());
        CliRun ingest = CliRun.of("ingest", article().toString(), "--store", store.toString(), "--base-iri", other);
        assertEquals(1, ingest.exit(), ingest::toString);
        assertEquals(List.of(problem), ingest.errLines());
        CliRun again = CliRun.of("ingest", article().toString(), "--store", store.toString(), "--quiet");
        assertEquals(0, again.exit(), "ingest without --base-iri takes the store's: " + again);
        assertEquals(Optional.of(BASE), Tdb2Store.storedBaseIri(store));
    }
}
