package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.query.UnionDataset;

/**
 * Loads the graph files and articles named on the command line into one dataset: a named graph per
 * file or article, and their union as the default graph.
 *
 * <pre>{@code Dataset ds = InputGraphs.load(graphFiles, articleFiles);}</pre>
 */
final class InputGraphs {

    private static final String KNOWN_EXTENSIONS = ".ttl, .trig, .nt, .nq, .jsonld, .rdf, .owl or .xml";

    private InputGraphs() {
    }

    /** Reads everything first, so a bad file stops the command before any output. */
    static Dataset load(List<Path> graphFiles, List<Path> articleFiles) {
        UnionDataset.Builder union = UnionDataset.builder();
        for (Path file : graphFiles) {
            union.add(file.toAbsolutePath().toUri().toString(), read(file));
        }
        List<ArticleFiles.Article> articles = ArticleInputs.readAll(articleFiles);
        for (ArticleGraphs.ArticleGraph graph : ArticleGraphs.standard().build(articles)) {
            union.add(graph.articleIri(), graph.model().getGraph());
        }
        return union.build();
    }

    /** Parses one RDF file, in the syntax its extension names. */
    static DatasetGraph read(Path file) {
        if (!Files.exists(file)) {
            throw new InputException(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(file + ": is a folder, not an RDF file");
        }
        Lang lang = RDFLanguages.pathnameToLang(file.toString());
        if (lang == null) {
            throw new InputException(file + ": unknown RDF syntax; name it " + KNOWN_EXTENSIONS);
        }
        DatasetGraph data = DatasetGraphFactory.create();
        try {
            RDFParser.source(file).lang(lang).parse(data);
        } catch (RiotException e) {
            throw new InputException(file + ": not valid RDF: " + InputException.firstLine(e), e);
        }
        return data;
    }

    /** Parses one RDF file into a single graph, merging any named graphs into it, as for a shapes file. */
    static Graph readGraph(Path file) {
        DatasetGraph data = read(file);
        Graph merged = GraphMemFactory.createDefaultGraph();
        data.find().forEachRemaining(quad -> merged.add(quad.asTriple()));
        merged.getPrefixMapping().setNsPrefixes(data.getDefaultGraph().getPrefixMapping());
        return merged;
    }
}
