package io.perfeval.core.analysis;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.sheet.Status;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Witnesses for claims about points of a leaf's lattice: builds an input at the point ({@link WitnessBuilder}) and
 * has the evaluator confirm the outcome the lattice gives there ({@link Confirmer}). Shared by every leaf of one
 * analysis, so probe packs and the evaluator's plan are made once.
 */
final class Witnesses {

    /** Points tried for one claim before it is given up as unconfirmed. */
    static final int TRIES = 16;

    final WitnessBuilder builder;
    final Confirmer confirmer;
    private final RulePack pack;
    private final Budget budget;
    private Samples samples;

    Witnesses(RulePack pack, Budget budget) {
        this.pack = pack;
        this.budget = budget;
        this.builder = new WitnessBuilder(pack, budget);
        this.confirmer = new Confirmer(pack, budget);
    }

    /** Random inputs scored once for the whole pack, drawn when first asked for. */
    Samples samples() {
        if (samples == null) {
            samples = new Samples(pack, budget, confirmer);
        }
        return samples;
    }

    /**
     * A confirmed witness that {@code leaf} gives {@code o} at {@code p} ({@code high}: a judgement at the top of its
     * range, else at the bottom; {@code problem}: a code the evaluator must also report), or null.
     */
    Witness at(LeafRun run, Evaluator.Point p, Outcome o, boolean high, String pinned, String problem,
               List<io.perfeval.core.rule.Condition> holds) {
        // the score wanted, given by a judgement of that score less what the rule adds to the judgement
        BigDecimal score = o.kind() == Outcome.Kind.JUDGED ? (high ? o.hi() : o.lo()) : null;
        BigDecimal judgement = score == null || o.offset().signum() == 0 ? score : score.subtract(o.offset());
        EvaluationInput input = builder.build(run.a, p, pinned, judgement);
        if (input == null) {
            return null;
        }
        Map<String, BigDecimal> exact = new LinkedHashMap<>();
        for (AxisBuilder ax : run.axes) {
            if (run.a.pack.measure(ax.name).isPresent() || ax.name.equals(pinned)) {
                exact.put(ax.name, p.values().get(ax.name));
            }
        }
        Confirmer.Expect e = expect(o, score, problem, exact, holds);
        return confirmer.confirm(run.a, run.path, input, e);
    }

    private static Confirmer.Expect expect(Outcome o, BigDecimal judgement, String problem,
                                           Map<String, BigDecimal> exact, List<io.perfeval.core.rule.Condition> holds) {
        return switch (o.kind()) {
            case SCORED -> new Confirmer.Expect(Status.SCORED, o.lo(), problem, exact, holds);
            case VETOED -> new Confirmer.Expect(Status.VETOED, o.lo(), problem, exact, holds);
            case JUDGED -> new Confirmer.Expect(Status.SCORED, judgement, problem, exact, holds);
            case NOT_APPLICABLE -> new Confirmer.Expect(Status.NOT_APPLICABLE, null, problem, exact, holds);
            case NO_RULE -> new Confirmer.Expect(Status.ERROR, null, "R002", exact, holds);
            case OVER_CAP, PART_OVER_CAP -> new Confirmer.Expect(Status.ERROR, null, "R004", exact, holds);
            case FAILED -> new Confirmer.Expect(Status.ERROR, null, "R001", exact, holds);
            case NEGATIVE_COUNT -> new Confirmer.Expect(Status.ERROR, null, "R009", exact, holds);
        };
    }
}
