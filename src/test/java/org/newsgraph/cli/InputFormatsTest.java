package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extract and ingest read JSON Lines, HTML pages, RSS and Atom feeds, folders of them and standard input. */
class InputFormatsTest {

    @TempDir
    Path dir;

    private static Path resource(String name) {
        try {
            return Path.of(InputFormatsTest.class.getResource("/inputs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Dataset quads(String nquads) {
        return RDFParser.fromString(nquads, Lang.NQUADS).toDataset();
    }

    private static List<QuerySolution> select(Dataset data, String sparql) {
        String prefixes = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX owl: <http://www.w3.org/2002/07/owl#> ";
        try (QueryExecution q = QueryExecution.dataset(data).query(prefixes + sparql).build()) {
            List<QuerySolution> rows = new java.util.ArrayList<>();
            q.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static Set<String> strings(List<QuerySolution> rows, String var) {
        Set<String> out = new TreeSet<>();
        rows.forEach(r -> out.add(r.get(var).isLiteral() ? r.getLiteral(var).getLexicalForm() : r.getResource(var).getURI()));
        return out;
    }

    /** Runs the command with {@code stdin} as standard input. */
    private static CliRun withStdin(String stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.of(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void jsonLinesGiveAnArticleEachWithTheirMetadataWinning() {
        CliRun run = CliRun.of("extract", resource("news.jsonl").toString(), "-f", "nquads");
        assertEquals(0, run.exit(), run::toString);
        Dataset data = quads(run.out());
        assertEquals(3, select(data, "SELECT ?a { GRAPH ?g { ?a a ng:Article } }").size());
        assertEquals(Set.of("Acme to build a plant in Lyon", "Globex investit à Nantes"),
                strings(select(data, "SELECT ?h { GRAPH ?g { ?a ng:headline ?h } }"), "h"));
        assertEquals(Set.of("https://news.example.com/2025/03/acme-lyon"),
                strings(select(data, "SELECT ?u { GRAPH ?g { ?a a ng:Article ; owl:sameAs ?u } }"), "u"));
        // the record's date wins over "on Tuesday", and its publisher is an organization of the graph
        assertEquals(Set.of("2025-03-04", "2025-03-05"),
                strings(select(data, "SELECT ?d { GRAPH ?g { ?a ng:published ?d } }"), "d"));
        assertEquals(Set.of("Example News"), strings(select(data,
                "SELECT ?n { GRAPH ?g { ?a ng:publisher ?p . ?p a ng:Organization ; <http://www.w3.org/2000/01/rdf-schema#label> ?n } }"), "n"));
        assertEquals(Set.of("fr"), strings(select(data,
                "SELECT ?l { GRAPH ?g { ?a ng:headline \"Globex investit à Nantes\"@fr ; ng:language ?l } }"), "l"));
    }

    @Test
    void commandsThatExtractOnTheFlyReadEveryFormatToo() {
        CliRun query = CliRun.of("query", "--article", resource("news.jsonl").toString(), resource("feed.atom").toString(),
                "--format", "csv", "-e", "SELECT (COUNT(?a) AS ?n) WHERE { ?a a ng:Article }");
        assertEquals(0, query.exit(), query::toString);
        assertEquals(List.of("n", "4"), query.outLines(), "three JSON lines and an Atom entry");
        CliRun validate = CliRun.of("validate", "--article", resource("article.html").toString());
        assertEquals(0, validate.exit(), validate::toString);
    }

    @Test
    void standardInputReadsAsTheFileDoes() throws IOException {
        String jsonl = Files.readString(resource("news.jsonl"));
        CliRun fromFile = CliRun.of("extract", resource("news.jsonl").toString(), "-f", "nquads");
        CliRun fromStdin = withStdin(jsonl, "extract", "--input-format", "jsonl", "-", "-f", "nquads");
        assertEquals(0, fromStdin.exit(), fromStdin::toString);
        assertTrue(quads(fromFile.out()).asDatasetGraph().stream().allMatch(
                q -> quads(fromStdin.out()).asDatasetGraph().contains(q)) && fromFile.out().lines().count() == fromStdin.out().lines().count(),
                "the same quads");
        String html = Files.readString(resource("article.html"));
        CliRun page = withStdin(html, "extract", "-i", "html", "-", "-f", "nquads");
        assertEquals(0, page.exit(), page::toString);
        assertEquals(Set.of("Acme to build a plant in Lyon"),
                strings(select(quads(page.out()), "SELECT ?h { GRAPH ?g { ?a ng:headline ?h } }"), "h"));
        CliRun feed = withStdin(Files.readString(resource("feed.atom")), "extract", "-i", "atom", "-", "-f", "nquads");
        assertEquals(0, feed.exit(), feed::toString);
        assertEquals(Set.of("https://exemple.fr/2025/03/globex-nantes"),
                strings(select(quads(feed.out()), "SELECT ?u { GRAPH ?g { ?a a ng:Article ; owl:sameAs ?u } }"), "u"));
        CliRun text = withStdin("Acme Corp will invest 40 million euros in Lyon.\n", "extract", "-", "-f", "nquads");
        assertEquals(0, text.exit(), "standard input is text unless told otherwise: " + text);
        assertEquals(List.of("stdin: empty article"), withStdin(" \n", "extract", "-").errLines());
    }

    @Test
    void pagesAndFeedItemsKeepTheTextTheirOffsetsCountIn() {
        CliRun run = CliRun.of("extract", resource("article.html").toString(), resource("feed.rss").toString(),
                resource("feed.atom").toString(), "-f", "nquads");
        assertEquals(Main.SOME_SKIPPED, run.exit(), run::toString);
        assertEquals(List.of(resource("feed.rss") + "#3: no description or content (skipped)"), run.errLines());
        Dataset data = quads(run.out());
        List<QuerySolution> texts = select(data, "SELECT ?g ?text { GRAPH ?g { ?a ng:articleText ?text } }");
        assertEquals(4, texts.size(), "the page, two RSS items and the Atom entry");
        assertFalse(strings(texts, "text").stream().anyMatch(t -> t.contains("Advertisement") || t.contains("Zorbix")
                || t.contains("newsletter") || t.contains("track()") || t.contains("Accueil")), "no boilerplate");
        List<QuerySolution> mentions = select(data, "SELECT ?text ?start ?end ?anchor { GRAPH ?g { ?a ng:articleText ?text . "
                + "?m ng:inArticle ?a ; ng:start ?start ; ng:end ?end ; ng:anchorText ?anchor } }");
        assertTrue(mentions.size() > 10, "mentions to check: " + mentions.size());
        for (QuerySolution m : mentions) {
            String text = m.getLiteral("text").getLexicalForm();
            int start = text.offsetByCodePoints(0, m.getLiteral("start").getInt());
            int end = text.offsetByCodePoints(0, m.getLiteral("end").getInt());
            assertEquals(m.getLiteral("anchor").getLexicalForm(), text.substring(start, end), "offsets count in ng:articleText");
        }
        Shapes shapes = Shapes.parse(RDFParser.source(Path.of("ontology/shapes.ttl")).toGraph());
        data.listNames().forEachRemaining(g -> assertTrue(ShaclValidator.get().conforms(shapes, data.getNamedModel(g).getGraph()), g));
    }

    @Test
    void aMalformedLineIsSkippedAndNamedOrStopsEverythingWithFailFast() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("mixed.jsonl"), String.join("\n",
                "{\"text\": \"Acme Corp will invest 40 million euros in a new plant in Lyon.\"}",
                "{\"text\": \"cut",
                "{\"text\": \"Globex a annoncé un investissement de 12 millions d'euros dans Initech.\"}") + "\n");
        CliRun skipping = CliRun.of("extract", jsonl.toString(), "-f", "nquads");
        assertEquals(Main.SOME_SKIPPED, skipping.exit(), skipping::toString);
        assertEquals(1, skipping.errLines().size(), skipping::toString);
        assertTrue(skipping.err().startsWith(jsonl + ":2: not valid JSON: ") && skipping.err().strip().endsWith("(skipped)"), skipping::toString);
        assertEquals(2, select(quads(skipping.out()), "SELECT ?a { GRAPH ?g { ?a a ng:Article } }").size(), "the others go through");

        Path out = dir.resolve("out.nq");
        CliRun strict = CliRun.of("extract", jsonl.toString(), "--fail-fast", "-o", out.toString());
        assertEquals(Main.FAILED, strict.exit(), strict::toString);
        assertEquals(1, strict.errLines().size(), strict::toString);
        assertTrue(strict.err().startsWith(jsonl + ":2: not valid JSON: "), strict::toString);
        assertFalse(Files.exists(out), "nothing written");

        Path store = dir.resolve("store");
        CliRun ingest = CliRun.of("ingest", jsonl.toString(), "--fail-fast", "--store", store.toString(), "--quiet");
        assertEquals(Main.FAILED, ingest.exit(), ingest::toString);
        assertFalse(Files.exists(store), "the store is not even created");
    }

    @Test
    void ingestTakesJsonLinesFromStandardInputAndFoldersOfAnyFormat() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("news/deeper"));
        Files.copy(resource("article.html"), folder.resolve("acme.html"));
        Files.copy(resource("feed.atom"), dir.resolve("news/economie.atom"));
        Files.writeString(dir.resolve("news/northwind.txt"), "Northwind Energy goes to Kenya\n\n"
                + "Northwind Energy will invest $1.2 billion in solar farms in Kenya.\n");
        Files.writeString(dir.resolve("news/sitemap.xml"), "<urlset/>");
        Path store = dir.resolve("store");
        CliRun folderRun = CliRun.of("ingest", dir.resolve("news").toString(), "--store", store.toString());
        assertEquals(0, folderRun.exit(), folderRun::toString);
        assertTrue(folderRun.err().startsWith(store + ": 3 articles, "), "an .xml file in a folder is no feed: " + folderRun);

        String renamed = "{\"body\": \"Acme Corp will invest 40 million euros in Lyon.\", \"headline\": \"Acme in Lyon\"}\n";
        CliRun stdin = withStdin(renamed, "ingest", "-i", "jsonl", "--json-field", "text=body", "--json-field", "title=headline",
                "-", "--store", store.toString());
        assertEquals(0, stdin.exit(), stdin::toString);
        CliRun headlines = CliRun.of("query", "--store", store.toString(), "--format", "csv",
                "-e", "SELECT (STR(?x) AS ?h) WHERE { ?a ng:headline ?x } ORDER BY STR(?x)");
        assertEquals(List.of("h", "Acme in Lyon", "Acme to build a plant in Lyon", "Globex investit à Nantes",
                "Northwind Energy goes to Kenya"), headlines.outLines(), "a text file's first line is its headline");

        CliRun unknown = CliRun.of("ingest", "--json-field", "body=text", "-", "--store", store.toString());
        assertEquals(Main.USAGE, unknown.exit(), unknown::toString);
        assertTrue(unknown.err().contains("unknown JSON field 'body'"), unknown::toString);
    }
}
