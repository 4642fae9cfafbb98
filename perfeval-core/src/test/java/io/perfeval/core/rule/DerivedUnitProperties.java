package io.perfeval.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The algebra does not depend on the order a formula is written in: products commute and associate, a division undoes
 * a multiplication, up to the named unit a result is written in (万元 or 元: comparable, the same dimension).
 */
class DerivedUnitProperties {

    private static final Unit[] UNITS = {Unit.NUMBER, Unit.PERCENT, Unit.YUAN, Unit.WAN_YUAN, Unit.ITEM,
        Unit.count("人"), Unit.DAY, Unit.POINT, Unit.other("吨"), Unit.other("公里")};

    @Provide
    Arbitrary<DerivedUnit> units() {
        Arbitrary<DerivedUnit> plain = Arbitraries.of(UNITS).map(DerivedUnit::of);
        // products and quotients of up to three plain units, so compounds and counts inside take part too
        return Arbitraries.lazyOf(() -> plain, () -> plain,
                () -> Arbitraries.of(UNITS).map(DerivedUnit::of).flatMap(a -> plain.map(a::times)),
                () -> Arbitraries.of(UNITS).map(DerivedUnit::of).flatMap(a -> plain.map(a::per)));
    }

    private static void same(DerivedUnit a, DerivedUnit b) {
        assertTrue(a.comparableWith(b) && b.comparableWith(a), a + " vs " + b);
        assertEquals(a.isPlain(), b.isPlain(), a + " vs " + b);
    }

    @Property(tries = 2000)
    void productsCommute(@ForAll("units") DerivedUnit a, @ForAll("units") DerivedUnit b) {
        same(a.times(b), b.times(a));
    }

    @Property(tries = 2000)
    void productsAndQuotientsAssociate(@ForAll("units") DerivedUnit a, @ForAll("units") DerivedUnit b,
                                       @ForAll("units") DerivedUnit c) {
        same(a.times(b).times(c), a.times(b.times(c)));
        same(a.times(b).per(c), a.times(b.per(c)));
        same(a.per(c).times(b), a.times(b).per(c));
    }

    @Property(tries = 2000)
    void aDivisionUndoesAMultiplication(@ForAll("units") DerivedUnit a, @ForAll("units") DerivedUnit b) {
        same(a.times(b).per(b), a);
        same(a.per(b).times(b), a);
    }

    @Property(tries = 2000)
    void comparabilityIsAnEquivalence(@ForAll("units") DerivedUnit a, @ForAll("units") DerivedUnit b,
                                      @ForAll("units") DerivedUnit c) {
        assertTrue(a.comparableWith(a));
        assertEquals(a.comparableWith(b), b.comparableWith(a));
        if (a.comparableWith(b) && b.comparableWith(c)) {
            assertTrue(a.comparableWith(c), a + " " + b + " " + c);
        }
    }
}
