package org.newsgraph.input;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.text.Language;

/** What the input readers share: reading a given date and a given language. */
final class InputLib {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private InputLib() {
    }

    /**
     * A publication date as the graph keeps it ("2024", "2024-04", "2024-04-16") from the ways sources
     * write one: those three, an ISO date-time with or without its offset, or an RFC 1123 date as feeds and
     * HTTP write it. A date-time keeps the day as written, in its own offset.
     */
    static Optional<String> published(String given) {
        String s = given.strip();
        if (YEAR.matcher(s).matches() || YEAR_MONTH.matcher(s).matches()) {
            return Optional.of(s);
        }
        try {
            return Optional.of(LocalDate.parse(s).toString());
        } catch (DateTimeParseException e) {
            // the next form
        }
        try {
            return Optional.of(OffsetDateTime.parse(s).toLocalDate().toString());
        } catch (DateTimeParseException e) {
            // the next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(s).toLocalDate().toString());
        } catch (DateTimeParseException e) {
            // the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(s.replace(' ', 'T')).toLocalDate().toString());
        } catch (DateTimeParseException e) {
            // the next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An absolute http(s) URL with a host, as an article's address must be to stand as an IRI. */
    static Optional<String> webAddress(String given) {
        try {
            java.net.URI uri = new java.net.URI(given.strip());
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? Optional.of(uri.toString()) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The language of a tag such as "fr", "en-GB" or "FR_fr", if newsgraph reads it. */
    static Optional<Language> language(String tag) {
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Language l : Language.values()) {
            if (l.code().equals(primary)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The message for a language newsgraph does not read. */
    static String unreadLanguage(String tag) {
        return "language \"" + tag + "\" is not one newsgraph reads (fr or en)";
    }
}
