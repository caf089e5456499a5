package org.newsgraph.extract;

import org.newsgraph.text.Document;

/** Reads an article into entities and facts. Implementations are immutable and thread-safe. */
public interface Extractor {

    Extraction extract(Document document);

    default Extraction extract(String text) {
        return extract(Document.of(text));
    }
}
