package org.newsgraph.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How SELECT and ASK results are printed, by the short name a user types.
 *
 * <pre>{@code ResultFormat csv = ResultFormat.named("csv").orElseThrow();}</pre>
 */
public enum ResultFormat {
    /** An aligned table for people; yes or no for ASK. */
    TEXT("text"),
    CSV("csv"),
    TSV("tsv"),
    /** SPARQL 1.1 Query Results JSON. */
    JSON("json"),
    /** SPARQL Query Results XML. */
    XML("xml");

    private final String label;

    ResultFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The format of that name, ignoring case. */
    public static Optional<ResultFormat> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.label.equals(wanted)).findFirst();
    }

    /** The names, comma separated, for messages and help. */
    public static String labels() {
        return Arrays.stream(values()).map(ResultFormat::label).collect(Collectors.joining(", "));
    }
}
