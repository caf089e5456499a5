package org.newsgraph.extract.fact;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.newsgraph.text.Span;

/**
 * Pairs quotation marks within each line of a text: French guillemets first, then curly double
 * quotes, then straight double quotes (an opening one follows a space, a closing one follows a
 * letter or punctuation). Marks nested in an outer quotation are part of it; a mark left open
 * at the end of its line opens nothing, unless it opens the line: then the quotation runs to the
 * line's end (and on into the next paragraph); so does one left open inside a line when the next paragraph
 * opens with a mark, the English way of quoting over paragraphs. A line that opens with a dash and holds no marks is
 * a line of dialogue, as French interviews write them.
 *
 * <pre>{@code for (QuotationMarkFinder.Quoted q : QuotationMarkFinder.find(text)) { text.substring(q.words()...) }}</pre>
 */
final class QuotationMarkFinder {

    /**
     * One quotation.
     *
     * @param open  index of the opening mark
     * @param close index of the closing mark
     * @param words the quoted words, without the marks and the spaces inside them
     * @param kind  how the quotation is marked
     */
    record Quoted(int open, int close, Span words, Marking kind) {

        Quoted(int open, int close, Span words) {
            this(open, close, words, Marking.CLOSED);
        }

        /** Whether the quotation runs to the end of its paragraph, with no closing mark there. */
        boolean openEnded() {
            return kind != Marking.CLOSED;
        }
    }

    /** How a quotation is marked. */
    enum Marking {
        /** An opening and a closing mark on one line. */
        CLOSED,
        /** A paragraph that opens with a quotation mark and does not close it: the quote goes on in the next one. */
        RUNS_ON,
        /** A line of dialogue that opens with a dash, as French interviews write them: "— Non, répond-il." */
        DIALOGUE
    }

    private QuotationMarkFinder() {
    }

    /** The quotations closed on their line. */
    static List<Quoted> find(String text) {
        return withOpenEnded(text).stream().filter(q -> !q.openEnded()).toList();
    }

    /** The quotations closed on their line, those that run on to the next paragraph and dialogue lines. */
    static List<Quoted> withOpenEnded(String text) {
        List<Quoted> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            List<Quoted> line = new ArrayList<>();
            paired(text, lineStart, lineEnd, '«', '»', line);
            paired(text, lineStart, lineEnd, '“', '”', line);
            straight(text, lineStart, lineEnd, line);
            openEnded(text, lineStart, lineEnd, line);
            continued(text, lineStart, lineEnd, line);
            out.addAll(line);
            lineStart = lineEnd + 1;
        }
        out.sort(Comparator.comparingInt(Quoted::open));
        return List.copyOf(out);
    }

    private static void paired(String text, int from, int to, char opening, char closing, List<Quoted> found) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = from; i < to; i++) {
            if (inside(found, i)) {
                continue;
            }
            char c = text.charAt(i);
            if (c == opening) {
                open.push(i);
            } else if (c == closing && !open.isEmpty()) {
                int start = open.pop();
                if (open.isEmpty()) {
                    add(text, start, i, found);
                }
            }
        }
    }

    private static void straight(String text, int from, int to, List<Quoted> found) {
        int pending = -1;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '"' || inside(found, i)) {
                continue;
            }
            boolean canOpen = (i == from || isSpace(text.charAt(i - 1)) || "([{—–-/".indexOf(text.charAt(i - 1)) >= 0)
                    && i + 1 < to && !isSpace(text.charAt(i + 1));
            boolean canClose = i > from && !isSpace(text.charAt(i - 1));
            if (pending >= 0 && canClose) {
                add(text, pending, i, found);
                pending = -1;
            } else if (canOpen) {
                pending = i;
            }
        }
    }

    /**
     * A line that opens with a quotation mark left unclosed runs on to its end; a line that opens
     * with a dash and holds no quotation marks is a line of dialogue.
     */
    private static void openEnded(String text, int from, int to, List<Quoted> found) {
        int i = firstNonSpace(text, from, to);
        if (i >= to) {
            return;
        }
        char c = text.charAt(i);
        final int at = i;
        boolean unclosed = (c == '«' || c == '“') && found.stream().noneMatch(q -> q.open() == at);
        boolean dash = (c == '—' || c == '–') && i + 1 < to && isSpace(text.charAt(i + 1)) && found.isEmpty();
        if (!unclosed && !dash) {
            return;
        }
        int s = i + 1;
        int e = to;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s && found.stream().noneMatch(q -> q.open() < at && at < q.close())) {
            found.add(new Quoted(i, to, new Span(s, e), dash ? Marking.DIALOGUE : Marking.RUNS_ON));
        }
    }

    /**
     * 'X said: "Warehouses cannot hire.' then a paragraph that opens with a quotation mark: a mark left open
     * inside a line whose next paragraph opens with a mark is a quotation that runs on (the English way
     * of quoting over several paragraphs), from its mark to the line's end.
     */
    private static void continued(String text, int from, int to, List<Quoted> found) {
        int next = to + 1;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (to >= text.length() || next >= text.length() || "\"“«".indexOf(text.charAt(next)) < 0) {
            return;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ("\"“«".indexOf(c) < 0 || inside(found, i)) {
                continue;
            }
            boolean opens = (i == from || isSpace(text.charAt(i - 1)) || "([{—–-/:".indexOf(text.charAt(i - 1)) >= 0)
                    && i + 1 < to && !isSpace(text.charAt(i + 1));
            if (!opens || i == firstNonSpace(text, from, to)) {
                // a mark that opens the line is handled as a paragraph that runs on
                return;
            }
            int s = i + 1;
            int e = to;
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                found.add(new Quoted(i, to, new Span(s, e), Marking.RUNS_ON));
            }
            return;
        }
    }

    private static int firstNonSpace(String text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean inside(List<Quoted> found, int i) {
        return found.stream().anyMatch(q -> q.open() <= i && i <= q.close());
    }

    private static void add(String text, int open, int close, List<Quoted> found) {
        int s = open + 1;
        int e = close;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            found.add(new Quoted(open, close, new Span(s, e)));
        }
    }

    /** Ordinary, no-break and narrow no-break spaces alike. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
