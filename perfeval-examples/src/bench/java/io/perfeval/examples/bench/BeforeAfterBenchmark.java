package io.perfeval.examples.bench;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.input.Value;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.rules.hebei.ShijiazhuangDepartmentPack;
import java.math.BigDecimal;
import java.util.Map;
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
 * The integrator's whole path with only the API both trees have: build the input by name from the department's values,
 * evaluate with the trace, read every score, subtotal, total and grade from the sheet's tree. Same class in the base
 * and the final tree, so one run compares them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class BeforeAfterBenchmark {
    RulePack pack;
    EvaluationInput[] pool;
    int next;

    @Setup
    public void setUp() {
        pack = ShijiazhuangDepartmentPack.pack();
        pool = BenchInputs.pool().toArray(EvaluationInput[]::new);
    }

    @Benchmark
    public void integratorPathSameApi(Blackhole bh) {
        EvaluationInput from = pool[next];
        next = (next + 1) & (BenchInputs.POOL - 1);
        EvaluationInput.Builder b = EvaluationInput.builder().entity(from.entity());
        for (Map.Entry<String, Value> e : from.data().entrySet()) {
            b.put(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, Judgement> e : from.judgements().entrySet()) {
            b.judgement(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, BigDecimal> e : from.selfScores().entrySet()) {
            b.selfScore(e.getKey(), e.getValue());
        }
        from.selfTotal().ifPresent(b::selfTotal);
        ScoreSheet sheet = pack.evaluate(b.build());
        for (IndicatorResult r : sheet.flatten()) {
            bh.consume(r.score());
        }
        bh.consume(sheet.total());
        bh.consume(sheet.grade());
    }
}
