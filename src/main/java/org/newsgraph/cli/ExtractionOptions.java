package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.rdf.GraphBuilder;
import picocli.CommandLine.Option;

/**
 * The options that shape extraction, shared by every command that extracts articles: the user's
 * own gazetteer tables and the base IRI.
 *
 * <pre>{@code @Mixin ExtractionOptions extraction; ... extraction.graphs().build(articles)}</pre>
 */
final class ExtractionOptions {

    @Option(names = {"-g", "--gazetteer"}, paramLabel = "<file>",
            description = "A table of your own known entities, read on top of the bundled one (repeatable). "
                    + "Same seven tab-separated columns as the bundled src/main/resources/lexicon/organizations.tsv: "
                    + "wikidata, type, kind, English name, French name, aliases (| separated), country id.")
    private List<Path> gazetteers = List.of();

    @Option(names = "--base-iri", paramLabel = "<iri>", defaultValue = GraphBuilder.DEFAULT_BASE,
            description = "The base under which article, entity and fact IRIs are minted, so that they resolve on "
                    + "your own server ('newsgraph serve --base-iri' maps its paths onto it). Default: ${DEFAULT-VALUE}.")
    private String baseIri;

    /** The extractor these options describe; a missing or malformed table is one clear error. */
    ArticleGraphs graphs() {
        for (Path table : gazetteers) {
            if (!Files.isRegularFile(table) || !Files.isReadable(table)) {
                throw new InputException(table + (Files.exists(table) ? ": not a readable file" : ": no such file"));
            }
        }
        return ArticleGraphs.configured(gazetteers, baseIri);
    }
}
