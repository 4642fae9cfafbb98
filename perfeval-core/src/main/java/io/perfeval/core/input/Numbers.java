package io.perfeval.core.input;

import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.rule.Decimals;
import java.math.BigDecimal;
import java.util.List;

/**
 * Numbers given as text to the builders ({@link Value#number(String)}, {@link Judgement#of}, the
 * {@link EvaluationInput.Builder} methods): a text of more than {@value #MAX_TEXT} characters is refused before it is
 * parsed (parsing 10^5 digits is quadratic), and a text the JDK cannot parse ({@code 1e-2147483648}, whose scale does not
 * fit an int) is refused as I018 naming the datum, never a raw {@link NumberFormatException}.
 */
final class Numbers {

    /** The JSON readers' number length; a budget figure has far fewer characters. */
    static final int MAX_TEXT = EvaluationInput.MAX_DIGITS;

    private Numbers() {
    }

    static BigDecimal parse(String text, String subject) {
        if (text != null && text.length() <= MAX_TEXT) {
            try {
                return new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                // not a number, or an exponent out of the int range: reported below
            }
        }
        throw new InvalidInputException(List.of(Problem.core("I018", Severity.ERROR, subject == null ? "" : subject,
                null, text == null ? "null" : Decimals.shown(text), MAX_TEXT)));
    }
}
