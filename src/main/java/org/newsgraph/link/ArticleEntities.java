package org.newsgraph.link;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.name.NameMention.Evidence;
import org.newsgraph.text.Span;

/**
 * The entities of one article and where each is mentioned, for the fact extractors to look up.
 *
 * <pre>{@code Optional<ArticleEntities.Placed> who = entities.at(charIndex);}</pre>
 */
public record ArticleEntities(List<Entity> entities, List<Placed> placed, Map<String, Evidence> evidence) {

    /** One mention of an entity. */
    public record Placed(Span span, String entityId, EntityType type) {
    }

    public ArticleEntities {
        entities = List.copyOf(entities);
        placed = placed.stream().sorted(Comparator.comparing(Placed::span)).toList();
        evidence = Map.copyOf(evidence);
    }

    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The mention that covers a position. */
    public Optional<Placed> at(int charIndex) {
        return placed.stream().filter(p -> p.span().start() <= charIndex && charIndex < p.span().end()).findFirst();
    }

    /** The mentions inside a span, in text order. */
    public List<Placed> within(Span span) {
        return placed.stream().filter(p -> span.contains(p.span())).toList();
    }

    /** Whether only capitals or a weak hint speak for this entity: it is kept only if a fact uses it. */
    public boolean isWeak(String id) {
        return evidence.get(id) == Evidence.WEAK || evidence.get(id) == Evidence.NONE;
    }

    /** The same entities with one more, for names that only a fact reveals. */
    public ArticleEntities with(Entity extra, Evidence how) {
        List<Entity> es = new java.util.ArrayList<>(entities);
        es.add(extra);
        List<Placed> ps = new java.util.ArrayList<>(placed);
        extra.mentions().forEach(s -> ps.add(new Placed(s, extra.id(), extra.type())));
        Map<String, Evidence> ev = new java.util.HashMap<>(evidence);
        ev.put(extra.id(), how);
        return new ArticleEntities(es, ps, ev);
    }
}
