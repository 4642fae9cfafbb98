package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Problem;
import org.junit.jupiter.api.Test;

class ShijiazhuangPackTest {

    @Test
    void compiles() {
        String text = Packs.shijiazhuang();
        CompileResult r = PackCompiler.compile(text, "shijiazhuang-2019-department.perfeval");
        for (Problem p : r.problems()) {
            System.out.println(Diagnostics.render(p, text));
        }
        assertTrue(r.pack().isPresent());
        RulePack pack = r.pack().get();
        pack.leaves().forEach(l -> System.out.println(l.name() + " => " + PackPrinter.rule(l.rule())));
    }
}
