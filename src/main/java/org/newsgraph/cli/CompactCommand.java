package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph compact}: rewrites a TDB2 store without the room its past transactions left behind.
 *
 * <pre>{@code newsgraph compact --store news-store}</pre>
 */
@Command(name = "compact",
        mixinStandardHelpOptions = true,
        header = "Shrink a store to its live data.",
        description = {
            "TDB2 never overwrites a block: every write transaction copies the blocks it changes and leaves the old "
                    + "ones in the files, so a store written in many small runs is mostly dead copies. This "
                    + "rewrites the store into a new generation holding only what it holds now, deletes the old "
                    + "one, and prints the size before and after. 'ingest' does it at the end of a run that wrote "
                    + "more than one batch; this is for stores grown by many small runs.",
            "The store must not be in use by another process (a running 'serve', say)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:The store was compacted.", "1:The store could not be opened or rewritten.",
            "2:Wrong usage, such as --endpoint."})
final class CompactCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions where;

    @Override
    public Integer call() {
        if (where.endpoint != null) {
            throw new ParameterException(spec.commandLine(),
                    "compact works on a store folder; a server compacts its own store (Fuseki: POST /$/compact/NAME)");
        }
        try (ArticleStore opened = where.open()) {
            Tdb2Store store = (Tdb2Store) opened;
            long before = store.bytesOnDisk();
            store.compact();
            long after = store.bytesOnDisk();
            long triples = store.tripleCount();
            PrintWriter out = spec.commandLine().getOut();
            out.println(String.format(Locale.ROOT, "%s: %s before, %s after (%,d triples, %s a triple)",
                    store.location(), megabytes(before), megabytes(after), triples,
                    triples == 0 ? "-" : String.format(Locale.ROOT, "%,d bytes", after / triples)));
            out.flush();
        }
        return Main.OK;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
