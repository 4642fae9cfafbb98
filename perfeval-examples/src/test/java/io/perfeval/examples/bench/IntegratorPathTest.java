package io.perfeval.examples.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfeval.core.Indicator;
import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.rules.hebei.ShijiazhuangDepartmentPack;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The integrator's path that EvaluationBenchmark times (issue 21): on every department of the benchmarks' pool, the
 * input built from the plain values scores exactly as the generated input does, and the hand-written baseline reading
 * the same plain values gives the same 33 scores, subtotals, total and grade.
 */
class IntegratorPathTest {

    private static final RulePack PACK = ShijiazhuangDepartmentPack.pack();
    private static final List<EvaluationInput> POOL = BenchInputs.pool();
    private static final PlainDepartment[] PLAIN = PlainDepartment.pool(POOL);
    /** The 三级 indicators' indices in the sheet's flat figures, in table order. */
    private static final List<Integer> LEAVES = PACK.leaves().stream()
            .map(l -> PACK.indicatorIndex(l.name()).orElseThrow()).toList();
    /** The 二级 indicators' indices in table order, then the 一级 ones': the order of WholeSheet's subtotals. */
    private static final List<Integer> GROUPS = PACK.indicatorNames().stream()
            .filter(name -> PACK.indicator(name).orElseThrow() instanceof Indicator.Group)
            .sorted(Comparator.comparingInt(name -> -level(name))).map(name -> PACK.indicatorIndex(name).orElseThrow())
            .toList();

    @Test
    void theInputBuiltFromPlainValuesScoresAsTheGeneratedOne() {
        for (int n = 0; n < POOL.size(); n++) {
            ScoreSheet generated = PACK.evaluate(POOL.get(n));
            ScoreSheet built = PACK.evaluate(PLAIN[n].toInput());
            String which = "department " + (n + 1);
            assertArrayEquals(BaselinesTest.scores(generated), BaselinesTest.scores(built), which);
            assertArrayEquals(BaselinesTest.perfevalSubtotals(generated), BaselinesTest.perfevalSubtotals(built), which);
            assertEquals(generated.total(), built.total(), which);
            assertEquals(generated.grade(), built.grade(), which);
            assertEquals(generated.entity(), built.entity(), which);
            assertEquals(generated.record().orElseThrow().inputHash(), built.record().orElseThrow().inputHash(), which);
        }
    }

    @Test
    void handWrittenJavaOnThePlainValuesGivesPerfevalsSheet() {
        HandWritten handWritten = new HandWritten();
        for (int n = 0; n < POOL.size(); n++) {
            ScoreSheet sheet = PACK.evaluate(PLAIN[n].toInput());
            WholeSheet whole = handWritten.sheet(PLAIN[n]);
            String which = "department " + (n + 1);
            // read as the benchmark reads them: from the flat figures, by the indices the pack hands out
            assertArrayEquals(LEAVES.stream().map(i -> sheet.scores().get(i)).toArray(), whole.scores(), which);
            assertArrayEquals(GROUPS.stream().map(i -> sheet.scores().get(i)).toArray(), whole.subtotals(), which);
            assertArrayEquals(BaselinesTest.scores(sheet), whole.scores(), which);
            assertArrayEquals(BaselinesTest.perfevalSubtotals(sheet), whole.subtotals(), which);
            assertEquals(sheet.total().orElseThrow(), whole.total(), which);
            assertEquals(sheet.grade().orElseThrow().name(), whole.grade(), which);
        }
    }

    /** 1 for a 一级 indicator, 2 for a 二级 one. */
    private static int level(String name) {
        return PACK.indicators().stream().anyMatch(i -> i.name().equals(name)) ? 1 : 2;
    }
}
