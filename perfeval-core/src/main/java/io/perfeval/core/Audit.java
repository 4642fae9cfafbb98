package io.perfeval.core;

import io.perfeval.core.EvaluationPlan.IndicatorPlan;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.Status;
import io.perfeval.core.sheet.Trace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The review (复核) of an evaluation: the self-reported scores that its rules do not give. */
final class Audit {

    private Audit() {
    }

    /**
     * Each self-reported score that differs from the computed one or lies above what the indicator can score (its
     * {@link IndicatorPlan#most}), depth first in table order, then the self-reported total against the total (at most
     * {@link EvaluationPlan#totalMost}).
     */
    static List<AuditFinding> findings(EvaluationPlan plan, Results results, EvaluationInput input,
                                       Optional<BigDecimal> total) {
        BigDecimal most = plan.totalMost;
        List<AuditFinding> findings = List.of();
        if (!input.selfScores().isEmpty()) {
            // only self-reported scores are audited, depth first in table order
            for (IndicatorPlan p : plan.all) {
                BigDecimal self = results.selfScores[p.slot];
                if (self == null) {
                    continue;
                }
                BigDecimal score = results.scores[p.slot];
                boolean differs = score != null ? score.compareTo(self) != 0
                        : results.statuses[p.slot] != Status.NOT_APPLICABLE;
                if (differs || self.compareTo(p.most) > 0) {
                    if (findings.isEmpty()) {
                        findings = new ArrayList<>();
                    }
                    findings.add(new AuditFinding(p.path, p.most, self, Optional.ofNullable(score),
                            results.trace(p.slot)));
                }
            }
        }
        if (input.selfTotal().isPresent()) {
            BigDecimal self = input.selfTotal().get();
            if (total.isEmpty() || self.compareTo(total.get()) != 0) {
                if (findings.isEmpty()) {
                    findings = new ArrayList<>();
                }
                findings.add(new AuditFinding(List.of(), most, self, total, Trace.EMPTY));
            }
        }
        return findings;
    }
}
