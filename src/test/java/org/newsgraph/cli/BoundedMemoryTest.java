package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Tdb2Store;

/**
 * A folder of a few hundred distinct articles goes through extract and ingest in a heap far smaller
 * than the folder's graphs would need if they were held together. No timing is asserted.
 */
class BoundedMemoryTest {

    private static final int ARTICLES = 300;
    private static final String HEAP = "-Xmx64m";

    @TempDir
    static Path dir;
    private static Path news;

    /** Distinct articles made from the repository's own: each one's text differs, so each is its own graph. */
    @BeforeAll
    static void generate() throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("examples")), Files.walk(Path.of("src/test/resources/cases")))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                sources.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        news = Files.createDirectories(dir.resolve("news"));
        for (int i = 0; i < ARTICLES; i++) {
            String text = sources.get(i % sources.size()) + "\nArchive note " + i + ".\n";
            Files.writeString(news.resolve(String.format("a%04d.txt", i)), text, StandardCharsets.UTF_8);
        }
    }

    private static Process run(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    }

    private static void finished(Process p) throws Exception {
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "finished");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("log.txt")));
    }

    @Test
    void extractStreamsAFolderInASmallHeap() throws Exception {
        Path out = dir.resolve("all.nq");
        finished(run("extract", news.toString(), "--format", "nquads", "--threads", "2", "-o", out.toString()));
        Dataset read = DatasetFactory.create();
        RDFParser.source(out).parse(read);
        List<String> graphs = new ArrayList<>();
        read.listNames().forEachRemaining(graphs::add);
        assertEquals(ARTICLES, graphs.size());
    }

    @Test
    void ingestCommitsAFolderInBatchesInASmallHeap() throws Exception {
        Path store = dir.resolve("store");
        finished(run("ingest", news.toString(), "--quiet", "--threads", "2", "--store", store.toString()));
        try (Tdb2Store opened = Tdb2Store.open(store)) {
            assertEquals(ARTICLES, opened.articleIris().size());
        }
    }
}
