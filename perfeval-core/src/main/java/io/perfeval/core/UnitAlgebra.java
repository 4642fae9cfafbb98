package io.perfeval.core;

import io.perfeval.core.rule.Dimension;
import io.perfeval.core.rule.Expr.ArithmeticOp;
import io.perfeval.core.rule.Unit;

/**
 * The unit of an arithmetic result, shared by the static checks and the evaluator so both agree. Returns
 * {@code null} where the operation makes no sense (adding 万元 to %, dividing a count by money).
 */
final class UnitAlgebra {

    private UnitAlgebra() {
    }

    static Unit result(ArithmeticOp op, Unit left, Unit right) {
        return switch (op) {
            case ADD, SUBTRACT -> left.comparableWith(right) ? left : null;
            case MULTIPLY -> multiply(left, right);
            case DIVIDE -> divide(left, right);
        };
    }

    private static Unit multiply(Unit left, Unit right) {
        boolean lr = left.dimension() == Dimension.RATIO;
        boolean rr = right.dimension() == Dimension.RATIO;
        if (lr && rr) {
            // 完成数 / 预算数 × 100%: a ratio times a percentage reads as a percentage.
            return left.isPercent() || right.isPercent() ? Unit.PERCENT : Unit.NUMBER;
        }
        if (lr) {
            return right;
        }
        if (rr) {
            return left;
        }
        return null;
    }

    private static Unit divide(Unit left, Unit right) {
        if (left.comparableWith(right)) {
            return Unit.NUMBER;
        }
        if (right.dimension() == Dimension.RATIO) {
            return left;
        }
        return null;
    }
}
