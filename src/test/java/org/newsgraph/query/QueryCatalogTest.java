package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCatalogTest {

    private static final String DEALS = """
            #
            # Investments with their amount, largest first.
            # Second comment line, not the description.
            SELECT ?i WHERE { ?i a ng:Investment }
            """;
    private static final String PEOPLE = "## People and their titles\nSELECT ?p WHERE { ?p ng:holds ?x }\n";

    @TempDir
    Path dir;

    @Test
    void aClassesFolderIsScannedInNameOrder() throws IOException {
        Path queries = Files.createDirectories(dir.resolve("queries"));
        Files.writeString(queries.resolve("people.rq"), PEOPLE);
        Files.writeString(queries.resolve("deals.rq"), DEALS);
        Files.writeString(queries.resolve("README.txt"), "not a query");
        QueryCatalog catalog = QueryCatalog.at(dir);
        assertEquals(List.of(new ShippedQuery("deals", "Investments with their amount, largest first.", DEALS),
                new ShippedQuery("people", "People and their titles", PEOPLE)), catalog.queries());
        assertEquals(PEOPLE, catalog.named("people").orElseThrow().text());
        assertTrue(catalog.named("README").isEmpty());
    }

    @Test
    void aJarIsScannedThroughItsZipFileSystem() throws IOException {
        Path jar = dir.resolve("newsgraph.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            // no entry for the folder itself, as some jar tools write them
            zip.putNextEntry(new ZipEntry("queries/deals.rq"));
            zip.write(DEALS.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("org/newsgraph/Other.class"));
            zip.closeEntry();
        }
        QueryCatalog catalog = QueryCatalog.at(jar);
        assertEquals(List.of("deals"), catalog.queries().stream().map(ShippedQuery::name).toList());
        assertEquals("Investments with their amount, largest first.", catalog.named("deals").orElseThrow().description());
    }

    @Test
    void noQueriesFolderMeansAnEmptyCatalog() {
        assertEquals(List.of(), QueryCatalog.at(dir).queries());
    }

    @Test
    void everyBundledQueryParses() {
        for (ShippedQuery query : QueryCatalog.bundled().queries()) {
            QueryLib.parse(query.text());
        }
    }

    @Test
    void aQueryWithoutCommentHasAnEmptyDescription() {
        assertEquals("", ShippedQuery.of("bare.rq", "SELECT * { ?s ?p ?o }").description());
        assertEquals("bare", ShippedQuery.of("bare.rq", "SELECT * { ?s ?p ?o }").name());
    }
}
