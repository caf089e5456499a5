package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.query.QueryCatalog;
import org.newsgraph.query.ShippedQuery;
import org.newsgraph.rdf.GraphBuilder;
import org.newsgraph.text.Document;

class QueryCommandTest {

    private static final String ORGS = """
            PREFIX ex: <http://example.org/>
            SELECT ?org ?label WHERE { ?org a ng:Organization ; rdfs:label ?label } ORDER BY ?label
            """;

    @TempDir
    Path dir;

    private Path companies;
    private Path places;

    @BeforeEach
    void writeGraphs() throws IOException {
        companies = Files.writeString(dir.resolve("companies.ttl"), """
                @prefix ng: <https://w3id.org/newsgraph/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix ex: <http://example.org/> .
                ex:acme a ng:Organization ; rdfs:label "Acme" ; ng:locatedIn ex:springfield .
                ex:globex a ng:Organization ; rdfs:label "Globex" .
                """);
        places = Files.writeString(dir.resolve("places.nt"),
                "<http://example.org/springfield> <http://www.w3.org/2000/01/rdf-schema#label> \"Springfield\" .\n");
    }

    @Test
    void selectPrintsAnAlignedTable() {
        CliRun run = CliRun.of("query", "-e", ORGS, "--data", companies.toString());
        assertEquals(0, run.exit(), run::toString);
        assertEquals("", run.err());
        List<String> lines = run.outLines();
        assertTrue(lines.get(1).matches("\\|\\s+org\\s+\\|\\s+label\\s+\\|"), run::toString);
        assertTrue(lines.get(3).contains("ex:acme") && lines.get(3).contains("\"Acme\""), run::toString);
        assertTrue(lines.get(4).contains("ex:globex"), run::toString);
        assertEquals(1, lines.stream().map(String::length).distinct().count(), "every line as wide as the table");
    }

    /**
     * A UNION of 5,000 branches, a property path of 5,000 steps, a sum of 5,000 terms overflowed the engine's
     * stack: a stack trace before.
     */
    @Test
    void aQueryNestingTooDeepIsOneLineAndExit1() {
        StringBuilder union = new StringBuilder("SELECT * WHERE { { ?s ?p 0 }");
        StringBuilder path = new StringBuilder("SELECT * WHERE { ?s <urn:p0>");
        StringBuilder sum = new StringBuilder("SELECT * WHERE { ?s ?p ?o FILTER(0");
        for (int i = 1; i < 5_000; i++) {
            union.append(" UNION { ?s ?p ").append(i).append(" }");
            path.append("/<urn:p").append(i).append('>');
            sum.append('+').append(i);
        }
        for (String query : List.of(union.append(" }").toString(), path.append(" ?o }").toString(),
                sum.append(" > 0) }").toString())) {
            CliRun run = CliRun.of("query", "-e", query, "--data", companies.toString());
            assertEquals(1, run.exit(), run::toString);
            assertEquals(1, run.errLines().size(), run::toString);
            assertTrue(run.err().startsWith("-e: too complex: "), run::toString);
            assertEquals("", run.out());
        }
    }

    @Test
    void aQueryFileRunsLikeTheSameText() throws IOException {
        Path rq = Files.writeString(dir.resolve("orgs.rq"), "# organizations by name\n" + ORGS);
        CliRun fromFile = CliRun.of("query", rq.toString(), "--data", companies.toString());
        assertEquals(0, fromFile.exit(), fromFile::toString);
        assertEquals(CliRun.of("query", "-e", ORGS, "--data", companies.toString()).out(), fromFile.out());
    }

    @Test
    void csvAndTsvHoldTheRows() {
        CliRun csv = CliRun.of("query", "-e", ORGS, "--data", companies.toString(), "--format", "csv");
        assertEquals(0, csv.exit(), csv::toString);
        assertEquals(List.of("org,label", "http://example.org/acme,Acme", "http://example.org/globex,Globex"),
                csv.outLines());
        CliRun tsv = CliRun.of("query", "-e", ORGS, "--data", companies.toString(), "--format", "tsv");
        assertEquals(List.of("?org\t?label", "<http://example.org/acme>\t\"Acme\"",
                "<http://example.org/globex>\t\"Globex\""), tsv.outLines());
    }

