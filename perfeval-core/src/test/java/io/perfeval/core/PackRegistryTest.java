package io.perfeval.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.diag.PerfevalException;
import io.perfeval.core.rule.DeductionTerm.StepCounting;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PackRegistryTest {

    private static final class CountingSource implements PackSource {
        final AtomicInteger loads = new AtomicInteger();
        final String id;

        CountingSource(String id) {
            this.id = id;
        }

        @Override
        public PackInfo info() {
            return new PackInfo(id, "测试包", "", "", "");
        }

        @Override
        public RulePack load() {
            loads.incrementAndGet();
            return SeedFixture.pack(StepCounting.STARTED);
        }
    }

    @Test
    void packsAreFoundByIdAndCompiledOnce() {
        CountingSource a = new CountingSource("test/a");
        PackRegistry registry = PackRegistry.of(List.of(new CountingSource("test/b"), a));
        assertEquals(List.of("test/a", "test/b"), registry.packs().stream().map(PackInfo::id).toList());
        assertSame(registry.get("test/a"), registry.get("test/a"));
        assertEquals(1, a.loads.get());
    }

    @Test
    void unknownAndDuplicateIdsAreClearErrors() {
        PackRegistry registry = PackRegistry.of(List.of(new CountingSource("hebei/shijiazhuang-2019/department")));
        PerfevalException unknown = assertThrows(PerfevalException.class,
                () -> registry.get("hebei/shijiazhuang-2019/departmnt"));
        assertEquals("PK02", unknown.problems().get(0).code());
        assertTrue(unknown.problems().get(0).message().contains("是否指「hebei/shijiazhuang-2019/department」"),
                unknown.problems().get(0).message());
        PerfevalException dup = assertThrows(PerfevalException.class,
                () -> PackRegistry.of(List.of(new CountingSource("x"), new CountingSource("x"))));
        assertEquals("PK01", dup.problems().get(0).code());
    }
}
