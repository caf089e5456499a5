package org.newsgraph.extract;

import java.util.Optional;
import org.newsgraph.text.Span;

/**
 * A quotation and who said it.
 *
 * @param speaker entity id of the speaker, where the text names one
 * @param text    the quoted words, without the quotation marks
 * @param span    where the quoted words are
 */
public record Quote(Optional<String> speaker, String text, Span span, double confidence) {

    public Quote {
        Confidence.check(confidence);
    }
}
