package io.perfeval.core.sheet;

import io.perfeval.core.GradeBand;
import io.perfeval.core.PackInfo;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.internal.SheetInternals;
import io.perfeval.core.rule.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The package-private {@code deferred} factories of this package, handed to the evaluator (see {@link SheetInternals}). */
final class DeferredFactory implements SheetInternals.Factory {

    static {
        SheetInternals.install(new DeferredFactory());
    }

    private DeferredFactory() {
    }

    @Override
    public TraceEntry.Computed computed(String name, Supplier<String> formula, Supplier<String> substituted,
                                        Quantity value) {
        return TraceEntry.Computed.deferred(name, formula, substituted, value);
    }

    @Override
    public TraceEntry.Tested tested(Supplier<String> condition, boolean holds) {
        return TraceEntry.Tested.deferred(condition, holds);
    }

    @Override
    public TraceEntry.Deducted deducted(Supplier<String> what, Supplier<String> count, BigDecimal each,
                                        BigDecimal amount) {
        return TraceEntry.Deducted.deferred(what, count, each, amount);
    }

    @Override
    public TraceEntry.Decided decided(Supplier<String> clause, BigDecimal score) {
        return TraceEntry.Decided.deferred(clause, score);
    }

    @Override
    public TraceEntry.Note note(Supplier<String> text) {
        return TraceEntry.Note.deferred(text);
    }

    @Override
    public Trace trace(Supplier<List<TraceEntry>> entries) {
        return Trace.deferred(entries);
    }

    @Override
    public EvaluationRecord record(String packId, String packVersion, Supplier<String> packHash,
                                   Supplier<String> inputHash, String libraryVersion) {
        return EvaluationRecord.deferred(packId, packVersion, packHash, inputHash, libraryVersion);
    }

    @Override
    public ScoreSheet sheet(PackInfo pack, String entity, Supplier<List<IndicatorResult>> indicators,
                            BigDecimal maxTotal, BigDecimal applicableMax, Optional<BigDecimal> total,
                            boolean rescaled, Optional<GradeBand> grade, boolean vetoed, List<AuditFinding> findings,
                            Supplier<List<TraceEntry.Computed>> figures, List<Problem> problems,
                            Optional<EvaluationRecord> record, BigDecimal[] scores, Status[] statuses) {
        return ScoreSheet.deferred(pack, entity, indicators, maxTotal, applicableMax, total, rescaled, grade, vetoed,
                findings, figures, problems, record, scores, statuses);
    }
}
