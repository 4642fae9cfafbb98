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

    /** A pack of 15 points without 等级 has none (issue 18); printed, it still has none, and a 100-point one the default. */
    @Test
    void aPackWithoutGradesPrintsWithoutThemAndCompilesBackEqual() {
        String text = "规则包：t/g\n名称：「g」\n总分：15\n数据：\n  按时：是否\n指标：\n一级：按时上报（15）\n"
                + "  评价标准「按时上报得满分，否则得零分。」\n  达标：按时\n";
        RulePack pack = PackCompiler.compileOrThrow(text, "g.perfeval");
        assertTrue(pack.grades().isEmpty());
        String printed = PackPrinter.print(pack);
        assertTrue(!printed.contains("等级："), printed);
        assertEquals(pack, PackCompiler.compileOrThrow(printed, "printed.perfeval"));
        RulePack hundred = PackCompiler.compileOrThrow(text.replace("15", "100"), "h.perfeval");
        assertEquals(io.perfeval.core.GradeScale.DEFAULT, hundred.grades());
        assertTrue(PackPrinter.print(hundred).contains("等级：\n  优秀：85 ≤ 得分"), PackPrinter.print(hundred));
    }
}
