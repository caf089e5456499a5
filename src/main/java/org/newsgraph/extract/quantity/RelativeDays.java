package org.newsgraph.extract.quantity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.LexiconLib;
import org.newsgraph.text.Language;

/**
 * Resolves the days news writes relative to its own date: "mardi", "on Tuesday", "hier",
 * "yesterday", "aujourd'hui", "jeudi prochain". Only against a date precise to the day: a story
 * dated "2024-04" leaves "on Tuesday" unresolved, since it could be any of four Tuesdays. A bare
 * weekday is the latest such day on or before the article's date, as agency copy uses it; with
 * "prochain"/"next" it is the first after. Weekday names come from java.time in French and English.
 *
 * <pre>{@code Optional<LocalDate> day = RelativeDays.resolve("a annoncé mardi", Language.FR, "2024-04-10");}</pre>
 */
public final class RelativeDays {

    private static final Map<String, DayOfWeek> DAYS = days();
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private RelativeDays() {
    }

    private static Map<String, DayOfWeek> days() {
        Map<String, DayOfWeek> out = new HashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            for (Language l : Language.values()) {
                out.put(LexiconLib.fold(d.getDisplayName(TextStyle.FULL, l.locale())), d);
            }
        }
        return Map.copyOf(out);
    }

    /** The day that the first relative day word of a sentence names, if the article's date allows. */
    public static Optional<LocalDate> resolve(String sentence, Language lang, String published) {
        LocalDate today;
        try {
            today = LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        Matcher m = WORD.matcher(LexiconLib.fold(sentence));
        String previous = "";
        while (m.find()) {
            String w = m.group();
            DayOfWeek day = DAYS.get(w);
            if (day != null) {
                String after = sentence.length() > m.end() ? LexiconLib.fold(sentence.substring(m.end())) : "";
                if (after.matches("^\\s*\\d.*")) {
                    return Optional.empty(); // "mardi 12 mars": a full date, not a relative one
                }
                boolean next = after.matches("^\\s*prochain.*") || previous.equals("next");
                return Optional.of(next ? today.with(TemporalAdjusters.next(day)) : today.with(TemporalAdjusters.previousOrSame(day)));
            }
            if (w.equals("hier") || w.equals("yesterday")) {
                return Optional.of(today.minusDays(1));
            }
            if (w.equals("aujourd'hui") || w.equals("today")) {
                return Optional.of(today);
            }
            previous = w;
        }
        return Optional.empty();
    }
}
