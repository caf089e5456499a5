package org.newsgraph.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 char indices into a {@link Document}'s text.
 * Conversion to the code-point offsets that the graph carries happens in {@link Document#codePointOffset(int)}.
 *
 * <pre>{@code Span s = new Span(4, 9); String covered = doc.text(s);}</pre>
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
