package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.QueryCatalog;
import org.newsgraph.query.ShippedQuery;

/** The benchmark runs on a tiny corpus and prints every row of its table; no timing is asserted. */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void aTinyBenchPrintsEveryRowOfItsTable() {
        CliRun run = CliRun.of("bench", "--articles", "4", "--threads", "2", "--query-runs", "1",
                "--work", dir.toString());

        assertEquals(0, run.exit(), run::toString);
        List<String> lines = run.outLines();
        assertTrue(lines.get(0).startsWith("newsgraph bench: 4 articles, "), run::toString);
        assertTrue(lines.get(0).contains(Runtime.getRuntime().availableProcessors() + " cores"), run::toString);
        List<String> steps = lines.stream().filter(l -> l.startsWith("| ") && !l.startsWith("| step"))
                .map(l -> l.substring(2, l.indexOf(" |")) + "/" + l.split(" \\| ")[1].trim()).toList();
        List<String> expected = new java.util.ArrayList<>(List.of("extract, in memory/1", "extract, in memory/2",
                "extract -o file.nq/1", "extract -o file.nq/2", "ingest, fresh store/2", "store on disk/", "compact/1"));
        for (ShippedQuery query : QueryCatalog.bundled().queries()) {
            expected.add("query " + query.name() + "/1");
        }
        assertEquals(expected, steps);
        assertTrue(run.out().contains("words/s per core (CPU)") && run.out().contains("bytes/triple"), run::toString);
    }

    @Test
    void theGeneratedArticlesAreDistinctAndVaryTheirSourcesNamesAndNumbers() {
        String source = "Acme Robotics will invest 300 million euros in Ghent, its chief executive Maria Holloway said. "
                + "Holloway said Acme Robotics would hire 250 people by 2027-03-01.";
        BenchCorpus corpus = BenchCorpus.of(List.of(source));
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            texts.add(corpus.article(i));
        }
        assertEquals(30, texts.size());
        assertEquals(source, corpus.article(0));
        String copy = corpus.article(1);
        assertNotEquals(source, copy);
        assertEquals(BenchCorpus.words(source), BenchCorpus.words(copy));
        assertTrue(copy.contains("Maria Hollowayde") && copy.contains("Hollowayde said"), copy);
        assertTrue(copy.contains("Ghent") && copy.contains("2027-03-01"), "linked places and dates stay: " + copy);
        assertTrue(copy.contains("301 million") && copy.contains("251 people"), copy);
    }
}
