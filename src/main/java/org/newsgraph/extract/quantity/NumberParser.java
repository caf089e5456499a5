package org.newsgraph.extract.quantity;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.text.Language;

/**
 * Reads one number phrase: digits in the French or English convention, with an optional scale word or
 * abbreviation ("2,9 milliards", "$1.5bn" without the sign, "1 000"), or spelled out ("trois millions",
 * "two hundred", "a billion", "un demi-milliard"). Scale words come from {@code lexicon/scale-words.tsv};
 * spelled-out numbers are read by ICU4J's spell-out rules.
 *
 * <pre>{@code Optional<BigDecimal> v = new NumberParser().parse("2,9 milliards", Language.FR); // 2900000000}</pre>
 *
 * <p>Digits: a space of any width groups thousands; when both a comma and a full stop appear, the last one
 * is the decimal mark; a lone mark followed by other than three digits is a decimal mark ("2,9", "2.75").
 * A lone mark followed by exactly three digits groups thousands ("1,000", "1.000"), except the language's
 * own decimal mark: the English full stop is always decimal ("1.125"), the French comma is decimal before
 * a scale word ("1,250 milliard") and groups otherwise ("1,000 emplois", as copied from English).
 * In French, "billion" is 10^12 (long scale), in English 10^9.
 *
 * <p>Immutable and safe to share between threads; build one and reuse it, as the lexicons load on construction.
 */
public final class NumberParser {

    /** Digits as written in running text, with thousands grouped by spaces, commas or full stops. */
    static final String DIGITS = "(?<![\\p{L}\\d.,])" + "(?:\\d{1,3}(?:[ .,]\\d{3}(?!\\d))+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)";

    /** {@link #DIGITS} where a letter may touch them before, as a currency's letters do ("RM1.2", "USD5"). */
    static final String GLUED_DIGITS = "(?<![\\d.,])" + "(?:\\d{1,3}(?:[ .,]\\d{3}(?!\\d))+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)";

    private static final String SCALES_RESOURCE = "/lexicon/scale-words.tsv";

    private final Map<Language, Rules> rules;

