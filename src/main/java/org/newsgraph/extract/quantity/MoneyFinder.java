package org.newsgraph.extract.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Money;
import org.newsgraph.text.Language;
import org.newsgraph.text.Span;

/**
 * Finds every amount of money written in a text: a number with a currency sign, code or name before or
 * after it ("2,9 milliards de dollars", "$1.5bn", "US$ 3m", "4 Md€", "EUR 5 million", "five billion dollars").
 * A number without a currency is not money, nor is "multibillion-dollar".
 *
 * <pre>{@code List<Money> found = new MoneyFinder().find("Acme investira 600 millions d'euros.", Language.FR);}</pre>
 *
 * <p>The span covers the amount and its currency only ("2,9 milliards de dollars", "$1.5 billion"); a
 * qualifier written just before it ("près de", "more than", lexicon {@code money-qualifiers.tsv}) sets
 * {@link Money.Qualifier} but stays outside the span. {@link #findStated} also drops an amount that restates
 * the one before it in another currency ("2.26 trillion yen (about $15 billion)").
 *
 * <p>Immutable and safe to share between threads; the lexicons load on construction.
 */
public final class MoneyFinder {

    private static final String QUALIFIERS = "/lexicon/money-qualifiers.tsv";
    private static final String CONVERSIONS = "/lexicon/conversion-cues.tsv";
    private static final String LOCAL_CURRENCIES = "/lexicon/local-currencies.tsv";
    private static final String DEMONYMS = "/lexicon/demonyms.tsv";
    /** What marks a dollar as the US one, in or around its amount: "US$", "$US", "U.S. dollars", "dollars américains". */
    private static final Pattern US_MARK = Pattern.compile("\\bU\\.?S\\b|(?i:am[eé]ricain|american)");
    private static final String SCALE_WORDS = "/lexicon/scale-words.tsv";
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");
    /** How many characters around an amount are searched for a mark of its currency. */
    private static final int MARK_REACH = 14;
    /** How far before an amount a qualifier may start. */
    private static final int QUALIFIER_REACH = 40;
    /** The words between the bounds of a range: "to", "à", a dash; "and", "et" after "between", "entre". */
    private static final Pattern RANGE_TO = Pattern.compile(" *(?:to|a|-|–|—) *");
    private static final Pattern RANGE_AND = Pattern.compile(" *(?:and|et) *");
    private static final Pattern RANGE_OPEN = Pattern.compile("(?:between|entre) *$");

    private final NumberParser numbers;
    private final Map<Language, Grammar> grammars;
    /** Each country's own currency, by the bare names ("$", "dinars", "francs") that mean it in a story from there. */
    private final Map<String, Map<String, String>> localByCountry;
    /**
     * An amount whose currency is one of those bare names, a plain word after its number, its scale word
     * and "de": "410 millions de dirhams", "18bn dinars" (names from {@code local-currencies.tsv}, scale
     * words from {@code scale-words.tsv}).
     */
    private final Pattern barePattern;
    /** A bare local name written before the amount: "Sh3.1 billion", "Shs180bn". */
    private final Pattern barePrefix;
    /** French adjectives of nationality, which say whose a currency is when they follow its name: "dinars algériens". */
    private final java.util.Set<String> nationalities;

    public MoneyFinder() {
        this(new NumberParser());
    }

    public MoneyFinder(NumberParser numbers) {
        this.numbers = numbers;
        List<String[]> qualifierRows = QuantityLib.readTsv(QUALIFIERS, 3);
        List<String[]> conversionRows = QuantityLib.readTsv(CONVERSIONS, 2);
        Map<Language, Grammar> byLanguage = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            byLanguage.put(lang, Grammar.build(lang, numbers, qualifierRows, conversionRows));
        }
        this.grammars = Collections.unmodifiableMap(byLanguage);
        Map<String, Map<String, String>> local = new java.util.HashMap<>();
        for (String[] row : QuantityLib.readTsv(LOCAL_CURRENCIES, 4)) {
            Map<String, String> names = local.computeIfAbsent(row[0], k -> new java.util.HashMap<>());
            for (String name : row[2].split("\\|")) {
                names.put(name, row[1]);
            }
        }
        local.replaceAll((k, v) -> Map.copyOf(v));
        this.localByCountry = Map.copyOf(local);
        List<String> scales = QuantityLib.readTsv(SCALE_WORDS, 4).stream().filter(r -> r[1].equals("scale") || r[1].equals("abbrev"))
                .map(r -> r[2].toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        List<String> names = local.values().stream().flatMap(v -> v.keySet().stream()).filter(n -> !n.equals("$")).distinct().toList();
        this.barePattern = Pattern.compile("[\\d.,\\s]*(?:" + alternatives(scales) + ")?\\s*(?:(?:de|of)\\s|d')?(" + alternatives(names) + ")");
        this.barePrefix = Pattern.compile("(" + alternatives(names) + ")\\s?\\d.*");
        java.util.Set<String> adjectives = new java.util.HashSet<>();
        for (String[] row : QuantityLib.readTsv(DEMONYMS, 3)) {
            if (row[1].equals("fr")) {
                adjectives.addAll(List.of(row[2].split("\\|")));
            }
        }
        this.nationalities = java.util.Set.copyOf(adjectives);
    }

