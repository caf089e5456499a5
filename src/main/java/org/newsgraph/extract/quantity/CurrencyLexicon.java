package org.newsgraph.extract.quantity;

import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.text.Language;

/**
 * The ways one language writes a currency before and after an amount, from {@code lexicon/currencies.tsv},
 * the ISO 4217 code of every territory's currency in ICU4J (CLDR), and ICU4J's display names of each code.
 *
 * <pre>{@code CurrencyLexicon fr = CurrencyLexicon.load(Language.FR); fr.after().get("couronnes suedoises").code(); // SEK}</pre>
 *
 * @param before folded form written before an amount, to its currency
 * @param after  folded form written after an amount, to its currency
 */
record CurrencyLexicon(Map<String, Form> before, Map<String, Form> after) {

    static final String RESOURCE = "/lexicon/currencies.tsv";

    /** ISO 4217 codes that are also English words, which a capitalized headline could write before a number. */
    private static final Set<String> WORD_CODES = Set.of("ALL", "TOP", "CUP", "PEN", "MOP", "BOB", "SOS", "BAM");

    /** The currency of every territory ICU (CLDR) knows: the codes in use today, "MYR" to "ZMW". */
    private static final Set<String> TERRITORY_CODES = territoryCodes();

    private static Set<String> territoryCodes() {
        Set<String> out = new TreeSet<>();
        for (ULocale l : ULocale.getAvailableLocales()) {
            if (!l.getCountry().isEmpty()) {
                Currency c = Currency.getInstance(l);
                if (c != null && c.getCurrencyCode().matches("[A-Z]{3}")) {
                    out.add(c.getCurrencyCode());
                }
            }
        }
        return Set.copyOf(out);
    }

    /**
     * One written form of a currency.
     *
     * @param code    ISO 4217 code
     * @param written the form as listed, in each letter case listed ("Ksh", "KSh"), which the text must match
     *                when {@code exactCase}
     */
    record Form(String code, List<String> written, boolean exactCase) {

        Form {
            written = List.copyOf(written);
        }

        Form(String code, String written, boolean exactCase) {
            this(code, List.of(written), exactCase);
        }

        /** Whether the original text of a match has the letter case this form requires. */
        boolean caseMatches(String original) {
            if (!exactCase) {
                return true;
            }
            String a = original.replaceAll("[\\s\\u00A0\\u202F\\u2009]+", "");
            return written.stream().anyMatch(w -> sameCase(a, w.replace(" ", "")));
        }

