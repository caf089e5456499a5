package org.newsgraph.cli;

import java.util.Optional;
import org.newsgraph.rdf.GraphBuilder;

/**
 * Which base IRI a command that uses a store works under: the one the store remembers, the one the
 * user gives, or the default; a given base that differs from the remembered one is an error, since
 * the store's IRIs would then not resolve (serve) or would split each entity in two (ingest).
 *
 * <pre>{@code String base = StoreBase.choose(store.location(), store.baseIri(), givenOrNull);}</pre>
 */
final class StoreBase {

    private StoreBase() {
    }

    static String choose(String storeLocation, Optional<String> stored, String given) {
        if (given != null && stored.isPresent() && !stored.get().equals(given)) {
            throw new InputException(storeLocation + ": its IRIs were minted under " + stored.get()
                    + ", not " + given + "; leave --base-iri out, or give that base");
        }
        return given != null ? given : stored.orElse(GraphBuilder.DEFAULT_BASE);
    }
}
