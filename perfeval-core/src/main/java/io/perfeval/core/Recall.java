package io.perfeval.core;

import io.perfeval.core.input.Value;
import java.math.BigDecimal;

/**
 * What a trace step needs to word a formula with its operands' values when the step is read rather than when it is
 * recorded (issue 21): the evaluation's data and measures, which it keeps whole and never changes once the sheet is
 * returned. One per traced evaluation. Only operands whose value is a datum or a measure are recalled
 * ({@link #recallable}); a formula with any other operand (a count, the 分值) has its values taken when recorded.
 */
final class Recall {
    /** The data by field slot, as {@link Engine} reads them. */
    private final Object[] data;
    /** The measures by slot; every measure an operand names was computed before the step that shows it was made. */
    private final BigDecimal[] measures;

    Recall(Object[] data, BigDecimal[] measures) {
        this.data = data;
        this.measures = measures;
    }

    /** Whether every operand is a datum, a period of a series or a measure, whose values the evaluation keeps. */
    static boolean recallable(ExprNode[] operands) {
        for (ExprNode op : operands) {
            if (!(op instanceof ExprNodes.Field || op instanceof ExprNodes.MeasureRef
                    || op instanceof ExprNodes.Period)) {
                return false;
            }
        }
        return true;
    }

    /** The operands' values, as evaluating them gave them: a step's values as recorded, or recalled now. */
    static BigDecimal[] values(ExprNode[] operands, Object recorded) {
        return recorded instanceof Recall r ? r.values(operands) : (BigDecimal[]) recorded;
    }

    private BigDecimal[] values(ExprNode[] operands) {
        BigDecimal[] out = new BigDecimal[operands.length];
        for (int i = 0; i < out.length; i++) {
            ExprNode op = operands[i];
            if (op instanceof ExprNodes.MeasureRef m) {
                out[i] = measures[m.slot];
            } else if (op instanceof ExprNodes.Field f) {
                Object v = data[f.slot];
                out[i] = v instanceof BigDecimal x ? x : ((Value.Number) v).value();
            } else {
                out[i] = ((ExprNodes.Period) op).recall(data);
            }
        }
        return out;
    }
}
