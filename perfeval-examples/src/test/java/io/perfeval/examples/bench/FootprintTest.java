package io.perfeval.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.dsl.PackCompiler;
import io.perfeval.examples.batch.SyntheticDepartments;
import io.perfeval.rules.hebei.ShijiazhuangDepartmentPack;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;

/**
 * Memory facts of BENCHMARKS.md that need no timing: the retained size of a compiled pack, and that neither compiling a
 * pack nor evaluating an input generates classes (the rule tree is interpreted; nothing is spun per pack or input).
 */
class FootprintTest {

    static {
        // JOL cannot ask Unsafe for the field offsets of records; this makes it find them by probing instead.
        System.setProperty("jol.magicFieldOffset", "true");
    }

    static String packText() throws IOException {
        try (InputStream in = FootprintTest.class.getClassLoader()
                .getResourceAsStream(ShijiazhuangDepartmentPack.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aCompiledPackRetainsUnder256Kilobytes() {
        RulePack pack = ShijiazhuangDepartmentPack.pack();
        // the evaluation plan is built on the first evaluation and kept: measure the pack as evaluations hold it
        pack.evaluate(BenchInputs.pool().get(0));
        long bytes = GraphLayout.parseInstance(pack).totalSize();
        System.out.println("Shijiazhuang 2019 pack retained size: " + bytes + " bytes");
        assertTrue(bytes <= 256 * 1024, bytes + " bytes");
        assertTrue(bytes > 10 * 1024, "the walk must reach the rule tree: " + bytes + " bytes");
    }

    @Test
    void noClassIsLoadedPerCompileOrPerEvaluation() throws IOException {
        String text = packText();
        List<EvaluationInput> inputs = SyntheticDepartments.generate(7, 1_000);
        // Warm up every path once: class loading and call-site linking happen here, once per JVM.
        RulePack pack = null;
        for (int i = 0; i < 3; i++) {
            pack = PackCompiler.compileOrThrow(text, "shijiazhuang-2019-department.perfeval");
        }
        for (EvaluationInput input : inputs) {
            read(pack.evaluate(input));
        }
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        long before = classes.getTotalLoadedClassCount();
        for (int i = 0; i < 10; i++) {
            pack = PackCompiler.compileOrThrow(text, "shijiazhuang-2019-department.perfeval");
        }
        for (int round = 0; round < 3; round++) {
            for (EvaluationInput input : inputs) {
                // the sheet's tree and traces are built when read: read them, so that their making is counted too
                read(pack.evaluate(input));
            }
        }
        long after = classes.getTotalLoadedClassCount();
        System.out.println("classes loaded by 10 compiles and 3,000 evaluations: " + (after - before));
        assertEquals(before, after, "classes loaded by 10 compiles and 3,000 evaluations");
    }

    /** Every trace line of every indicator worded (a loop: a lambda here would be a class of the test's own). */
    private static void read(ScoreSheet sheet) {
        for (IndicatorResult r : sheet.flatten()) {
            r.trace().render();
        }
    }
}
