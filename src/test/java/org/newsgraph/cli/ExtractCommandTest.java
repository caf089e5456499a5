package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.export.RdfFormat;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.rdf.GraphBuilder;
import org.newsgraph.text.Document;

class ExtractCommandTest {

    private static final String ACME = "Acme Corp will invest 40 million euros in a new plant in Lyon, "
            + "its chief executive Jane Doe said on Tuesday.\n";
    private static final String GLOBEX = "Globex a annoncé mardi un investissement de 12 millions d'euros "
            + "dans Initech, selon son président Paul Martin.\n";

    @TempDir
    Path dir;

    private Path article(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** What the library itself makes of a text, which the command must write unchanged. */
    private static Model libraryGraph(String text) {
        return GraphBuilder.standard().build(Pipeline.standard().extract(Document.of(text)));
    }

    private static String articleIri(String text) {
        return GraphBuilder.standard().articleIri(Document.of(text));
    }

    private static void assertSameGraph(Model expected, Model actual) {
        assertTrue(expected.isIsomorphicWith(actual), () -> "expected:\n" + expected + "\nactual:\n" + actual);
    }

    @Test
    void writesTurtleToStandardOutput() throws IOException {
        Path a = article("acme.txt", ACME);
        CliRun run = CliRun.of("extract", a.toString());
        assertEquals(0, run.exit(), run::toString);
        assertEquals("", run.err());
        Model written = RDFParser.fromString(run.out(), Lang.TURTLE).toModel();
        assertSameGraph(libraryGraph(ACME), written);
    }

    @Test
    void outputFileGetsTheGraphAndStandardOutputStaysEmpty() throws IOException {
        Path a = article("acme.txt", ACME);
        Path out = dir.resolve("acme.ttl");
        CliRun run = CliRun.of("extract", a.toString(), "-o", out.toString());
        assertEquals(0, run.exit(), run::toString);
        assertEquals("", run.out());
        assertEquals("", run.err());
        assertSameGraph(libraryGraph(ACME), RDFParser.source(out).lang(Lang.TURTLE).toModel());
        assertEquals(Set.of("acme.txt", "acme.ttl"), fileNames(dir), "no temporary file is left behind");
    }

    @Test
    void outputFileIsReplacedWhole() throws IOException {
        Path a = article("acme.txt", ACME);
        Path out = Files.writeString(dir.resolve("old.nt"), "this is not a graph, and it is long ".repeat(500));
        CliRun run = CliRun.of("extract", a.toString(), "--output", out.toString(), "--format", "ntriples");
        assertEquals(0, run.exit(), run::toString);
        assertSameGraph(libraryGraph(ACME), RDFParser.source(out).lang(Lang.NTRIPLES).toModel());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RdfFormat.class)
    void everyFormatParsesBackToTheSameGraph(RdfFormat format) throws IOException {
        Path a = article("acme.txt", ACME);
        CliRun run = CliRun.of("extract", a.toString(), "--format", format.label());
        assertEquals(0, run.exit(), run::toString);
        assertEquals("", run.err());
        Dataset back = RDFParser.fromString(run.out(), format.lang()).toDataset();
        Model all = ModelFactory.createDefaultModel().add(back.getDefaultModel()).add(back.getUnionModel());
        assertSameGraph(libraryGraph(ACME), all);
        if (format.isQuads()) {
            assertTrue(back.getDefaultModel().isEmpty(), "quad formats keep everything in the article's graph");
            assertSameGraph(libraryGraph(ACME), back.getNamedModel(articleIri(ACME)));
        }
    }

    @Test
    void formatNamesIgnoreCase() throws IOException {
        Path a = article("acme.txt", ACME);
        CliRun run = CliRun.of("extract", a.toString(), "--format", "TriG");
        assertEquals(0, run.exit(), run::toString);
        RDFParser.fromString(run.out(), Lang.TRIG).toDataset();
    }

    @Test
    void twoArticlesInTrigGetANamedGraphEachNamedByTheArticle() throws IOException {
        Path a = article("acme.txt", ACME);
        Path b = article("globex.txt", GLOBEX);
        CliRun run = CliRun.of("extract", a.toString(), b.toString(), "--format", "trig");
        assertEquals(0, run.exit(), run::toString);
        Dataset back = RDFParser.fromString(run.out(), Lang.TRIG).toDataset();
        assertSameGraph(libraryGraph(ACME), back.getNamedModel(articleIri(ACME)));
        assertSameGraph(libraryGraph(GLOBEX), back.getNamedModel(articleIri(GLOBEX)));
        // an empty graph has no quads to write, so only articles with triples can show up as graphs
        Set<String> expected = new HashSet<>();
        if (!libraryGraph(ACME).isEmpty()) {
            expected.add(articleIri(ACME));
        }
        if (!libraryGraph(GLOBEX).isEmpty()) {
            expected.add(articleIri(GLOBEX));
        }
        Set<String> names = new HashSet<>();
        back.listNames().forEachRemaining(names::add);
        assertEquals(expected, names);
    }

    @Test
    void twoArticlesInTurtleMergeIntoOneGraph() throws IOException {
        Path a = article("acme.txt", ACME);
        Path b = article("globex.txt", GLOBEX);
        CliRun run = CliRun.of("extract", a.toString(), b.toString());
        assertEquals(0, run.exit(), run::toString);
        Model merged = ModelFactory.createDefaultModel().add(libraryGraph(ACME)).add(libraryGraph(GLOBEX));
        assertSameGraph(merged, RDFParser.fromString(run.out(), Lang.TURTLE).toModel());
    }

    @Test
    void aFolderIsItsTxtFilesInNameOrder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("news"));
        Files.writeString(folder.resolve("b.txt"), GLOBEX);
        Files.writeString(folder.resolve("a.txt"), ACME);
        Files.writeString(folder.resolve("notes.md"), "not an article");
        CliRun run = CliRun.of("extract", folder.toString(), "--format", "trig");
        assertEquals(0, run.exit(), run::toString);
        Dataset back = RDFParser.fromString(run.out(), Lang.TRIG).toDataset();
        assertSameGraph(libraryGraph(ACME), back.getNamedModel(articleIri(ACME)));
        assertSameGraph(libraryGraph(GLOBEX), back.getNamedModel(articleIri(GLOBEX)));
        assertFalse(run.out().contains("not an article"));
        if (!libraryGraph(ACME).isEmpty() && !libraryGraph(GLOBEX).isEmpty()) {
            assertTrue(run.out().indexOf(articleIri(ACME) + ">") < run.out().indexOf(articleIri(GLOBEX) + ">"),
                    "a.txt's graph comes before b.txt's");
        }
    }

    @Test
    void aUsersGazetteerLinksTheirOwnEntities() throws IOException {
        Path a = article("brakka.txt", "Brakka Dynamics will invest $40 million in Chile, the company said on Monday.");
        CliRun plain = CliRun.of("extract", a.toString());
        assertFalse(plain.out().contains("Q99999991"));
        Path gazetteer = Files.writeString(dir.resolve("mine.tsv"),
                "# my companies\nQ99999991\tOrganization\tother\tBrakka Dynamics\tBrakka Dynamics\tBrakka\t\n");
        CliRun run = CliRun.of("extract", a.toString(), "--gazetteer", gazetteer.toString());
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("wd:Q99999991") || run.out().contains("entity/Q99999991"), run.out());
    }

    @Test
    void aMissingOrMalformedGazetteerIsOneClearLine() throws IOException {
        Path a = article("acme.txt", ACME);
        CliRun missing = CliRun.of("extract", a.toString(), "--gazetteer", dir.resolve("nope.tsv").toString());
        assertEquals(1, missing.exit(), missing::toString);
        assertEquals(List.of(dir.resolve("nope.tsv") + ": no such file"), missing.errLines());
        assertEquals("", missing.out());
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "Q1\tAcme\n");
        CliRun malformed = CliRun.of("extract", a.toString(), "--gazetteer", bad.toString());
        assertEquals(1, malformed.exit(), malformed::toString);
        assertEquals(1, malformed.errLines().size(), malformed::toString);
        assertTrue(malformed.errLines().get(0).startsWith(bad + " line 1: "), malformed::toString);
        assertEquals("", malformed.out());
        assertNoStackTrace(malformed);
    }

    /** Extraction on several threads writes exactly what one thread writes, byte for byte, in every format. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(RdfFormat.class)
    void oneThreadAndManyWriteTheSameBytes(RdfFormat format) throws IOException {
        List<String> articles = new ArrayList<>(List.of("examples"));
        try (Stream<Path> cases = Files.list(Path.of("src/test/resources/cases"))) {
            cases.filter(Files::isDirectory).sorted().forEach(c -> articles.add(c.resolve("article.txt").toString()));
        }
        List<String> one = new ArrayList<>(articles);
        one.addAll(List.of("--format", format.label(), "--threads", "1"));
        List<String> many = new ArrayList<>(articles);
        many.addAll(List.of("--format", format.label(), "--threads", "3"));
        CliRun single = CliRun.of(Stream.concat(Stream.of("extract"), one.stream()).toArray(String[]::new));
        CliRun parallel = CliRun.of(Stream.concat(Stream.of("extract"), many.stream()).toArray(String[]::new));
        assertEquals(0, single.exit(), single::toString);
        assertEquals(0, parallel.exit(), parallel::toString);
        assertEquals(single.out(), parallel.out());
        Path toFile = dir.resolve("out." + format.label());
        many.addAll(List.of("-o", toFile.toString()));
        assertEquals(0, CliRun.of(Stream.concat(Stream.of("extract"), many.stream()).toArray(String[]::new)).exit());
        assertEquals(single.out(), Files.readString(toFile, StandardCharsets.UTF_8));
    }

    @Test
    void streamedQuadsHoldEveryArticleAsItsOwnGraph() throws IOException {
        Path a = article("acme.txt", ACME);
        Path b = article("globex.txt", GLOBEX);
        CliRun run = CliRun.of("extract", a.toString(), b.toString(), "--format", "trig", "--threads", "2");
        assertEquals(0, run.exit(), run::toString);
        Dataset read = DatasetFactory.create();
        RDFParser.fromString(run.out(), Lang.TRIG).parse(read);
        assertSameGraph(libraryGraph(ACME), read.getNamedModel(articleIri(ACME)));
        assertSameGraph(libraryGraph(GLOBEX), read.getNamedModel(articleIri(GLOBEX)));
    }

    @Test
    void zeroThreadsIsAUsageError() throws IOException {
        CliRun run = CliRun.of("extract", article("acme.txt", ACME).toString(), "--threads", "0");
        assertEquals(Main.USAGE, run.exit(), run::toString);
        assertEquals("", run.out());
    }

    @Test
    void anArticleOverTheSizeLimitIsRefusedInOneLine() throws IOException {
        Path big = article("big.txt", ACME.repeat(10));
        CliRun run = CliRun.of("extract", big.toString(), "--max-article-size", "200");
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of(big + ": too large (" + Files.size(big) + " bytes; the limit is 200, raised with "
                + "--max-article-size)"), run.errLines());
        assertEquals("", run.out());
        assertEquals(0, CliRun.of("extract", big.toString()).exit(), "the default limit takes a normal article");
    }

    @Test
    void aPipeIsRefusedRatherThanWaitedOn() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
        CliRun run = CliRun.of("extract", fifo.toString());
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of(fifo + ": not a regular file"), run.errLines());
    }

    /** Sentences that once crashed the extractor: an organization on the first token, and the Berkshire one. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Choose France: Microsoft will invest in the cloud and AI.\n",
        "Microsoft will invest in the cloud and AI.\n",
        "Warren Buffett's Berkshire Hathaway Inc. spent the first quarter fine-tuning its investments in airlines "
                + "and technology companies, and retreating from 21st Century Fox Inc.\n"})
    void sentencesThatOnceCrashedGiveAGraph(String text) throws IOException {
        Path a = article("crash.txt", text);
        CliRun run = CliRun.of("extract", a.toString(), "--format", "ntriples");
        assertEquals(0, run.exit(), run::toString);
        assertEquals("", run.err());
        assertTrue(run.out().contains("<https://w3id.org/newsgraph/ontology#Organization>"), run.out());
    }

    /** A bad input, how to make it, and the problem the one error line must name. */
    record BadInput(String name, String problem, Maker maker) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Maker {
        Path make(Path dir) throws IOException;
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                new BadInput("missing file", "no such file", d -> d.resolve("missing.txt")),
                new BadInput("folder without articles", "no articles (.txt, .jsonl, .ndjson, .html, .htm, .rss or .atom files)", d -> {
                    Path folder = Files.createDirectory(d.resolve("empty-folder"));
                    Files.writeString(folder.resolve("readme.md"), "not an article");
                    return folder;
                }),
                new BadInput("empty file", "empty article", d -> Files.write(d.resolve("empty.txt"), new byte[0])),
                new BadInput("blank file", "empty article", d -> Files.writeString(d.resolve("blank.txt"), " \n\t\n")),
                new BadInput("binary file", "not a text file",
                        d -> Files.write(d.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1})),
                new BadInput("invalid UTF-8", "not valid UTF-8 text",
                        d -> Files.write(d.resolve("latin1.txt"), "Société Générale".getBytes(StandardCharsets.ISO_8859_1)))
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsOneLineNamingItAndWritesNothing(BadInput bad) throws IOException {
        Path input = bad.maker().make(dir);
        CliRun run = CliRun.of("extract", input.toString());
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of(input + ": " + bad.problem()), run.errLines());
        assertEquals("", run.out());
        assertNoStackTrace(run);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputAfterAGoodOneLeavesNoOutputFile(BadInput bad) throws IOException {
        Path good = article("acme.txt", ACME);
        Path input = bad.maker().make(dir);
        Path out = dir.resolve("out.ttl");
        CliRun run = CliRun.of("extract", good.toString(), input.toString(), "-o", out.toString());
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of(input + ": " + bad.problem()), run.errLines());
        assertFalse(Files.exists(out), "no output file after bad input");
        assertTrue(fileNames(dir).stream().noneMatch(n -> n.endsWith(".tmp")), "no temporary file");
    }

    @Test
    void badInputAfterAGoodOneWritesNothingToStandardOutput() throws IOException {
        Path good = article("acme.txt", ACME);
        CliRun run = CliRun.of("extract", good.toString(), dir.resolve("missing.txt").toString());
        assertEquals(1, run.exit(), run::toString);
        assertEquals("", run.out());
    }

    @Test
    void unknownFormatIsAUsageErrorListingTheValidOnes() throws IOException {
        Path a = article("acme.txt", ACME);
        CliRun run = CliRun.of("extract", a.toString(), "--format", "xml");
        assertEquals(Main.USAGE, run.exit(), run::toString);
        assertEquals("", run.out());
        assertEquals(2, run.errLines().size(), run::toString);
        assertTrue(run.errLines().get(0).contains("'xml'"), run::toString);
        assertTrue(run.errLines().get(0).endsWith("turtle, trig, ntriples, nquads, jsonld, rdfxml"), run::toString);
        assertEquals("Try 'newsgraph extract --help'.", run.errLines().get(1));
        assertNoStackTrace(run);
    }

    @Test
    void outputIntoAMissingFolderFailsBeforeReading() throws IOException {
        Path a = article("acme.txt", ACME);
        Path out = dir.resolve("no-such-folder").resolve("out.ttl");
        CliRun run = CliRun.of("extract", a.toString(), "-o", out.toString());
        assertEquals(1, run.exit(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith(out + ": cannot write"), run::toString);
    }

    @Test
    void stacktraceOptionShowsWhereTheProblemCameFrom() throws IOException {
        CliRun run = CliRun.of("extract", dir.resolve("missing.txt").toString(), "--stacktrace");
        assertEquals(1, run.exit(), run::toString);
        assertEquals(dir.resolve("missing.txt") + ": no such file", run.errLines().get(0));
        assertTrue(run.err().contains("at org.newsgraph."), run::toString);
        CliRun onTop = CliRun.of("--stacktrace", "extract", dir.resolve("missing.txt").toString());
        assertTrue(onTop.err().contains("at org.newsgraph."), onTop::toString);
    }

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("Exception"), run::toString);
        assertFalse(run.err().contains("at org."), run::toString);
    }

    private static Set<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = new ArrayList<>();
            files.forEach(p -> names.add(p.getFileName().toString()));
            return new HashSet<>(names);
        }
    }
}
