package io.perfeval.examples.bench;

import io.perfeval.core.EvaluationOptions;
import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.rules.hebei.ShijiazhuangDepartmentPack;
import io.perfeval.core.diag.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One whole department (33 indicators, subtotals, total, grade, audit, trace — or without the trace) per operation,
 * perfeval against the baselines on the same 1,024 generated departments, cycled so no single input is learnt. The
 * baselines are checked against perfeval by BaselinesTest before anything here is timed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 1)
public class EvaluationBenchmark {

    @State(Scope.Benchmark)
    public static class Pool {
        RulePack pack;
        EvaluationInput[] inputs;
        /** The same departments as an integrator's system holds them, in plain Java values. */
        PlainDepartment[] plain;
        /** The pack's data slots for the plain values, looked up once. */
        PlainDepartment.Slots slots;
        HandWritten handWritten;
        AviatorRules aviator;
        SpelRules spel;

        @Setup
        public void setUp() {
            pack = ShijiazhuangDepartmentPack.pack();
            List<EvaluationInput> pool = BenchInputs.pool();
            inputs = pool.toArray(EvaluationInput[]::new);
            plain = PlainDepartment.pool(pool);
            slots = PlainDepartment.Slots.of(pack);
            handWritten = new HandWritten();
            aviator = new AviatorRules();
            spel = new SpelRules();
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;

        EvaluationInput next(Pool pool) {
            EvaluationInput in = pool.inputs[next];
            next = (next + 1) & (BenchInputs.POOL - 1);
            return in;
        }

        PlainDepartment nextPlain(Pool pool) {
            PlainDepartment in = pool.plain[next];
            next = (next + 1) & (BenchInputs.POOL - 1);
            return in;
        }
    }

    /**
     * The integrator's whole path (issue 21): the input built from the system's plain values with the public builder,
     * evaluated with the trace, and every score, subtotal, total and grade read from the sheet.
     */
    @Benchmark
    public void integratorPath(Pool pool, Cursor cursor, Blackhole bh) {
        read(pool.pack.evaluate(cursor.nextPlain(pool).toInput()), bh);
    }

    /** The same path with the input built by slot ({@code pack.inputBuilder()}): no map of names, no boxed numbers. */
    @Benchmark
    public void integratorPathBySlot(Pool pool, Cursor cursor, Blackhole bh) {
        read(pool.pack.evaluate(cursor.nextPlain(pool).toInput(pool.slots)), bh);
    }

    /** The same by slot, with the trace switched off. */
    @Benchmark
    public void integratorPathBySlotWithoutTrace(Pool pool, Cursor cursor, Blackhole bh) {
        read(pool.pack.evaluate(cursor.nextPlain(pool).toInput(pool.slots), EvaluationOptions.withoutTrace()), bh);
    }

    /** The same path with the trace switched off. */
    @Benchmark
    public void integratorPathWithoutTrace(Pool pool, Cursor cursor, Blackhole bh) {
        read(pool.pack.evaluate(cursor.nextPlain(pool).toInput(), EvaluationOptions.withoutTrace()), bh);
    }

    /** The same path reading the figures from the sheet's tree of result objects (built on first read), as before. */
    @Benchmark
    public void integratorPathReadingTheTree(Pool pool, Cursor cursor, Blackhole bh) {
        ScoreSheet sheet = pool.pack.evaluate(cursor.nextPlain(pool).toInput());
        for (IndicatorResult r : sheet.flatten()) {
            bh.consume(r.score());
        }
        bh.consume(sheet.total());
        bh.consume(sheet.grade());
    }

    /** The hand-written floor on the same path: it reads the same plain values, and every figure of its sheet is read. */
    @Benchmark
    public void handWrittenIntegratorPath(Pool pool, Cursor cursor, Blackhole bh) {
        WholeSheet sheet = pool.handWritten.sheet(cursor.nextPlain(pool));
        for (BigDecimal score : sheet.scores()) {
            bh.consume(score);
        }
        for (BigDecimal subtotal : sheet.subtotals()) {
            bh.consume(subtotal);
        }
        bh.consume(sheet.total());
        bh.consume(sheet.grade());
    }

    /**
     * Every indicator's score (三级 and subtotals, by the index the pack hands out), the total and the grade, as an
     * integrator stores them: from the sheet's flat figures, without its tree of result objects.
     */
    private static void read(ScoreSheet sheet, Blackhole bh) {
        List<BigDecimal> scores = sheet.scores();
        for (int i = 0; i < scores.size(); i++) {
            bh.consume(scores.get(i));
        }
        bh.consume(sheet.total());
        bh.consume(sheet.grade());
    }

    /** The sheet holds every indicator's structured trace; nothing is rendered to text. */
    @Benchmark
    public ScoreSheet perfeval(Pool pool, Cursor cursor) {
        return pool.pack.evaluate(cursor.next(pool));
    }

    /** The same sheet with the trace switched off: scores, statuses, totals, grade, problems and findings only. */
    @Benchmark
    public ScoreSheet perfevalWithoutTrace(Pool pool, Cursor cursor) {
        return pool.pack.evaluate(cursor.next(pool), EvaluationOptions.withoutTrace());
    }

    /**
     * The same sheet with its indicator tree read (built on first read): every indicator's score, as a system that
     * stores each line of every sheet would read it.
     */
    @Benchmark
    public void perfevalReadingEveryScore(Pool pool, Cursor cursor, Blackhole bh) {
        ScoreSheet sheet = pool.pack.evaluate(cursor.next(pool));
        for (IndicatorResult r : sheet.flatten()) {
            bh.consume(r.score());
        }
    }

    /** The same, and every trace line rendered to its Chinese sentence, as a sheet writer would. */
    @Benchmark
    public void perfevalRenderingTraces(Pool pool, Cursor cursor, Blackhole bh) {
        ScoreSheet sheet = pool.pack.evaluate(cursor.next(pool));
        for (IndicatorResult r : sheet.flatten()) {
            bh.consume(r.trace().lines());
        }
        sheet.figures().forEach(f -> bh.consume(f.render()));
    }

    /**
     * Only the input check every evaluation starts with (each datum present, of its type, within its bounds; every
     * judgement and self-score known): what perfeval does before it scores anything, and the hand-written Java does not.
     */
    @Benchmark
    public List<Problem> perfevalValidationOnly(Pool pool, Cursor cursor) {
        return pool.pack.validate(cursor.next(pool));
    }

    /**
     * The floor: the 33 indicators coded by hand, with the subtotals, total and grade the sheet has (as perfeval's
     * evaluation delivers them; BaselinesTest checks every one).
     */
    @Benchmark
    public WholeSheet handWritten(Pool pool, Cursor cursor) {
        return pool.handWritten.sheet(cursor.next(pool));
    }

    /** The 33 scores alone, as the hand-written baseline was timed up to the fourth round. */
    @Benchmark
    public BigDecimal[] handWrittenScoresOnly(Pool pool, Cursor cursor) {
        return pool.handWritten.score(cursor.next(pool));
    }

    @Benchmark
    public WholeSheet aviator(Pool pool, Cursor cursor) {
        return pool.aviator.sheet(cursor.next(pool));
    }

    @Benchmark
    public WholeSheet spel(Pool pool, Cursor cursor) {
        return pool.spel.sheet(cursor.next(pool));
    }
}
