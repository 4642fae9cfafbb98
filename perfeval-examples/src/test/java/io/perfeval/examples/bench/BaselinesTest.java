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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every baseline the benchmarks time gives exactly perfeval's 33 scores (value and scale) on the same generated
 * departments, so the benchmarks compare like with like.
 */
class BaselinesTest {

    private static final RulePack PACK = ShijiazhuangDepartmentPack.pack();
    /** The benchmarks' own seed and more departments than they cycle through. */
    private static final List<EvaluationInput> INPUTS = SyntheticDepartments.generate(BenchInputs.SEED, 3_000);

    static BigDecimal[] perfeval(EvaluationInput input) {
        ScoreSheet sheet = PACK.evaluate(input);
        assertTrue(sheet.complete(), () -> sheet.problems().toString());
        List<IndicatorResult> leaves = sheet.leaves();
        BigDecimal[] out = new BigDecimal[leaves.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = leaves.get(i).score().orElseThrow();
        }
        return out;
    }

    private static void sameAsPerfeval(Scorer scorer) {
        for (int n = 0; n < INPUTS.size(); n++) {
            BigDecimal[] expected = perfeval(INPUTS.get(n));
            assertEquals(33, expected.length);
            assertArrayEquals(expected, scorer.score(INPUTS.get(n)), scorer.getClass().getSimpleName() + " on department "
                    + (n + 1));
        }
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
