package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.newsgraph.export.OutputLib;
import org.newsgraph.export.RdfFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph extract ARTICLE...}: reads articles and writes their knowledge graph.
 *
 * <pre>{@code newsgraph extract news/ --format trig -o news.trig}</pre>
 */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        header = "Read articles and write their knowledge graph.",
        description = {
            "Reads news articles (UTF-8 text files, JSON Lines, HTML pages, RSS or Atom feeds, folders of them, or "
                    + "standard input) and writes the knowledge graph "
                    + "of their organizations, people, places, investments, positions and quotes.",
            "With trig or nquads each article goes in its own named graph, named by the article's IRI; "
                    + "the other formats merge all articles into one graph.",
            "Articles are extracted on several threads. With trig, nquads and ntriples each article's graph is "
                    + "written as soon as it is ready, in input order, so a folder of any size runs in bounded "
                    + "memory; turtle, jsonld and rdfxml hold the merged graph until the end."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The graph was written.",
            "1:An article could not be read, no article could be extracted, or the output could not be written; "
                    + "nothing was written.",
            "2:Wrong usage, such as an unknown format.",
            "4:Some articles could not be extracted: each is named on standard error; the others were written."})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ARTICLE", arity = "1..*",
            description = "An article as a UTF-8 text file, a JSON Lines file (.jsonl), an HTML page (.html), an RSS "
                    + "or Atom feed (.rss, .atom, .xml), a folder of those read in name order, or - for standard input "
                    + "(see --input-format).")
    private List<Path> articles;

    @Option(names = {"-f", "--format"}, paramLabel = "<format>", defaultValue = "turtle",
            converter = FormatConverters.Rdf.class, completionCandidates = FormatConverters.RdfNames.class,
            description = "The RDF syntax to write: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    private RdfFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>",
            description = "Write the graph to this file instead of standard output, replacing it only once "
                    + "the whole graph is ready.")
    private Path output;

    @Mixin
    private ExtractionOptions extraction;

    @Override
    public Integer call() throws IOException {
        int threads = extraction.threads(spec);
        if (output != null) {
            checkWritableFolder(output);
        }
        // every input is checked before the first byte is written, so bad input writes nothing
        try (ArticleInputs inputs = extraction.inputs(spec, articles, false, System.in)) {
            ExtractionOptions.Skipped skipped = extraction.skipped(spec.commandLine().getErr());
            ArticleGraphs graphs = extraction.graphs();
            int written = format.isStreamable() ? streamed(inputs, graphs, threads, skipped)
                    : merged(inputs, graphs, threads, skipped);
            if (written == 0) {
                throw new InputException("extract: no article could be extracted; nothing was written");
            }
            return skipped.exitCode();
        }
    }

    /** Writes each article's graph as soon as it is ready, in input order; returns how many were written. */
    private int streamed(ArticleInputs inputs, ArticleGraphs graphs, int threads, ExtractionOptions.Skipped skipped) throws IOException {
        int[] written = {0};
        // the preferred labels written so far, one per node and language, as the store keeps them
        org.apache.jena.graph.Graph labels = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        OutputLib.Content content = out -> graphs.stream(inputs.pending(), threads, skipped, graph -> {
            Model block = ModelFactory.createDefaultModel().setNsPrefixes(graph.model());
            graph.model().getGraph().find().forEachRemaining(t -> {
                org.apache.jena.graph.Triple kept = org.newsgraph.rdf.Labels.merged(labels, t);
                block.getGraph().add(kept);
                if (kept.getPredicate().equals(org.apache.jena.vocabulary.RDFS.label.asNode())) {
                    labels.add(kept);
                }
            });
            format.writeBlock(out, graph.articleIri(), block);
            written[0]++;
        });
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            WriterOutputStream stream = new WriterOutputStream(out);
            content.writeTo(stream);
            stream.flush();
            out.flush();
        } else {
            write(content);
        }
        return written[0];
    }

    /** Merges every article into one document, written once all are read; returns how many were written. */
    private int merged(ArticleInputs inputs, ArticleGraphs graphs, int threads, ExtractionOptions.Skipped skipped) throws IOException {
        List<ArticleGraphs.ArticleGraph> all = new java.util.ArrayList<>();
        graphs.stream(inputs.pending(), threads, skipped, all::add);
        if (all.isEmpty()) {
            return 0;
        }
        byte[] bytes = serialize(all);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(new String(bytes, StandardCharsets.UTF_8));
            out.flush();
        } else {
            write(out -> out.write(bytes));
        }
        return all.size();
    }

    private void write(OutputLib.Content content) {
        try {
            OutputLib.writeAtomically(output, content);
        } catch (IOException | org.apache.jena.atlas.RuntimeIOException e) {
            // Jena's writers report a full disk as a RuntimeIOException around the IOException
            Throwable cause = e.getCause() instanceof IOException io ? io : e;
            throw new InputException(output + ": cannot write: " + InputException.firstLine(cause), e);
        }
    }

    private byte[] serialize(List<ArticleGraphs.ArticleGraph> graphs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (format.isQuads()) {
            Dataset dataset = DatasetFactory.create();
            for (ArticleGraphs.ArticleGraph graph : graphs) {
                dataset.getNamedModel(graph.articleIri()).add(graph.model());
                dataset.getPrefixMapping().setNsPrefixes(graph.model());
            }
            format.write(bytes, dataset);
        } else {
            Model merged = ModelFactory.createDefaultModel();
            for (ArticleGraphs.ArticleGraph graph : graphs) {
                graph.model().getGraph().find().forEachRemaining(
                        t -> merged.getGraph().add(org.newsgraph.rdf.Labels.merged(merged.getGraph(), t)));
                merged.setNsPrefixes(graph.model());
            }
            format.write(bytes, merged);
        }
        return bytes.toByteArray();
    }


    private static void checkWritableFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new InputException(file + ": is a folder; give a file name to write");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InputException(file + ": cannot write: no folder " + folder);
        }
    }
}
