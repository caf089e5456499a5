package org.newsgraph.text;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds an article's headline in its text: the first line, when that line reads as a headline (short,
 * standing alone above the body, with no closing period), past a rubric line or two above it ("PRESS
 * RELEASE", "MARKETS BRIEF | May 2, 2024"). A text that opens with its lead paragraph has none.
 *
 * <pre>{@code Optional<String> headline = HeadlineReader.headline(text);}</pre>
 */
public final class HeadlineReader {

    private static final int MAX_WORDS = 25;
    private static final int MAX_CHARS = 200;
    private static final int MAX_RUBRICS = 2;
    /** A line that closes a sentence or runs on: a lead paragraph's, not a headline's. */
    private static final Pattern RUNS_ON = Pattern.compile("[.,;:…]$");
    /** A dateline or a date stamp: "PARIS (Reuters) -", " date 2024-04 (Lisbonne)". */
    private static final Pattern DATELINE = Pattern.compile("^(?:\\s*date\\s*:?\\s*\\d{4}|[^\\n]{0,60}?\\([^()]{2,40}\\)\\s*(?:--|[-—–]))");

    private HeadlineReader() {
    }

    /** The headline, as written on its line, if the text opens with one. */
    public static Optional<String> headline(String text) {
        String[] lines = text.replace("\uFEFF", "").split("\\R", -1);
        int rubrics = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean followed = false;
            for (int j = i + 1; j < lines.length && !followed; j++) {
                followed = !lines[j].isBlank();
            }
            if (!followed) {
                return Optional.empty();
            }
            if (isRubric(line) && rubrics < MAX_RUBRICS) {
                rubrics++;
                continue;
            }
            return isHeadline(line) ? Optional.of(line) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isHeadline(String line) {
        return line.length() <= MAX_CHARS && line.split("\\s+").length <= MAX_WORDS
                && !RUNS_ON.matcher(line).find() && !DATELINE.matcher(line).find()
                && line.codePoints().anyMatch(Character::isLetter);
    }

    /** A section name or label above the headline: all capitals, or parts split by a bar. */
    private static boolean isRubric(String line) {
        boolean letters = line.codePoints().anyMatch(Character::isLetter);
        boolean capitals = letters && line.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return line.contains(" | ") || capitals && line.split("\\s+").length <= 4;
    }
}
