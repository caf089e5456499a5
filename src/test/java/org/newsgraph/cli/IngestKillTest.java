package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Tdb2Store;

/** An ingest killed hard in the middle leaves a store of whole articles, and running it again finishes it. */
class IngestKillTest {

    private static final int ARTICLES = 200;
    private static final String[] FIRST = {"Varn", "Tel", "Quor", "Brel", "Mask", "Dov", "Sarn", "Kel", "Zint", "Ome"};
    private static final String[] SECOND = {"ok", "iar", "ex", "ano", "ith", "enta", "ura", "ol", "ide", "ax"};
    private static final String[] CITIES = {"Lyon", "Porto", "Leeds", "Turin", "Ghent"};
    /** Node data a store holds once a few dozen of these articles are committed (about 1 kB each). */
    private static final long SOME_ARTICLES_BYTES = 30_000;

    @TempDir
    Path dir;

    private Path writeArticles() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        for (int i = 0; i < ARTICLES; i++) {
            String company = FIRST[i % 10] + SECOND[i / 10 % 10] + " Industries";
            String city = CITIES[i % CITIES.length];
            Files.writeString(news.resolve(String.format("a%03d.txt", i)),
                    company + " to invest " + (i + 2) + " million euros in " + city + "\n\n"
                    + company + " said on Monday it would invest " + (i + 2) + " million euros in a new plant in "
                    + city + ". \"This plant is a big step for us,\" said its chief executive, Anna Lindqvist.\n",
                    StandardCharsets.UTF_8);
        }
        return news;
    }

    @Test
    void aKilledIngestLeavesOnlyWholeArticlesAndARerunCompletesIt() throws Exception {
        Path news = writeArticles();
        Path store = dir.resolve("store");
        Process ingest = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "--quiet", "--batch", "3", "--store", store.toString(), news.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("ingest.log").toFile())
                .start();
        Path nodes = store.resolve("Data-0001").resolve("nodes-data.obj");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(Files.exists(nodes) && Files.size(nodes) > SOME_ARTICLES_BYTES)) {
            assertTrue(ingest.isAlive(), () -> "ingest ended before it was killed: " + log());
            assertTrue(System.nanoTime() < deadline, "ingest wrote nothing in two minutes");
            Thread.sleep(20);
        }
        ingest.destroyForcibly();
        assertTrue(ingest.waitFor(30, TimeUnit.SECONDS));

        DatasetGraph expected = StoreFixtures.extractedOneByOne(List.of(news));
        try (Tdb2Store opened = Tdb2Store.open(store)) {
            List<String> present = opened.articleIris();
            assertTrue(!present.isEmpty() && present.size() < ARTICLES,
                    "killed halfway: " + present.size() + " of " + ARTICLES + " articles in");
            DatasetGraph stored = opened.dataset().asDatasetGraph();
            Txn.executeRead(stored, () -> {
                for (String iri : present) {
                    Graph want = StoreFixtures.graph(expected, iri);
                    Graph got = GraphMemFactory.createDefaultGraph();
                    StoreFixtures.graph(stored, iri).find().forEachRemaining(got::add);
                    assertTrue(!want.isEmpty() && want.isIsomorphicWith(got),
                            () -> iri + " is whole: " + want.size() + " triples extracted, "
                                    + got.size() + " stored; missing "
                                    + want.find().filterDrop(got::contains).toList()
                                    + "; extra " + got.find().filterDrop(want::contains).toList());
                }
            });
        }

        CliRun rerun = CliRun.of("ingest", "--quiet", "--batch", "3", "--store", store.toString(), news.toString());
        assertEquals(0, rerun.exit(), rerun::toString);
        try (Tdb2Store finished = Tdb2Store.open(store)) {
            assertEquals(ARTICLES, finished.articleIris().size());
            assertEquals(StoreFixtures.quadCount(expected), finished.tripleCount());
        }
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("ingest.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
