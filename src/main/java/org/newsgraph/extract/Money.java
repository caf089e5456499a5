package org.newsgraph.extract;

import java.math.BigDecimal;
import org.newsgraph.text.Span;

/**
 * An amount of money stated in the text.
 *
 * @param value     in plain units (2.9 billion is 2900000000)
 * @param currency  an ISO 4217 code
 * @param qualifier how the text bounds the amount ("about", "more than", "up to")
 * @param span      where it is written
 */
public record Money(BigDecimal value, String currency, Qualifier qualifier, Span span) {

    /** How an amount is hedged in the text; the number kept is the one written. */
    public enum Qualifier { EXACT, ABOUT, MORE_THAN, UP_TO, AT_LEAST }

    public Money {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("negative amount " + value);
        }
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("not an ISO 4217 code: " + currency);
        }
    }
}
