package io.perfeval.examples.bench;

import io.perfeval.core.input.EvaluationInput;
import java.math.BigDecimal;

/** A baseline: the 33 三级 scores of the Shijiazhuang 2019 pack, in table order, each at the pack's scale (2). */
public interface Scorer {

    BigDecimal[] score(EvaluationInput input);
}
