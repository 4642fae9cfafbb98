package io.perfeval.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.internal.SheetInternals;
import io.perfeval.core.rule.DeductionTerm.StepCounting;
import io.perfeval.core.sheet.EvaluationRecord;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.Trace;
import io.perfeval.core.sheet.TraceEntry;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The evaluation record's hashes are computed when first read, once, and are then the same as computed at once: the
 * record promises the hash of what was scored, whenever it is read.
 */
class LazyRecordTest {

    @Test
    void aDeferredHashIsComputedOnFirstReadAndOnlyOnce() {
        AtomicInteger packCalls = new AtomicInteger();
        AtomicInteger inputCalls = new AtomicInteger();
        EvaluationRecord r = Deferred.MAKE.record("p", "1", counting(packCalls, "aa"),
                counting(inputCalls, "bb"), "0.1");
        assertEquals(0, packCalls.get() + inputCalls.get());
        assertEquals("aa", r.packHash());
        assertEquals(1, packCalls.get());
        assertEquals(0, inputCalls.get());
        assertEquals("bb", r.inputHash());
        r.render();
        r.hashCode();
        assertEquals(1, packCalls.get());
        assertEquals(1, inputCalls.get());
        assertEquals(new EvaluationRecord("p", "1", "aa", "bb", "0.1"), r);
        assertEquals(new EvaluationRecord("p", "1", "aa", "bb", "0.1").hashCode(), r.hashCode());
        assertEquals(new EvaluationRecord("p", "1", "aa", "bb", "0.1").toString(), r.toString());
        assertNotEquals(new EvaluationRecord("p", "1", "aa", "bc", "0.1"), r);
    }

    @Test
    void theDeferredFactoriesAreNotPublicAndTheBridgeTakesNoOtherFactory() {
        for (Class<?> type : List.of(TraceEntry.Computed.class, TraceEntry.Tested.class, TraceEntry.Deducted.class,
                TraceEntry.Decided.class, TraceEntry.Note.class, Trace.class, EvaluationRecord.class,
                ScoreSheet.class)) {
            for (Method m : type.getDeclaredMethods()) {
                if (m.getName().equals("deferred")) {
                    assertFalse(Modifier.isPublic(m.getModifiers()), m.toString());
                }
            }
        }
        SheetInternals.Factory foreign = (SheetInternals.Factory) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {SheetInternals.Factory.class}, (p, m, a) -> null);
        assertThrows(IllegalArgumentException.class, () -> SheetInternals.install(foreign));
        assertSame(Deferred.MAKE, SheetInternals.factory());
    }

    private static Supplier<String> counting(AtomicInteger calls, String value) {
        return () -> {
            calls.incrementAndGet();
            return value;
        };
    }

    @Test
    void theRecordOfAnEvaluationHasTheHashesOfItsPackAndInput() {
        RulePack pack = SeedFixture.pack(StepCounting.STARTED);
        EvaluationInput input = SeedFixture.gaoyi().build();
        ScoreSheet sheet = pack.evaluate(input);
        EvaluationRecord r = sheet.record().orElseThrow();
        assertEquals(Canonical.inputHash(input), r.inputHash());
        assertEquals(Canonical.packHash(pack), r.packHash());
        assertEquals(Canonical.packHash(pack), pack.contentHash());
        assertEquals(Canonical.packHash(SeedFixture.pack(StepCounting.STARTED)), pack.contentHash());
        assertEquals(r, pack.evaluate(input, EvaluationOptions.withoutTrace()).record().orElseThrow());
    }
}
