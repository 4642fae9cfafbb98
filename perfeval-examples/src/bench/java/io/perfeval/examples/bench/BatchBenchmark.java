package io.perfeval.examples.bench;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.examples.batch.BatchScorer;
import io.perfeval.rules.hebei.ShijiazhuangDepartmentPack;
import java.time.Duration;
import java.util.ArrayList;
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

/**
 * Re-scoring a province: 100,000 departments with one shared compiled pack on 1 or 2 worker threads, through the
 * batch example's {@link BatchScorer} (the code a user would run). One operation is the whole batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class BatchBenchmark {

    static final int DEPARTMENTS = 100_000;

    @Param({"1", "2"})
    public int threads;

    private RulePack pack;
    private List<EvaluationInput> inputs;

    @Setup
    public void setUp() {
        pack = ShijiazhuangDepartmentPack.pack();
        List<EvaluationInput> pool = BenchInputs.pool();
        inputs = new ArrayList<>(DEPARTMENTS);
        for (int i = 0; i < DEPARTMENTS; i++) {
            inputs.add(pool.get(i & (BenchInputs.POOL - 1)));
        }
    }

    @Benchmark
    public long batch() throws InterruptedException {
        BatchScorer.Result result = BatchScorer.score(pack, inputs, threads, Duration.ofHours(1),
                BatchScorer.Progress.NONE);
        return result.rows().stream().filter(r -> r.total().isPresent()).count();
    }
}
