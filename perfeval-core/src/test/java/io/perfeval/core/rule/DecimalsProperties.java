package io.perfeval.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast path of {@link Decimals#divide} is invisible: same value and same scale as the plain DECIMAL128 division. */
class DecimalsProperties {

    @Property(tries = 3000)
    void divisionIsExactlyTheDecimal128Quotient(@ForAll("decimals") BigDecimal a, @ForAll("divisors") BigDecimal b) {
        BigDecimal expected = a.divide(b, Decimals.DIVISION);
        BigDecimal actual = Decimals.divide(a, b);
        assertEquals(expected, actual, a + " / " + b);
        assertEquals(expected.scale(), actual.scale(), a + " / " + b);
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-10_000_000, 10_000_000).flatMap(u -> Arbitraries.integers().between(-3, 6)
                        .map(s -> BigDecimal.valueOf(u, s))),
                Arbitraries.of(new BigDecimal("0.00"), new BigDecimal("1308.05"), new BigDecimal("100"),
                        new BigDecimal("1E+2"), new BigDecimal("123456789012345678.9"),
                        new BigDecimal("0.3333333333333333333333333333333333")));
    }

    @Provide
    Arbitrary<BigDecimal> divisors() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(1, 100_000).flatMap(u -> Arbitraries.integers().between(-3, 4)
                        .map(s -> BigDecimal.valueOf(u, s))),
                Arbitraries.of(new BigDecimal("0.01"), new BigDecimal("1E+4"), new BigDecimal("10000"),
                        new BigDecimal("1E+8"), BigDecimal.ONE, new BigDecimal("-0.05"), new BigDecimal("3"),
                        new BigDecimal("1406.17"), new BigDecimal("0.001")));
    }
}
