package org.newsgraph.extract;

import java.util.Optional;
import org.newsgraph.text.Span;

/**
 * A person's role: "Brad Smith, président de Microsoft".
 *
 * @param person entity id of the person
 * @param title  the title as written, lower-cased ("président", "chief executive")
 * @param in     entity id of the organization or place the role is in
 */
public record Position(String person, String title, Optional<String> in, Span evidence, double confidence) {

    public Position {
        Confidence.check(confidence);
    }
}
