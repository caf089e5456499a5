package org.newsgraph.extract;

/** The four kinds of named entity the graph holds; the names are the ontology's class names. */
public enum EntityType {
    ORGANIZATION("Organization"),
    PERSON("Person"),
    PLACE("Place"),
    PRODUCT("Product");

    private final String className;

    EntityType(String className) {
        this.className = className;
    }

    /** The local name of the matching ng: class. */
    public String className() {
        return className;
    }
}
