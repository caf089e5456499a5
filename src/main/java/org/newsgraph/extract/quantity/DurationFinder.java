package org.newsgraph.extract.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.text.Language;
import org.newsgraph.text.Span;

/**
 * Finds the periods ("sur quatre ans", "over the next 18 months", "over a decade") and horizons
 * ("d'ici 2027", "by the end of 2026", "until 2040") that a text states, from the cues of
 * {@code lexicon/duration-cues.tsv} and the units of {@code lexicon/duration-units.tsv}.
 *
 * <pre>{@code List<TimeSpan> spans = new DurationFinder().find("Acme investira sur quatre ans.", Language.FR); // P4Y}</pre>
 *
 * <p>A horizon gives an end year only, never a guessed duration. An age or a history is not a period:
 * a count of years followed by "de"/"of" ("46 ans d'histoire", "29 years of operations") is dropped, and
 * "since 2010", "founded in 2021" or "between 2011 and 2022" match no cue.
 *
 * <p>Immutable and safe to share between threads; the lexicons load on construction.
 */
public final class DurationFinder {

    private static final String CUES = "/lexicon/duration-cues.tsv";
    private static final String UNITS = "/lexicon/duration-units.tsv";
    private static final String YEAR = "(?<year>(?:19|20)\\d\\d)(?![\\d%]|[.,]\\d)";
    /** Counts above this are not plan periods ("over 5000 days" is not read as a plan). */
    private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(100);

    private final NumberParser numbers;
    private final Map<Language, Grammar> grammars;

    public DurationFinder() {
        this(new NumberParser());
    }

