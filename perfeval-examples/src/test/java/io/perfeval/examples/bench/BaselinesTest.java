package io.perfeval.examples.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.examples.batch.SyntheticDepartments;
import io.perfeval.rules.hebei.ShijiazhuangDepartmentPack;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every baseline the benchmarks time gives exactly perfeval's 33 scores (value and scale), subtotals, total and grade on
 * the same generated departments, so the benchmarks compare like with like.
 */
class BaselinesTest {

    private static final RulePack PACK = ShijiazhuangDepartmentPack.pack();
    /** The benchmarks' own seed and more departments than they cycle through. */
    private static final List<EvaluationInput> INPUTS = SyntheticDepartments.generate(BenchInputs.SEED, 3_000);

    /** The sheet's 33 scores, in table order. */
    static BigDecimal[] scores(ScoreSheet sheet) {
        assertTrue(sheet.complete(), () -> sheet.problems().toString());
        List<IndicatorResult> leaves = sheet.leaves();
        BigDecimal[] out = new BigDecimal[leaves.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = leaves.get(i).score().orElseThrow();
        }
        return out;
    }

    /** perfeval's 二级 subtotals in table order, then its 一级 ones: the order of {@link WholeSheet#subtotals()}. */
    static BigDecimal[] perfevalSubtotals(ScoreSheet sheet) {
        List<IndicatorResult> groups = sheet.flatten().stream().filter(r -> !r.children().isEmpty())
                .sorted(Comparator.comparingInt(r -> -r.level())).toList();
        return groups.stream().map(r -> r.score().orElseThrow()).toArray(BigDecimal[]::new);
    }

    private static void sameAsPerfeval(Scorer scorer) {
        for (int n = 0; n < INPUTS.size(); n++) {
            String which = scorer.getClass().getSimpleName() + " on department " + (n + 1);
            ScoreSheet sheet = PACK.evaluate(INPUTS.get(n));
            BigDecimal[] expected = scores(sheet);
            assertEquals(33, expected.length);
            assertArrayEquals(expected, scorer.score(INPUTS.get(n)), which);
            WholeSheet whole = scorer.sheet(INPUTS.get(n));
            assertArrayEquals(expected, whole.scores(), which);
            assertArrayEquals(perfevalSubtotals(sheet), whole.subtotals(), which);
            assertEquals(sheet.total().orElseThrow(), whole.total(), which);
            assertEquals(sheet.grade().orElseThrow().name(), whole.grade(), which);
        }
    }

    @Test
    void theSubtotalsAreTheTablesNineSecondAndFourFirstLevelIndicators() {
        ScoreSheet sheet = PACK.evaluate(INPUTS.get(0));
        assertEquals(13, perfevalSubtotals(sheet).length);
        assertEquals(List.of("投入", "过程", "产出", "效果"), sheet.indicators().stream()
                .map(IndicatorResult::name).toList());
    }

    @Test
    void everyGradeOccursAmongTheDepartments() {
        assertEquals(Set.of("优秀", "良好", "一般", "较差"), INPUTS.stream()
                .map(i -> new HandWritten().sheet(i).grade()).collect(Collectors.toSet()));
    }

    @Test
    void handWrittenJavaGivesPerfevalsScores() {
        sameAsPerfeval(new HandWritten());
    }

    @Test
    void aviatorGivesPerfevalsScores() {
        sameAsPerfeval(new AviatorRules());
    }

    @Test
    void spelGivesPerfevalsScores() {
        sameAsPerfeval(new SpelRules());
    }

    @Test
    void theDepartmentsDiffer() {
        long distinctTotals = INPUTS.stream().map(i -> PACK.evaluate(i).total().orElseThrow()).distinct().count();
        assertTrue(distinctTotals > 500, "distinct totals: " + distinctTotals);
    }
}
