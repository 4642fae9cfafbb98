package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfeval.core.RulePack;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Compiling is free of shared mutable state: packs compiled on many threads at once are all equal. */
class ConcurrencyTest {

    @Test
    void parallelCompilesGiveEqualPacks() throws Exception {
        String text = Packs.shijiazhuang();
        RulePack expected = PackCompiler.compileOrThrow(text, "s.perfeval");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<RulePack>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                futures.add(pool.submit(() -> PackCompiler.compileOrThrow(text, "s.perfeval")));
            }
            for (Future<RulePack> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
