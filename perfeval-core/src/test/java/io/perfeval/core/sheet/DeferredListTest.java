package io.perfeval.core.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
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
}
