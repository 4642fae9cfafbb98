package io.perfeval.examples.bench;

import io.perfeval.core.EvaluationOptions;
import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.dsl.PackCompiler;
import io.perfeval.rules.hebei.ShijiazhuangDepartmentPack;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 21 item 3, before and after in one run: the integrator's path by slot and {@code evaluate} alone, with the
 * long path off ({@code longArithmetic=false}: the BigDecimal route every node took before) and on. The switch is the
 * core's system property, read when a plan is made, so each setting compiles its own pack.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 1)
public class LongArithmeticBenchmark {

    @State(Scope.Benchmark)
    public static class Pool {
        @Param({"false", "true"})
        public boolean longArithmetic;
        RulePack pack;
        EvaluationInput[] inputs;
        PlainDepartment[] plain;
        PlainDepartment.Slots slots;

        @Setup
        public void setUp() {
            List<EvaluationInput> pool = BenchInputs.pool();
            System.setProperty("perfeval.core.longArithmetic", Boolean.toString(longArithmetic));
            try {
                pack = PackCompiler.fromResource(ShijiazhuangDepartmentPack.RESOURCE);
                // the plan is made on the first evaluation, while the property says which path
                pack.evaluate(pool.get(0));
            } finally {
                System.clearProperty("perfeval.core.longArithmetic");
            }
            inputs = pool.toArray(EvaluationInput[]::new);
            plain = PlainDepartment.pool(pool);
            slots = PlainDepartment.Slots.of(pack);
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int next() {
            int n = next;
            next = (next + 1) & (BenchInputs.POOL - 1);
            return n;
        }
    }

    /** EvaluationBenchmark.integratorPathBySlot: built by slot, evaluated with the trace, every figure read. */
    @Benchmark
    public void integratorPathBySlot(Pool pool, Cursor cursor, Blackhole bh) {
        read(pool.pack.evaluate(pool.plain[cursor.next()].toInput(pool.slots)), bh);
    }

    @Benchmark
    public void integratorPathBySlotWithoutTrace(Pool pool, Cursor cursor, Blackhole bh) {
        read(pool.pack.evaluate(pool.plain[cursor.next()].toInput(pool.slots), EvaluationOptions.withoutTrace()), bh);
    }

    /** EvaluationBenchmark.perfeval: {@code evaluate} alone, input pre-built, nothing read. */
    @Benchmark
    public ScoreSheet perfeval(Pool pool, Cursor cursor) {
        return pool.pack.evaluate(pool.inputs[cursor.next()]);
    }

    @Benchmark
    public ScoreSheet perfevalWithoutTrace(Pool pool, Cursor cursor) {
        return pool.pack.evaluate(pool.inputs[cursor.next()], EvaluationOptions.withoutTrace());
    }

    private static void read(ScoreSheet sheet, Blackhole bh) {
        List<BigDecimal> scores = sheet.scores();
        for (int i = 0; i < scores.size(); i++) {
            bh.consume(scores.get(i));
        }
        bh.consume(sheet.total());
        bh.consume(sheet.grade());
    }
}
