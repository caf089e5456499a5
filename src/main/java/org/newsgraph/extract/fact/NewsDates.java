package org.newsgraph.extract.fact;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.LexiconLib;
import org.newsgraph.text.Language;

/**
 * Dates as news headers write them, French and English: "Wednesday, March 27, 2024",
 * "11 juin 2024", "13/05/2024", "2024-04", "Jan 19". Month names come from java.time's
 * French and English names, full and abbreviated.
 *
 * <pre>{@code List<NewsDates.Found> dates = NewsDates.in("Publié le 13/05/2024", Language.FR);}</pre>
 */
final class NewsDates {

    /** How precise a date is. */
    enum Precision { DAY, MONTH, DAY_NO_YEAR }

    /**
     * A date found in a line.
     *
     * @param year  0 when the text gives none ({@link Precision#DAY_NO_YEAR})
     */
    record Found(int year, int month, int day, Precision precision) {

        /** "2024-03-27", "2024-03"; a date without a year has no value until it gets one. */
        String value() {
            return switch (precision) {
                case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
                case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, month);
                case DAY_NO_YEAR -> throw new IllegalStateException("a date without a year");
            };
        }

        Optional<Found> inYear(int y) {
            return valid(y, month, day) ? Optional.of(new Found(y, month, day, Precision.DAY)) : Optional.empty();
        }
    }

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")\\.?(?![a-z])";
    private static final String ORDINAL = "(?:er|st|nd|rd|th)?";
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})" + ORDINAL + "\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern ISO_MONTH = Pattern.compile("\\b(\\d{4})-(\\d{2})\\b(?!-\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})" + ORDINAL + "\\s+" + MONTH);
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})\\b(?![\\d,]*\\s*\\d{4})");

    private NewsDates() {
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new HashMap<>();
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            for (Month month : Month.values()) {
                for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
                    m.put(LexiconLib.fold(month.getDisplayName(style, locale)).replace(".", ""), month.getValue());
                }
            }
        }
        m.put("sept", 9);  // AP style, "Sept. 5"
        return Map.copyOf(m);
    }

    /** The dates of a line, in text order; dates without a year only when {@code withoutYear}. */
    static List<Found> in(String line, Language language, boolean withoutYear) {
        String s = LexiconLib.fold(line);
        List<int[]> taken = new ArrayList<>();
        List<Map.Entry<Integer, Found>> out = new ArrayList<>();
        collect(s, ISO, taken, out, m -> day(m.group(1), m.group(2), m.group(3)));
        collect(s, DMY, taken, out, m -> day(m.group(3), month(m.group(2)), m.group(1)));
        collect(s, MDY, taken, out, m -> day(m.group(3), month(m.group(1)), m.group(2)));
        collect(s, NUMERIC, taken, out, m -> numeric(m, language));
        collect(s, ISO_MONTH, taken, out, m -> monthOf(m.group(1), m.group(2)));
        collect(s, MONTH_YEAR, taken, out, m -> monthOf(m.group(2), month(m.group(1))));
        if (withoutYear) {
            collect(s, DAY_MONTH, taken, out, m -> noYear(month(m.group(2)), m.group(1)));
            collect(s, MONTH_DAY, taken, out, m -> noYear(month(m.group(1)), m.group(2)));
        }
        out.sort(Map.Entry.comparingByKey());
        return out.stream().map(Map.Entry::getValue).toList();
    }

    private static void collect(String s, Pattern p, List<int[]> taken, List<Map.Entry<Integer, Found>> out,
                                java.util.function.Function<Matcher, Optional<Found>> read) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            int st = m.start();
            int en = m.end();
            if (taken.stream().anyMatch(t -> t[0] < en && st < t[1])) {
                continue;
            }
            // an impossible date still holds its words: "31 février 2024" is not "février 2024"
            taken.add(new int[] {st, en});
            read.apply(m).ifPresent(f -> out.add(Map.entry(st, f)));
        }
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.get(name));
    }

    private static Optional<Found> numeric(Matcher m, Language language) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        // French writes day first; English day first only when the first number cannot be a month
        boolean dayFirst = language == Language.FR || a > 12;
        return dayFirst ? day(m.group(3), m.group(2), m.group(1)) : day(m.group(3), m.group(1), m.group(2));
    }

    private static Optional<Found> day(String y, String m, String d) {
        int year = Integer.parseInt(y);
        int month = Integer.parseInt(m);
        int day = Integer.parseInt(d);
        return plausible(year) && valid(year, month, day) ? Optional.of(new Found(year, month, day, Precision.DAY)) : Optional.empty();
    }

    private static Optional<Found> monthOf(String y, String m) {
        int year = Integer.parseInt(y);
        int month = Integer.parseInt(m);
        return plausible(year) && month >= 1 && month <= 12
                ? Optional.of(new Found(year, month, 0, Precision.MONTH)) : Optional.empty();
    }

    private static Optional<Found> noYear(String m, String d) {
        int month = Integer.parseInt(m);
        int day = Integer.parseInt(d);
        // 2024 is a leap year, so 29 February passes here and is checked again once the year is known
        return valid(2024, month, day) ? Optional.of(new Found(0, month, day, Precision.DAY_NO_YEAR)) : Optional.empty();
    }

    private static boolean plausible(int year) {
        return year >= 1900 && year <= 2199;
    }

    private static boolean valid(int y, int m, int d) {
        try {
            LocalDate.of(y, m, d);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
