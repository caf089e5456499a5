package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the text is in quotation marks: « », “ ” and paired straight quotes.
 *
 * <pre>{@code List<Span> quoted = QuoteMarks.quotedSpans(text);}</pre>
 */
public final class QuoteMarks {

    private QuoteMarks() {
    }

    /** The spans inside each pair of quotation marks, marks excluded. */
    public static List<Span> quotedSpans(String text) {
        List<Span> out = new ArrayList<>();
        pairs(text, '«', '»', out);
        pairs(text, '“', '”', out);
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && open >= 0 && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                open = -1;
            } else if (c == '"') {
                if (open < 0) {
                    open = i;
                } else {
                    out.add(new Span(open + 1, i));
                    open = -1;
                }
            }
        }
        return List.copyOf(out);
    }

    private static void pairs(String text, char opening, char closing, List<Span> out) {
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == opening) {
                open = i;
            } else if (c == closing && open >= 0) {
                out.add(new Span(open + 1, i));
                open = -1;
            }
        }
    }
}