    public DurationFinder(NumberParser numbers) {
        this.numbers = numbers;
        List<String[]> cues = QuantityLib.readTsv(CUES, 3);
        List<String[]> units = QuantityLib.readTsv(UNITS, 4);
        Map<Language, Grammar> byLanguage = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            byLanguage.put(lang, Grammar.build(lang, numbers, cues, units));
        }
        this.grammars = Collections.unmodifiableMap(byLanguage);
    }

    /** Every period and horizon in the text, in text order, without overlaps (the longest phrase wins). */
    public List<TimeSpan> find(String text, Language lang) {
        Grammar g = grammars.get(lang);
        String view = QuantityLib.fold(text);
        List<TimeSpan> candidates = new ArrayList<>();
        for (Cue cue : g.cues) {
            Matcher m = cue.pattern().matcher(view);
            while (m.find()) {
                read(cue, m, view, lang, g).ifPresent(candidates::add);
            }
        }
        candidates.sort(Comparator.comparing(TimeSpan::span));
        List<TimeSpan> kept = new ArrayList<>();
        for (TimeSpan t : candidates) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).span().overlaps(t.span())) {
                kept.add(t);
            }
        }
        return List.copyOf(kept);
    }

    private Optional<TimeSpan> read(Cue cue, Matcher m, String view, Language lang, Grammar g) {
        Optional<String> duration = Optional.empty();
        Optional<String> endDate = Optional.empty();
        int end = m.end();
        if (cue.unit()) {
            Matcher half = g.halfAfter.matcher(view);
            half.region(end, view.length()).useTransparentBounds(true);
            boolean andAHalf = half.lookingAt();
            if (andAHalf) {
                end = half.end();
            }
            Matcher history = g.notAfter.matcher(view);
            history.region(end, view.length()).useTransparentBounds(true);
            if (history.lookingAt()) {
                return Optional.empty();
            }
            BigDecimal count = BigDecimal.ONE;
            if (cue.count()) {
                Optional<BigDecimal> n = numbers.parseCount(m.group("n"), lang);
                if (n.isEmpty() || n.get().signum() <= 0 || n.get().compareTo(MAX_COUNT) > 0) {
                    return Optional.empty();
                }
                count = n.get();
            }
            if (andAHalf) {
                count = count.add(new BigDecimal("0.5"));
            }
            Unit unit = g.units.get(m.group("unit").replaceAll(" +", " "));
            duration = lexical(count.multiply(BigDecimal.valueOf(unit.count())), unit.designator());
            if (duration.isEmpty()) {
                return Optional.empty();
            }
        }
        if (cue.year()) {
            endDate = Optional.of(m.group("year"));
        }
        if (duration.isEmpty() && endDate.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TimeSpan(new Span(m.start(), end), duration, endDate));
    }

    /** {@code P2Y}; a fraction of a year in whole months ({@code P18M}); empty for any other fraction. */
    private static Optional<String> lexical(BigDecimal amount, char designator) {
        BigDecimal whole = amount.stripTrailingZeros();
        if (whole.scale() <= 0) {
            return Optional.of("P" + whole.toBigInteger() + designator);
        }
        if (designator == 'Y') {
            return lexical(amount.multiply(BigDecimal.valueOf(12)), 'M');
        }
        return Optional.empty();
    }

    private record Unit(char designator, int count) {
    }

    /** A compiled cue and the placeholders it has. */
    private record Cue(Pattern pattern, boolean count, boolean unit, boolean year) {

        static Cue compile(String cue, String countRegex, String unitRegex) {
            String regex = cue.replace(" ", " +")
                    .replace("{n}", countRegex).replace("{unit}", unitRegex).replace("{year}", YEAR);
            // "sur(?<![\p{L}\d]sur) +..." is "(?<![\p{L}\d])sur +...": the same matches, but the engine looks
            // for the word first instead of checking the character before each character of the text
            String word = leadingWord(cue);
            String start = word.isEmpty() ? "(?<![\\p{L}\\d])"
                    : Pattern.quote(word) + "(?<![\\p{L}\\d]" + Pattern.quote(word) + ")";
            return new Cue(Pattern.compile(start + regex.substring(word.length()) + "(?![\\p{L}\\d])"),
                    cue.contains("{n}"), cue.contains("{unit}"), cue.contains("{year}"));
        }

        /** The letters and apostrophes every match of a cue starts with, as written at its start; "" if unsure. */
        private static String leadingWord(String regex) {
            int depth = 0;
            for (char c : regex.toCharArray()) {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (c == '|' && depth == 0 || c == '\\') {
                    return "";
                }
            }
            int end = 0;
            while (end < regex.length() && (regex.charAt(end) >= 'a' && regex.charAt(end) <= 'z' || regex.charAt(end) == '\'')) {
                end++;
            }
            // a quantifier after the word makes its last letter optional
            if (end < regex.length() && "?*+{".indexOf(regex.charAt(end)) >= 0) {
                end--;
            }
            return regex.substring(0, Math.max(end, 0));
        }
    }

    /** One language's compiled cues. */
    private record Grammar(List<Cue> cues, Map<String, Unit> units, Pattern halfAfter, Pattern notAfter) {

        static Grammar build(Language lang, NumberParser numbers, List<String[]> cueRows, List<String[]> unitRows) {
            Map<String, Unit> units = new HashMap<>();
            for (String[] row : unitRows) {
                if (row[0].equals(lang.code())) {
                    units.putIfAbsent(QuantityLib.fold(row[1]), new Unit(row[2].charAt(0), Integer.parseInt(row[3])));
                }
            }
            String count = "(?<n>\\d{1,3}(?:[.,]\\d+)?|" + numbers.wordAmountRegex(lang) + "|"
                    + numbers.articleRegex(lang) + ")";
            String unit = "(?<unit>" + QuantityLib.alternation(units.keySet()) + ")";
            List<Cue> cues = new ArrayList<>();
            List<String> notAfter = new ArrayList<>();
            List<String> halfAfter = new ArrayList<>();
            for (String[] row : cueRows) {
                if (!row[0].equals(lang.code())) {
                    continue;
                }
                switch (row[1]) {
                    case "duration", "horizon" -> {
                        cues.add(Cue.compile(row[2], count, unit));
                    }
                    case "not-after" -> notAfter.add(row[2]);
                    case "half-after" -> halfAfter.add(row[2]);
                    default -> throw new IllegalStateException(CUES + ": unknown kind " + row[1]);
                }
            }
            return new Grammar(List.copyOf(cues), Map.copyOf(units), after(halfAfter, "(?![\\p{L}])"), after(notAfter, ""));
        }

        private static Pattern after(List<String> alternatives, String bound) {
            return Pattern.compile(alternatives.isEmpty() ? "(?!)" : " +(?:" + String.join("|", alternatives) + ")" + bound);
        }
    }
}
