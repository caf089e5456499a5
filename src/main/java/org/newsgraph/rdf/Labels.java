package org.newsgraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * One preferred label per language per node when graphs meet: two articles may spell one entity two
 * ways ("Frédéric Duval", "Frederic Duval") that fold to one IRI; the label that came first stays
 * preferred and the later one becomes a {@code skos:altLabel}.
 *
 * <pre>{@code target.add(Labels.merged(target, triple));}</pre>
 */
public final class Labels {

    private Labels() {
    }

    /**
     * The triple to add to a graph that already holds {@code existing}: the triple itself, or, for an
     * {@code rdfs:label} whose node already has another {@code rdfs:label} in the same language there,
     * the same text as a {@code skos:altLabel}.
     */
    public static Triple merged(Graph existing, Triple triple) {
        if (!triple.getPredicate().equals(RDFS.label.asNode()) || !triple.getObject().isLiteral()) {
            return triple;
        }
        Node label = triple.getObject();
        String lang = label.getLiteralLanguage();
        boolean another = existing.find(triple.getSubject(), RDFS.label.asNode(), Node.ANY)
                .filterKeep(o -> o.getObject().isLiteral()
                        && o.getObject().getLiteralLanguage().equalsIgnoreCase(lang)
                        && !o.getObject().equals(label))
                .hasNext();
        return another ? Triple.create(triple.getSubject(), SKOS.altLabel.asNode(), label) : triple;
    }
}
