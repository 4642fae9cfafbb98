package io.perfeval.dsl.bench;

import io.perfeval.core.RulePack;
import io.perfeval.dsl.PackCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: warm compile of the whole Shijiazhuang pack. Run from perfeval-dsl after {@code mvn test-compile}:
 * {@code java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main CompileBenchmark}
 * (write the class path with {@code mvn dependency:build-classpath -Dmdep.outputFile=target/cp.txt}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CompileBenchmark {

    private String text;

    @Setup
    public void read() throws IOException {
        text = Files.readString(Path.of("../perfeval-rules-hebei/src/main/resources/io/perfeval/rules/hebei/"
                + "shijiazhuang-2019-department.perfeval"), StandardCharsets.UTF_8);
    }

    @Benchmark
    public RulePack compileShijiazhuang() {
        return PackCompiler.compileOrThrow(text, "shijiazhuang-2019-department.perfeval");
    }
}
