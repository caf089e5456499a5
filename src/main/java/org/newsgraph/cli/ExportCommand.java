package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.export.OutputLib;
import org.newsgraph.export.RdfFormat;
import org.newsgraph.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph export}: writes a store, or one article's graph from it, as RDF.
 *
 * <pre>{@code newsgraph export --store news-store --format nquads -o news.nq}</pre>
 */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        header = "Write a store, or one article of it, as RDF.",
        description = {
            "Writes every article graph of a store, or only the one --graph names, to standard output or a file.",
            "trig and nquads keep each article in its own named graph; the other formats write the union of "
                    + "the articles, one node per entity."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The graph was written.",
            "1:The store could not be opened or read, the article is not in it, or the file could not be "
                    + "written; no file was written.",
            "2:Wrong usage, such as an unknown format."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions where;

    @Option(names = {"-f", "--format"}, paramLabel = "<format>", defaultValue = "trig",
            converter = FormatConverters.Rdf.class, completionCandidates = FormatConverters.RdfNames.class,
            description = "The RDF syntax to write: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    private RdfFormat format;

    @Option(names = "--graph", paramLabel = "<article-iri>",
            description = "Write only this article's graph, named by its IRI (see 'newsgraph stats').")
    private String graph;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>",
            description = "Write to this file instead of standard output, replacing it only once the whole "
                    + "graph is written.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        Path target = output == null ? null : output.toAbsolutePath();
        if (target != null && (Files.isDirectory(target) || !Files.isDirectory(target.getParent()))) {
            throw new InputException(output + (Files.isDirectory(target)
                    ? ": is a folder; give a file name to write" : ": cannot write: no folder " + target.getParent()));
        }
        try (ArticleStore store = where.open()) {
            if (target == null) {
                PrintWriter out = spec.commandLine().getOut();
                store.export(new WriterOutputStream(out), format, Optional.ofNullable(graph));
                out.flush();
            } else {
                writeFile(store, target);
            }
        }
        return 0;
    }

    /** Streams to a temporary file beside the target and moves it into place, so a failure leaves no half file. */
    private void writeFile(ArticleStore store, Path target) {
        try {
            OutputLib.writeAtomically(target, out -> store.export(out, format, Optional.ofNullable(graph)));
        } catch (IOException | org.apache.jena.atlas.RuntimeIOException e) {
            // Jena's writers report a full disk as a RuntimeIOException around the IOException
            Throwable cause = e.getCause() instanceof IOException io ? io : e;
            throw new InputException(output + ": cannot write: " + InputException.firstLine(cause), e);
        }
    }
}