    /**
     * The amounts as read in a story from a country whose currency has a name other countries share
     * ({@code lexicon/local-currencies.tsv}). A bare "$" or "dollars" in a story filed from Canada is the
     * Canadian dollar, one marked as the US dollar ("US$", "U.S. dollars", "dollars américains") stays so.
     * Other bare names ("dirhams", "dinars", "francs", "pesos", "kronor") are the currency of the dateline's
     * country, or else of the first of the story's other countries that calls its money so; a name that
     * says whose it is ("Moroccan dirhams", "francs suisses") never changes.
     *
     * @param filedFrom the Wikidata id of the dateline's country
     * @param named the Wikidata ids of the countries the story names, the most named first
     */
    public List<Money> inCountry(List<Money> found, String text, Optional<String> filedFrom, List<String> named) {
        List<Money> out = new ArrayList<>();
        for (Money m : found) {
            String written = text.substring(m.span().start(), m.span().end());
            Optional<String> local;
            if (m.currency().equals("USD") && (written.contains("$") || written.toLowerCase(java.util.Locale.ROOT).contains("dollar"))) {
                String around = text.substring(Math.max(0, m.span().start() - MARK_REACH), Math.min(text.length(), m.span().end() + MARK_REACH));
                local = US_MARK.matcher(around).find() ? Optional.empty() : filedFrom.flatMap(c -> localName(c, "$"));
            } else {
                Matcher next = NEXT_WORD.matcher(text).region(m.span().end(), Math.min(text.length(), m.span().end() + 30));
                boolean whose = next.lookingAt() && nationalities.contains(next.group(1).toLowerCase(java.util.Locale.ROOT));
                Optional<String> bare = whose ? Optional.empty() : bareName(written);
                local = bare.flatMap(b -> filedFrom.flatMap(c -> localName(c, b))
                        .or(() -> named.stream().flatMap(c -> localName(c, b).stream()).findFirst()));
            }
            out.add(local.filter(code -> !code.equals(m.currency()))
                    .map(code -> new Money(m.value(), code, m.qualifier(), m.span())).orElse(m));
        }
        return List.copyOf(out);
    }

    private Optional<String> localName(String country, String bare) {
        return Optional.ofNullable(localByCountry.get(country)).map(names -> names.get(bare));
    }

    /**
     * The currency name of an amount when it is bare, the last word of "410 millions de dirhams" or "18bn
     * dinars"; none when a word says whose the money is ("Moroccan dirhams", "dinars algériens").
     */
    Optional<String> bareName(String written) {
        String plain = written.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').strip();
        Matcher m = barePattern.matcher(plain);
        if (m.matches()) {
            return Optional.of(m.group(1));
        }
        Matcher p = barePrefix.matcher(plain);
        return p.matches() ? Optional.of(p.group(1)) : Optional.empty();
    }

    /** A regular expression's alternatives for words, the longest first so that "kronor" is not read as "krona". */
    private static String alternatives(List<String> words) {
        return words.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|"));
    }

    /** Every amount of money in the text, in text order, without overlaps. */
    public List<Money> find(String text, Language lang) {
        Grammar g = grammars.get(lang);
        String view = QuantityLib.fold(text);
        Matcher m = g.money.matcher(view);
        List<Money> found = new ArrayList<>();
        int from = 0;
        while (from <= view.length() && m.find(from)) {
            Optional<Money> money = read(m, text, view, lang, g);
            if (money.isPresent()) {
                found.add(money.get());
                from = m.end();
            } else {
                from = m.start() + 1;
            }
        }
        return List.copyOf(found);
    }

    /**
     * Like {@link #find}, less each amount that restates the one just before it in another currency: in
     * parentheses ("2.26 trillion yen (about $15 billion)") or after a cue such as "soit" or "or"
     * (lexicon {@code conversion-cues.tsv}); and less the lower bound of a range ("between £31bn and
     * £34bn", "£25bn to £26bn", "entre 2 et 3 milliards"), whose upper bound is the amount stated.
     */
    public List<Money> findStated(String text, Language lang) {
        Grammar g = grammars.get(lang);
        String view = QuantityLib.fold(text);
        List<Money> all = find(text, lang);
        List<Money> stated = new ArrayList<>();
        Money anchor = null;
        for (Money money : all) {
            boolean conversion = anchor != null
                    && !anchor.currency().equals(money.currency())
                    && g.conversionGap.matcher(view.substring(anchor.span().end(), money.span().start())).matches();
            if (!conversion) {
                if (anchor != null && anchor == stated.get(stated.size() - 1) && anchor.currency().equals(money.currency())
                        && isRange(view, anchor, money)) {
                    stated.remove(stated.size() - 1);
                }
                stated.add(money);
                anchor = money;
            }
        }
        return List.copyOf(stated);
    }

