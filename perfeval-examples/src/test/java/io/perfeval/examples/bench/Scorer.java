package io.perfeval.examples.bench;

import io.perfeval.core.input.EvaluationInput;
import java.math.BigDecimal;

/** A baseline: the 33 三级 scores of the Shijiazhuang 2019 pack, in table order, each at the pack's scale (2). */
public interface Scorer {

    BigDecimal[] score(EvaluationInput input);

    /** The whole sheet, as perfeval's evaluation delivers it: the scores with their subtotals, total and grade. */
    default WholeSheet sheet(EvaluationInput input) {
        return WholeSheet.of(score(input));
    }
}
