package org.newsgraph.input;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of input newsgraph reads articles from, by the name a user types and the file extensions
 * that name them.
 *
 * <pre>{@code InputFormat f = InputFormat.ofFile(path).orElse(InputFormat.TEXT);}</pre>
 */
public enum InputFormat {
    /** A UTF-8 text file, one article. */
    TEXT("text", List.of(".txt")),
    /** JSON Lines: one article per line, a JSON object with its text and metadata. */
    JSONL("jsonl", List.of(".jsonl", ".ndjson")),
    /** An HTML page of one article. */
    HTML("html", List.of(".html", ".htm", ".xhtml")),
    /** An RSS or Atom feed, one article per item; .xml names a feed only when given as a file. */
    FEED("feed", List.of(".rss", ".atom", ".xml"));

    private final String label;
    private final List<String> extensions;

    InputFormat(String label, List<String> extensions) {
        this.label = label;
        this.extensions = extensions;
    }

    /** The name a user types: text, jsonl, html, feed. */
    public String label() {
        return label;
    }

    /** Whether a file of this name is of this format. */
    public boolean names(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(name::endsWith);
    }

    /**
     * Whether a file found in a folder is read as this format when no format was asked for: every
     * extension but .xml, which too many other files carry.
     */
    public boolean namesInFolder(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return extensions.stream().filter(e -> !e.equals(".xml")).anyMatch(name::endsWith);
    }

    /** The format a file's extension names, if any. */
    public static Optional<InputFormat> ofFile(Path file) {
        return Arrays.stream(values()).filter(f -> f.names(file)).findFirst();
    }

    /** The format of that name, ignoring case; "rss" and "atom" name feeds, "ndjson" JSON Lines. */
    public static Optional<InputFormat> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "rss", "atom" -> Optional.of(FEED);
            case "ndjson", "jsonlines" -> Optional.of(JSONL);
            case "txt" -> Optional.of(TEXT);
            default -> Arrays.stream(values()).filter(f -> f.label.equals(wanted)).findFirst();
        };
    }

    /** The names, comma separated, for messages and help. */
    public static String labels() {
        return Arrays.stream(values()).map(InputFormat::label).collect(Collectors.joining(", "));
    }
}
