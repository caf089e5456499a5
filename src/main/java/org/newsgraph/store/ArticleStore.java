package org.newsgraph.store;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.newsgraph.export.RdfFormat;

/**
 * Where articles' graphs accumulate: one named graph per article, named by the article's IRI, and the
 * union of them all as the default graph for queries, so entities shared by articles meet in one node.
 *
 * <pre>{@code try (ArticleStore store = Tdb2Store.create(dir)) { store.put(batch); }}</pre>
 */
public interface ArticleStore extends AutoCloseable {

    /** The folder or URL of the store, as the user gave it, for messages. */
    String location();

    /**
     * Puts each article's graph under its IRI, replacing whatever graph had that name, so putting the same
     * article twice leaves the store as it was. A local store writes the batch in one transaction: after a
     * crash, every article of the batch is either wholly in or absent.
     *
     * @return how many of the articles were written: a store may leave out those it holds already, unchanged
     * @throws StoreException if the store cannot be written; nothing of the batch is then left half-written
     */
    int put(List<ArticleGraph> batch);

    /**
     * Runs a query whose default graph is the union of the article graphs ({@code GRAPH ?g} names each
     * article) and hands the execution to {@code answer}, which must consume the results before returning.
     *
     * @throws StoreException if the store cannot be reached or fails to answer
     */
    <T> T query(Query query, Function<QueryExecution, T> answer);

    /** An in-memory copy of the union of the article graphs, for checks that need a whole graph. */
    Graph unionGraph();

    /**
     * Writes the store, or one article's graph, in a format: a quad format keeps each article's named
     * graph, a triple format writes their union.
     *
     * @param graph the IRI of one article to write, or empty for the whole store
     * @throws StoreException if the store fails, or {@code graph} is not an article in it
     */
    void export(OutputStream out, RdfFormat format, Optional<String> graph);

    /**
     * The base under which the store's IRIs were minted, if the store remembers one; a server's paths must
     * map onto it for the IRIs to resolve.
     */
    default Optional<String> baseIri() {
        return Optional.empty();
    }

    /** Remembers the base the store's IRIs are minted under, when the store has none yet. */
    default void rememberBaseIri(String base) {
    }

    /** The IRIs of the stored articles, sorted. */
    default List<String> articleIris() {
        return query(StoreQueries.ARTICLE_SIZES, exec -> {
            List<String> iris = new ArrayList<>();
            exec.execSelect().forEachRemaining(row -> iris.add(row.getResource("article").getURI()));
            return List.copyOf(iris);
        });
    }

    /** How many triples the article graphs hold together, counting a triple once per article that states it. */
    default long tripleCount() {
        return query(StoreQueries.TRIPLE_COUNT, exec -> {
            ResultSet rows = exec.execSelect();
            if (!rows.hasNext()) {
                return 0L;
            }
            QuerySolution row = rows.next();
            return row.contains("triples") ? row.getLiteral("triples").getLong() : 0L;
        });
    }

    /**
     * Frees the room that earlier writes left behind, where the store keeps any (a TDB2 folder keeps every
     * block it ever wrote until it is compacted); nothing elsewhere.
     *
     * @throws StoreException if the store cannot be rewritten; it is then left as it was
     */
    default void compact() {
    }

    /** Releases the store: a local store's lock, a remote store's connection. */
    @Override
    void close();
}
