package io.perfeval.core.input;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One datum of an evaluation input, in the unit its declaration gives (a percentage as a number of percent: 97.38).
 */
public sealed interface Value {

    /**
     * A number from its text; throws {@link io.perfeval.core.diag.InvalidInputException} (I018) for a text that is not
     * a number, longer than 40 characters or with an exponent out of range. A {@link BigDecimal} of any size is
     * accepted here and judged by the pack's validation (I015) when scored.
     */
    static Value number(String value) {
        return new Number(Numbers.parse(value, ""));
    }

    static Value number(BigDecimal value) {
        return new Number(value);
    }

    static Value yes(boolean yes) {
        return new YesNo(yes);
    }

    /** An amount, a rate, a count or a quantity, in the unit its {@code DataField} declares. */
    record Number(BigDecimal value) implements Value {
        public Number {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A 是/否 answer. */
    record YesNo(boolean yes) implements Value {
    }

    /** Answers by 1-based item number: {@code true} is 符合 (the item is met), {@code false} is 不符合. */
    record Checklist(Map<Integer, Boolean> answers) implements Value {
        public Checklist {
            // in item order, unmodifiable, and read by item number without a tree walk when items are 1…n
            answers = ItemAnswers.copyOf(answers);
        }

        /** All {@code size} items met except the listed item numbers. */
        public static Checklist allMetExcept(int size, int... failed) {
            Map<Integer, Boolean> answers = new TreeMap<>();
            for (int i = 1; i <= size; i++) {
                answers.put(i, Boolean.TRUE);
            }
            for (int f : failed) {
                answers.put(f, Boolean.FALSE);
            }
            return new Checklist(answers);
        }
    }

    /** One number per period, by the period names the declaration gives. */
    record Series(Map<String, BigDecimal> values) implements Value {
        public Series {
            // a series set by slot in period order is kept as it is: immutable already, with no entry per period
            values = values instanceof PeriodValues p ? p : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }
}
