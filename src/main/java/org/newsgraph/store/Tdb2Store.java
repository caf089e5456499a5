package org.newsgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.newsgraph.rdf.Labels;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.export.RdfFormat;

/**
 * A store in a Jena TDB2 database on disk: each batch of articles is one write transaction, so a run that
 * is killed leaves whole articles or none, and queries see the union of the article graphs as their
 * default graph.
 *
 * <pre>{@code try (ArticleStore store = Tdb2Store.create(Path.of("newsgraph-store"))) { store.put(batch); }}</pre>
 */
public final class Tdb2Store implements ArticleStore {

    private final Path folder;
    /** The open database; compaction moves it to a new generation and opens that one. */
    private Dataset dataset;

    private Tdb2Store(Path folder, Dataset dataset) {
        this.folder = folder;
        this.dataset = unionOf(dataset);
    }

    /** The dataset, whose queries see all article graphs as the default graph. */
    private static Dataset unionOf(Dataset dataset) {
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dataset;
    }

    /**
     * Opens the store in a folder, making the folder and an empty store when there is none yet. A new store
     * is built aside and moved into place whole, so a run killed while it creates one leaves no store, and
     * the next run makes it; a store with nothing in it, which an earlier version's interrupted creation may
     * have left unreadable, is made again.
     */
    public static Tdb2Store create(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StoreException(folder + ": is a file, not a store folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(folder + ": cannot create the store: " + StoreException.firstLine(e), e);
        }
        if (!Files.isWritable(folder)) {
            throw new StoreException(folder + ": read-only; cannot write the store");
        }
        Tdb2Folder layout = new Tdb2Folder(folder);
        try {
            if (layout.holdsNoStoreYet()) {
                layout.build();
            } else if (layout.neverWritten()) {
                layout.remakeUnwritten();
            }
        } catch (IOException | RuntimeException e) {
            throw new StoreException(folder + ": cannot create the store: " + StoreException.cause(e), e);
        }
        return connect(folder);
    }

    /** A store over a dataset already open on the folder, such as one whose writes a test makes fail. */
    static Tdb2Store over(Path folder, Dataset dataset) {
        return new Tdb2Store(folder, dataset);
    }

    /** Opens an existing store, for reading it or adding to it. */
    public static Tdb2Store open(Path folder) {
        if (!Files.exists(folder)) {
            throw new StoreException(folder + ": no store here; create one with 'newsgraph ingest'");
        }
        if (!Files.isDirectory(folder)) {
            throw new StoreException(folder + ": is a file, not a store folder");
        }
        Tdb2Folder layout = new Tdb2Folder(folder);
        if (layout.isEmpty()) {
            throw new StoreException(folder + ": an empty folder, not a store; create one with 'newsgraph ingest'");
        }
        if (layout.holdsNoStoreYet()) {
            throw new StoreException(folder + ": no store yet (one is being created, or its creation was "
                    + "interrupted); create it with 'newsgraph ingest'");
        }
        return connect(folder);
    }

    private static Tdb2Store connect(Path folder) {
        // TDB2 would quietly build a database among whatever files a folder holds
        Tdb2Folder layout = new Tdb2Folder(folder);
        if (!layout.isEmpty() && !layout.holdsDatabase()) {
            throw new StoreException(folder + ": not a TDB2 store (it holds other files and no Data-NNNN folder)");
        }
        try {
            return new Tdb2Store(folder, TDB2Factory.connectDataset(folder.toString()));
        } catch (RuntimeException e) {
            String problem = StoreException.firstLine(e);
            if (isLockedByAnother(e)) {
                String holder = problem.replaceFirst(".*held by process (\\d+).*", "$1");
                throw new StoreException(folder + ": locked by another process"
                        + (holder.equals(problem) ? "" : " (pid " + holder + ")")
                        + "; wait for it to finish or stop it", e);
            }
            throw new StoreException(folder + ": cannot open the store: " + StoreException.cause(e), e);
        }
    }

