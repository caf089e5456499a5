package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.Tdb2Store;

class StoreCommandsTest {

    @TempDir
    static Path shared;

    private static Path store;
    private static List<Path> articles;
    private static DatasetGraph expected;

    @TempDir
    Path dir;

    @BeforeAll
    static void ingestTheProjectArticles() {
        articles = StoreFixtures.projectArticles();
        expected = StoreFixtures.extractedOneByOne(articles);
        store = shared.resolve("store");
        CliRun run = CliRun.of(args("ingest", "--store", store.toString()));
        assertEquals(0, run.exit(), run::toString);
    }

    private static String[] args(String... first) {
        return Stream.concat(Stream.of(first), articles.stream().map(Path::toString)).toArray(String[]::new);
    }

    private static Set<String> investmentsIn(DatasetGraph data) {
        return data.stream(Node.ANY, Node.ANY, RDF.type.asNode(), NG.Investment.asNode())
                .map(q -> q.getSubject().getURI())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void ingestingTheSameArticlesAgainChangesNothing() {
        Path fresh = dir.resolve("again");
        CliRun first = CliRun.of(args("ingest", "--store", fresh.toString()));
        assertEquals(0, first.exit(), first::toString);
        long triples;
        List<String> graphs;
        try (Tdb2Store s = Tdb2Store.open(fresh)) {
            triples = s.tripleCount();
            graphs = s.articleIris();
        }
        assertEquals(StoreFixtures.quadCount(expected), triples);
        assertEquals(articles.size() - 1 + 2, graphs.size(), "twelve cases and two examples: " + graphs);

        CliRun second = CliRun.of(args("ingest", "--store", fresh.toString(), "--batch", "3"));
        assertEquals(0, second.exit(), second::toString);
        try (Tdb2Store s = Tdb2Store.open(fresh)) {
            assertEquals(triples, s.tripleCount());
            assertEquals(graphs, s.articleIris());
        }
    }

    @Test
    void ingestWalksFoldersAtAnyDepth() {
        Path fresh = dir.resolve("walked");
        CliRun run = CliRun.of("ingest", "--quiet", "--store", fresh.toString(), "src/test/resources/cases");
        assertEquals(0, run.exit(), run::toString);
        try (Tdb2Store s = Tdb2Store.open(fresh)) {
            assertEquals(articles.size() - 1, s.articleIris().size(), "every case folder's article.txt");
        }
    }

    @Test
    void ingestSumsUpOnOneLineOfStandardErrorOnly() {
        CliRun run = CliRun.of("ingest", "--store", dir.resolve("s").toString(), "examples");
        assertEquals(0, run.exit(), run::toString);
        assertEquals("", run.out());
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().matches("(?s).*: 2 articles, \\d+ triples, \\d+ entities, \\d+\\.\\d s\\s*"), run::toString);
        assertEquals("", CliRun.of("ingest", "--quiet", "--store", dir.resolve("s").toString(), "examples").err());
    }

