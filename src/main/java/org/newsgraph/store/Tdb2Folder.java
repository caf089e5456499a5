package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A store folder as TDB2 lays it out ({@code Data-0001/} and a {@code tdb.lock}), and the crash-safe way to
 * make one: TDB2 writes a new database file by file, so a process killed while it does leaves a folder
 * that no later run can open ("No known block type for 0", "Node block manager empty"). Here the database
 * is built in a hidden folder inside the store folder, closed, synced, and only then moved into place by
 * one rename: the store folder holds a whole database or none.
 *
 * <pre>{@code Tdb2Folder folder = new Tdb2Folder(path); if (folder.holdsNoStoreYet()) folder.build();}</pre>
 */
record Tdb2Folder(Path path) {

    /** The one database folder a new store has; TDB2 adds Data-0002 and so on when it compacts. */
    static final String FIRST_DATA = "Data-0001";
    private static final Pattern DATA = Pattern.compile("Data-\\d{4}");
    /** Where a creation builds its database: ".creating-PID-RANDOM", so a later run knows whose it is. */
    private static final String CREATING = ".creating-";
    private static final Pattern CREATING_PID = Pattern.compile(Pattern.quote(CREATING) + "(\\d+)-.*");
    /** What a creation interrupted before its database was in place may have left. */
    private static final List<String> LEFTOVERS = List.of("tdb.lock", Tdb2Store.SETTINGS);

    /** Whether the folder holds a database folder, whole or not. */
    boolean holdsDatabase() {
        return entries().stream().anyMatch(p -> Files.isDirectory(p) && DATA.matcher(name(p)).matches());
    }

    /**
     * Whether the folder holds nothing, or only what an unfinished creation leaves: a lock file, the
     * settings, a hidden folder where a database was being built. Such a folder is where a store is made.
     */
    boolean holdsNoStoreYet() {
        return entries().stream().allMatch(p -> LEFTOVERS.contains(name(p)) || name(p).startsWith(CREATING)
                || name(p).startsWith("." + Tdb2Store.SETTINGS + "."));
    }

    /** Whether the folder is empty. */
    boolean isEmpty() {
        return entries().isEmpty();
    }

    /**
     * Whether the database was never written to: one database folder whose node table and journal are
     * empty holds no triple at all, so making it again loses nothing. This is what a creation killed
     * half-way by an earlier version leaves.
     */
    boolean neverWritten() {
        List<Path> databases = entries().stream().filter(p -> DATA.matcher(name(p)).matches()).toList();
        if (databases.size() != 1) {
            return false;
        }
        Path data = databases.get(0);
        return emptyOrAbsent(data.resolve("nodes-data.obj")) && emptyOrAbsent(data.resolve("journal.jrnl"));
    }

    /**
     * Builds an empty database in a hidden folder and renames it into place. If another process put a
     * database there first, its database is kept and this one dropped; the caller then opens theirs.
     *
     * @throws IOException if the database cannot be written, such as on a full disk
     */
    void build() throws IOException {
        removeAbandonedBuilds();
        Path building = Files.createTempDirectory(path, CREATING + ProcessHandle.current().pid() + "-");
        try {
            Dataset dataset = TDB2Factory.connectDataset(building.toString());
            try {
                Txn.executeWrite(dataset, () -> {
                });
            } finally {
                TDBInternal.expel(dataset.asDatasetGraph());
            }
            Path data = building.resolve(FIRST_DATA);
            sync(data);
            try {
                Files.move(data, path.resolve(FIRST_DATA), StandardCopyOption.ATOMIC_MOVE);
            } catch (FileSystemException refused) {
                // another process created the store meanwhile ("Directory not empty"): theirs stands
                if (!Files.isDirectory(path.resolve(FIRST_DATA))) {
                    throw refused;
                }
            }
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("this file system cannot rename a folder in one step", e);
        } finally {
            deleteTree(building);
        }
    }

    /**
     * Makes again a database that was never written to, unless another process has the store open. What
     * an earlier version's interrupted creation left is then a store again; an empty store that was whole
     * is made again too, which costs a fraction of a second and loses nothing.
     *
     * @throws IOException if the database cannot be moved aside or made
     */
    void remakeUnwritten() throws IOException {
        Path lockFile = path.resolve("tdb.lock");
        if (!Files.exists(lockFile)) {
            Files.createFile(lockFile);
        }
        ProcessFileLock lock = ProcessFileLock.create(lockFile.toString());
        try {
            if (!lock.tryLock()) {
                return;
            }
        } catch (AlreadyLocked thisProcessHasItOpen) {
            return;
        }
        try {
            Path aside = Files.createTempDirectory(path, CREATING + ProcessHandle.current().pid() + "-");
            Files.move(path.resolve(FIRST_DATA), aside.resolve(FIRST_DATA), StandardCopyOption.ATOMIC_MOVE);
            deleteTree(aside);
            build();
        } finally {
            lock.unlock();
            ProcessFileLock.release(lock);
        }
    }

    /**
     * A new hidden work folder, where a compaction writes the next generation (a run killed meanwhile
     * leaves it, and a later creation or compaction removes it).
     */
    Path newWorkFolder() throws IOException {
        removeAbandonedBuilds();
        return Files.createTempDirectory(path, CREATING + ProcessHandle.current().pid() + "-");
    }

    /**
     * Moves a closed database folder into place as the store's next generation ({@code Data-0002} after
     * {@code Data-0001}), which TDB2 opens from then on, and deletes the older ones. The move is one
     * rename, so a run killed on the way leaves the old generation or the new one whole.
     *
     * @throws IOException if the folder cannot be synced, moved or the old generation deleted
     */
    void install(Path database) throws IOException {
        List<Path> older = entries().stream().filter(p -> Files.isDirectory(p) && DATA.matcher(name(p)).matches())
                .sorted(Comparator.comparing(Tdb2Folder::name)).toList();
        int last = older.isEmpty() ? 0 : Integer.parseInt(name(older.get(older.size() - 1)).substring(5));
        sync(database);
        try {
            Files.move(database, path.resolve(String.format(java.util.Locale.ROOT, "Data-%04d", last + 1)),
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("this file system cannot rename a folder in one step", e);
        }
        for (Path old : older) {
            deleteTree(old);
        }
    }

    /** Deletes a work folder and what it holds. */
    static void delete(Path folder) throws IOException {
        deleteTree(folder);
    }

    /** Hidden build folders of processes that are gone: a creation killed before its rename. */
    private void removeAbandonedBuilds() throws IOException {
        for (Path entry : entries()) {
            Matcher creating = CREATING_PID.matcher(name(entry));
            if (creating.matches() && !alive(Long.parseLong(creating.group(1)))) {
                deleteTree(entry);
            }
        }
    }

    private static boolean alive(long pid) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        return process.isPresent() && process.get().isAlive();
    }

    /** Forces the new files to disk before the rename, so that a power cut cannot leave a renamed hole. */
    private static void sync(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean emptyOrAbsent(Path file) {
        try {
            return !Files.exists(file) || Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private List<Path> entries() {
        try (Stream<Path> entries = Files.list(path)) {
            return entries.toList();
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException(path + ": cannot read: " + StoreException.firstLine(e), e);
        }
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
