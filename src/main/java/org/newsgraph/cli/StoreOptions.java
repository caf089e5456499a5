package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.RemoteStore;
import org.newsgraph.store.Tdb2Store;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --store} and {@code --endpoint} options that name where articles' graphs are kept: a TDB2
 * folder on this machine, or a SPARQL server.
 *
 * <pre>{@code @Mixin StoreOptions where;  try (ArticleStore store = where.open()) { ... }}</pre>
 */
final class StoreOptions {

    /** The environment variable that names the default store folder. */
    static final String STORE_VARIABLE = "NEWSGRAPH_STORE";

    /** The store folder when neither an option nor the environment names one. */
    static final String DEFAULT_FOLDER = "newsgraph-store";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--store", paramLabel = "<folder>",
            description = "The TDB2 store folder. For ingest, export and stats it defaults to $" + STORE_VARIABLE
                    + ", else ./" + DEFAULT_FOLDER + "; query and validate use a store only when named.")
    Path store;

    @Option(names = "--endpoint", paramLabel = "<url>",
            description = "A SPARQL 1.1 server's dataset URL (such as Fuseki's http://host:3030/news) to use "
                    + "instead of a store folder; its default graph must be the union of its named graphs.")
    String endpoint;

    /** Whether the user named a store, rather than leaving it to the default. */
    boolean given() {
        return store != null || endpoint != null;
    }

    /** Opens the store to add to, creating the folder's store if there is none yet. */
    ArticleStore openForWriting() {
        checkOne();
        return endpoint != null ? RemoteStore.connect(endpoint) : Tdb2Store.create(folder());
    }

    /** Opens an existing store. */
    ArticleStore open() {
        checkOne();
        return endpoint != null ? RemoteStore.connect(endpoint) : Tdb2Store.open(folder());
    }

    private void checkOne() {
        if (store != null && endpoint != null) {
            throw new ParameterException(command.commandLine(), "Give only one of --store and --endpoint.");
        }
    }

    private Path folder() {
        if (store != null) {
            return store;
        }
        String fromEnvironment = System.getenv(STORE_VARIABLE);
        return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT_FOLDER : fromEnvironment);
    }
}
