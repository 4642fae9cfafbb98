package io.perfeval.core.internal;

import io.perfeval.core.GradeBand;
import io.perfeval.core.PackInfo;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.EvaluationRecord;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.Status;
import io.perfeval.core.sheet.Trace;
import io.perfeval.core.sheet.TraceEntry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * <strong>Not API.</strong> How perfeval-core's evaluator (package {@code io.perfeval.core}) makes the sheet's objects
 * whose text or parts are made when first read — a trace entry worded on demand, a trace or a sheet whose lists are
 * built on first read, a record whose hashes are computed on first read — without those factories being public
 * members of the {@code io.perfeval.core.sheet} types. Java without modules has no friend packages, so the factories
 * are package-private in {@code io.perfeval.core.sheet} and reach the evaluator through this class (the pattern of the
 * JDK's own {@code SharedSecrets}). This package is left out of the Javadoc and of the public API list
 * (perfeval-core/README.md); it may change in any release.
 */
public final class SheetInternals {

    /** The sheet package's deferred factories; each does what its {@code deferred} method in that package says. */
    public interface Factory {
        /** @return a {@link TraceEntry.Computed} with its formula texts worded when first read */
        TraceEntry.Computed computed(String name, Supplier<String> formula, Supplier<String> substituted,
                                     Quantity value);

        /** @return a {@link TraceEntry.Tested} with its condition worded when first read */
        TraceEntry.Tested tested(Supplier<String> condition, boolean holds);

        /** @return a {@link TraceEntry.Deducted} with what was counted and how many worded when first read */
        TraceEntry.Deducted deducted(Supplier<String> what, Supplier<String> count, BigDecimal each,
                                     BigDecimal amount);

        /** @return a {@link TraceEntry.Decided} with its clause worded when first read */
        TraceEntry.Decided decided(Supplier<String> clause, BigDecimal score);

        /** @return a {@link TraceEntry.Note} with its text worded when first read */
        TraceEntry.Note note(Supplier<String> text);

        /** @return a trace whose entries are made when first read */
        Trace trace(Supplier<List<TraceEntry>> entries);

        /** @return a record whose hashes are computed when first read */
        EvaluationRecord record(String packId, String packVersion, Supplier<String> packHash,
                                Supplier<String> inputHash, String libraryVersion);

        /**
         * @return a sheet whose indicator tree and figures are built when first read, and whose {@code scores()} and
         *     {@code statuses()} read {@code scores} and {@code statuses} (by indicator index, not copied)
         */
        ScoreSheet sheet(PackInfo pack, String entity, Supplier<List<IndicatorResult>> indicators,
                         BigDecimal maxTotal, BigDecimal applicableMax, Optional<BigDecimal> total, boolean rescaled,
                         Optional<GradeBand> grade, boolean vetoed, List<AuditFinding> findings,
                         Supplier<List<TraceEntry.Computed>> figures, List<Problem> problems,
                         Optional<EvaluationRecord> record, BigDecimal[] scores, Status[] statuses);
    }

    private static final String SHEET_PACKAGE = "io.perfeval.core.sheet";

    private static volatile Factory factory;

    private SheetInternals() {
    }

    /**
     * Called by the sheet package when its factory class is initialised; refuses any other factory.
     *
     * @param f the sheet package's factory
     */
    public static void install(Factory f) {
        if (!f.getClass().getPackageName().equals(SHEET_PACKAGE)) {
            throw new IllegalArgumentException("io.perfeval.core.internal is not API");
        }
        factory = f;
    }

    /**
     * The sheet package's factory, initialising it on first use.
     *
     * @return the factory
     */
    public static Factory factory() {
        Factory f = factory;
        if (f == null) {
            try {
                Class.forName(SHEET_PACKAGE + ".DeferredFactory", true, SheetInternals.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("perfeval-core is missing " + SHEET_PACKAGE + ".DeferredFactory", e);
            }
            f = factory;
        }
        return f;
    }
}