    @Test
    void theInvestmentsQueryOverTheStoreListsEveryInvestmentOfEveryArticle() {
        CliRun run = CliRun.of("query", "investments", "--store", store.toString(), "--format", "csv");
        assertEquals(0, run.exit(), run::toString);
        Set<String> listed = run.outLines().stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(',')))
                .collect(Collectors.toCollection(TreeSet::new));
        assertFalse(listed.isEmpty());
        assertEquals(investmentsIn(expected), listed);
    }

    @Test
    void graphPatternsNameTheArticleEachFactCameFrom() {
        CliRun run = CliRun.of("query", "--store", store.toString(), "--format", "csv", "-e",
                "SELECT DISTINCT ?g ?i WHERE { GRAPH ?g { ?i a ng:Investment } } ORDER BY ?i");
        assertEquals(0, run.exit(), run::toString);
        for (String line : run.outLines().subList(1, run.outLines().size())) {
            String[] cells = line.split(",");
            assertTrue(cells[1].startsWith(cells[0] + "/investment/"), line);
        }
        assertEquals(investmentsIn(expected).size(), run.outLines().size() - 1);
    }

    @Test
    void exportWritesEveryArticleInItsOwnGraph() {
        CliRun run = CliRun.of("export", "--store", store.toString(), "--format", "nquads");
        assertEquals(0, run.exit(), run::toString);
        assertTrue(IsoMatcher.isomorphic(expected, StoreFixtures.quads(run.out(), Lang.NQUADS)),
                "the store holds exactly the articles' graphs");
    }

    @Test
    void exportOfOneGraphWritesThatArticleOnlyToAFile() throws IOException {
        String iri = expected.listGraphNodes().next().getURI();
        Path file = dir.resolve("one.trig");
        CliRun run = CliRun.of("export", "--store", store.toString(), "--graph", iri, "-o", file.toString());
        assertEquals(0, run.exit(), run::toString);
        DatasetGraph one = StoreFixtures.quads(Files.readString(file), Lang.TRIG);
        assertEquals(List.of(iri), one.stream().map(q -> q.getGraph().getURI()).distinct().toList());
        assertTrue(StoreFixtures.graph(expected, iri).isIsomorphicWith(StoreFixtures.graph(one, iri)));
    }

    @Test
    void exportOfAnUnknownGraphFailsAndWritesNoFile() {
        Path file = dir.resolve("none.trig");
        CliRun run = CliRun.of("export", "--store", store.toString(), "--graph", "https://example.org/nope",
                "-o", file.toString());
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of(store + ": no article graph <https://example.org/nope>"), run.errLines());
        assertFalse(Files.exists(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "no temporary file is left behind");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void statsCountsArticlesClassesAndEachArticle() {
        CliRun run = CliRun.of("stats", "--store", store.toString());
        assertEquals(0, run.exit(), run::toString);
        List<String> lines = run.outLines();
        long articles = org.apache.jena.atlas.iterator.Iter.count(expected.listGraphNodes());
        assertEquals(store + ": " + articles + " articles, " + StoreFixtures.quadCount(expected) + " triples", lines.get(0));
        String investments = "ng:Investment +" + investmentsIn(expected).size();
        assertTrue(lines.stream().anyMatch(l -> l.matches(investments)), run::toString);
        expected.listGraphNodes().forEachRemaining(g ->
                assertTrue(lines.stream().anyMatch(l -> l.startsWith(g.getURI() + " ")), g + " listed"));
    }

    @Test
    void statsCountsArticlesWithoutAnInvestment() throws IOException {
        Path news = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(news.resolve("deal.txt"), "Acme Corp will invest 40 million euros in a new plant in Lyon, "
                + "its chief executive Jane Doe said on Tuesday.\n", StandardCharsets.UTF_8);
        Files.writeString(news.resolve("profile.txt"), "Jane Doe, the chief executive of Acme Corp, spoke in Lyon "
                + "on Tuesday about the weather.\n", StandardCharsets.UTF_8);
        Path mixed = dir.resolve("mixed-store");
        assertEquals(0, CliRun.of("ingest", "--quiet", "--store", mixed.toString(), news.toString()).exit());
        CliRun run = CliRun.of("stats", "--store", mixed.toString());
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.outLines().get(0).startsWith(mixed + ": 2 articles, "), run::toString);
        assertTrue(run.outLines().stream().anyMatch(l -> l.matches("\\S+/article/\\S+ +\\d+ +\\d+ +0")), run::toString);
    }

    @Test
    void validatingTheStoreSaysWhatValidatingItsArticlesSays() {
        CliRun fromStore = CliRun.of("validate", "--store", store.toString());
        CliRun fromArticles = CliRun.of(args("validate", "--article"));
        assertEquals(fromArticles.exit(), fromStore.exit(), fromStore::toString);
        assertEquals(fromArticles.out(), fromStore.out());
    }

    @Test
    void anEntityNamedInTwoArticlesIsOneNodeWithBothArticlesAsProvenance() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        Files.writeString(news.resolve("ghent.txt"), "Microsoft will invest 300 million dollars in a new data "
                + "centre in Ghent, the company said on Tuesday.\n", StandardCharsets.UTF_8);
        Files.writeString(news.resolve("porto.txt"), "Microsoft a annoncé vendredi un investissement de "
                + "80 millions d'euros dans Acme Robotique, une jeune pousse de Porto.\n", StandardCharsets.UTF_8);
        Path s = dir.resolve("s");
        assertEquals(0, CliRun.of("ingest", "--store", s.toString(), news.toString()).exit());

        CliRun nodes = CliRun.of("query", "--store", s.toString(), "--format", "csv", "-e",
                "SELECT DISTINCT ?org WHERE { ?org a ng:Organization ; owl:sameAs wd:Q2283 }");
        assertEquals(List.of("org", "https://w3id.org/newsgraph/id/wd/Q2283"), nodes.outLines(), nodes::toString);
        CliRun graphs = CliRun.of("query", "--store", s.toString(), "--format", "csv", "-e",
                "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?org owl:sameAs wd:Q2283 } }");
        assertEquals(List.of("n", "2"), graphs.outLines(), graphs::toString);
    }

    @Test
    void aFolderThatIsNotAStoreIsLeftAlone() throws IOException {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "buy milk\n");
        CliRun run = CliRun.of("ingest", "--store", notes.toString(), "examples");
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of(notes + ": not a TDB2 store (it holds other files and no Data-NNNN folder)"),
                run.errLines());
        try (Stream<Path> files = Files.list(notes)) {
            assertEquals(List.of(notes.resolve("todo.txt")), files.toList());
        }
        assertEquals(1, CliRun.of("stats", "--store", notes.toString()).exit());
    }

    @Test
    void aMissingStoreIsNotCreatedByReaders() {
        Path none = dir.resolve("none");
        for (String command : List.of("stats", "export", "query investments", "validate")) {
            List<String> words = new ArrayList<>(List.of(command.split(" ")));
            words.addAll(List.of("--store", none.toString()));
            CliRun run = CliRun.of(words.toArray(String[]::new));
            assertEquals(1, run.exit(), run::toString);
            assertEquals(List.of(none + ": no store here; create one with 'newsgraph ingest'"), run.errLines());
            assertFalse(Files.exists(none));
        }
    }

    @Test
    void aStoreThatCannotBeCreatedIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        CliRun run = CliRun.of("ingest", "--store", file.resolve("store").toString(), "examples");
        assertEquals(1, run.exit(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith(file.resolve("store") + ": cannot create the store: "), run::toString);
    }

    @Test
    void badInputWritesNothing() throws IOException {
        Path s = dir.resolve("s");
        CliRun run = CliRun.of("ingest", "--store", s.toString(), "examples", dir.resolve("missing.txt").toString());
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of(dir.resolve("missing.txt") + ": no such file"), run.errLines());
        assertFalse(Files.exists(s));
    }

    @Test
    void storeAndEndpointTogetherAreWrongUsage() {
        CliRun run = CliRun.of("stats", "--store", store.toString(), "--endpoint", "http://127.0.0.1:1/ds");
        assertEquals(2, run.exit(), run::toString);
        assertEquals("Give only one of --store and --endpoint.", run.errLines().get(0));
    }

    @Test
    void aStoreLockedByAnotherProcessIsNamedAndUntouched() throws Exception {
        Path s = dir.resolve("locked");
        assertEquals(0, CliRun.of("ingest", "--quiet", "--store", s.toString(), "examples").exit());
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreHolder.class.getName(), s.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertTrue(said.readLine().startsWith("open "), "the other process holds the store");

            CliRun run = CliRun.of("ingest", "--store", s.toString(), "examples");
            assertEquals(1, run.exit(), run::toString);
            assertEquals(1, run.errLines().size(), run::toString);
            assertTrue(run.err().startsWith(s + ": locked by another process (pid " + holder.pid() + ")"),
                    run::toString);
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        try (Tdb2Store opened = Tdb2Store.open(s)) {
            assertEquals(2, opened.articleIris().size(), "the store is as it was");
        }
    }

    /** A damaged store is called damaged, not locked: "No known block type" holds the word "lock". */
    @Test
    void aDamagedStoreIsNotReportedAsLocked() throws Exception {
        Path s = dir.resolve("damaged");
        assertEquals(0, CliRun.of("ingest", "--quiet", "--store", s.toString(), "examples").exit());
        try (Stream<Path> files = Files.walk(s)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("tdb.lock")).toList()) {
                Files.write(f, new byte[(int) Math.min(Files.size(f), 1 << 16)]);
            }
        }
        CliRun run = CliRun.of("stats", "--store", s.toString());
        assertEquals(1, run.exit(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith(s + ": "), run::toString);
        assertFalse(run.err().contains("locked"), run::toString);
    }

    /** Two spellings of one name fold to one node, which keeps one preferred label per language. */
    @Test
    void twoSpellingsOfOneNameKeepOnePreferredLabel() throws IOException {
        Path news = Files.createDirectories(dir.resolve("spellings"));
        Files.writeString(news.resolve("a.txt"), "Frédéric Duval, président de Kerlann Industries, a annoncé mardi "
                + "un investissement de 5 millions d'euros à Rennes.\n", StandardCharsets.UTF_8);
        Files.writeString(news.resolve("b.txt"), "Frederic Duval, président de Kerlann Industries, a inauguré jeudi "
                + "une usine à Brest.\n", StandardCharsets.UTF_8);
        Path spelled = dir.resolve("spelled-store");
        assertEquals(0, CliRun.of("ingest", "--quiet", "--store", spelled.toString(), news.toString()).exit());
        CliRun validate = CliRun.of("validate", "--store", spelled.toString());
        assertEquals(0, validate.exit(), validate::toString);
        CliRun labels = CliRun.of("query", "--store", spelled.toString(), "--format", "csv", "-e",
                "SELECT ?label { ?p a ng:Person ; rdfs:label ?label }");
        assertEquals(List.of("label", "Frédéric Duval"), labels.outLines(), labels::toString);
        CliRun merged = CliRun.of("extract", news.toString(), "--format", "ntriples");
        assertEquals(0, merged.exit(), merged::toString);
        assertEquals(1, merged.outLines().stream()
                .filter(l -> l.contains("/person/") && l.contains("rdf-schema#label")).count(), merged::toString);
    }
}
