package org.newsgraph.text;

/** A word, number or punctuation mark, with its place in the text. */
public record Token(Span span, String text) {

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    /** Starts with a capital letter (or a digit followed by capitals, as in "3M"). */
    public boolean isCapitalized() {
        int cp = text.codePointAt(0);
        if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
            return true;
        }
        return Character.isDigit(cp) && text.chars().anyMatch(Character::isUpperCase) && text.chars().anyMatch(Character::isLetter);
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
