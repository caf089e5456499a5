package org.newsgraph.extract.quantity;

import java.util.Optional;
import org.newsgraph.text.Span;

/**
 * A stated period or horizon: "over four years" (P4Y), "d'ici 2027" (ends 2027).
 *
 * @param duration an xsd:duration lexical form such as P2Y
 * @param endDate  an xsd:gYear or xsd:date lexical form
 */
public record TimeSpan(Span span, Optional<String> duration, Optional<String> endDate) {
}
