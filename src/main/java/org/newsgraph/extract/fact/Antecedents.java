package org.newsgraph.extract.fact;

import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.EntityType;
import org.newsgraph.link.ArticleEntities.Placed;

/**
 * Which organization a possessive ("son président", "its subsidiary") or a common noun ("the
 * company") refers to: the nearest organization named before it in the sentence, else the
 * subject (first organization) of the sentences just before.
 *
 * <pre>{@code Optional<String> owner = new Antecedents(sentences).organizationBefore(s, i);}</pre>
 */
final class Antecedents {

    /** How many sentences back a reference may reach: further back, the owner is a guess. */
    private static final int REACH = 2;

    private final List<SentenceView> sentences;

    Antecedents(List<SentenceView> sentences) {
        this.sentences = List.copyOf(sentences);
    }

    /** The organization that a reference at token {@code i} of sentence {@code s} points back to. */
    Optional<String> organizationBefore(int s, int i) {
        return organizationBefore(s, i, List.of());
    }

    /** As above, skipping some entities (the ones the fact already names). */
    Optional<String> organizationBefore(int s, int i, List<String> excluded) {
        SentenceView here = sentences.get(s);
        for (int k = Math.min(i, here.size()) - 1; k >= 0; k--) {
            Optional<Placed> p = here.entityAt(k);
            if (p.isPresent() && p.get().type() == EntityType.ORGANIZATION && !excluded.contains(p.get().entityId())) {
                return Optional.of(p.get().entityId());
            }
        }
        for (int back = 1; back <= REACH && s - back >= 0; back++) {
            Optional<String> subject = subjectOf(sentences.get(s - back), excluded);
            if (subject.isPresent()) {
                return subject;
            }
        }
        return Optional.empty();
    }

    /** The first organization of a sentence: in news prose, nearly always its subject. */
    static Optional<String> subjectOf(SentenceView v, List<String> excluded) {
        return v.entitiesIn(0, v.size()).stream()
                .filter(p -> p.type() == EntityType.ORGANIZATION && !excluded.contains(p.entityId()))
                .map(Placed::entityId).findFirst();
    }

    /** The one organization a sentence names, if it names exactly one. */
    static Optional<String> soleOrganization(SentenceView v) {
        List<String> orgs = v.entitiesIn(0, v.size()).stream().filter(p -> p.type() == EntityType.ORGANIZATION)
                .map(Placed::entityId).distinct().toList();
        return orgs.size() == 1 ? Optional.of(orgs.get(0)) : Optional.empty();
    }
}
