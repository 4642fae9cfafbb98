package io.perfeval.core.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.perfeval.core.PackInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A deferred list is built on first read, once however many threads read it, and is then an unmodifiable list. */
class DeferredListTest {

    @Test
    void isBuiltOnFirstReadOnlyOnceAndReadsLikeTheListItWasBuiltFrom() {
        AtomicInteger builds = new AtomicInteger();
        DeferredList<String> l = new DeferredList<>(() -> {
            builds.incrementAndGet();
            return new ArrayList<>(List.of("甲", "乙"));
        });
        assertEquals(0, builds.get());
        assertEquals(2, l.size());
        assertEquals("乙", l.get(1));
        assertEquals(List.of("甲", "乙"), l);
        assertEquals(l, List.of("甲", "乙"));
        assertEquals(List.of("甲", "乙").hashCode(), l.hashCode());
        assertEquals("[甲, 乙]", l.toString());
        assertEquals(1, builds.get());
        assertThrows(UnsupportedOperationException.class, () -> l.add("丙"));
        assertThrows(UnsupportedOperationException.class, () -> l.iterator().remove());
    }

    @Test
    void threadsReadingAtOnceShareOneBuild() throws Exception {
        for (int round = 0; round < 50; round++) {
            AtomicInteger builds = new AtomicInteger();
            DeferredList<Object> l = new DeferredList<>(() -> {
                builds.incrementAndGet();
                return List.of(new Object());
            });
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Object>> reads = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    reads.add(pool.submit(() -> {
                        start.await();
                        return l.get(0);
                    }));
                }
                start.countDown();
                Object first = reads.get(0).get();
                for (Future<Object> r : reads) {
                    assertSame(first, r.get());
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, builds.get());
        }
    }

    @Test
    void aSheetsFlatFiguresAreReadWithoutBuildingItsTree() {
        AtomicInteger builds = new AtomicInteger();
        BigDecimal[] scores = {new BigDecimal("4.00"), null};
        Status[] statuses = {Status.SCORED, Status.NOT_APPLICABLE};
        ScoreSheet sheet = ScoreSheet.deferred(new PackInfo("test/flat", "平面", "", "", ""), "", () -> {
            builds.incrementAndGet();
            return List.of();
        }, BigDecimal.TEN, BigDecimal.TEN, Optional.empty(), false, Optional.empty(), false, List.of(), List::of,
                List.of(), Optional.empty(), scores, statuses);
        assertEquals(Arrays.asList(new BigDecimal("4.00"), null), sheet.scores());
        assertEquals(List.of(Status.SCORED, Status.NOT_APPLICABLE), sheet.statuses());
        assertEquals(0, builds.get());
    }
}
