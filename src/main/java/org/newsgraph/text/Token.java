package org.newsgraph.text;

/** A word, number or punctuation mark, with its place in the text. */
public record Token(Span span, String text) {

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    /**
     * Starts with a capital letter, or a digit followed by capitals ("3M"), or is a brand written in camel case with
     * a lower-case first letter and four letters or more ("iPhone", "eBay", "paddockOS", "windSAIL"); units and
     * other short lower-initial forms ("kWh", "pH", "mAh") are not.
     */
    public boolean isCapitalized() {
        int cp = text.codePointAt(0);
        if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
            return true;
        }
        if (Character.isDigit(cp)) {
            return text.chars().anyMatch(Character::isUpperCase) && text.chars().anyMatch(Character::isLetter);
        }
        return Character.isLowerCase(cp) && isCamelCase();
    }

    private boolean isCamelCase() {
        int letters = 0;
        boolean lowerThenUpper = false;
        int previous = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                // "e-commerce", "l'Union": a mark inside the word makes no brand
                return false;
            }
            letters++;
            lowerThenUpper |= Character.isUpperCase(c) && Character.isLowerCase(previous);
            previous = c;
            i += Character.charCount(c);
        }
        return letters >= 4 && lowerThenUpper;
    }

    public boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** Every letter a capital, at least two letters: "AFP", "U.S.", "G42". */
    public boolean isAllCaps() {
        long letters = text.chars().filter(Character::isLetter).count();
        return letters >= 2 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    public boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }
}
