package org.newsgraph.store;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.xloader.ProcBuildIndexX;
import org.apache.jena.tdb2.xloader.ProcBuildNodeTableX;
import org.apache.jena.tdb2.xloader.ProcIngestDataX;
import org.apache.jena.tdb2.xloader.XLoaderFiles;

/**
 * A store's live data written into a new TDB2 database whose index blocks are full, by Jena's external-sort
 * loader (the "xloader" of {@code tdb2.xloader}). TDB2's own compaction copies the quads one at a time into
 * B+trees that split a full block in two, which leaves the six quad indexes about 60 % full (some 370 bytes
 * a triple on disk); the xloader sorts each index's records and writes its blocks whole (some 215). It sorts
 * with the system's {@code sort(1)}, so it runs where there is one ({@link #available()}).
 *
 * <pre>{@code Path built = PackedGeneration.load(PackedGeneration.dump(dataset.asDatasetGraph(), work), work);}</pre>
 */
final class PackedGeneration {

    private static final List<String> QUAD_INDEXES = List.of("GSPO", "GPOS", "GOSP", "SPOG", "POSG", "OSPG");
    private static final List<String> TRIPLE_INDEXES = List.of("SPO", "POS", "OSP");

    /**
     * The heap the xloader's row buffers need: it writes rows through buffers of some tens of megabytes, so a run
     * given less (a test's 64 MB) compacts with TDB2's own copy instead.
     */
    private static final long HEAP_NEEDED = 120L << 20;

    private PackedGeneration() {
    }

    /**
     * Whether this system has the {@code sort} program the xloader calls (not on Windows, whose sort differs),
     * and this run the heap it needs.
     */
    static boolean available() {
        if (File.separatorChar != '/' || Runtime.getRuntime().maxMemory() < HEAP_NEEDED) {
            return false;
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "sort"))) {
                return true;
            }
        }
        return false;
    }

    /** A store's live data written out: the N-Quads file, how many quads, how many in the default graph, the prefixes. */
    record Dump(Path file, long quads, long defaultGraphQuads, Map<String, String> prefixes) {
    }

    /**
     * Writes the live data of a dataset, and its prefixes, to a compressed N-Quads file under {@code work}.
     *
     * @throws IOException if the file cannot be written
     */
    static Dump dump(DatasetGraph live, Path work) throws IOException {
        Path file = work.resolve("live.nq.gz");
        AtomicLong all = new AtomicLong();
        AtomicLong inDefault = new AtomicLong();
        Map<String, String> prefixes;
        try (OutputStream out = gzip(file)) {
            prefixes = Txn.calculateRead(live, () -> {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
                writer.start();
                live.find().forEachRemaining(q -> {
                    writer.quad(q);
                    all.incrementAndGet();
                    if (q.isDefaultGraph()) {
                        inDefault.incrementAndGet();
                    }
                });
                writer.finish();
                return Map.copyOf(live.getDefaultGraph().getPrefixMapping().getNsPrefixMap());
            });
        }
        return new Dump(file, all.get(), inDefault.get(), prefixes);
    }

    /**
     * Loads a dump into a new database under {@code work} with full index blocks, and checks that it holds as many
     * quads. Each step's database is closed after it, so that no more than one is open at a time (the heap of a
     * small run holds one database's caches, not two).
     *
     * @return the new database's folder ({@code work/db/Data-0001}), closed and ready to be moved into place
     * @throws IOException if the work files cannot be written or the copy is not whole
     */
    static Path load(Dump dump, Path work) throws IOException {
        Path db = work.resolve("db");
        Path sortFiles = work.resolve("sort");
        Files.createDirectories(db);
        Files.createDirectories(sortFiles);
        String location = db.toString();
        XLoaderFiles files = new XLoaderFiles(sortFiles.toString());
        List<String> input = List.of(dump.file().toString());
        ProcBuildNodeTableX.exec(location, files, 1, null, input);
        close(db);
        ProcIngestDataX.exec(location, files, input, false);
        close(db);
        for (String index : QUAD_INDEXES) {
            ProcBuildIndexX.exec(location, index, 1, null, files);
        }
        if (dump.defaultGraphQuads() > 0) {
            for (String index : TRIPLE_INDEXES) {
                ProcBuildIndexX.exec(location, index, 1, null, files);
            }
        }
        close(db);
        Dataset built = TDB2Factory.connectDataset(location);
        try {
            Txn.executeWrite(built, () -> built.asDatasetGraph().getDefaultGraph().getPrefixMapping()
                    .setNsPrefixes(dump.prefixes()));
            long written = Txn.calculateRead(built, () -> countQuads(built.asDatasetGraph()));
            if (written != dump.quads()) {
                throw new IOException("the packed copy holds " + written + " quads, the store " + dump.quads());
            }
        } finally {
            TDBInternal.expel(built.asDatasetGraph());
        }
        return db.resolve(Tdb2Folder.FIRST_DATA);
    }

    /** Closes whatever the xloader's steps left open on a database folder and on its storage folder. */
    private static void close(Path db) {
        DatabaseConnection.internalExpel(Location.create(db), true);
        StoreConnection.internalExpel(Location.create(db.resolve(Tdb2Folder.FIRST_DATA)), true);
    }

    private static long countQuads(DatasetGraph data) {
        long n = 0;
        for (var it = data.find(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private static OutputStream gzip(Path file) throws IOException {
        return new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }, 1 << 16);
    }
}
