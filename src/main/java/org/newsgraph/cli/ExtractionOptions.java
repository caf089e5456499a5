package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.input.InputFormat;
import org.newsgraph.input.JsonLinesReader;
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

    @Option(names = "--base-iri", paramLabel = "<iri>",
            description = "The base under which article, entity and fact IRIs are minted, so that they resolve on "
                    + "your own server. A store remembers the base of its first ingest, and 'serve' uses it. "
                    + "Default: the store's, else " + GraphBuilder.DEFAULT_BASE + ".")
    private String baseIri;

    @Option(names = {"-t", "--threads"}, paramLabel = "<n>",
            description = "Articles extracted at once. Default: the machine's cores (${DEFAULT-VALUE} here). "
                    + "The output is the same for any number.")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-article-size", paramLabel = "<bytes>",
            description = "The largest article read, in bytes: a text file, a page, a JSON line. A larger file is "
                    + "refused as bad input; a larger JSON line is named and skipped. Default: ${DEFAULT-VALUE}.")
    private long maxArticleBytes = ArticleFiles.DEFAULT_MAX_BYTES;

    @Option(names = {"-i", "--input-format"}, paramLabel = "<format>", converter = FormatConverters.Input.class,
            completionCandidates = FormatConverters.InputNames.class,
            description = "How to read the articles: ${COMPLETION-CANDIDATES} (rss and atom are feeds). Default: by "
                    + "each file's extension (.txt, .jsonl or .ndjson, .html or .htm, .rss, .atom or .xml); text for "
                    + "other files and for standard input (-).")
    private InputFormat inputFormat;

    @Option(names = "--json-field", paramLabel = "<field>=<name>",
            description = "The name a JSON Lines source gives a field (repeatable): --json-field text=body "
                    + "--json-field title=headline. The fields: text, id, url, title, published, language, publisher.")
    private java.util.Map<String, String> jsonFields = new java.util.LinkedHashMap<>();

    @Option(names = "--fail-fast",
            description = "Stop at the first article whose extraction fails, writing nothing; and check every record "
                    + "of every input (JSON line, page, feed item) before writing anything, stopping at the first that "
                    + "yields no article. By default such an article or record is named on standard error and "
                    + "skipped, the others go through, and the exit code is 4.")
    private boolean failFast;

    /**
     * Where the articles whose extraction failed go: with --fail-fast the first one stops the run; otherwise
     * each is named on standard error in one line and counted.
     */
    Skipped skipped(java.io.PrintWriter err) {
        return new Skipped(err, failFast);
    }

    /** The articles skipped so far in a run. */
    static final class Skipped implements java.util.function.Consumer<InputException> {
        private final java.io.PrintWriter err;
        private final boolean failFast;
        private int count;

        Skipped(java.io.PrintWriter err, boolean failFast) {
            this.err = err;
            this.failFast = failFast;
        }

        @Override
        public void accept(InputException failure) {
            if (failFast) {
                throw failure;
            }
            count++;
            err.println(failure.getMessage() + " (skipped)");
            err.flush();
        }

        int count() {
            return count;
        }

        /** The exit code of a run that wrote every article but the skipped ones. */
        int exitCode() {
            return count == 0 ? Main.OK : Main.SOME_SKIPPED;
        }
    }

    /**
     * The articles the paths name, in any input format, checked; {@code deep} walks sub-folders. Standard
     * input ({@code -}) is read from {@code stdin}. The caller closes them.
     */
    ArticleInputs inputs(picocli.CommandLine.Model.CommandSpec spec, java.util.List<Path> paths, boolean deep,
                         java.io.InputStream stdin) {
        JsonLinesReader jsonLines;
        try {
            jsonLines = new JsonLinesReader(jsonFields, maxArticleBytes);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--json-field: " + e.getMessage(), e);
        }
        ArticleInputs.Settings settings = new ArticleInputs.Settings(java.util.Optional.ofNullable(inputFormat),
                jsonLines, maxArticleBytes, failFast);
        return ArticleInputs.checked(paths, settings, deep, stdin);
    }

    /** The number of threads asked for, checked. */
    int threads(picocli.CommandLine.Model.CommandSpec spec) {
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be 1 or more, not " + threads);
        }
        return threads;
    }

    /** The extractor these options describe; a missing or malformed table is one clear error. */
    ArticleGraphs graphs() {
        for (Path table : gazetteers) {
            if (!Files.isRegularFile(table) || !Files.isReadable(table)) {
                throw new InputException(table + (Files.exists(table) ? ": not a readable file" : ": no such file"));
            }
        }
        return ArticleGraphs.configured(gazetteers, baseIri != null ? baseIri : GraphBuilder.DEFAULT_BASE);
    }

    /**
     * The base for a store that may remember the one its IRIs were minted under: that base, unless
     * --base-iri names another, which would mint a second set of IRIs for the same entities and is refused.
     */
    String baseFor(String storeLocation, java.util.Optional<String> storedBase) {
        return StoreBase.choose(storeLocation, storedBase, baseIri);
    }
}
