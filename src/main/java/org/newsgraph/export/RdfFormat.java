package org.newsgraph.export;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;

/**
 * The RDF serializations newsgraph writes, by the short name a user types.
 *
 * <pre>{@code RdfFormat.named("trig").orElseThrow().write(out, dataset);}</pre>
 */
public enum RdfFormat {
    TURTLE("turtle", RDFFormat.TURTLE_PRETTY, false),
    TRIG("trig", RDFFormat.TRIG_PRETTY, true),
    NTRIPLES("ntriples", RDFFormat.NTRIPLES, false),
    NQUADS("nquads", RDFFormat.NQUADS, true),
    // JSON-LD could carry named graphs, but most of its readers expect one plain graph
    JSONLD("jsonld", RDFFormat.JSONLD, false),
    RDFXML("rdfxml", RDFFormat.RDFXML_PRETTY, false);

    private final String label;
    private final RDFFormat format;
    private final boolean quads;

    RdfFormat(String label, RDFFormat format, boolean quads) {
        this.label = label;
        this.format = format;
        this.quads = quads;
    }

    /** The name a user types: turtle, trig, ntriples, nquads, jsonld, rdfxml. */
    public String label() {
        return label;
    }

    public Lang lang() {
        return format.getLang();
    }

    /** Whether newsgraph writes named graphs in this format: TriG and N-Quads; the others get one merged graph. */
    public boolean isQuads() {
        return quads;
    }

    /**
     * Whether a graph per article can be written as soon as it is ready, one after the other, so that a
     * folder of any size is written in bounded memory: N-Triples, N-Quads and TriG (one block per
     * article). Turtle, JSON-LD and RDF/XML merge every article into one document, held until the end.
     */
    public boolean isStreamable() {
        return this == NTRIPLES || this == NQUADS || this == TRIG;
    }

    /**
     * Writes one article's graph as the next block of a streamed document: its named graph in a quad
     * format, its triples in N-Triples.
     */
    public void writeBlock(OutputStream out, String graphName, Model model) {
        if (!isStreamable()) {
            throw new IllegalStateException(label + " is not written block by block");
        }
        if (isQuads()) {
            Dataset one = DatasetFactory.create();
            one.addNamedModel(graphName, model);
            one.getPrefixMapping().setNsPrefixes(model);
            RDFWriter.source(one).format(format).output(out);
        } else {
            RDFWriter.source(model).format(format).output(out);
        }
    }

    /** The format of that name, ignoring case. */
    public static Optional<RdfFormat> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.label.equals(wanted)).findFirst();
    }

    /** The names, comma separated, for messages and help. */
    public static String labels() {
        return Arrays.stream(values()).map(RdfFormat::label).collect(Collectors.joining(", "));
    }

    /** Writes a model; a quad format writes it as the default graph; Turtle in reading order ({@link ReadingOrderTurtle}). */
    public void write(OutputStream out, Model model) {
        if (isQuads()) {
            write(out, DatasetFactory.wrap(model));
        } else if (this == TURTLE) {
            ReadingOrderTurtle.write(out, model);
        } else {
            RDFWriter.source(model).format(format).output(out);
        }
    }

    /** Writes a dataset; a triple format writes only its default graph. */
    public void write(OutputStream out, Dataset dataset) {
        if (isQuads()) {
            RDFWriter.source(dataset).format(format).output(out);
        } else {
            write(out, dataset.getDefaultModel());
        }
    }
}
