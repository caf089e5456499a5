package org.newsgraph.extract.quantity;

import java.util.Optional;
import org.newsgraph.text.Span;

/**
 * A period or a horizon stated in a text ("sur quatre ans", "by the end of 2026").
 *
 * <pre>{@code timeSpan.duration().orElse(""); // "P4Y"}</pre>
 *
 * @param span     the whole phrase, preposition included ("au cours des deux prochaines années", "d'ici 2027")
 * @param duration an xsd:duration lexical form such as {@code P2Y} or {@code P18M}
 * @param endDate  the stated end year, as an xsd:gYear lexical form such as {@code 2027}
 */
public record TimeSpan(Span span, Optional<String> duration, Optional<String> endDate) {

    public TimeSpan {
        if (duration.isEmpty() && endDate.isEmpty()) {
            throw new IllegalArgumentException("a time span needs a duration or an end date");
        }
        duration.filter(d -> !d.matches("P[1-9]\\d*[YMWD]")).ifPresent(d -> {
            throw new IllegalArgumentException("not a simple xsd:duration: " + d);
        });
        endDate.filter(d -> !d.matches("\\d{4}")).ifPresent(d -> {
            throw new IllegalArgumentException("not an xsd:gYear: " + d);
        });
    }
}
