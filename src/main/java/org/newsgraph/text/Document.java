package org.newsgraph.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * An article's text, the source of truth for every offset, with its language and sentences.
 * Stages work on UTF-16 indices ({@link Span}); the graph carries code points, through
 * {@link #codePointOffset(int)}.
 *
 * <pre>{@code Document doc = Document.of(text); String first = doc.text(doc.sentences().get(0));}</pre>
 */
public record Document(String text, Language language, List<Span> sentences) {

    public Document {
        sentences = List.copyOf(sentences);
    }

    /** Reads language and sentences off the text with the default detectors. */
    public static Document of(String text) {
        String clean = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new Document(clean, LanguageDetector.detect(clean), SentenceSplitter.split(clean));
    }

    public String text(Span span) {
        return text.substring(span.start(), span.end());
    }

    /** The code-point offset of a UTF-16 index, as the graph's mentions count. */
    public int codePointOffset(int charIndex) {
        return text.codePointCount(0, charIndex);
    }

    /** The sentence that holds a position, or a span of the whole text if none does. */
    public Span sentenceAt(int charIndex) {
        for (Span s : sentences) {
            if (s.start() <= charIndex && charIndex < s.end()) {
                return s;
            }
        }
        return new Span(0, text.length());
    }

    /** A hash of the text: what the article's IRI is made of, so the same text gives the same graph. */
    public String contentHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