        private static boolean sameCase(String a, String b) {
            if (a.length() != b.length()) {
                return false;
            }
            for (int i = 0; i < a.length(); i++) {
                if (Character.isUpperCase(a.charAt(i)) != Character.isUpperCase(b.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /** This form, also written so: "KSh" beside "Ksh"; a form of another currency leaves it as it is. */
        Form or(Form other) {
            if (!other.code.equals(code) || !exactCase || !other.exactCase) {
                return this;
            }
            List<String> all = new ArrayList<>(written);
            other.written.stream().filter(w -> !all.contains(w)).forEach(all::add);
            return new Form(code, all, true);
        }
    }

    CurrencyLexicon {
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }

    static CurrencyLexicon load(Language lang) {
        List<String[]> rows = QuantityLib.readTsv(RESOURCE, 4);
        Map<String, Form> before = new LinkedHashMap<>();
        Map<String, Form> after = new LinkedHashMap<>();
        Set<String> codes = new LinkedHashSet<>();
        for (String[] row : rows) {
            String code = row[0];
            String kind = row[1];
            String written = row[3];
            codes.add(code);
            if (!QuantityLib.covers(row[2], lang.code())) {
                continue;
            }
            String key = QuantityLib.fold(written);
            switch (kind) {
                case "code" -> {
                    before.merge(key, new Form(code, written, true), Form::or);
                    after.merge(key, new Form(code, written, true), Form::or);
                }
                case "symbol" -> {
                    before.putIfAbsent(key, new Form(code, written, false));
                    after.putIfAbsent(key, new Form(code, written, false));
                }
                case "prefix" -> before.merge(key, new Form(code, written, true), Form::or);
                case "suffix" -> after.merge(key, new Form(code, written, true), Form::or);
                case "name" -> after.putIfAbsent(key, new Form(code, written, false));
                default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + kind);
            }
        }
        for (String code : TERRITORY_CODES) {
            // "MYR 1.2 billion", "KES 3bn": every current currency's code, but codes that are also words ("ALL", "TOP")
            codes.add(code);
            if (!WORD_CODES.contains(code)) {
                before.putIfAbsent(code.toLowerCase(Locale.ROOT), new Form(code, code, true));
                after.putIfAbsent(code.toLowerCase(Locale.ROOT), new Form(code, code, true));
            }
        }
        for (String code : codes) {
            for (String name : icuNames(code, lang)) {
                after.putIfAbsent(QuantityLib.fold(name), new Form(code, name, false));
            }
        }
        SINGLE_CURRENCY_WORDS.forEach((word, code) -> after.putIfAbsent(word, new Form(code, word, false)));
        return new CurrencyLexicon(before, after);
    }

    /** Nouns of a single currency that are also words of English or French. */
    private static final Set<String> COMMON_WORDS = Set.of("real", "mark", "marks", "sol", "sols", "sum", "sums", "gold", "kip",
            "kips", "tala", "lev", "dram", "drams", "nouveau", "nouveaux", "florin", "florins");

    /**
     * Words that can only mean a certain currency: the noun of its ICU display names ("ariary" of "Malagasy
     * ariary" and "ariary malgache", "forints"), where no other current currency's names use it and it is no
     * common word ("real", "mark", "sol", "sum", "gold"). Shared nouns ("dollars", "francs", "dinars") are
     * listed, and read in the story's country by {@code local-currencies.tsv}.
     */
    private static final Map<String, String> SINGLE_CURRENCY_WORDS = singleCurrencyWords();

    private static Map<String, String> singleCurrencyWords() {
        Map<String, Set<String>> codesOf = new TreeMap<>();
        for (String code : TERRITORY_CODES) {
            for (Language lang : Language.values()) {
                for (String name : icuNames(code, lang)) {
                    // the noun of "Malagasy ariary" comes last, that of "ariary malgache" first
                    String[] words = name.toLowerCase(Locale.ROOT).split(" ");
                    String noun = lang == Language.EN ? words[words.length - 1] : words[0];
                    codesOf.computeIfAbsent(QuantityLib.fold(noun), k -> new TreeSet<>()).add(code);
                }
            }
        }
        Map<String, String> out = new TreeMap<>();
        codesOf.forEach((noun, codes) -> {
            if (codes.size() == 1 && !COMMON_WORDS.contains(noun) && noun.codePointCount(0, noun.length()) >= 3) {
                out.put(noun, codes.iterator().next());
            }
        });
        return Map.copyOf(out);
    }

    /**
     * ICU's long names of a currency in a language, singular and plural ("Malagasy ariary", "ariarys malgaches"),
     * less names it lacks (given back as the code itself, which is listed with its exact case) and names that
     * qualify in parentheses ("francs CFA (BCEAO)").
     */
    private static Set<String> icuNames(String code, Language lang) {
        Currency currency = Currency.getInstance(code);
        ULocale locale = new ULocale(lang.code());
        boolean[] isChoiceFormat = new boolean[1];
        Set<String> names = new LinkedHashSet<>();
        names.add(currency.getName(locale, Currency.LONG_NAME, isChoiceFormat));
        for (String count : List.of("one", "many", "other")) {
            names.add(currency.getName(locale, Currency.PLURAL_LONG_NAME, count, isChoiceFormat));
        }
        names.removeIf(name -> name.equals(code) || name.contains("("));
        return names;
    }
}