    /**
     * Whether TDB2 refused the folder because another process holds it ("Failed to get a lock: ... held by
     * process 123"), or this one does (AlreadyLocked); not when the lock file itself could not be written,
     * as on a full disk, nor when a message merely holds the letters ("No known block type").
     */
    private static boolean isLockedByAnother(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            String message = StoreException.firstLine(t);
            if (t instanceof org.apache.jena.dboe.base.file.AlreadyLocked || message.contains("held by process")
                    || message.contains("failed to get the holder's process id")) {
                return true;
            }
        }
        return false;
    }

    /** The file beside TDB2's own where the store keeps what newsgraph must know of it: its base IRI. */
    static final String SETTINGS = "newsgraph.properties";
    private static final String BASE_KEY = "base-iri";

    /** The base IRI a store folder remembers, read without opening the store. */
    public static Optional<String> storedBaseIri(Path folder) {
        Path settings = folder.resolve(SETTINGS);
        if (!Files.isRegularFile(settings)) {
            return Optional.empty();
        }
        java.util.Properties read = new java.util.Properties();
        try (java.io.Reader in = Files.newBufferedReader(settings, java.nio.charset.StandardCharsets.UTF_8)) {
            read.load(in);
        } catch (IOException e) {
            throw new StoreException(settings + ": cannot read: " + StoreException.firstLine(e), e);
        }
        return Optional.ofNullable(read.getProperty(BASE_KEY)).filter(b -> !b.isBlank());
    }

    @Override
    public Optional<String> baseIri() {
        return storedBaseIri(folder);
    }

    @Override
    public void rememberBaseIri(String base) {
        if (baseIri().isPresent()) {
            return;
        }
        java.util.Properties settings = new java.util.Properties();
        settings.setProperty(BASE_KEY, base);
        java.io.StringWriter text = new java.io.StringWriter();
        try {
            settings.store(text, "newsgraph: the base under which this store's IRIs were minted");
            org.newsgraph.export.OutputLib.writeAtomically(folder.resolve(SETTINGS),
                    text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException(folder + ": cannot write: " + StoreException.firstLine(e), e);
        }
    }

    @Override
    public String location() {
        return folder.toString();
    }

    /** The TDB2 dataset itself; its default graph is the union of the article graphs in queries. */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * Writes the batch's articles in one transaction, leaving out those the store holds already with the same
     * triples (a re-run over the same folder writes nothing, so the store does not grow); a batch with nothing
     * new opens no write transaction at all.
     */
    @Override
    public int put(List<ArticleGraph> batch) {
        DatasetGraph data = dataset.asDatasetGraph();
        try {
            List<ArticleGraph> changed = Txn.calculateRead(data, () -> batch.stream().filter(a -> !holds(a)).toList());
            if (changed.isEmpty()) {
                return 0;
            }
            Txn.executeWrite(data, () -> {
                for (ArticleGraph article : changed) {
                    Node name = NodeFactory.createURI(article.iri());
                    data.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                    Graph union = data.getUnionGraph();
                    article.graph().find().forEachRemaining(t -> {
                        Triple kept = Labels.merged(union, t);
                        data.add(name, kept.getSubject(), kept.getPredicate(), kept.getObject());
                    });
                    data.getDefaultGraph().getPrefixMapping().setNsPrefixes(article.graph().getPrefixMapping());
                }
            });
            return changed.size();
        } catch (RuntimeException e) {
            throw new StoreException(folder + ": cannot write: " + StoreException.cause(e), e);
        } catch (InternalError e) {
            // TDB2 writes its indexes through memory-mapped files: a page that the file system cannot back,
            // on a full disk, comes back as this error ("a fault occurred in an unsafe memory access")
            throw new StoreException(folder + ": cannot write: " + mappedWriteProblem(), e);
        }
    }

    /**
     * Whether the store holds the article's graph as {@link #put} would write it: the same number of triples,
     * each stored as it is or, for a label another article gave first, as its {@code skos:altLabel}.
     */
    private boolean holds(ArticleGraph article) {
        Graph stored = dataset.asDatasetGraph().getGraph(NodeFactory.createURI(article.iri()));
        if (stored.size() != article.graph().size()) {
            return false;
        }
        return !article.graph().find().filterDrop(t -> holds(stored, t)).hasNext();
    }

    /** Whether a stored graph holds a triple; TDB2 may give back a number in its canonical form ("1.0"). */
    private static boolean holds(Graph stored, Triple t) {
        Node value = CanonicalizeLiteral.get().apply(t.getObject());
        return stored.contains(t) || stored.contains(t.getSubject(), t.getPredicate(), value)
                || stored.contains(t.getSubject(), SKOS.altLabel.asNode(), t.getObject());
    }

    /**
     * Rewrites the store into a new generation holding only its live data, and deletes the old one. TDB2
     * never overwrites a block: each write transaction copies the index blocks it touches and leaves the old
     * ones behind, so a store written in many batches holds mostly dead blocks until it is compacted. The
     * new generation is written with full index blocks by Jena's xloader ({@link PackedGeneration}) where
     * the system has {@code sort(1)}, else by TDB2's own compaction, which leaves them about 60 % full.
     */
    @Override
    public void compact() {
        if (!PackedGeneration.available()) {
            try {
                DatabaseMgr.compact(dataset.asDatasetGraph(), true);
            } catch (RuntimeException | OutOfMemoryError e) {
                if (outOfMemory(e)) {
                    throw new StoreException(String.format(java.util.Locale.ROOT, "%s: not enough memory to compact the store"
                            + " (a Java heap of %d MB); the store is unchanged: give Java more, for example"
                            + " NEWSGRAPH_JAVA_OPTS=-Xmx512m", folder, Runtime.getRuntime().maxMemory() >> 20), e);
                }
                throw new StoreException(folder + ": cannot compact: " + StoreException.firstLine(e), e);
            }
            return;
        }
        Tdb2Folder layout = new Tdb2Folder(folder);
        Path work = null;
        try {
            work = layout.newWorkFolder();
            PackedGeneration.Dump dump = PackedGeneration.dump(dataset.asDatasetGraph(), work);
            // the store is closed while its copy is built, so that one database's caches are in the heap at a time;
            // its lock file stays held, so no other process opens it meanwhile
            TDBInternal.expel(dataset.asDatasetGraph());
            dataset = null;
            ProcessFileLock lock = ProcessFileLock.create(folder.resolve("tdb.lock").toString());
            lock.lockEx();
            try {
                layout.install(PackedGeneration.load(dump, work));
            } finally {
                lock.unlock();
                ProcessFileLock.release(lock);
                dataset = unionOf(TDB2Factory.connectDataset(folder.toString()));
            }
        } catch (IOException | RuntimeException e) {
            throw new StoreException(folder + ": cannot compact: " + StoreException.cause(e), e);
        } finally {
            if (work != null) {
                try {
                    Tdb2Folder.delete(work);
                } catch (IOException left) {
                    // a later creation or compaction removes what is left
                }
            }
        }
    }

    /**
     * Whether a failure is the heap's: an OutOfMemoryError, or the NullPointerException that TDB2's transaction code
     * throws when it ends a write transaction that ran out of memory ("txn is null"), which hides the first error.
     */
    static boolean outOfMemory(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
            if (t instanceof NullPointerException && t.getStackTrace().length > 0
                    && t.getStackTrace()[0].getClassName().startsWith("org.apache.jena.dboe.transaction")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The bytes the store's files take on disk, every generation included. TDB2 grows its index files in
     * sparse 8 MB steps, so their length says little: the blocks the system allocated are counted, with
     * {@code du}, and the files' lengths only where there is no {@code du} (where files are not sparse).
     */
    public long bytesOnDisk() {
        try {
            Process du = new ProcessBuilder("du", "-sk", folder.toString()).redirectErrorStream(true).start();
            String answer = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (du.waitFor() == 0 && answer.matches("(?s)\\d+\\s.*")) {
                return Long.parseLong(answer.split("\\s", 2)[0]) * 1024;
            }
        } catch (IOException e) {
            // no du here: the files' lengths will do
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(Tdb2Store::sizeOf).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new StoreException(folder + ": cannot read: " + StoreException.firstLine(e), e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String mappedWriteProblem() {
        try {
            if (Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL) {
                return "No space left on device";
            }
        } catch (IOException unknown) {
            // the plainer message below then
        }
        return "a write to the store's files failed (is the disk full or failing?)";
    }

    /** Less free space than one step of TDB2's file growth (8 MB) is a full disk for the store. */
    private static final long NEARLY_FULL = 16L << 20;

    @Override
    public <T> T query(Query query, Function<QueryExecution, T> answer) {
        try {
            return Txn.calculateRead(dataset, () -> {
                try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                    return answer.apply(exec);
                }
            });
        } catch (QueryException e) {
            // a query the engine rejects is the query's fault, not the store's
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException(folder + ": cannot read: " + StoreException.firstLine(e), e);
        }
    }

    @Override
    public Graph unionGraph() {
        return Txn.calculateRead(dataset, () -> {
            Graph copy = GraphMemFactory.createDefaultGraph();
            dataset.asDatasetGraph().getUnionGraph().find().forEachRemaining(copy::add);
            copy.getPrefixMapping().setNsPrefixes(dataset.asDatasetGraph().getDefaultGraph().getPrefixMapping());
            return copy;
        });
    }

    @Override
    public void export(OutputStream out, RdfFormat format, Optional<String> graph) {
        Txn.executeRead(dataset, () -> {
            DatasetGraph data = dataset.asDatasetGraph();
            var prefixes = data.getDefaultGraph().getPrefixMapping();
            if (graph.isPresent()) {
                Node name = NodeFactory.createURI(graph.get());
                if (!data.containsGraph(name)) {
                    throw new StoreException(folder + ": no article graph <" + graph.get() + ">");
                }
                Dataset one = DatasetFactory.create();
                one.addNamedModel(graph.get(), ModelFactory.createModelForGraph(data.getGraph(name)));
                one.getPrefixMapping().setNsPrefixes(prefixes);
                format.write(out, one);
            } else if (format.isQuads()) {
                // the stored default graph is empty: articles live only in named graphs
                format.write(out, DatasetFactory.wrap(data));
            } else {
                // TDB2 keeps prefixes per dataset, so its union graph already carries them
                format.write(out, ModelFactory.createModelForGraph(data.getUnionGraph()));
            }
        });
    }

    @Override
    public void close() {
        // expelling releases the folder's lock, so another process (or a later run) may open it
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
