package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSet;
import org.newsgraph.query.QueryCatalog;
import org.newsgraph.query.ShippedQuery;
import org.newsgraph.store.Tdb2Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph bench}: makes a corpus of distinct articles and measures extraction, ingest, the store's
 * size and the shipped queries on it, printing one table. A measurement, not a test: nothing is asserted.
 *
 * <pre>{@code newsgraph bench --articles 2000}</pre>
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        header = "Measure speed, memory and store size on a generated corpus.",
        description = {
            "Makes N distinct articles from the bundled examples (or the articles of --from): each copy gives the "
                    + "people and organizations of its source new names and shifts its numbers. Then it measures "
                    + "extraction in memory and to a file (nquads), on one thread and on --threads, ingest into a "
                    + "fresh store, the store's bytes per triple before and after compaction, and each shipped "
                    + "query on that store; and prints a table.",
            "CPU seconds count the time this process ran on any core, so the words per second per core they give "
                    + "hold on a busy machine; wall seconds, and the speed-up against one thread, depend on what "
                    + "else runs (the load average is printed)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:The table was printed.", "1:The corpus or the store could not be written.",
            "2:Wrong usage."})
final class BenchCommand implements Callable<Integer> {

    private static final double MB = 1024.0 * 1024.0;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-n", "--articles"}, paramLabel = "<n>", defaultValue = "500",
            description = "Articles in the generated corpus. Default: ${DEFAULT-VALUE}.")
    private int articles;

    @Option(names = "--from", paramLabel = "<folder>",
            description = "A folder of .txt articles to make the corpus from. Default: the bundled examples.")
    private Path from;

    @Option(names = {"-t", "--threads"}, paramLabel = "<n>",
            description = "Threads of the parallel runs. Default: the machine's cores (${DEFAULT-VALUE} here).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--work", paramLabel = "<folder>",
            description = "Where the corpus, the output and the store go, kept after the run. Default: a new "
                    + "temporary folder, deleted at the end.")
    private Path work;

    @Option(names = "--query-runs", paramLabel = "<n>", defaultValue = "3",
            description = "Times each query is run; the best time is reported. Default: ${DEFAULT-VALUE}.")
    private int queryRuns;

    /** Wall and CPU time of one step, and the most heap it used. */
    private record Measured(double wallSeconds, double cpuSeconds, long peakHeap) {
    }

    @Override
    public Integer call() throws IOException {
        if (articles < 1 || threads < 1 || queryRuns < 1) {
            throw new ParameterException(spec.commandLine(), "--articles, --threads and --query-runs must be 1 or more");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean temporary = work == null;
        Path folder = temporary ? Files.createTempDirectory("newsgraph-bench") : work;
        try {
            run(folder, out, err);
        } finally {
            if (temporary) {
                delete(folder);
            }
        }
        return Main.OK;
    }

    private void run(Path folder, PrintWriter out, PrintWriter err) {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        BenchCorpus corpus = BenchCorpus.of(from == null ? BenchCorpus.bundledExamples() : BenchCorpus.texts(from));
        Path news = folder.resolve("news");
        long words = corpus.write(articles, news);
        List<Path> files = ArticleFiles.checked(List.of(news));
        List<String[]> rows = new ArrayList<>();

        progress(err, "warming up");
        ArticleGraphs graphs = ArticleGraphs.standard();
        inMemory(graphs, files.subList(0, Math.min(files.size(), 100)), 1);

        double oneThread = 0;
        for (int t : threadCounts()) {
            progress(err, "extracting in memory on " + t + " thread(s)");
            long[] triples = {0};
            Measured m = measure(() -> triples[0] = inMemory(graphs, files, t));
            oneThread = t == 1 ? m.wallSeconds() : oneThread;
            rows.add(row("extract, in memory", t, m, speed(words, "words", m, oneThread, t)));
        }
        Path output = folder.resolve("all.nq");
        for (int t : threadCounts()) {
            progress(err, "extracting to a file on " + t + " thread(s)");
            Measured m = measure(() -> command("extract", news.toString(), "--format", "nquads",
                    "--threads", String.valueOf(t), "-o", output.toString()));
            oneThread = t == 1 ? m.wallSeconds() : oneThread;
            rows.add(row("extract -o file.nq", t, m, speed(words, "words", m, oneThread, t)
                    + String.format(Locale.ROOT, "; %.1f MB written", size(output) / MB)));
        }

        progress(err, "ingesting into a fresh store");
        Path storeFolder = folder.resolve("store");
        Measured ingest = measure(() -> command("ingest", news.toString(), "--store", storeFolder.toString(),
                "--quiet", "--no-compact", "--threads", String.valueOf(threads)));
        try (Tdb2Store store = Tdb2Store.open(storeFolder)) {
            long triples = store.tripleCount();
            rows.add(row("ingest, fresh store", threads, ingest, String.format(Locale.ROOT,
                    "%,d triples: %,.0f triples/s, %,.0f triples/s per core (CPU)", triples,
                    triples / ingest.wallSeconds(), triples / ingest.cpuSeconds())));
            rows.add(new String[] {"store on disk", "", "", "", onDisk(store, triples), ""});
            progress(err, "compacting the store");
            Measured compact = measure(store::compact);
            rows.add(row("compact", 1, compact, "after: " + onDisk(store, triples)));
            for (ShippedQuery query : QueryCatalog.bundled().queries()) {
                progress(err, "query " + query.name());
                rows.add(timed(store, query));
            }
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        progress(err, "done");

        out.println(String.format(Locale.ROOT,
                "newsgraph bench: %,d articles, %,d words (%.0f a article), made from %s; %d cores; Java %s; heap limit %,.0f MB",
                articles, words, (double) words / articles, from == null ? "the bundled examples" : from.toString(),
                Runtime.getRuntime().availableProcessors(), Runtime.version(), Runtime.getRuntime().maxMemory() / MB));
        out.println(String.format(Locale.ROOT, "load average %.2f at the start, %.2f at the end", loadBefore, loadAfter));
        out.println();
        print(out, rows);
        out.flush();
    }

    private List<Integer> threadCounts() {
        return threads == 1 ? List.of(1) : List.of(1, threads);
    }

    private static void progress(PrintWriter err, String step) {
        err.println("bench: " + step);
        err.flush();
    }

    private static long inMemory(ArticleGraphs graphs, List<Path> files, int threads) {
        long[] triples = {0};
        java.util.Iterator<java.util.concurrent.Callable<ArticleFiles.Article>> reads = files.stream()
                .<java.util.concurrent.Callable<ArticleFiles.Article>>map(f -> () -> ArticleFiles.readOne(f)).iterator();
        graphs.stream(reads, threads, failure -> {
            throw failure;
        }, graph -> triples[0] += graph.model().size());
        return triples[0];
    }

    /** Runs a newsgraph command in this process; its output is dropped, a failure stops the benchmark. */
    private static void command(String... args) {
        CommandLine line = Main.commandLine();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(Writer.nullWriter()));
        line.setErr(new PrintWriter(err));
        int exit = line.execute(args);
        if (exit != Main.OK) {
            throw new InputException("bench: newsgraph " + String.join(" ", args) + " failed (exit " + exit + "): "
                    + err.toString().strip());
        }
    }

    private String[] timed(Tdb2Store store, ShippedQuery shipped) {
        org.apache.jena.query.Query query = org.apache.jena.query.QueryFactory.create(shipped.text());
        double first = 0;
        double best = Double.MAX_VALUE;
        Measured fastest = null;
        long[] rows = {0};
        for (int run = 0; run < queryRuns; run++) {
            Measured m = measure(() -> rows[0] = store.query(query, exec -> {
                ResultSet results = exec.execSelect();
                long n = 0;
                while (results.hasNext()) {
                    results.next();
                    n++;
                }
                return n;
            }));
            first = run == 0 ? m.wallSeconds() : first;
            if (m.wallSeconds() < best) {
                best = m.wallSeconds();
                fastest = m;
            }
        }
        return row("query " + shipped.name(), 1, fastest, String.format(Locale.ROOT,
                "%,d rows; best of %d runs (first %.2f s)", rows[0], queryRuns, first));
    }

    private static String onDisk(Tdb2Store store, long triples) {
        long bytes = store.bytesOnDisk();
        return String.format(Locale.ROOT, "%.1f MB, %,.0f bytes/triple", bytes / MB, (double) bytes / triples);
    }

    private static String speed(long words, String unit, Measured m, double oneThreadWall, int threads) {
        String ratio = threads == 1 ? "" : String.format(Locale.ROOT, " (%.2f × 1 thread)", oneThreadWall / m.wallSeconds());
        return String.format(Locale.ROOT, "%,.0f %s/s%s, %,.0f %s/s per core (CPU)",
                words / m.wallSeconds(), unit, ratio, words / m.cpuSeconds(), unit);
    }

    private static String[] row(String step, int threads, Measured m, String result) {
        return new String[] {step, String.valueOf(threads), String.format(Locale.ROOT, "%.2f", m.wallSeconds()),
            String.format(Locale.ROOT, "%.2f", m.cpuSeconds()), result, String.format(Locale.ROOT, "%.0f", m.peakHeap() / MB)};
    }

    private static void print(PrintWriter out, List<String[]> rows) {
        String[] head = {"step", "threads", "wall s", "CPU s", "result", "peak heap MB"};
        out.println("| " + String.join(" | ", head) + " |");
        out.println("|---|---:|---:|---:|---|---:|");
        for (String[] row : rows) {
            out.println("| " + String.join(" | ", row) + " |");
        }
    }

    /** Runs a step after a collection, with the heap pools' peaks reset, and measures it. */
    private static Measured measure(Runnable step) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpu = processCpuNanos();
        long wall = System.nanoTime();
        step.run();
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measured(wallSeconds, cpuSeconds, peak);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
