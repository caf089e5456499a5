package org.newsgraph.extract;

import java.util.List;
import java.util.Optional;
import org.newsgraph.text.Span;

/**
 * One stated investment. Every slot the text does not state is empty, never guessed.
 *
 * @param investors  entity ids of who puts the money or effort in (several for a joint investment)
 * @param target     entity id of the place or organization that receives it
 * @param duration   an xsd:duration such as {@code P2Y}
 * @param endDate    a stated horizon, an xsd:gYear or xsd:date lexical form
 * @param evidence   the sentence it was read from
 * @param confidence how often the rule that made it is right, 0 to 1
 * @param announced  the day it was announced, an xsd:date lexical form, where the text and the article's date say it
 */
public record Investment(List<String> investors, Optional<String> target, Optional<Money> amount,
                         Optional<String> duration, Optional<String> endDate, Optional<String> purpose,
                         Span evidence, double confidence, Optional<String> announced) {

    public Investment {
        investors = List.copyOf(investors);
        Confidence.check(confidence);
    }

    /** An investment whose announcement day is not known. */
    public Investment(List<String> investors, Optional<String> target, Optional<Money> amount, Optional<String> duration,
                      Optional<String> endDate, Optional<String> purpose, Span evidence, double confidence) {
        this(investors, target, amount, duration, endDate, purpose, evidence, confidence, Optional.empty());
    }

    public Investment withAnnounced(Optional<String> day) {
        return new Investment(investors, target, amount, duration, endDate, purpose, evidence, confidence, day);
    }
}
