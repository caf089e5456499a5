package org.newsgraph.input;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.newsgraph.text.Language;

/**
 * Reads JSON Lines: one article per line, a JSON object with its {@code text} and, optionally, its
 * {@code id}, {@code url}, {@code title}, {@code published}, {@code language} and {@code publisher}, under
 * those names or under the source's own ({@code text=body}). Lines are read one at a time, never more than
 * the size limit of one, so a file of any length runs in bounded memory; each line is parsed on its own,
 * so a malformed one spoils nothing but itself.
 *
 * <pre>{@code for (JsonLinesReader.Line line : reader.lines(in, "news.jsonl")) { SourceArticle a = reader.parse(line); }}</pre>
 */
public final class JsonLinesReader {

    /** The fields an article record may have, by their newsgraph names. */
    public static final List<String> FIELDS = List.of("text", "id", "url", "title", "published", "language", "publisher");

    private final Map<String, String> names;
    private final long maxLineBytes;

    /**
     * @param renamed      the source's own name of some fields, such as {@code text -> body}; the others keep theirs
     * @param maxLineBytes the longest line read; a longer one is reported, not held
     * @throws IllegalArgumentException if a renamed field is not one of {@link #FIELDS}
     */
    public JsonLinesReader(Map<String, String> renamed, long maxLineBytes) {
        Map<String, String> all = new HashMap<>();
        FIELDS.forEach(f -> all.put(f, f));
        renamed.forEach((field, name) -> {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("unknown JSON field '" + field + "'; the fields are "
                        + String.join(", ", FIELDS));
            }
            if (name.isBlank()) {
                throw new IllegalArgumentException("JSON field '" + field + "' renamed to nothing");
            }
            all.put(field, name);
        });
        this.names = Map.copyOf(all);
        this.maxLineBytes = maxLineBytes;
    }

    /** One line of the input, by number (from 1), as bytes, or too long to be held. */
    public record Line(String source, int number, byte[] bytes, boolean tooLong) {
    }

    /** The non-blank lines of a stream, read as they are asked for; the caller closes the stream. */
    public Iterable<Line> lines(InputStream in, String source) {
        return () -> new LineIterator(in, source, maxLineBytes);
    }

    /** The article a line holds. */
    public SourceArticle parse(Line line) {
        String where = line.source() + ":" + line.number();
        if (line.tooLong()) {
            throw new BadInputException(String.format(Locale.ROOT,
                    "%s: too large (over %d bytes, raised with --max-article-size)", where, maxLineBytes));
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line.bytes())).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(where + ": not valid UTF-8 text", e);
        }
        JsonObject record = object(json, where);
        String text = field(record, "text", where)
                .orElseThrow(() -> new BadInputException(where + ": no \"" + names.get("text") + "\" field"));
        if (text.replace("\uFEFF", "").isBlank()) {
            throw new BadInputException(where + ": empty \"" + names.get("text") + "\"");
        }
        Optional<String> published = field(record, "published", where);
        Optional<String> date = published.flatMap(InputLib::published);
        if (published.isPresent() && date.isEmpty()) {
            throw new BadInputException(where + ": \"" + names.get("published") + "\" is not a date: " + published.get());
        }
        Optional<String> languageTag = field(record, "language", where);
        Optional<Language> language = languageTag.flatMap(InputLib::language);
        if (languageTag.isPresent() && language.isEmpty()) {
            throw new BadInputException(where + ": " + InputLib.unreadLanguage(languageTag.get()));
        }
        Optional<String> url = field(record, "url", where);
        if (url.isPresent() && InputLib.webAddress(url.get()).isEmpty()) {
            throw new BadInputException(where + ": \"" + names.get("url") + "\" is not an http(s) URL: " + url.get());
        }
        Given given = new Given(field(record, "id", where), url, field(record, "title", where),
                date, language, field(record, "publisher", where), false);
        return new SourceArticle(where, text, given);
    }

    private static JsonObject object(String json, String where) {
        JsonElement element;
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new BadInputException(where + ": not valid JSON: more than one value on the line");
            }
        } catch (JsonParseException | IOException e) {
            throw new BadInputException(where + ": not valid JSON: " + firstLine(e), e);
        }
        if (!element.isJsonObject()) {
            throw new BadInputException(where + ": not a JSON object");
        }
        return element.getAsJsonObject();
    }

    /** A field's string value: a string, or a number for an id; null and "" count as absent. */
    private Optional<String> field(JsonObject record, String field, String where) {
        String name = names.get(field);
        JsonElement value = record.get(name);
        if (value == null || value.isJsonNull()) {
            return Optional.empty();
        }
        boolean number = value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
        if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) && !(number && field.equals("id"))) {
            throw new BadInputException(where + ": \"" + name + "\" is not a string");
        }
        String s = value.getAsString();
        return field.equals("text") || !s.isBlank() ? Optional.of(field.equals("text") ? s : s.strip()) : Optional.empty();
    }

    /** Gson's message, less its advice to parse leniently and its JSON path: "Unterminated object at column 30". */
    private static String firstLine(Throwable e) {
        Throwable root = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return m.strip().lines().findFirst().orElse("")
                .replaceFirst("^Use JsonReader\\.setStrictness\\(.*?\\) to accept malformed JSON", "malformed JSON")
                .replaceFirst(" at line 1 column (\\d+) path \\S*", " at column $1");
    }

    /** Reads bytes up to each newline, holding at most the limit of one line. */
    private static final class LineIterator implements Iterator<Line> {
        private final InputStream in;
        private final String source;
        private final long max;
        private int number;
        private Line next;
        private boolean ended;

        LineIterator(InputStream in, String source, long max) {
            this.in = in;
            this.source = source;
            this.max = max;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !ended) {
                next = read();
            }
            return next != null;
        }

        @Override
        public Line next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Line line = next;
            next = null;
            return line;
        }

        /** The next line, null for a blank one or at the end. */
        private Line read() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            boolean tooLong = false;
            boolean any = false;
            try {
                int b;
                while ((b = in.read()) >= 0 && b != '\n') {
                    any = true;
                    if (bytes.size() >= max) {
                        tooLong = true;
                    } else {
                        bytes.write(b);
                    }
                }
                if (b < 0) {
                    ended = true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!any && ended) {
                return null;
            }
            number++;
            byte[] line = bytes.toByteArray();
            if (!tooLong && new String(line, StandardCharsets.UTF_8).replace("\uFEFF", "").isBlank()) {
                return null;
            }
            return new Line(source, number, tooLong ? new byte[0] : line, tooLong);
        }
    }
}
