package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final String PREFIXES = """
            @prefix ng: <https://w3id.org/newsgraph/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix ex: <http://example.org/> .
            """;

    @TempDir
    Path dir;

    private Path shapes;

    @BeforeEach
    void writeShapes() throws IOException {
        shapes = Files.writeString(dir.resolve("shapes.ttl"), PREFIXES + """
                ex:OrganizationShape a sh:NodeShape ;
                    sh:targetClass ng:Organization ;
                    sh:property [ sh:path rdfs:label ; sh:minCount 1 ;
                                  sh:message "an organization needs a label" ] .
                """);
    }

    private Path graph(String name, String turtle) throws IOException {
        return Files.writeString(dir.resolve(name), PREFIXES + turtle);
    }

    @Test
    void aConformingGraphPrintsConformsAndExitsZero() throws IOException {
        Path good = graph("good.ttl", "ex:acme a ng:Organization ; rdfs:label \"Acme\" .\n");
        CliRun run = CliRun.of("validate", good.toString(), "--shapes", shapes.toString());
        assertEquals(0, run.exit(), run::toString);
        assertEquals(List.of("conforms"), run.outLines());
        assertEquals("", run.err());
    }

    @Test
    void eachViolationIsALineAndTheExitCodeIsThree() throws IOException {
        Path bad = graph("bad.ttl", """
                ex:acme a ng:Organization ; rdfs:label "Acme" .
                ex:globex a ng:Organization .
                ex:initech a ng:Organization .
                """);
        CliRun run = CliRun.of("validate", bad.toString(), "--shapes", shapes.toString());
        assertEquals(Main.NOT_CONFORMING, run.exit(), run::toString);
        assertEquals(List.of(
                "Violation: ex:globex rdfs:label: an organization needs a label",
                "Violation: ex:initech rdfs:label: an organization needs a label",
                "2 violations"), run.outLines());
    }

    @Test
    void severalGraphsAreCheckedTogether() throws IOException {
        Path typed = graph("typed.ttl", "ex:globex a ng:Organization .\n");
        Path labelled = graph("labels.ttl", "ex:globex rdfs:label \"Globex\" .\n");
        CliRun alone = CliRun.of("validate", typed.toString(), "--shapes", shapes.toString());
        assertEquals(Main.NOT_CONFORMING, alone.exit(), alone::toString);
        assertEquals("1 violation", alone.outLines().get(alone.outLines().size() - 1));
        CliRun together = CliRun.of("validate", typed.toString(), labelled.toString(), "--shapes", shapes.toString());
        assertEquals(0, together.exit(), together::toString);
    }

    @Test
    void nothingToCheckIsAUsageError() {
        CliRun run = CliRun.of("validate", "--shapes", shapes.toString());
        assertEquals(Main.USAGE, run.exit(), run::toString);
        assertEquals("Try 'newsgraph validate --help'.", run.errLines().get(run.errLines().size() - 1));
    }

    @Test
    void aShapesFileThatDoesNotParseIsNamed() throws IOException {
        Path good = graph("good.ttl", "ex:acme a ng:Organization ; rdfs:label \"Acme\" .\n");
        Path broken = Files.writeString(dir.resolve("broken-shapes.ttl"), "ex:Shape a sh:NodeShape");
        CliRun run = CliRun.of("validate", good.toString(), "--shapes", broken.toString());
        assertEquals(1, run.exit(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith(broken + ": not valid RDF: "), run::toString);
        assertEquals("", run.out());
    }

    @Test
    void aBadArticleIsNamed() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        CliRun run = CliRun.of("validate", "--article", empty.toString(), "--shapes", shapes.toString());
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of(empty + ": empty article"), run.errLines());
    }

    /** A fund-raising told of a person once made the person an ng:target, which the ontology does not allow. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Jean Dupont a annoncé une levée de fonds de 5 millions d’euros.\n",
        "Startup founder John Smith raised $5 million.\n",
        "Marie Kervadec a levé 3 millions d'euros auprès de Brakka Capital.\n"})
    void aPersonIsNeverAnInvestmentTarget(String text) throws IOException {
        Path article = java.nio.file.Files.writeString(dir.resolve("person.txt"), text, java.nio.charset.StandardCharsets.UTF_8);
        CliRun run = CliRun.of("validate", "--article", article.toString());
        assertEquals(0, run.exit(), run::toString);
    }
}
