package io.perfeval.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The one-division rate gives the value and scale of the general route (34-digit quotient, shift, declared
 * rounding) for every operand, and it is taken for the operands rates are made of.
 */
class RatesProperties {

    @Property(tries = 5000)
    void theRateIsTheGeneralRoute(@ForAll("amounts") BigDecimal a, @ForAll("amounts") BigDecimal b,
                                  @ForAll @IntRange(min = 0, max = 4) int shift,
                                  @ForAll @IntRange(min = 0, max = 4) int scale) {
        if (b.signum() == 0) {
            return;
        }
        BigDecimal expected = Rates.general(a, b, shift, scale);
        BigDecimal rate = Rates.rate(a, b, shift, scale);
        assertEquals(expected, rate, a + " / " + b + " shift " + shift + " scale " + scale);
        BigDecimal fast = Rates.fast(a, b, shift, scale);
        if (fast != null) {
            assertEquals(expected, fast, a + " / " + b);
        }
    }

    /** Amounts up to 1000亿元 with six decimals (元 and fen in 万元). */
    @Property(tries = 2000)
    void budgetFiguresTakeTheLongDivision(@ForAll("fen") long fenA, @ForAll("fen") long fenB) {
        BigDecimal a = BigDecimal.valueOf(fenA, 6);
        BigDecimal b = BigDecimal.valueOf(fenB, 6);
        if (b.signum() == 0) {
            return;
        }
        BigDecimal fast = Rates.fast(a, b, 2, 2);
        // the digit after the kept ones, truncated: 4 is the one case left to the general route
        int digit = a.scaleByPowerOfTen(2).divide(b, 3, RoundingMode.DOWN).unscaledValue()
                .mod(BigInteger.TEN).intValue();
        if (digit != 4) {
            assertNotNull(fast, a + " / " + b);
        }
        if (fast != null) {
            assertEquals(Rates.general(a, b, 2, 2), fast);
        }
    }

    @Example
    void halfUpAtTheDeclaredScaleAfterTheShift() {
        // 1308.05 / 1400.00 = 0.934321…: 93.43%
        assertEquals(new BigDecimal("93.43"), Rates.rate(new BigDecimal("1308.05"), new BigDecimal("1400.00"), 2, 2));
        // a tie rounds away from zero, on both sides of zero
        assertEquals(new BigDecimal("0.13"), Rates.rate(new BigDecimal("1"), new BigDecimal("800"), 2, 2));
        assertEquals(new BigDecimal("-0.13"), Rates.rate(new BigDecimal("-1"), new BigDecimal("800"), 2, 2));
        assertEquals(new BigDecimal("100.00"), Rates.rate(new BigDecimal("7"), new BigDecimal("7"), 2, 2));
    }

    @Example
    void digitFourGoesTheGeneralRoute() {
        // 0.12344… : the digit after the kept ones is 4, which 34-digit rounding could turn into a half
        assertNull(Rates.fast(new BigDecimal("12344"), new BigDecimal("100000"), 0, 4));
        // 0.0049999…(40 nines)…7 / 1: rounded to 34 digits it is 0.005, which half-up then takes to 0.01
        BigDecimal justBelowHalf = new BigDecimal("0.00499999999999999999999999999999999999999997");
        assertEquals(new BigDecimal("0.01"), Rates.rate(justBelowHalf, BigDecimal.ONE, 0, 2));
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                        .flatMap(u -> Arbitraries.integers().between(-2, 8).map(s -> BigDecimal.valueOf(u, s))),
                Arbitraries.longs().between(-999, 999).map(BigDecimal::valueOf),
                Arbitraries.of(new BigDecimal("0.00"), new BigDecimal("1308.05"), new BigDecimal("1E+3"),
                        new BigDecimal("999999999999999999"), new BigDecimal("-999999999999999999"),
                        new BigDecimal("99999999999999.9999999999"), new BigDecimal("12344"),
                        new BigDecimal("0.3333333333333333333333333333333333")));
    }

    @Provide
    Arbitrary<Long> fen() {
        return Arbitraries.longs().between(0, 10_000_000_000_000L);
    }
}
