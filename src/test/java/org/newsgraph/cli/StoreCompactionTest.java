package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Tdb2Store;

/** A store written in many transactions is compacted to its live data, and a re-run does not grow it. */
class StoreCompactionTest {

    private static List<Path> articles;
    private static DatasetGraph expected;

    @TempDir
    Path dir;

    @BeforeAll
    static void extract() {
        articles = StoreFixtures.projectArticles();
        expected = StoreFixtures.extractedOneByOne(articles);
    }

    private static CliRun ingest(Path store, String... options) {
        String[] args = Stream.of(Stream.of("ingest", "--quiet", "--store", store.toString()), Stream.of(options),
                articles.stream().map(Path::toString)).flatMap(s -> s).toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exit(), run::toString);
        return run;
    }

    private static DatasetGraph contents(Path folder) {
        try (Tdb2Store store = Tdb2Store.open(folder)) {
            return Txn.calculateRead(store.dataset(), () -> {
                DatasetGraph copy = DatasetGraphFactory.create();
                store.dataset().asDatasetGraph().find().forEachRemaining(copy::add);
                return copy;
            });
        }
    }

    private static long bytes(Path folder) {
        try (Tdb2Store store = Tdb2Store.open(folder)) {
            return store.bytesOnDisk();
        }
    }

    private static List<String> generations(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    @Test
    void anIngestOfManyBatchesEndsCompactedWithTheSameContents() throws IOException {
        Path loose = dir.resolve("loose");
        Path compacted = dir.resolve("compacted");
        ingest(loose, "--batch", "1", "--no-compact");
        ingest(compacted, "--batch", "1");

        assertEquals(List.of("Data-0001"), generations(loose));
        assertEquals(List.of("Data-0002"), generations(compacted), "the old generation is deleted");
        assertTrue(IsoMatcher.isomorphic(expected, contents(compacted)), "compaction keeps every quad");
        long before = bytes(loose);
        long after = bytes(compacted);
        assertTrue(after < before, "compacted " + after + " bytes, not below the " + before + " of the uncompacted store");
    }

    @Test
    void ingestingTheSameArticlesAgainDoesNotGrowTheStore() {
        Path store = dir.resolve("store");
        ingest(store, "--batch", "2");
        long first = bytes(store);
        // without compaction too: articles the store already holds unchanged are not written again
        ingest(store, "--batch", "2", "--no-compact");
        assertEquals(first, bytes(store));
        ingest(store, "--batch", "2");
        assertEquals(first, bytes(store));
        assertTrue(IsoMatcher.isomorphic(expected, contents(store)));
    }

    @Test
    void theCompactCommandShrinksAStoreAndKeepsItsContents() {
        Path store = dir.resolve("store");
        ingest(store, "--batch", "1", "--no-compact");
        long before = bytes(store);

        CliRun run = CliRun.of("compact", "--store", store.toString());

        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().startsWith(store + ": ") && run.out().contains(" before, ") && run.out().contains(" after ("),
                run::toString);
        assertTrue(bytes(store) < before);
        assertTrue(IsoMatcher.isomorphic(expected, contents(store)));
    }

    @Test
    void compactionPacksTheIndexesTighterThanTdb2sOwnAndTheStoreTakesNewArticlesAfterwards() throws IOException {
        Path packed = dir.resolve("packed");
        Path copied = dir.resolve("copied");
        List<Path> first = articles.subList(0, articles.size() - 1);
        for (Path store : List.of(packed, copied)) {
            String[] args = Stream.concat(Stream.of("ingest", "--quiet", "--batch", "1", "--no-compact", "--store",
                    store.toString()), first.stream().map(Path::toString)).toArray(String[]::new);
            assertEquals(0, CliRun.of(args).exit());
        }
        String prefixesBefore = prefixes(packed);
        try (Tdb2Store store = Tdb2Store.open(copied)) {
            org.apache.jena.tdb2.DatabaseMgr.compact(store.dataset().asDatasetGraph(), true);
        }
        assertEquals(0, CliRun.of("compact", "--store", packed.toString()).exit());

        assertTrue(bytes(packed) < bytes(copied),
                "packed " + bytes(packed) + " bytes, not below TDB2's own compaction's " + bytes(copied));
        assertTrue(IsoMatcher.isomorphic(contents(copied), contents(packed)), "the packed store holds every quad");
        assertEquals(prefixesBefore, prefixes(packed), "the prefixes are kept");

        Path last = articles.get(articles.size() - 1);
        assertEquals(0, CliRun.of("ingest", "--quiet", "--store", packed.toString(), last.toString()).exit());
        assertTrue(IsoMatcher.isomorphic(expected, contents(packed)), "an article written after compaction is kept");
    }

    private static String prefixes(Path folder) {
        CliRun export = CliRun.of("export", "--store", folder.toString(), "--format", "turtle");
        assertEquals(0, export.exit(), export::toString);
        return export.out().lines().filter(l -> l.startsWith("@prefix") || l.startsWith("PREFIX")).sorted()
                .reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void compactRefusesAnEndpointAndAMissingStore() {
        CliRun remote = CliRun.of("compact", "--endpoint", "http://127.0.0.1:9/news");
        assertEquals(Main.USAGE, remote.exit(), remote::toString);

        Path missing = dir.resolve("missing");
        CliRun run = CliRun.of("compact", "--store", missing.toString());
        assertEquals(Main.FAILED, run.exit(), run::toString);
        assertEquals(List.of(missing + ": no store here; create one with 'newsgraph ingest'"), run.errLines());
    }
}
