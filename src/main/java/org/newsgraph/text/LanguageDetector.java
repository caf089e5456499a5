package org.newsgraph.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells French from English by counting each language's commonest function words. */
public final class LanguageDetector {

    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "de", "et", "un", "une",
            "est", "dans", "pour", "qui", "que", "sur", "au", "aux", "a", "en", "son", "ses", "avec", "par", "d", "l", "qu");
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "is", "that", "for", "on",
            "with", "by", "it", "its", "as", "at", "said", "will", "was", "has", "from", "an", "be", "this");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private LanguageDetector() {
    }

    public static Language detect(String text) {
        int fr = 0;
        int en = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (FRENCH.contains(w)) {
                fr++;
            }
            if (ENGLISH.contains(w)) {
                en++;
            }
        }
        return fr > en ? Language.FR : Language.EN;
    }
}
