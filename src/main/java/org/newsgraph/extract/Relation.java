package org.newsgraph.extract;

import org.newsgraph.text.Span;

/** A stated relation between two entities of the article. */
public record Relation(Type type, String subject, String object, Span evidence, double confidence) {

    /** The contract's relations; the names are the ontology's property names. */
    public enum Type {
        PARTNER_OF("partnerOf"),
        PART_OF("partOf"),
        LOCATED_IN("locatedIn"),
        CREATOR_OF("creatorOf");

        private final String propertyName;

        Type(String propertyName) {
            this.propertyName = propertyName;
        }

        public String propertyName() {
            return propertyName;
        }
    }

    public Relation {
        if (subject.equals(object)) {
            throw new IllegalArgumentException("a relation needs two entities: " + subject);
        }
        Confidence.check(confidence);
    }
}
