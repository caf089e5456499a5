package org.newsgraph.extract.fact;

import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Pipeline;

/** A text read by the whole pipeline, and its facts written by their entities' labels, for readable assertions. */
final class ReadFacts {

    private ReadFacts() {
    }

    static Extraction read(String text) {
        return Pipeline.standard().extract(text);
    }

    static String label(Extraction x, String id) {
        return x.entity(id).map(Entity::label).orElseThrow();
    }

    /** The type of the entity so labelled, empty when there is none. */
    static Optional<EntityType> typeOf(Extraction x, String label) {
        return x.entities().stream().filter(e -> e.label().equals(label)).map(Entity::type).findFirst();
    }

    /** Each investment as "investors -> target amount currency", investors sorted and joined by "+". */
    static List<String> deals(Extraction x) {
        return x.investments().stream().map(i -> String.join("+", i.investors().stream().map(id -> label(x, id)).sorted().toList())
                + " -> " + i.target().map(id -> label(x, id)).orElse("?") + " "
                + i.amount().map(m -> m.value().toPlainString() + " " + m.currency()).orElse("-")).toList();
    }

    /** Each position as "person @ where", sorted. */
    static List<String> positions(Extraction x) {
        return x.positions().stream().map(p -> label(x, p.person()) + " @ " + p.in().map(id -> label(x, id)).orElse("?"))
                .sorted().toList();
    }

    /** Each relation as "subject property object", sorted. */
    static List<String> relations(Extraction x) {
        return x.relations().stream().map(r -> label(x, r.subject()) + " " + r.type().propertyName() + " " + label(x, r.object()))
                .sorted().toList();
    }
}
