package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Tdb2Store;

/**
 * A store is created whole or not at all: a process killed at any point of the creation leaves a folder
 * that the next ingest makes a store of; two ingests creating one store at once are told so plainly.
 */
class StoreCreationTest {

    @TempDir
    Path dir;

    private static Process java(Path log, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.security.manager=allow", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String run(Path log, String mainClass, String... args) throws Exception {
        Process process = java(log, mainClass, args);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), mainClass + " ended");
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** The answer line of a child process, among the JVM's warnings about the security manager. */
    private static String answer(String log) {
        return log.lines().filter(l -> l.startsWith("created ") || l.startsWith("refused "))
                .findFirst().orElse("(no answer) " + log);
    }

    private static void assertIngestFinishes(Path store, String when) {
        CliRun ingest = CliRun.of("ingest", "--quiet", "--store", store.toString(), "examples");
        assertEquals(0, ingest.exit(), () -> when + ": " + ingest);
        try (Tdb2Store opened = Tdb2Store.open(store)) {
            assertEquals(2, opened.articleIris().size(), when);
        }
    }

    @Test
    void aCreationKilledAtAnyFileOperationLeavesAFolderTheNextIngestMakesAStoreOf() throws Exception {
        Path log = dir.resolve("creator.log");
        String counted = answer(run(log, CrashingStoreCreator.class.getName(), "0", dir.resolve("counted").toString()));
        assertTrue(counted.startsWith("created "), counted);
        int operations = Integer.parseInt(counted.substring("created ".length()));
        // every one of the first operations (the folder, the lock, the first database files), then a spread
        TreeSet<Integer> deaths = new TreeSet<>();
        for (int k = 1; k <= Math.min(6, operations); k++) {
            deaths.add(k);
        }
        for (int k = 6; k <= operations; k += Math.max(1, operations / 5)) {
            deaths.add(k);
        }
        deaths.add(operations);
        for (int k : deaths) {
            Path store = dir.resolve("killed-at-" + k);
            Process creator = java(log, CrashingStoreCreator.class.getName(), String.valueOf(k), store.toString());
            assertTrue(creator.waitFor(120, TimeUnit.SECONDS));
            assertEquals(137, creator.exitValue(), () -> "died at operation " + k + ": " + answer(readQuietly(log)));
            assertIngestFinishes(store, "killed at file operation " + k + " of " + operations);
        }
    }

    /**
     * What a creation killed inside TDB2's own writing left with earlier versions: the node index's records
     * written, its tree not ("Node block manager empty = true // Records block manager empty = false").
     */
    @Test
    void anUnfinishedStoreWithNothingInItIsMadeAgain() throws IOException {
        Path store = dir.resolve("unfinished");
        Dataset dataset = TDB2Factory.connectDataset(store.toString());
        TDBInternal.expel(dataset.asDatasetGraph());
        try (FileChannel index = FileChannel.open(store.resolve("Data-0001").resolve("nodes.idn"),
                StandardOpenOption.WRITE)) {
            index.truncate(0);
        }
        assertIngestFinishes(store, "an unfinished store");
    }

    @Test
    void aStoreWithArticlesIsNeverMadeAgain() throws IOException {
        Path store = dir.resolve("whole");
        assertIngestFinishes(store, "a new store");
        Path nodes = store.resolve("Data-0001").resolve("nodes.idn");
        try (FileChannel index = FileChannel.open(nodes, StandardOpenOption.WRITE)) {
            index.truncate(0);
        }
        CliRun ingest = CliRun.of("ingest", "--quiet", "--store", store.toString(), "examples");
        assertEquals(1, ingest.exit(), ingest::toString);
        assertEquals(1, ingest.errLines().size(), ingest::toString);
        assertTrue(ingest.err().startsWith(store + ": cannot open the store: "), ingest::toString);
        assertTrue(Files.size(store.resolve("Data-0001").resolve("nodes-data.obj")) > 0, "the articles' data is kept");
    }

    /** A lock file that cannot be written (here a folder in its place; on a full disk, no room) is no lock. */
    @Test
    void aLockFileThatCannotBeWrittenIsNotReportedAsLocked() throws IOException {
        Path store = dir.resolve("unlockable");
        assertIngestFinishes(store, "a new store");
        Files.delete(store.resolve("tdb.lock"));
        Files.createDirectory(store.resolve("tdb.lock"));
        CliRun ingest = CliRun.of("ingest", "--quiet", "--store", store.toString(), "examples");
        assertEquals(1, ingest.exit(), ingest::toString);
        assertEquals(1, ingest.errLines().size(), ingest::toString);
        assertTrue(ingest.err().startsWith(store + ": cannot open the store: "), ingest::toString);
        assertFalse(ingest.err().contains("locked"), ingest::toString);
    }

    @Test
    void twoProcessesCreatingOneStoreAtOnceEitherShareItOrAreToldItIsLocked() throws Exception {
        for (int round = 0; round < 3; round++) {
            Path store = dir.resolve("raced-" + round);
            Path firstLog = dir.resolve("first-" + round + ".log");
            Path secondLog = dir.resolve("second-" + round + ".log");
            Process first = java(firstLog, CrashingStoreCreator.class.getName(), "0", store.toString());
            Process second = java(secondLog, CrashingStoreCreator.class.getName(), "0", store.toString());
            assertTrue(first.waitFor(120, TimeUnit.SECONDS) && second.waitFor(120, TimeUnit.SECONDS));
            for (Path log : List.of(firstLog, secondLog)) {
                String said = answer(Files.readString(log, StandardCharsets.UTF_8));
                assertTrue(said.startsWith("created ") || said.startsWith("refused " + store.toAbsolutePath()
                        + ": locked by another process"), said);
            }
            try (Stream<Path> entries = Files.list(store)) {
                assertTrue(entries.noneMatch(p -> p.getFileName().toString().startsWith(".creating-")),
                        "no build folder left behind");
            }
            assertIngestFinishes(store, "after two creators");
        }
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
