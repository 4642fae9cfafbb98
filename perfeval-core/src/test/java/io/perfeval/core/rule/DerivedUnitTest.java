package io.perfeval.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.rule.Expr.ArithmeticOp;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The unit algebra: formulas in either order, dimensions that cancel, counts that scale, sums that must agree. */
class DerivedUnitTest {

    private static final DerivedUnit POINT = DerivedUnit.of(Unit.POINT);
    private static final DerivedUnit WAN = DerivedUnit.of(Unit.WAN_YUAN);
    private static final DerivedUnit YUAN = DerivedUnit.of(Unit.YUAN);
    private static final DerivedUnit PERCENT = DerivedUnit.of(Unit.PERCENT);
    private static final DerivedUnit NUMBER = DerivedUnit.of(Unit.NUMBER);
    private static final DerivedUnit TIAO = DerivedUnit.of(Unit.count("条"));
    private static final DerivedUnit REN = DerivedUnit.of(Unit.count("人"));
    private static final DerivedUnit TON = DerivedUnit.of(Unit.other("吨"));
    private static final DerivedUnit KG = DerivedUnit.of(Unit.other("公斤"));

    private static Optional<Unit> unit(DerivedUnit u) {
        return u.unit();
    }

    @Test
    void maxScoreTimesAQuotientOfAmountsIsPointsInEitherOrder() {
        // 分值 × A / B, A / B × 分值 and 分值 × (A / B): points all three
        assertEquals(Optional.of(Unit.POINT), unit(POINT.times(WAN).per(WAN)));
        assertEquals(Optional.of(Unit.POINT), unit(WAN.per(WAN).times(POINT)));
        assertEquals(Optional.of(Unit.POINT), unit(POINT.times(WAN.per(WAN))));
        // amounts in different money units cancel as well: their factors are kept in base units meanwhile
        assertEquals(Optional.of(Unit.POINT), unit(POINT.times(WAN).per(YUAN)));
    }

    @Test
    void aProductOfQuantitiesIsACompoundUntilItsDimensionsCancel() {
        DerivedUnit product = WAN.times(WAN);
        assertFalse(product.isPlain());
        assertEquals("元²", product.symbol());
        assertEquals(BigDecimal.ONE, product.factor());
        assertEquals("分·元", POINT.times(WAN).symbol());
        assertEquals("1/元", NUMBER.per(WAN).symbol());
        assertEquals("分/元", POINT.per(YUAN).symbol());
        // (A × B) / C: what is left when the dimensions cancel, in the unit it was first written in
        assertEquals(Optional.of(Unit.WAN_YUAN), unit(WAN.times(POINT).per(POINT)));
        assertEquals(Optional.of(Unit.WAN_YUAN), unit(product.per(YUAN)));
        assertEquals(Optional.of(Unit.NUMBER), unit(product.per(product)));
        assertTrue(POINT.times(WAN).comparableWith(POINT.times(YUAN)));
        assertFalse(POINT.times(WAN).comparableWith(POINT));
        assertFalse(WAN.times(WAN).comparableWith(WAN.times(POINT)));
    }

    @Test
    void countsScaleWhatTheyMultiply() {
        // 条数 × 10分: points; 金额 / 人数: an amount per person is an amount
        assertEquals(Optional.of(Unit.POINT), unit(TIAO.times(POINT)));
        assertEquals(Optional.of(Unit.POINT), unit(POINT.times(TIAO)));
        assertEquals(Optional.of(Unit.WAN_YUAN), unit(WAN.per(REN)));
        // a count of counts is a count (人 × 次), a count per count a number
        assertEquals(Optional.of(Unit.count("人")), unit(REN.times(TIAO)));
        assertEquals(Optional.of(Unit.NUMBER), unit(TIAO.per(REN)));
        // the counts inside are kept: (条数 × 金额) / 金额 is a count, as 条数 × (金额 / 金额) is
        assertEquals(Optional.of(Unit.count("条")), unit(TIAO.times(WAN).per(WAN)));
        assertEquals(Optional.of(Unit.count("条")), unit(TIAO.times(WAN.per(WAN))));
        assertTrue(TIAO.times(POINT).comparableWith(POINT));
        // people per 万元, times 万元: the count is back
        assertEquals(Optional.of(Unit.count("人")), unit(REN.per(WAN).times(WAN)));
    }

