package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * The SPARQL that describes a store, from {@code src/main/resources/store/*.rq}, parsed once.
 *
 * <pre>{@code store.query(StoreQueries.CLASS_COUNTS, exec -> ...);}</pre>
 */
public final class StoreQueries {

    /** ?article and its ?triples, one row per article graph, sorted by IRI. */
    public static final Query ARTICLE_SIZES = load("article-sizes.rq");
    /** ?triples: the triples of all article graphs. */
    public static final Query TRIPLE_COUNT = load("triple-count.rq");
    /** ?class and its ?instances over the union graph, most common first. */
    public static final Query CLASS_COUNTS = load("class-counts.rq");
    /** ?article, its ?triples, the ?entities it mentions and its ?investments, sorted by IRI. */
    public static final Query ARTICLE_STATS = load("article-stats.rq");

    private StoreQueries() {
    }

    private static Query load(String name) {
        try (InputStream in = StoreQueries.class.getResourceAsStream("/store/" + name)) {
            if (in == null) {
                throw new IllegalStateException("this build of newsgraph has no /store/" + name);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
