package io.perfeval.examples.bench;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.rules.hebei.ShijiazhuangDepartmentPack;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Re-scoring a province: 100,000 departments with one shared compiled pack, split evenly over 1 or 2 worker threads.
 * One operation is the whole batch.
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
    private EvaluationInput[] inputs;
    private ExecutorService workers;

    @Setup
    public void setUp() {
        pack = ShijiazhuangDepartmentPack.pack();
        inputs = BenchInputs.pool().toArray(EvaluationInput[]::new);
        workers = Executors.newFixedThreadPool(threads);
    }

    @TearDown
    public void tearDown() {
        workers.shutdownNow();
    }

    @Benchmark
    public long batch() throws InterruptedException, ExecutionException {
        List<Future<Long>> parts = new ArrayList<>();
        int share = DEPARTMENTS / threads;
        for (int t = 0; t < threads; t++) {
            int from = t * share;
            parts.add(workers.submit(() -> {
                long complete = 0;
                for (int i = from; i < from + share; i++) {
                    if (pack.evaluate(inputs[i & (BenchInputs.POOL - 1)]).complete()) {
                        complete++;
                    }
                }
                return complete;
            }));
        }
        long complete = 0;
        for (Future<Long> f : parts) {
            complete += f.get();
        }
        return complete;
    }
}
