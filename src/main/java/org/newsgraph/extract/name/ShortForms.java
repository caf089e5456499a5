package org.newsgraph.extract.name;

import java.util.Locale;

/**
 * Short forms defined in parentheses after their long form: "la Cimenterie du Littoral (Cimlit)", "the Kivu Regional
 * Power Authority (KRPA)". The long form is found as Schwartz and Hearst do (A simple algorithm for identifying
 * abbreviation definitions in biomedical text, PSB 2003): the short form's letters stand in the long form in order,
 * its first letter opening a word, and the shortest such long form wins.
 */
public final class ShortForms {

    private ShortForms() {
    }

    /** Whether a word can be a short form: one word of two to ten letters or digits that opens with a capital. */
    public static boolean isShortForm(String word) {
        return word.length() >= 2 && word.length() <= 10 && Character.isUpperCase(word.codePointAt(0))
                && word.chars().allMatch(Character::isLetterOrDigit);
    }

    /** Whether a name is the long form of a short form: it holds the short form's letters so, from its first word on. */
    public static boolean defines(String longForm, String shortForm) {
        return longFormStart(shortForm, longForm) == 0;
    }

    /** Where in the text before a short form its long form starts, or -1 (Schwartz and Hearst's best long form). */
    public static int longFormStart(String shortForm, String before) {
        String s = plain(shortForm);
        String l = plain(before);
        int si = s.length() - 1;
        int li = l.length() - 1;
        while (si >= 0) {
            char c = s.charAt(si);
            if (!Character.isLetterOrDigit(c)) {
                si--;
                continue;
            }
            while (li >= 0 && (l.charAt(li) != c || si == 0 && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1)))) {
                li--;
            }
            if (li < 0) {
                return -1;
            }
            li--;
            si--;
        }
        return l.lastIndexOf(' ', li) + 1;
    }

    /** Lower case without accents, one character for one: "Électricité" reads "electricite". */
    private static String plain(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            sb.append(java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD).charAt(0));
        }
        return sb.toString();
    }
}
