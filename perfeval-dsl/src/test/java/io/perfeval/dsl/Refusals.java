package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one assertion the reading tests share: a pack refused, its first error the expected diagnostic. */
final class Refusals {

    private Refusals() {
    }

    static void assertRefused(CompileResult r, String code) {
        assertTrue(r.pack().isEmpty(), r.problems().toString());
        assertEquals(code, r.errors().get(0).code(), r.problems().toString());
    }
}
