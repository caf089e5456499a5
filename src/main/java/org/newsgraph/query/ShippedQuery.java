package org.newsgraph.query;

import java.util.Objects;

/**
 * A SPARQL query that ships with newsgraph, from the classpath folder {@code /queries/}.
 *
 * @param name        the file name without {@code .rq}, such as {@code investments}
 * @param description the text of the file's first {@code #} comment line, or empty
 * @param text        the SPARQL text
 */
public record ShippedQuery(String name, String description, String text) {

    public ShippedQuery {
        Objects.requireNonNull(name);
        Objects.requireNonNull(description);
        Objects.requireNonNull(text);
    }

    /** Reads the name off the file name and the description off the first comment line. */
    public static ShippedQuery of(String fileName, String text) {
        String name = fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
        return new ShippedQuery(name, firstComment(text), text);
    }

    private static String firstComment(String text) {
        return text.lines()
                .map(String::strip)
                .filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+", "").strip())
                .filter(line -> !line.isEmpty())
                .findFirst()
                .orElse("");
    }
}
