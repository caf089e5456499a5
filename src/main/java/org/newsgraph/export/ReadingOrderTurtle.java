package org.newsgraph.export;

import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.NG;

/**
 * Writes a graph as Turtle in the order a person reads it: the articles first, then the entities by type
 * (organizations, people, places, products, each by name), then the facts (each investment followed by its amount,
 * positions, quotes), then the mentions in text order, then anything else; each subject's type and names
 * before its other properties. The prefixes are written once, and each subject is one block of Jena's
 * streaming Turtle writer, so the output is as deterministic as the graph.
 *
 * <pre>{@code ReadingOrderTurtle.write(out, model);}</pre>
 */
public final class ReadingOrderTurtle {

    private static final List<Node> ORDER = List.of(NG.Article.asNode(),
            NG.Organization.asNode(), NG.Person.asNode(), NG.Place.asNode(), NG.Product.asNode(),
            NG.Investment.asNode(), NG.Position.asNode(), NG.Quote.asNode(), NG.Mention.asNode());
    private static final int ENTITIES = ORDER.indexOf(NG.Organization.asNode());
    private static final int INVESTMENT = ORDER.indexOf(NG.Investment.asNode());
    private static final int MENTION = ORDER.indexOf(NG.Mention.asNode());
    private static final List<Node> FIRST_PREDICATES = List.of(RDF.type.asNode(), RDFS.label.asNode(), SKOS.altLabel.asNode());

    private ReadingOrderTurtle() {
    }

    /** Where a subject goes: its block, the subject it follows (an amount its investment), its place in text. */
    private record Place(int block, String group, BigInteger start, String iri) {
    }

    public static void write(OutputStream out, Model model) {
        Graph graph = model.getGraph();
        Map<Node, Place> places = new HashMap<>();
        graph.find().forEachRemaining(t -> places.computeIfAbsent(t.getSubject(), s -> place(graph, s)));
        List<Node> subjects = new ArrayList<>(places.keySet());
        subjects.sort(Comparator.comparing((Node s) -> places.get(s).block())
                .thenComparing(s -> places.get(s).group())
                .thenComparing(s -> places.get(s).start())
                .thenComparing(s -> places.get(s).iri()));
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        stream.start();
        model.getNsPrefixMap().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(p -> stream.prefix(p.getKey(), p.getValue()));
        for (Node subject : subjects) {
            List<Triple> triples = graph.find(subject, Node.ANY, Node.ANY).toList();
            triples.sort(Comparator.comparing((Triple t) -> predicateRank(t.getPredicate()))
                    .thenComparing(t -> t.getPredicate().getURI())
                    .thenComparing(t -> t.getObject().toString()));
            triples.forEach(stream::triple);
        }
        stream.finish();
    }

    private static int predicateRank(Node predicate) {
        int rank = FIRST_PREDICATES.indexOf(predicate);
        return rank < 0 ? FIRST_PREDICATES.size() : rank;
    }

    private static Place place(Graph graph, Node subject) {
        String iri = subject.isURI() ? subject.getURI() : subject.toString();
        int block = ORDER.size();
        for (int i = 0; i < ORDER.size(); i++) {
            if (graph.contains(subject, RDF.type.asNode(), ORDER.get(i))) {
                block = i;
                break;
            }
        }
        String group = iri;
        if (block >= ENTITIES && block < INVESTMENT) {
            // entities by name, as an index lists them
            group = graph.find(subject, RDFS.label.asNode(), Node.ANY).toList().stream()
                    .map(t -> t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : "")
                    .min(Comparator.naturalOrder()).orElse(iri);
        }
        if (block == ORDER.size() && graph.contains(subject, RDF.type.asNode(), NG.MonetaryAmount.asNode())) {
            // an amount goes right after the investment it is the amount of
            List<Triple> of = graph.find(Node.ANY, NG.amount.asNode(), subject).toList();
            if (!of.isEmpty()) {
                block = INVESTMENT;
                group = of.get(0).getSubject().toString();
            }
        }
        BigInteger start = BigInteger.ZERO;
        if (block == MENTION) {
            List<Triple> starts = graph.find(subject, NG.start.asNode(), Node.ANY).toList();
            if (!starts.isEmpty() && starts.get(0).getObject().isLiteral()
                    && starts.get(0).getObject().getLiteralValue() instanceof Number n) {
                start = new BigInteger(n.toString());
            }
            List<Triple> in = graph.find(subject, NG.inArticle.asNode(), Node.ANY).toList();
            group = in.isEmpty() ? "" : in.get(0).getObject().toString();
        }
        return new Place(block, group, start, iri);
    }
}
