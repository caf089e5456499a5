package org.newsgraph.text;

import java.util.Locale;

/** The two languages newsgraph reads. */
public enum Language {
    FR("fr", Locale.FRENCH),
    EN("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The ISO 639-1 code, as written in the graph and as an RDF language tag. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }
}
