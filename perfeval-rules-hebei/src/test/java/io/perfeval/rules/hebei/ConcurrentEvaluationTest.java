package io.perfeval.rules.hebei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.sheet.ScoreSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One compiled Shijiazhuang pack shared by 8 threads, each scoring varied inputs in its own order: every sheet equals
 * (record equality, traces and evaluation record included) the sheet a single thread computed first. The default run
 * makes 10^5 evaluations in all; the nightly profile ({@code -Pfuzz}, property {@code perfeval.stress.evaluations})
 * makes 8 × 10^5.
 */
class ConcurrentEvaluationTest {

    static final int THREADS = 8;
    static final int EVALUATIONS = Integer.getInteger("perfeval.stress.evaluations", 100_000);
    static final int DISTINCT = 400;

    @Test
    void eightThreadsSharingOnePackGiveExactlyTheSequentialSheets() throws Exception {
        RulePack pack = ShijiazhuangDepartmentPack.pack();
        List<EvaluationInput> inputs = VariedInputs.make(DISTINCT, 20191108L);
        List<ScoreSheet> expected = new ArrayList<>();
        for (EvaluationInput in : inputs) {
            expected.add(pack.evaluate(in));
        }
        assertTrue(expected.stream().anyMatch(ScoreSheet::rescaled), "the inputs exercise 不适用 and rescaling");
        assertTrue(expected.stream().anyMatch(s -> !s.complete()), "the inputs exercise per-indicator errors");
        assertTrue(expected.stream().map(ScoreSheet::total).distinct().count() > 50, "the inputs vary the total");

        int perThread = EVALUATIONS / THREADS;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    int mismatches = 0;
                    for (int i = 0; i < perThread; i++) {
                        // each thread walks the inputs with its own stride, so threads score different inputs at once
                        int k = (int) ((i * (long) (2 * thread + 1) + thread * 37L) % DISTINCT);
                        if (!pack.evaluate(inputs.get(k)).equals(expected.get(k))) {
                            mismatches++;
                        }
                    }
                    return mismatches;
                }));
            }
            start.countDown();
            int mismatches = 0;
            for (Future<Integer> f : done) {
                mismatches += f.get();
            }
            assertEquals(0, mismatches, "sheets differing from the sequential result");
        } finally {
            pool.shutdownNow();
        }
        System.out.println("concurrency: " + THREADS + " threads x " + perThread + " = " + THREADS * perThread
                + " evaluations of one shared pack over " + DISTINCT + " inputs, all equal to the sequential sheets");
    }
}
