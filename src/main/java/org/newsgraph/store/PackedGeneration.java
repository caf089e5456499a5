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
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.xloader.ProcBuildIndexX;
import org.apache.jena.tdb2.xloader.ProcBuildNodeTableX;
import org.apache.jena.tdb2.xloader.ProcIngestDataX;
import org.apache.jena.tdb2.xloader.XLoaderFiles;

/**
 * A store's live data written into a new TDB2 database whose index blocks are full, by Jena's external-sort
 * loader (the "xloader" of {@code tdb2.xloader}). TDB2's own compaction copies the quads one at a time into
 * B+trees that split a full block in two, which leaves the six quad indexes about 60 % full (some 370 bytes
 * a triple on disk); the xloader sorts each index's records and writes its blocks whole (some 220). It sorts
 * with the system's {@code sort(1)}, so it runs where there is one ({@link #available()}).
 *
 * <pre>{@code Path built = PackedGeneration.write(dataset.asDatasetGraph(), workFolder);}</pre>
 */
final class PackedGeneration {

    private static final List<String> QUAD_INDEXES = List.of("GSPO", "GPOS", "GOSP", "SPOG", "POSG", "OSPG");
    private static final List<String> TRIPLE_INDEXES = List.of("SPO", "POS", "OSP");

    private PackedGeneration() {
    }

    /** Whether this system has the {@code sort} program the xloader calls (not on Windows, whose sort differs). */
    static boolean available() {
        if (File.separatorChar != '/') {
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

    /**
     * Writes the live data of a dataset, its prefixes included, into a new database under {@code work}, and
     * checks that it holds as many quads. The dataset must see no write meanwhile.
     *
     * @return the new database's folder ({@code work/db/Data-0001}), closed and ready to be moved into place
     * @throws IOException if the work files cannot be written
     */
    static Path write(DatasetGraph live, Path work) throws IOException {
        Path dump = work.resolve("live.nq.gz");
        Map<String, String> prefixes;
        long quads;
        long defaultGraphQuads;
        try (OutputStream out = gzip(dump)) {
            AtomicLong all = new AtomicLong();
            AtomicLong inDefault = new AtomicLong();
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
            quads = all.get();
            defaultGraphQuads = inDefault.get();
        }
        Path db = work.resolve("db");
        Path sortFiles = work.resolve("sort");
        Files.createDirectories(db);
        Files.createDirectories(sortFiles);
        String location = db.toString();
        XLoaderFiles files = new XLoaderFiles(sortFiles.toString());
        List<String> input = List.of(dump.toString());
        ProcBuildNodeTableX.exec(location, files, 1, null, input);
        ProcIngestDataX.exec(location, files, input, false);
        for (String index : QUAD_INDEXES) {
            ProcBuildIndexX.exec(location, index, 1, null, files);
        }
        if (defaultGraphQuads > 0) {
            for (String index : TRIPLE_INDEXES) {
                ProcBuildIndexX.exec(location, index, 1, null, files);
            }
        }
        Dataset built = TDB2Factory.connectDataset(location);
        try {
            Txn.executeWrite(built, () -> built.asDatasetGraph().getDefaultGraph().getPrefixMapping()
                    .setNsPrefixes(prefixes));
            long written = Txn.calculateRead(built, () -> countQuads(built.asDatasetGraph()));
            if (written != quads) {
                throw new IOException("the packed copy holds " + written + " quads, the store " + quads);
            }
        } finally {
            TDBInternal.expel(built.asDatasetGraph());
        }
        return db.resolve(Tdb2Folder.FIRST_DATA);
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
