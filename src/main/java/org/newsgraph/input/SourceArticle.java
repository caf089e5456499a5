package org.newsgraph.input;

import org.newsgraph.text.Document;
import org.newsgraph.text.SentenceSplitter;

/**
 * An article as read from its source: the name the user knows it by (for messages), its text and what
 * came with it.
 *
 * <pre>{@code Document doc = new SourceArticle("news.jsonl:3", text, given).document();}</pre>
 */
public record SourceArticle(String source, String text, Given given) {

    /** The text as a document, in the language given with it, else the one detected. */
    public Document document() {
        if (given.language().isEmpty()) {
            return Document.of(text);
        }
        String clean = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new Document(clean, given.language().get(), SentenceSplitter.split(clean));
    }
}
