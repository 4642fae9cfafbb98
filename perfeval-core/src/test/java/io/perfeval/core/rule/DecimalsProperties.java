package io.perfeval.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast paths of {@link Decimals} are invisible: division gives the same value and scale as the plain DECIMAL128
 * division, and {@code plain} and {@code trim} the same text as the JDK's {@code toPlainString}.
 */
class DecimalsProperties {

    @Property(tries = 3000)
    void plainIsTheJdksPlainString(@ForAll("written") BigDecimal x) {
        assertEquals(x.toPlainString(), Decimals.plain(x), x::toString);
    }

    @Property(tries = 3000)
    void trimIsThePlainStringWithoutTrailingZeros(@ForAll("written") BigDecimal x) {
        String expected = x.signum() == 0 ? "0" : x.stripTrailingZeros().toPlainString();
        assertEquals(expected, Decimals.trim(x), x::toString);
    }

    /** Numbers as traces and messages write them, and the edges of the fast path: 18 and 19 digits or decimals. */
    @Provide
    Arbitrary<BigDecimal> written() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L).flatMap(u -> Arbitraries.integers()
                        .between(-3, 20).map(s -> BigDecimal.valueOf(u, s))),
                Arbitraries.longs().flatMap(u -> Arbitraries.integers().between(-2, 21)
                        .map(s -> BigDecimal.valueOf(u, s))),
                Arbitraries.of(new BigDecimal("0"), new BigDecimal("0.00"), new BigDecimal("-0.05"),
                        new BigDecimal("5.0"), new BigDecimal("0.05"), new BigDecimal("12.30"), new BigDecimal("-0.5"),
                        new BigDecimal("100.05"), new BigDecimal("7.5"),
                        new BigDecimal("100"), new BigDecimal("100.00"), new BigDecimal("1E+2"),
                        new BigDecimal("0E-10"),
                        new BigDecimal("999999999999999999"), new BigDecimal("-999999999999999999"),
                        new BigDecimal("1000000000000000000"), new BigDecimal("0.999999999999999999"),
                        new BigDecimal("0.000000000000000001"), new BigDecimal("0.0000000000000000001"),
                        BigDecimal.valueOf(Long.MIN_VALUE, 3), BigDecimal.valueOf(Long.MAX_VALUE, 18),
                        new BigDecimal("123456789012345678.9"),
                        new BigDecimal("0.3333333333333333333333333333333333")));
    }

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
