package io.perfeval.core.sheet;

import io.perfeval.core.rule.Decimals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A self-reported score (自评得分) that is not what the pack's rule gives for the input's facts: what a finance bureau
 * reviewing a self-evaluation (复核) needs to see, with both numbers and the trace that explains the computed one.
 *
 * @param path     the indicator (empty for the total, 合计)
 * @param computed absent when the indicator could not be scored
 */
public record AuditFinding(List<String> path, BigDecimal maxScore, BigDecimal selfScore,
                           Optional<BigDecimal> computed, Trace trace) {

    public AuditFinding {
        path = List.copyOf(path);
        Objects.requireNonNull(maxScore);
        Objects.requireNonNull(selfScore);
        Objects.requireNonNull(computed);
        Objects.requireNonNull(trace);
    }

    public String name() {
        return path.isEmpty() ? "合计" : path.get(path.size() - 1);
    }

    /** Self-score minus computed score (positive: the department scored itself higher than its rule allows). */
    public Optional<BigDecimal> difference() {
        return computed.map(selfScore::subtract);
    }

    /** Whether the self-score lies outside [0, 分值], which no rule can give. */
    public boolean selfScoreOutOfRange() {
        return selfScore.signum() < 0 || selfScore.compareTo(maxScore) > 0;
    }

    /** 资金结余结转率：自评 1.5 分，按评价标准应得 0.6 分（相差 +0.9 分）. */
    public String render() {
        StringBuilder s = new StringBuilder(name()).append("：自评 ").append(Decimals.trim(selfScore)).append(" 分，");
        if (computed.isPresent()) {
            BigDecimal diff = selfScore.subtract(computed.get());
            s.append("按评价标准应得 ").append(Decimals.trim(computed.get())).append(" 分（相差 ")
                    .append(diff.signum() > 0 ? "+" : "").append(Decimals.trim(diff)).append(" 分）");
        } else {
            s.append("按评价标准无法计算得分");
        }
        if (selfScoreOutOfRange()) {
            s.append("；自评得分超出 [0, ").append(Decimals.trim(maxScore)).append("] 分");
        }
        return s.toString();
    }
}