    @Test
    void theRulesOfRatiosAreKept() {
        // 完成数 / 预算数 × 100%: a percentage; a ratio leaves the other side's unit as it is
        assertEquals(Optional.of(Unit.PERCENT), unit(WAN.per(WAN).times(PERCENT)));
        assertEquals(Optional.of(Unit.PERCENT), unit(PERCENT.times(NUMBER)));
        assertEquals(Optional.of(Unit.NUMBER), unit(NUMBER.times(NUMBER)));
        assertEquals(Optional.of(Unit.NUMBER), unit(PERCENT.per(PERCENT)));
        assertEquals(Optional.of(Unit.WAN_YUAN), unit(WAN.times(PERCENT)));
        assertEquals(Optional.of(Unit.WAN_YUAN), unit(PERCENT.times(WAN)));
        assertEquals(Optional.of(Unit.WAN_YUAN), unit(WAN.per(PERCENT)));
        assertEquals(Optional.of(Unit.NUMBER), unit(WAN.per(YUAN)));
    }

    @Test
    void sumsOfIncomparableUnitsHaveNoUnit() {
        assertEquals(Optional.of(WAN), WAN.plus(YUAN));
        assertEquals(Optional.empty(), WAN.plus(PERCENT));
        assertEquals(Optional.empty(), TON.plus(KG));
        assertEquals(Optional.of(TON), TON.plus(TON));
        assertEquals(Optional.empty(), POINT.times(WAN).plus(POINT));
        assertEquals(Optional.empty(), WAN.apply(ArithmeticOp.SUBTRACT, TIAO));
        assertEquals(Optional.of(Unit.NUMBER), TON.apply(ArithmeticOp.DIVIDE, TON).flatMap(DerivedUnit::unit));
        // other units are written in the order of their symbols
        assertEquals("公斤·吨", TON.times(KG).symbol());
    }

    @Test
    void aWholeFormulaIsInferredFromItsNames() {
        Map<String, Unit> names = Map.of("资金", Unit.WAN_YUAN, "预算", Unit.WAN_YUAN, "条数", Unit.count("条"),
                "完成率", Unit.PERCENT);
        Expr scoreFirst = new Expr.Binary(ArithmeticOp.DIVIDE,
                new Expr.Binary(ArithmeticOp.MULTIPLY, new Expr.MaxScore(), new Expr.Ref("资金")), new Expr.Ref("预算"));
        assertEquals(Optional.of(Unit.POINT), DerivedUnit.of(scoreFirst, names::get).flatMap(DerivedUnit::unit));
        Expr perItem = new Expr.Binary(ArithmeticOp.MULTIPLY, new Expr.Ref("条数"),
                new Expr.Const(Quantity.of("10", Unit.POINT)));
        assertEquals(Optional.of(Unit.POINT), DerivedUnit.of(perItem, names::get).flatMap(DerivedUnit::unit));
        Expr capped = new Expr.Min(new Expr.Ref("完成率"), new Expr.Const(Quantity.percent("100")));
        assertEquals(Optional.of(Unit.PERCENT), DerivedUnit.of(capped, names::get).flatMap(DerivedUnit::unit));
        Expr wrong = new Expr.Max(new Expr.Ref("完成率"), new Expr.Ref("资金"));
        assertEquals(Optional.empty(), DerivedUnit.of(wrong, names::get));
        assertEquals(Optional.empty(), DerivedUnit.of(new Expr.Abs(new Expr.Ref("未声明")), names::get));
        assertEquals(Optional.of(Unit.count("项")), DerivedUnit.of(new Expr.FailedItems("清单", java.util.List.of()),
                names::get).flatMap(DerivedUnit::unit));
    }

    @Test
    void equalUnitsAreEqualValues() {
        assertEquals(POINT, POINT.times(WAN).per(WAN));
        assertEquals(POINT.hashCode(), POINT.times(WAN).per(WAN).hashCode());
        assertEquals(WAN.times(WAN), WAN.times(WAN));
        assertFalse(WAN.equals(YUAN));
        assertEquals("万元", WAN.toString());
        assertEquals("(数)", NUMBER.toString());
        assertTrue(WAN.isPlain(Dimension.MONEY));
        assertFalse(WAN.times(WAN).isPlain(Dimension.MONEY));
    }
}
