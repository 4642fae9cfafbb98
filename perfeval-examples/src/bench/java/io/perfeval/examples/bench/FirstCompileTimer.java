package io.perfeval.examples.bench;

import io.perfeval.dsl.PackCompiler;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The first compile as an application meets it, outside JMH's harness: one compile of the Shijiazhuang pack in a fresh
 * JVM on the shaded jar's class path, printing the main thread's CPU time and the wall time in milliseconds. Run it
 * several times (each run is one fresh JVM); see BENCHMARKS.md.
 */
public final class FirstCompileTimer {

    private FirstCompileTimer() {
    }

    public static void main(String[] args) throws Exception {
        String text = CompileBenchmark.packText();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        PackCompiler.compileOrThrow(text, "shijiazhuang-2019-department.perfeval");
        System.out.println("cpu_ms=" + (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000
                + " wall_ms=" + (System.nanoTime() - wall) / 1_000_000);
    }
}
