package io.perfeval.core;

/**
 * How {@link RulePack#evaluate(io.perfeval.core.input.EvaluationInput, EvaluationOptions)} scores: with the trace (the
 * default, {@link #withTrace()}) or without it ({@link #withoutTrace()}).
 *
 * <p>Without the trace the sheet has the same scores, statuses, totals, grade, problems and audit findings (the same
 * indicators, self-scores and computed scores), but every {@code Trace} is empty, {@code ScoreSheet.figures()} is empty
 * and no trace step is made at all. Use it for batches that only need the numbers (a province's departments ranked by
 * total) and evaluate again with the trace the sheets someone will read: evaluation is a pure function of pack and
 * input, so the second evaluation scores exactly as the first.
 *
 * <p>Immutable; the two instances are constants.
 */
public final class EvaluationOptions {

    private static final EvaluationOptions WITH_TRACE = new EvaluationOptions(true);
    private static final EvaluationOptions WITHOUT_TRACE = new EvaluationOptions(false);

    private final boolean trace;

    private EvaluationOptions(boolean trace) {
        this.trace = trace;
    }

    /** Every indicator's trace, the computed figures and the traces of audit findings are kept (the default). */
    public static EvaluationOptions withTrace() {
        return WITH_TRACE;
    }

    /** Scores only: empty traces and no figures; everything else is as with the trace. */
    public static EvaluationOptions withoutTrace() {
        return WITHOUT_TRACE;
    }

    /** Whether the sheet keeps the trace. */
    public boolean trace() {
        return trace;
    }

    @Override
    public String toString() {
        return trace ? "EvaluationOptions.withTrace()" : "EvaluationOptions.withoutTrace()";
    }
}
