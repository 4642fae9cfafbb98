package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Compile time of the whole Shijiazhuang pack: the first compile in this JVM (cold-ish: this test may not be the
 * first to load the classes) and the warm average. Not a JMH benchmark; the numbers go in the README.
 */
class CompileTimingTest {

    @Test
    void wholePackCompilesWellUnderFiftyMillisecondsWarm() {
        String text = Packs.shijiazhuang();
        long t0 = System.nanoTime();
        PackCompiler.compileOrThrow(text, "shijiazhuang.perfeval");
        long first = System.nanoTime() - t0;
        for (int i = 0; i < 50; i++) {
            PackCompiler.compileOrThrow(text, "shijiazhuang.perfeval");
        }
        int n = 100;
        long t1 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            PackCompiler.compileOrThrow(text, "shijiazhuang.perfeval");
        }
        double warm = (System.nanoTime() - t1) / 1e6 / n;
        System.out.printf("Shijiazhuang pack: first compile in this JVM %.1f ms, warm %.2f ms per compile%n",
                first / 1e6, warm);
        assertTrue(warm < 50, "warm compile " + warm + " ms");
    }
}
