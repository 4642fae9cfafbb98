package io.perfeval.examples.bench;

import io.perfeval.core.RulePack;
import io.perfeval.dsl.PackCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

/** Compiling the whole Shijiazhuang pack from its text (lex, parse, check, build the rule tree), warm. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 1)
public class CompileBenchmark {

    private String text;

    @Setup
    public void read() throws IOException {
        text = packText();
    }

    static String packText() throws IOException {
        try (InputStream in = CompileBenchmark.class.getClassLoader()
                .getResourceAsStream("io/perfeval/rules/hebei/shijiazhuang-2019-department.perfeval")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Benchmark
    public RulePack compileWarm() {
        return PackCompiler.compileOrThrow(text, "shijiazhuang-2019-department.perfeval");
    }
}
