package io.perfeval.core.analysis;

import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.sheet.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A concrete input that shows what a finding of {@link PackAnalysis} says, already confirmed by the evaluator: scored
 * with {@code RulePack.evaluate}, indicator {@code indicator} comes out with {@code status}, {@code score} and the
 * problem {@code problem}; the numbers the claim is about take {@code values} (a measure as the evaluator computes it
 * from the input, a datum as given); and each condition in {@code holds} holds on the input (both clauses of an
 * overlap). The input assigns every declared datum inside its domain ({@link DataDomain}) and a judgement where a rule
 * needs one.
 *
 * <pre>{@code
 * Witness w = analysis.witnessed().get(0).witnesses().get(0);
 * pack.evaluate(w.input()).find(w.indicator()).orElseThrow().score();   // w.score()
 * }</pre>
 *
 * @param indicator the 三级指标's path, 过程/预算执行/资金结余结转率
 * @param values    axis name (结转结余率, 应自评项目数, 支出进度[第二季度]) to its value in its own unit, in the rule's order
 * @param status    the indicator's status on the input
 * @param score     its score, when scored (or vetoed: 0)
 * @param problem   the code of the problem the evaluator reports for it (R002, R004, R005, R001), when the claim is one
 * @param holds     conditions of the rule the claim says hold on the input
 */
public record Witness(String indicator, EvaluationInput input, Map<String, Quantity> values, Status status,
                      Optional<BigDecimal> score, Optional<String> problem, List<Condition> holds) {

    public Witness {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(input, "input");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(problem, "problem");
        holds = List.copyOf(holds);
    }

    /** The claim's numbers as officials write them: 应自评项目数 = 10000个，绩效自评覆盖率 = 100.01%. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Quantity> e : values.entrySet()) {
            parts.add(e.getKey() + " = " + Decimals.trim(e.getValue().value()) + e.getValue().unit().symbol());
        }
        return String.join("，", parts);
    }
}
