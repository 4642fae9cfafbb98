package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import org.junit.jupiter.api.Test;

/** PackPrinter writes canonical text that compiles back to an equal pack. */
class RoundTripTest {

    @Test
    void shijiazhuangPrintsAndCompilesBackEqual() {
        RulePack pack = PackCompiler.compileOrThrow(Packs.shijiazhuang(), "shijiazhuang.perfeval");
        String printed = PackPrinter.print(pack);
        CompileResult again = PackCompiler.compile(printed, "printed.perfeval");
        assertTrue(again.pack().isPresent(), () -> again.errors().stream()
                .map(p -> Diagnostics.render(p, printed)).reduce("", (a, b) -> a + "\n" + b));
        assertEquals(pack, again.pack().get());
        assertEquals(pack.leaves(), again.pack().get().leaves());
        // printing is a fixed point: the canonical text of the re-compiled pack is the same text
        assertEquals(printed, PackPrinter.print(again.pack().get()));
    }
}
