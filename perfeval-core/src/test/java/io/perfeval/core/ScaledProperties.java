package io.perfeval.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Every operation of the long path ({@link Scaled}) gives the {@link BigDecimal} route's number, value and scale
 * ({@code equals}, not only {@code compareTo}), or throws so that the caller takes that route.
 */
class ScaledProperties {

    @Property(tries = 3000)
    void sumsAndDifferencesAreBigDecimalsAdd(@ForAll("unscaled") long a, @ForAll @IntRange(max = 8) int as,
                                             @ForAll("unscaled") long b, @ForAll @IntRange(max = 8) int bs,
                                             @ForAll boolean subtract) {
        BigDecimal x = BigDecimal.valueOf(a, as);
        BigDecimal y = BigDecimal.valueOf(b, bs);
        BigDecimal expected = subtract ? x.subtract(y) : x.add(y);
        try {
            assertEquals(expected, BigDecimal.valueOf(Scaled.add(a, as, b, bs, subtract), Math.max(as, bs)));
            assertEquals(x.compareTo(y), Scaled.compare(a, as, b, bs));
        } catch (ArithmeticException tooLong) {
            // an operand or the sum past a long at the common scale: the BigDecimal route decides, as it may
        }
    }

    @Property(tries = 3000)
    void roundingHalfUpIsSetScale(@ForAll("unscaled") long u, @ForAll @IntRange(max = 12) int from,
                                  @ForAll @IntRange(max = 6) int to) {
        BigDecimal v = BigDecimal.valueOf(u, from);
        BigDecimal expected = v.setScale(to, RoundingMode.HALF_UP);
        try {
            assertEquals(expected, BigDecimal.valueOf(Scaled.halfUp(u, from, to), to), v + " to " + to);
        } catch (ArithmeticException tooLong) {
            assertEquals(true, to > from, v + " to " + to);
        }
    }

    @Property(tries = 3000)
    void wholeStepsAreCeilingAndFloor(@ForAll("unscaled") long u, @ForAll @IntRange(max = 12) int from,
                                      @ForAll boolean up) {
        BigDecimal v = BigDecimal.valueOf(u, from);
        BigDecimal expected = v.setScale(0, up ? RoundingMode.CEILING : RoundingMode.FLOOR);
        try {
            assertEquals(expected, BigDecimal.valueOf(Scaled.whole(u, from, up), 0), v.toString());
        } catch (ArithmeticException tooLong) {
            assertEquals(Long.MIN_VALUE, u);
        }
    }

    /** The exact quotient at BigDecimal's scale: max(the preferred scale, the least scale that holds it). */
    @Property(tries = 3000)
    void exactQuotientsAreBigDecimalsDivide(@ForAll("deviations") long a, @ForAll @IntRange(max = 8) int as,
                                            @ForAll("steps") long b, @ForAll @IntRange(max = 4) int bs) {
        BigDecimal x = BigDecimal.valueOf(a, as);
        BigDecimal y = BigDecimal.valueOf(b, bs);
        BigDecimal expected;
        try {
            expected = x.divide(y);
        } catch (ArithmeticException nonTerminating) {
            assertThrows(ArithmeticException.class, () -> Scaled.quotient(a, b, Scaled.extraDecimals(a, b)));
            return;
        }
        try {
            int k = Scaled.extraDecimals(a, b);
            int scale = Scaled.checked(as - bs + k);
            assertEquals(expected, BigDecimal.valueOf(Scaled.quotient(a, b, k), scale), x + " / " + y);
        } catch (ArithmeticException outOfRange) {
            // a negative scale or a quotient too long: left to BigDecimal, as it may be
        }
    }

    @Example
    void overflowThrowsRatherThanWrapping() {
        assertThrows(ArithmeticException.class, () -> Scaled.add(Long.MAX_VALUE, 0, 1, 0, false));
        assertThrows(ArithmeticException.class, () -> Scaled.widen(Long.MAX_VALUE / 5, 0, 1));
        assertThrows(ArithmeticException.class, () -> Scaled.pow10(19));
        assertThrows(ArithmeticException.class, () -> Scaled.checked(19));
        assertThrows(ArithmeticException.class, () -> Scaled.checked(-1));
        assertEquals(false, Scaled.fits(new BigDecimal("1E+4")));
        assertEquals(false, Scaled.fits(new BigDecimal("1234567890123456789")));
        assertEquals(true, Scaled.fits(new BigDecimal("123456789012345678")));
    }

    @Provide
    Arbitrary<Long> unscaled() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-100_000, 100_000),
                Arbitraries.longs().between(-999_999_999_999L, 999_999_999_999L), Arbitraries.longs(), Arbitraries.just(Long.MIN_VALUE),
                Arbitraries.of(0L, 5L, -5L, 15L, -15L, 25L, 45L, 49L, 50L, 95L, Long.MAX_VALUE, Long.MIN_VALUE + 1));
    }

    @Provide
    Arbitrary<Long> deviations() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 100_000),
                Arbitraries.longs().between(0, 999_999_999_999_999L));
    }

    @Provide
    Arbitrary<Long> steps() {
        return Arbitraries.oneOf(Arbitraries.of(1L, 2L, 4L, 5L, 8L, 10L, 25L, 3L, 7L, 12L, 125L),
                Arbitraries.longs().between(1, 10_000));
    }
}
