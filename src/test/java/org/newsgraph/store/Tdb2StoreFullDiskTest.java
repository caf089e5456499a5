package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up in the middle of a batch: TDB2 writes its indexes through memory-mapped files, and
 * a page the file system cannot back surfaces as an InternalError ("a fault occurred in a recent unsafe
 * memory access operation"), which a 5 MB tmpfs shows and which is simulated here, where no small file
 * system can be mounted.
 */
class Tdb2StoreFullDiskTest {

    private static final String MAPPED_WRITE_FAULT =
            "a fault occurred in a recent unsafe memory access operation in compiled Java code";

    @TempDir
    Path dir;

    private static ArticleGraph article(String name, int facts) {
        Graph graph = GraphMemFactory.createDefaultGraph();
        for (int i = 0; i < facts; i++) {
            graph.add(NodeFactory.createURI("https://example.org/" + name + "/" + i), RDFS.label.asNode(),
                    NodeFactory.createLiteralString(name + " " + i));
        }
        return new ArticleGraph("https://example.org/article/" + name, graph);
    }

    /** The store's dataset, whose writes fail as on a full disk after a number of quads. */
    private static final class FillingDisk extends DatasetGraphWrapper {
        private int room;

        FillingDisk(Tdb2Store store, int room) {
            super(store.dataset().asDatasetGraph());
            this.room = room;
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            if (room-- <= 0) {
                throw new InternalError(MAPPED_WRITE_FAULT);
            }
            super.add(g, s, p, o);
        }
    }

    @Test
    void aDiskFullInTheMiddleOfABatchIsOneLineAndLeavesTheStoreWhole() {
        Path folder = dir.resolve("store");
        ArticleGraph first = article("first", 20);
        ArticleGraph second = article("second", 20);
        ArticleGraph third = article("third", 20);
        try (Tdb2Store store = Tdb2Store.create(folder)) {
            store.put(List.of(first));
            Tdb2Store filling = Tdb2Store.over(folder, DatasetFactory.wrap(new FillingDisk(store, 25)));

            StoreException full = assertThrows(StoreException.class, () -> filling.put(List.of(second, third)));

            assertTrue(full.getMessage().startsWith(folder + ": cannot write: "), full.getMessage());
            assertEquals(1, full.getMessage().lines().count(), full.getMessage());
            assertEquals(List.of(first.iri()), store.articleIris(), "the batch is wholly absent");
            assertEquals(20L, store.tripleCount(), "the earlier batch is whole");
            store.put(List.of(second, third));
        }
        try (Tdb2Store reopened = Tdb2Store.open(folder)) {
            assertEquals(List.of(first.iri(), second.iri(), third.iri()), reopened.articleIris());
            assertEquals(60L, reopened.tripleCount());
            Txn.executeRead(reopened.dataset(), () -> assertTrue(reopened.dataset().asDatasetGraph()
                    .getGraph(NodeFactory.createURI(second.iri())).isIsomorphicWith(second.graph())));
        }
    }
}
