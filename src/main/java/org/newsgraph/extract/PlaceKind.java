package org.newsgraph.extract;

/** What kind of place a place is, where known; written as a subclass of ng:Place. */
public enum PlaceKind {
    COUNTRY("Country"),
    CITY("City"),
    REGION("Region"),
    OTHER(null);

    private final String className;

    PlaceKind(String className) {
        this.className = className;
    }

    /** The local name of the ng: subclass of Place, or null where there is none. */
    public String className() {
        return className;
    }
}
