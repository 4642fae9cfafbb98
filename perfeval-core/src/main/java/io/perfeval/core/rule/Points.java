package io.perfeval.core.rule;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of score as rules state it: absolute (扣0.5分) or a share of the indicator's 分值 (扣分值的十分之一,
 * 扣分值的二分之一). Kept symbolic so the tree says what the text said, and resolved against the 分值 at evaluation.
 */
public sealed interface Points {

    BigDecimal resolve(BigDecimal maxScore);

    /** A number of points, as written: 得 2 分. */
    record Absolute(BigDecimal points) implements Points {
        public Absolute {
            Objects.requireNonNull(points, "points");
            if (points.signum() < 0) {
                throw new IllegalArgumentException("points must not be negative: " + points);
            }
        }

        @Override
        public BigDecimal resolve(BigDecimal maxScore) {
            return points;
        }
    }

    /** {@code numerator/denominator} of the 分值, e.g. 1/10 for 十分之一; kept as a fraction so 1/3 stays exact. */
    record ShareOfMax(BigDecimal numerator, BigDecimal denominator) implements Points {
        public ShareOfMax {
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
            if (numerator.signum() < 0 || denominator.signum() <= 0) {
                throw new IllegalArgumentException("share must be a non-negative fraction: " + numerator + "/" + denominator);
            }
        }

        @Override
        public BigDecimal resolve(BigDecimal maxScore) {
            return Decimals.divide(maxScore.multiply(numerator), denominator);
        }
    }

    static Points absolute(String points) {
        return new Absolute(new BigDecimal(points));
    }

    static Points share(int numerator, int denominator) {
        return new ShareOfMax(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /** The whole 分值 (得满分). */
    static Points full() {
        return share(1, 1);
    }
}
