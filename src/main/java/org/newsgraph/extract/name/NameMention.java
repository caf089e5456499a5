package org.newsgraph.extract.name;

import java.util.Optional;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.PlaceKind;
import org.newsgraph.link.GazetteerEntry;
import org.newsgraph.text.Span;

/**
 * A stretch of text that names an entity, typed by the cue that found it.
 *
 * @param surface the name as written, without leading articles, honorifics or possessives
 * @param known   the general-knowledge entry it matches, if any
 * @param evidence how sure the finder is of the type: {@link Evidence#WEAK} when a hint speaks for it
 *                 ("à X" is mostly a place), {@link Evidence#NONE} when only its capitals do; such a name
 *                 is kept only if a fact uses it
 */
public record NameMention(Span span, String surface, EntityType type, PlaceKind kind,
                          Optional<GazetteerEntry> known, Evidence evidence) {

    /** How a mention's type was decided, surest first. */
    public enum Evidence { KNOWN, CUE, WEAK, NONE }

    public NameMention {
        if (surface.isBlank()) {
            throw new IllegalArgumentException("empty name at " + span);
        }
    }

    public NameMention withType(EntityType newType, PlaceKind newKind, Evidence newEvidence) {
        return new NameMention(span, surface, newType, newKind, known, newEvidence);
    }
}
