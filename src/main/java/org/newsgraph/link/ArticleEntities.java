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
 *
 * <p>Look-ups are indexed (entities by id, mentions by position), so that a long article costs time
 * in proportion to its length rather than to its length times its mentions.
 */
public final class ArticleEntities {

    /** One mention of an entity. */
    public record Placed(Span span, String entityId, EntityType type) {
    }

    private final List<Entity> entities;
    private final List<Placed> placed;
    private final Map<String, Evidence> evidence;
    private final Map<String, Entity> byId;
    private final int[] starts;
    private final int longest;

    public ArticleEntities(List<Entity> entities, List<Placed> placed, Map<String, Evidence> evidence) {
        this.entities = List.copyOf(entities);
        this.placed = placed.stream().sorted(Comparator.comparing(Placed::span)).toList();
        this.evidence = Map.copyOf(evidence);
        Map<String, Entity> ids = new java.util.HashMap<>();
        this.entities.forEach(e -> ids.putIfAbsent(e.id(), e));
        this.byId = Map.copyOf(ids);
        this.starts = this.placed.stream().mapToInt(p -> p.span().start()).toArray();
        this.longest = this.placed.stream().mapToInt(p -> p.span().end() - p.span().start()).max().orElse(0);
    }

    public List<Entity> entities() {
        return entities;
    }

    /** Every mention, in text order. */
    public List<Placed> placed() {
        return placed;
    }

    public Map<String, Evidence> evidence() {
        return evidence;
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The mention that covers a position: the first in text order when several do. */
    public Optional<Placed> at(int charIndex) {
        // mentions starting after the position cannot cover it, nor can those starting more than the longest before
        int last = firstStartAtOrAfter(charIndex + 1) - 1;
        Placed found = null;
        for (int i = last; i >= 0 && starts[i] >= charIndex - longest; i--) {
            Placed p = placed.get(i);
            if (p.span().start() <= charIndex && charIndex < p.span().end()) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The mentions inside a span, in text order. */
    public List<Placed> within(Span span) {
        List<Placed> out = new java.util.ArrayList<>();
        for (int i = firstStartAtOrAfter(span.start()); i < placed.size() && starts[i] < span.end(); i++) {
            if (span.contains(placed.get(i).span())) {
                out.add(placed.get(i));
            }
        }
        return List.copyOf(out);
    }

    /** The index of the first mention that starts at or after a position. */
    private int firstStartAtOrAfter(int charIndex) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < charIndex) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
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
