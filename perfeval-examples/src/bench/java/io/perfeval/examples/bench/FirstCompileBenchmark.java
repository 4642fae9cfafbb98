package io.perfeval.examples.bench;

import io.perfeval.core.RulePack;
import io.perfeval.dsl.PackCompiler;
import java.io.IOException;
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

/**
 * The first compile in a fresh JVM: one shot per fork, class loading and the ANTLR ATN deserialisation included, as an
 * application meets it at start-up. Ten forks give the spread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class FirstCompileBenchmark {

    private String text;

    @Setup
    public void read() throws IOException {
        text = CompileBenchmark.packText();
    }

    @Benchmark
    public RulePack firstCompile() {
        return PackCompiler.compileOrThrow(text, "shijiazhuang-2019-department.perfeval");
    }
}