    public NumberParser() {
        List<String[]> rows = QuantityLib.readTsv(SCALES_RESOURCE, 4);
        Map<Language, Rules> byLanguage = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            byLanguage.put(lang, Rules.load(lang, rows));
        }
        this.rules = Collections.unmodifiableMap(byLanguage);
    }

    /**
     * The value of a whole number phrase, or empty when the text is not exactly one number.
     * Surrounding white space is ignored; case and accents are too.
     */
    public Optional<BigDecimal> parse(String text, Language lang) {
        String s = QuantityLib.fold(text).trim().replaceAll(" +", " ");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Rules r = rules.get(lang);
        Matcher digits = r.digitPhrase.matcher(s);
        if (digits.matches()) {
            String scales = digits.group("scales");
            BigDecimal multiplier = scales == null ? BigDecimal.ONE : r.product(scales);
            return parseDigits(digits.group("num"), lang, scales != null).map(v -> normalize(v.multiply(multiplier)));
        }
        Matcher lead = r.leadPhrase.matcher(s);
        if (lead.matches()) {
            return Optional.of(normalize(r.leads.get(lead.group("lead")).multiply(r.product(lead.group("scales")))));
        }
        return r.spelled(s).map(NumberParser::normalize);
    }

    /**
     * Like {@link #parse} but also reads a lone article as one ("a decade", "une décennie"), for counts of
     * units of time.
     */
    Optional<BigDecimal> parseCount(String text, Language lang) {
        String s = QuantityLib.fold(text).trim();
        BigDecimal lead = rules.get(lang).leads.get(s);
        if (lead != null && lead.compareTo(BigDecimal.ONE) == 0) {
            return Optional.of(BigDecimal.ONE);
        }
        return parse(text, lang);
    }

    /** A regex for digits followed by optional scale words or abbreviations, over folded text. */
    String digitAmountRegex(Language lang) {
        return rules.get(lang).digitAmount;
    }

    /** As {@link #digitAmountRegex}, for digits that a currency's letters may touch before ("RM1.2 billion"). */
    String gluedDigitAmountRegex(Language lang) {
        return rules.get(lang).gluedDigitAmount;
    }

    /** A regex for a run of spelled-out number words, over folded text; may include a leading connector to drop. */
    String wordAmountRegex(Language lang) {
        return rules.get(lang).wordAmount;
    }

    /** The characters a match of {@link #wordAmountRegex} may start with. */
    String wordAmountStarts(Language lang) {
        return rules.get(lang).wordAmountStarts;
    }

    /** A regex for a lone article standing for one ("a", "une"), over folded text. */
    String articleRegex(Language lang) {
        return rules.get(lang).articles;
    }

    private static Optional<BigDecimal> parseDigits(String written, Language lang, boolean scaled) {
        String s = written.replace(" ", "");
        int comma = s.lastIndexOf(',');
        int stop = s.lastIndexOf('.');
        char decimal;
        if (comma >= 0 && stop >= 0) {
            decimal = comma > stop ? ',' : '.';
        } else if (comma < 0 && stop < 0) {
            decimal = 0;
        } else {
            char mark = comma >= 0 ? ',' : '.';
            long count = s.chars().filter(c -> c == mark).count();
            int after = s.length() - s.lastIndexOf(mark) - 1;
            if (count > 1) {
                decimal = 0;
            } else if (after != 3) {
                decimal = mark;
            } else {
                char own = lang == Language.FR ? ',' : '.';
                decimal = mark == own && (lang == Language.EN || scaled) ? mark : 0;
            }
        }
        String plain;
        if (decimal == 0) {
            plain = s.replace(",", "").replace(".", "");
        } else {
            char group = decimal == ',' ? '.' : ',';
            plain = s.replace(String.valueOf(group), "").replace(decimal, '.');
        }
        try {
            return Optional.of(new BigDecimal(plain));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Plain units without trailing zeros or an exponent: 2.9E+9 becomes 2900000000. */
    private static BigDecimal normalize(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** One language's lexicon, regexes and spell-out rules. */
    private static final class Rules {
        final Map<String, BigDecimal> scales;
        final Map<String, BigDecimal> leads;
        final Set<String> scaleWords;
        final Pattern digitPhrase;
        final Pattern leadPhrase;
        final String digitAmount;
        final String gluedDigitAmount;
        final String wordAmount;
        final String wordAmountStarts;
        final String articles;
        /** Not thread-safe in ICU: every use holds its lock. */
        private final RuleBasedNumberFormat spellout;
        /** Each thread's last spelled-out phrases and their values. */
        private final ThreadLocal<Map<String, Optional<BigDecimal>>> spelledLately = ThreadLocal.withInitial(HashMap::new);
        private static final int KEPT = 10_000;

        private Rules(Map<String, BigDecimal> scales, Map<String, BigDecimal> leads, Set<String> words,
                      Set<String> connectors, Set<String> scaleWords, RuleBasedNumberFormat spellout) {
            this.scales = Map.copyOf(scales);
            this.leads = Map.copyOf(leads);
            this.scaleWords = Set.copyOf(scaleWords);
            this.spellout = spellout;
            // after digits a scale may be glued to them ("1.5bn", "4Md") or joined by a hyphen ("$1.35-billion")
            String scale = QuantityLib.alternation(scales.keySet(), false);
            String scaleRun = scale + "(?: ?" + scale + ")*";
            this.digitAmount = NumberParser.DIGITS + "(?:[ -]?" + scaleRun + ")?";
            this.gluedDigitAmount = NumberParser.GLUED_DIGITS + "(?:[ -]?" + scaleRun + ")?";
            this.digitPhrase = Pattern.compile("(?<num>" + NumberParser.DIGITS + ")(?:[ -]?(?<scales>" + scaleRun + "))?");
            String lead = QuantityLib.alternation(leads.keySet());
            String scaleWord = QuantityLib.alternation(scaleWords);
            this.leadPhrase = Pattern.compile("(?<lead>" + lead + ")[ -](?<scales>" + scaleWord + "(?: " + scaleWord + ")*)");
            Set<String> all = new LinkedHashSet<>(words);
            all.addAll(scaleWords);
            all.addAll(connectors);
            String word = QuantityLib.alternation(all);
            this.wordAmount = "(?:" + lead + "[ -](?=" + scaleWord + "))?" + word + "(?:[ -]" + word + ")*";
            this.wordAmountStarts = QuantityLib.firstChars(leads.keySet()) + QuantityLib.firstChars(all);
            List<String> ones = new ArrayList<>();
            leads.forEach((k, v) -> {
                if (v.compareTo(BigDecimal.ONE) == 0) {
                    ones.add(k);
                }
            });
            this.articles = QuantityLib.alternation(ones);
        }

        static Rules load(Language lang, List<String[]> rows) {
            Map<String, BigDecimal> scales = new HashMap<>();
            Map<String, BigDecimal> leads = new HashMap<>();
            Set<String> connectors = new LinkedHashSet<>();
            Set<String> scaleWords = new LinkedHashSet<>();
            for (String[] row : rows) {
                if (!QuantityLib.covers(row[0], lang.code())) {
                    continue;
                }
                String form = QuantityLib.fold(row[2]);
                BigDecimal value = new BigDecimal(row[3]);
                switch (row[1]) {
                    case "scale" -> {
                        scales.put(form, value);
                        scaleWords.add(form);
                    }
                    case "abbrev" -> scales.put(form, value);
                    case "lead" -> leads.put(form, value);
                    case "connector" -> connectors.add(form);
                    default -> throw new IllegalStateException(SCALES_RESOURCE + ": unknown kind " + row[1]);
                }
            }
            RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(lang.locale(), RuleBasedNumberFormat.SPELLOUT);
            spellout.setLenientParseMode(true);
            return new Rules(scales, leads, numberWords(spellout), connectors, scaleWords, spellout);
        }

        /** Every word ICU writes for the numbers a news text spells out, so a run of them can be found in text. */
        private static Set<String> numberWords(RuleBasedNumberFormat spellout) {
            Set<String> words = new LinkedHashSet<>();
            List<Long> samples = new ArrayList<>();
            for (long n = 0; n <= 100; n++) {
                samples.add(n);
            }
            for (long n = 200; n <= 1000; n += 100) {
                samples.add(n);
            }
            samples.addAll(List.of(2000L, 1_000_000L, 2_000_000L, 1_000_000_000L, 2_000_000_000L));
            for (String ruleSet : spellout.getRuleSetNames()) {
                if (!ruleSet.startsWith("%spellout-cardinal") && !ruleSet.equals("%spellout-numbering")) {
                    continue;
                }
                for (long n : samples) {
                    for (String w : QuantityLib.fold(spellout.format(n, ruleSet)).split("[ -]")) {
                        if (!w.isEmpty()) {
                            words.add(w);
                        }
                    }
                }
            }
            return words;
        }

        BigDecimal product(String scaleRun) {
            BigDecimal p = BigDecimal.ONE;
            for (String s : scaleRun.split(" +")) {
                BigDecimal m = scales.get(s);
                if (m == null) {
                    throw new IllegalStateException("not a scale word: " + s);
                }
                p = p.multiply(m);
            }
            return p;
        }

        /** A spelled-out phrase, read whole by ICU, or read as ICU words followed by scale words ("five billions"). */
        Optional<BigDecimal> spelled(String s) {
            Optional<BigDecimal> whole = spell(s);
            if (whole.isPresent()) {
                return whole;
            }
            String[] tokens = s.split(" ");
            int k = tokens.length;
            BigDecimal multiplier = BigDecimal.ONE;
            while (k > 1 && scaleWords.contains(tokens[k - 1])) {
                multiplier = multiplier.multiply(scales.get(tokens[k - 1]));
                k--;
            }
            if (k == tokens.length) {
                return Optional.empty();
            }
            BigDecimal m = multiplier;
            return spell(String.join(" ", Arrays.copyOf(tokens, k))).map(v -> v.multiply(m));
        }

        private Optional<BigDecimal> spell(String s) {
            // ICU's lenient parse is slow, and a text spells the same few numbers again and again
            Map<String, Optional<BigDecimal>> known = spelledLately.get();
            Optional<BigDecimal> value = known.get(s);
            if (value == null) {
                if (known.size() >= KEPT) {
                    known.clear();
                }
                value = spellAnew(s);
                known.put(s, value);
            }
            return value;
        }

        private Optional<BigDecimal> spellAnew(String s) {
            ParsePosition position = new ParsePosition(0);
            Number n;
            synchronized (spellout) {
                n = spellout.parse(s, position);
            }
            if (n == null || position.getIndex() != s.length()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new BigDecimal(n.toString()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