    /** "£25bn to £26bn", "between $1bn and $2bn": two amounts that bound one, the first no larger. */
    private static boolean isRange(String view, Money low, Money high) {
        if (low.value().compareTo(high.value()) > 0) {
            return false;
        }
        String gap = view.substring(low.span().end(), high.span().start());
        if (RANGE_TO.matcher(gap).matches()) {
            return true;
        }
        String before = view.substring(Math.max(0, low.span().start() - 12), low.span().start());
        return RANGE_AND.matcher(gap).matches() && RANGE_OPEN.matcher(before).find();
    }

    private Optional<Money> read(Matcher m, String text, String view, Language lang, Grammar g) {
        String currencyGroup = m.group("pre") != null ? "pre" : "post";
        Map<String, CurrencyLexicon.Form> forms = currencyGroup.equals("pre") ? g.currencies.before() : g.currencies.after();
        CurrencyLexicon.Form form = forms.get(m.group(currencyGroup).replaceAll(" +", " "));
        if (form == null || !form.caseMatches(text.substring(m.start(currencyGroup), m.end(currencyGroup)))) {
            return Optional.empty();
        }
        int start = m.start();
        Optional<BigDecimal> value;
        if (m.group("pamt") != null) {
            value = numbers.parse(m.group("pamt"), lang);
        } else if (m.group("damt") != null) {
            value = numbers.parse(m.group("damt"), lang);
        } else {
            // a run of number words may begin with a word that belongs to the sentence ("and five billion")
            value = Optional.empty();
            int end = m.end("wamt");
            while (start < end) {
                value = numbers.parse(view.substring(start, end), lang);
                if (value.isPresent()) {
                    break;
                }
                int next = nextWord(view, start, end);
                if (next < 0) {
                    break;
                }
                start = next;
            }
        }
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Money(value.get(), form.code(), qualifier(view, start, g), new Span(start, m.end())));
    }

    private static int nextWord(String view, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = view.charAt(i);
            if (c == ' ' || c == '-') {
                int j = i;
                while (j < end && (view.charAt(j) == ' ' || view.charAt(j) == '-')) {
                    j++;
                }
                return j < end ? j : -1;
            }
        }
        return -1;
    }

    private static Money.Qualifier qualifier(String view, int start, Grammar g) {
        Matcher q = g.qualifier.matcher(view);
        q.region(Math.max(0, start - QUALIFIER_REACH), start).useTransparentBounds(true).useAnchoringBounds(true);
        if (!q.find()) {
            return Money.Qualifier.EXACT;
        }
        return g.qualifiers.get(q.group("q").replaceAll(" +", " "));
    }

    /** One language's compiled patterns. */
    private record Grammar(Pattern money, CurrencyLexicon currencies, Pattern qualifier,
                           Map<String, Money.Qualifier> qualifiers, Pattern conversionGap) {

        static Grammar build(Language lang, NumberParser numbers, List<String[]> qualifierRows,
                             List<String[]> conversionRows) {
            CurrencyLexicon currencies = CurrencyLexicon.load(lang);
            String digits = numbers.digitAmountRegex(lang);
            String words = numbers.wordAmountRegex(lang);
            String before = QuantityLib.alternation(currencies.before().keySet(), true, true);
            String after = QuantityLib.alternation(currencies.after().keySet());
            // French puts "de" between a scale word and the currency: "2 milliards de dollars", "600 millions d'euros"
            String join = lang == Language.FR ? "(?: ?| de | d' ?)" : " ?";
            String starts = QuantityLib.firstChars(currencies.before().keySet()) + "0123456789" + numbers.wordAmountStarts(lang);
            Pattern money = Pattern.compile(QuantityLib.startGuard(starts) + "(?:"
                    + "(?<pre>" + before + ") ?(?<pamt>" + numbers.gluedDigitAmountRegex(lang) + ")"
                    + "|(?:(?<damt>" + digits + ")|(?<wamt>" + words + "))" + join + "(?<post>" + after + "))");

            Map<String, Money.Qualifier> qualifiers = new HashMap<>();
            for (String[] row : qualifierRows) {
                if (row[0].equals(lang.code())) {
                    qualifiers.putIfAbsent(QuantityLib.fold(row[1]), Money.Qualifier.valueOf(row[2]));
                }
            }
            String qualifierAlternation = QuantityLib.alternation(qualifiers.keySet());
            Pattern qualifier = Pattern.compile("(?<q>" + qualifierAlternation + ") ?$");

            List<String> cues = conversionRows.stream()
                    .filter(r -> r[0].equals(lang.code()))
                    .map(r -> QuantityLib.fold(r[1]))
                    .toList();
            String cue = QuantityLib.alternation(cues);
            Pattern gap = Pattern.compile(" *(?:[(\\[] *(?:" + cue + " *)?|[,;:]? *" + cue + " *)(?:"
                    + qualifierAlternation + " *)?");
            return new Grammar(money, currencies, qualifier, Map.copyOf(qualifiers), gap);
        }
    }
}
