package io.perfeval.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Domains of min, max and |…| (Expr.Min/Max/Abs), which measures may now use: sound, never narrower than the truth. */
class IntervalTest {

    private static Interval of(String lo, String hi) {
        return new Interval(lo == null ? null : new BigDecimal(lo), hi == null ? null : new BigDecimal(hi));
    }

    @Test
    void minAndMaxTakeTheNearerAndFartherEnds() {
        assertEquals(of("0", "1"), of("0", null).min(of("1", "1")));
        assertEquals(of("1", null), of("0", null).max(of("1", "1")));
        assertEquals(of(null, "5"), of(null, "5").min(of("2", null)));
        assertEquals(of("2", null), of(null, "5").max(of("2", null)));
    }

    @Test
    void anAbsoluteValueFoldsTheNegativeSide() {
        assertEquals(of("2", "3"), of("2", "3").abs());
        assertEquals(of("2", "3"), of("-3", "-2").abs());
        assertEquals(of("0", "4"), of("-4", "1").abs());
        assertEquals(of("0", null), of(null, "1").abs());
    }
}