    @Test
    void jsonAndXmlAreStandardSparqlResults() {
        for (String format : new String[] {"json", "xml"}) {
            CliRun run = CliRun.of("query", "-e", ORGS, "--data", companies.toString(), "-f", format);
            assertEquals(0, run.exit(), run::toString);
            Lang lang = format.equals("json") ? ResultSetLang.RS_JSON : ResultSetLang.RS_XML;
            ResultSet rows = ResultSetMgr.read(new java.io.ByteArrayInputStream(
                    run.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)), lang);
            assertEquals(List.of("org", "label"), rows.getResultVars());
            assertEquals(2, ResultSetFactory.copyResults(rows).size(), run::toString);
        }
    }

    @Test
    void askPrintsYesOrNo() {
        assertEquals("yes\n", CliRun.of("query", "-e", "ASK { ?o a ng:Organization }",
                "-d", companies.toString()).out());
        assertEquals("no\n", CliRun.of("query", "-e", "ASK { ?o a ng:Person }", "-d", companies.toString()).out());
        CliRun json = CliRun.of("query", "-e", "ASK { ?o a ng:Person }", "-d", companies.toString(), "-f", "json");
        assertTrue(json.out().replaceAll("\\s", "").contains("\"boolean\":false"), json::toString);
    }

    @Test
    void constructPrintsTurtleOrTheAskedRdfFormat() {
        String construct = "CONSTRUCT { ?o rdfs:label ?l } WHERE { ?o a ng:Organization ; rdfs:label ?l }";
        Model expected = RDFParser.fromString("""
                <http://example.org/acme> <http://www.w3.org/2000/01/rdf-schema#label> "Acme" .
                <http://example.org/globex> <http://www.w3.org/2000/01/rdf-schema#label> "Globex" .
                """, Lang.NTRIPLES).toModel();
        CliRun turtle = CliRun.of("query", "-e", construct, "-d", companies.toString());
        assertEquals(0, turtle.exit(), turtle::toString);
        assertTrue(expected.isIsomorphicWith(RDFParser.fromString(turtle.out(), Lang.TURTLE).toModel()), turtle::toString);
        CliRun nt = CliRun.of("query", "-e", construct, "-d", companies.toString(), "--rdf-format", "ntriples");
        assertEquals(2, nt.outLines().size(), nt::toString);
        assertTrue(expected.isIsomorphicWith(RDFParser.fromString(nt.out(), Lang.NTRIPLES).toModel()), nt::toString);
    }

    @Test
    void theDefaultGraphIsTheUnionAndEachFileIsANamedGraph() {
        String join = "SELECT ?place WHERE { ex:acme ng:locatedIn ?p . ?p rdfs:label ?place }";
        CliRun run = CliRun.of("query", "-e", "PREFIX ex: <http://example.org/> " + join, "-f", "csv",
                "--data", companies.toString(), places.toString());
        assertEquals(List.of("place", "Springfield"), run.outLines(), run::toString);

        CliRun graphs = CliRun.of("query", "-e", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "-f", "csv",
                "--data", companies.toString(), places.toString());
        Set<String> names = new TreeSet<>(graphs.outLines().subList(1, graphs.outLines().size()));
        assertEquals(new TreeSet<>(List.of(companies.toUri().toString(), places.toUri().toString())), names);
    }

    @Test
    void articlesAreExtractedIntoTheirOwnGraphs() throws IOException {
        String text = "Initech will open an office in Shelbyville next year, said its founder Bill Lumbergh.\n";
        Path article = Files.writeString(dir.resolve("initech.txt"), text);
        Document doc = Document.of(text);
        Model expected = GraphBuilder.standard().build(Pipeline.standard().extract(doc));
        String iri = GraphBuilder.standard().articleIri(doc);
        CliRun run = CliRun.of("query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + iri + "> { ?s ?p ?o } }",
                "-f", "csv", "--article", article.toString());
        assertEquals(0, run.exit(), run::toString);
        assertEquals(List.of("n", String.valueOf(expected.size())), run.outLines());
    }

    @Test
    void aQueryThatDoesNotParseNamesItsFile() throws IOException {
        Path rq = Files.writeString(dir.resolve("broken.rq"), "SELECT ?x WHERE { ?x a }\n");
        CliRun run = CliRun.of("query", rq.toString(), "--data", companies.toString());
        assertEquals(1, run.exit(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith(rq + ": does not parse: "), run::toString);
        assertEquals("", run.out());
        assertNoStackTrace(run);
    }

    @Test
    void anExpressionThatDoesNotParseSaysSo() {
        CliRun run = CliRun.of("query", "-e", "SELEKT * { ?s ?p ?o }", "--data", companies.toString());
        assertEquals(1, run.exit(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("-e: does not parse: "), run::toString);
        assertEquals("", run.out());
    }

    @Test
    void aGraphThatDoesNotParseNamesItsFile() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.ttl"), "@prefix ex: <http://example.org/> .\nex:a ex:b .\n");
        CliRun run = CliRun.of("query", "-e", ORGS, "--data", companies.toString(), bad.toString());
        assertEquals(1, run.exit(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith(bad + ": not valid RDF: "), run::toString);
        assertEquals("", run.out());
        assertNoStackTrace(run);
    }

    @Test
    void missingAndUnknownGraphFilesAreNamed() throws IOException {
        Path missing = dir.resolve("missing.ttl");
        CliRun run = CliRun.of("query", "-e", ORGS, "--data", missing.toString());
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of(missing + ": no such file"), run.errLines());
        Path odd = Files.writeString(dir.resolve("graph.dat"), "whatever");
        CliRun unknown = CliRun.of("query", "-e", ORGS, "--data", odd.toString());
        assertEquals(1, unknown.exit(), unknown::toString);
        assertTrue(unknown.err().startsWith(odd + ": unknown RDF syntax"), unknown::toString);
    }

    @Test
    void anUnknownQueryNameSaysWhereToLook() {
        CliRun run = CliRun.of("query", "no-such-query", "--data", companies.toString());
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of("no-such-query: no such file or shipped query (see 'newsgraph query --list')"),
                run.errLines());
    }

    @Test
    void exactlyOneOfQueryExpressionAndListIsAllowed() throws IOException {
        CliRun none = CliRun.of("query", "--data", companies.toString());
        assertEquals(Main.USAGE, none.exit(), none::toString);
        assertEquals("Try 'newsgraph query --help'.", none.errLines().get(none.errLines().size() - 1));
        Path rq = Files.writeString(dir.resolve("orgs.rq"), ORGS);
        CliRun both = CliRun.of("query", rq.toString(), "-e", ORGS);
        assertEquals(Main.USAGE, both.exit(), both::toString);
        assertEquals("", both.out());
    }

    @Test
    void anUnknownResultFormatIsAUsageError() {
        CliRun run = CliRun.of("query", "-e", ORGS, "--data", companies.toString(), "--format", "html");
        assertEquals(Main.USAGE, run.exit(), run::toString);
        assertTrue(run.errLines().get(0).endsWith("text, csv, tsv, json, xml"), run::toString);
    }

    @Test
    void listShowsEachShippedQueryWithItsDescription() {
        CliRun run = CliRun.of("query", "--list");
        assertEquals(0, run.exit(), run::toString);
        List<ShippedQuery> shipped = QueryCatalog.bundled().queries();
        assertEquals(shipped.size(), run.outLines().size(), run::toString);
        for (int i = 0; i < shipped.size(); i++) {
            String line = run.outLines().get(i);
            assertTrue(line.startsWith(shipped.get(i).name() + " "), line);
            assertTrue(line.endsWith(shipped.get(i).description()), line);
        }
    }

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("Exception"), run::toString);
        assertFalse(run.err().contains("at org."), run::toString);
    }
}
