package org.newsgraph.extract.quantity;

import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.text.Language;

/**
 * The ways one language writes a currency before and after an amount, from {@code lexicon/currencies.tsv}
 * and ICU4J's display names of each code listed there.
 *
 * <pre>{@code CurrencyLexicon fr = CurrencyLexicon.load(Language.FR); fr.after().get("couronnes suedoises").code(); // SEK}</pre>
 *
 * @param before folded form written before an amount, to its currency
 * @param after  folded form written after an amount, to its currency
 */
record CurrencyLexicon(Map<String, Form> before, Map<String, Form> after) {

    static final String RESOURCE = "/lexicon/currencies.tsv";

    /**
     * One written form of a currency.
     *
     * @param code    ISO 4217 code
     * @param written the form as listed, whose letter case the text must match when {@code exactCase}
     */
    record Form(String code, String written, boolean exactCase) {

        /** Whether the original text of a match has the letter case this form requires. */
        boolean caseMatches(String original) {
            if (!exactCase) {
                return true;
            }
            String a = original.replaceAll("[\\s\\u00A0\\u202F\\u2009]+", "");
            String b = written.replace(" ", "");
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
                    before.putIfAbsent(key, new Form(code, written, true));
                    after.putIfAbsent(key, new Form(code, written, true));
                }
                case "symbol" -> {
                    before.putIfAbsent(key, new Form(code, written, false));
                    after.putIfAbsent(key, new Form(code, written, false));
                }
                case "prefix" -> before.putIfAbsent(key, new Form(code, written, true));
                case "suffix" -> after.putIfAbsent(key, new Form(code, written, true));
                case "name" -> after.putIfAbsent(key, new Form(code, written, false));
                default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + kind);
            }
        }
        ULocale locale = new ULocale(lang.code());
        boolean[] isChoiceFormat = new boolean[1];
        for (String code : codes) {
            Currency currency = Currency.getInstance(code);
            Set<String> names = new LinkedHashSet<>();
            names.add(currency.getName(locale, Currency.LONG_NAME, isChoiceFormat));
            for (String count : List.of("one", "many", "other")) {
                names.add(currency.getName(locale, Currency.PLURAL_LONG_NAME, count, isChoiceFormat));
            }
            for (String name : names) {
                // a name that ICU lacks comes back as the code itself, which is listed with its exact case
                if (!name.equals(code) && !name.contains("(")) {
                    after.putIfAbsent(QuantityLib.fold(name), new Form(code, name, false));
                }
            }
        }
        return new CurrencyLexicon(before, after);
    }
}
