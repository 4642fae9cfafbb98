package io.perfeval.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.DerivedUnit;
import io.perfeval.core.rule.Expr.ArithmeticOp;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Unit;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The evaluator's shortcut for operands in units of one power-of-ten factor gives the very value and scale of the
 * route through base units it replaces: traces print scales, so equal values are not enough.
 */
class SameScaleProperties {

    private static final Unit[] UNITS = {Unit.WAN_YUAN, Unit.YUAN, Unit.YI_YUAN, Unit.PERCENT, Unit.NUMBER, Unit.ITEM};

    @Property(tries = 3000)
    void theShortcutIsTheBaseUnitRoute(@ForAll("values") BigDecimal a, @ForAll("values") BigDecimal b,
                                       @ForAll("units") Unit unit, @ForAll("ops") ArithmeticOp op) {
        Quantity l = new Quantity(a, unit);
        Quantity r = new Quantity(b, unit);
        if (op == ArithmeticOp.DIVIDE && b.signum() == 0) {
            return;
        }
        DerivedUnit derived = DerivedUnit.of(unit);
        Unit result = derived.apply(op, derived).orElseThrow().unit().orElse(null);
        if (result == null) {
            // 万元 × 万元 and the like: a compound unit, which no shortcut is taken for
            assertEquals(ArithmeticOp.MULTIPLY, op);
            return;
        }
        Quantity shortcut = ExprNodes.Binary.sameScale(op, unit.factor(), unit.factor(), result.factor())
                && ExprNodes.Binary.sameScale(op, a, b) != null
                ? new Quantity(ExprNodes.Binary.sameScale(op, a, b), result) : null;
        if (op != ArithmeticOp.MULTIPLY && a.precision() < 30 && b.precision() < 30) {
            assertNotNull(shortcut, a + " " + op + " " + b + " " + unit);
        }
        if (shortcut != null) {
            Quantity expected = baseRoute(op, l, r, result);
            assertEquals(expected.unit(), shortcut.unit());
            assertEquals(expected.value(), shortcut.value(), a + " " + op + " " + b + " " + unit);
            assertEquals(expected.value().scale(), shortcut.value().scale());
        }
    }

    /** Sums skip adding a zero only where adding it would give the other side unchanged, value and scale. */
    @Property(tries = 3000)
    void plusIsAdd(@ForAll("values") BigDecimal a, @ForAll("values") BigDecimal b) {
        BigDecimal sum = Engine.plus(a, b);
        assertEquals(a.add(b), sum, a + " + " + b);
        assertEquals(a.add(b).scale(), sum.scale(), a + " + " + b);
    }

    /** What the evaluator computed before the shortcut. */
    private static Quantity baseRoute(ArithmeticOp op, Quantity l, Quantity r, Unit unit) {
        BigDecimal base = switch (op) {
            case ADD -> l.base().add(r.base());
            case SUBTRACT -> l.base().subtract(r.base());
            case MULTIPLY -> l.base().multiply(r.base());
            case DIVIDE -> Decimals.divide(l.base(), r.base());
        };
        BigDecimal value = unit.factor().compareTo(BigDecimal.ONE) == 0 ? base : Decimals.divide(base, unit.factor());
        return new Quantity(value, unit);
    }

    @Provide
    Arbitrary<BigDecimal> values() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-100_000_000_000L, 100_000_000_000L)
                        .flatMap(u -> Arbitraries.integers().between(-3, 10).map(s -> BigDecimal.valueOf(u, s))),
                Arbitraries.of(new BigDecimal("0"), new BigDecimal("0.00"), new BigDecimal("1E+3"),
                        new BigDecimal("1308.05"), new BigDecimal("99999999999999.9999999999"),
                        new BigDecimal("0.3333333333333333333333333333333333"),
                        new BigDecimal("12345678901234567890123456789012.34")));
    }

    @Provide
    Arbitrary<Unit> units() {
        return Arbitraries.of(UNITS);
    }

    @Provide
    Arbitrary<ArithmeticOp> ops() {
        return Arbitraries.of(ArithmeticOp.values());
    }
}
