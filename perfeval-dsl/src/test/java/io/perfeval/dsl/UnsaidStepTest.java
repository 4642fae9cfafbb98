package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a criterion leaves unsaid about steps is refused, not guessed: 「下降5个百分点扣1分」 without 每 (D066; one unit is
 * per unit, as 一项不符合扣 is per item) and a bound in 个百分点 on a subject left out (D067). Both shapes compiled before
 * to a wrong score that looked right (holdout3 H3-050: the fall became an item the evaluator answers and the rate was
 * never read; H3-053: 0.1 个百分点 became the bound 0.1%).
 */
class UnsaidStepTest {

    private static String pack(String criterion) {
        return "规则包：t/unsaid\n名称：「未说明」\n总分：12\n数据：\n  合法率：百分比\n指标：\n一级：「合法率」（12）\n  评价标准「"
                + criterion + "」\n";
    }

    private static List<String> codes(String criterion) {
        CompileResult r = PackCompiler.compile(pack(criterion), "t.perfeval");
        assertTrue(r.pack().isEmpty(), () -> "compiled: " + r.problems());
        assertTrue(r.problems().stream().allMatch(p -> p.location().isPresent()), r.problems()::toString);
        return r.problems().stream().map(p -> p.code()).toList();
    }

    private static BigDecimal score(RulePack pack, String rate) {
        return pack.evaluate(EvaluationInput.builder().number("合法率", rate).build()).total().orElseThrow();
    }

    @Test
    void oneUnitWithout每IsPerUnitAsOneItemIsAndAnyOtherSizeIsRefused() {
        // 「下降1个百分点扣1分」: one unit before 扣 is per unit, as 「一项不符合扣0.5分」 is per item; D011 says so
        for (String text : List.of("合法率达92%12分,下降1个百分点扣1分;", "合法率达92%12分,每下降1个百分点扣1分;",
                "合法率達92%12分,下降1個百分點扣1分;")) {
            CompileResult r = PackCompiler.compile(pack(text), "t.perfeval");
            RulePack pack = r.pack().orElseThrow(() -> new AssertionError(r.problems()));
            assertEquals(text.contains("每") ? List.of() : List.of("D011"),
                    r.problems().stream().map(p -> p.code()).toList(), text);
            assertEquals(0, new BigDecimal("12").compareTo(score(pack, "92")), text);
            assertEquals(0, new BigDecimal("5").compareTo(score(pack, "85")), text);
            assertEquals(0, BigDecimal.ZERO.compareTo(score(pack, "79")), text);
        }
        // per 5 points, or once at a fall of 5? the words do not say
        assertEquals(List.of("D066"), codes("合法率达92%12分,下降5个百分点扣1分;"));
    }

    @Test
    void aDirectionWordThatIsNotAStepStaysWhatItWas() {
        // 减少 without a size and a deduction after it is prose, as before: an item the evaluator answers
        CompileResult r = PackCompiler.compile(pack("合法率达92%得满分；投诉减少的，得满分，否则扣2分。"), "t.perfeval");
        assertTrue(r.problems().stream().noneMatch(p -> p.code().equals("D066")), r.problems()::toString);
    }

    @Test
    void aBoundInPercentagePointsOnASubjectLeftOutIsRefused() {
        assertEquals(List.of("D067"), codes("合法率控制在5%以内得12分,超过0.1个百分点扣1分。"));
        // with its subject written the subject is itself a difference, and the bound is one
        String written = "规则包：t/unsaid\n名称：「未说明」\n总分：12\n数据：\n  偏差率：百分比\n指标：\n一级：「偏差率」（12）\n"
                + "  评价标准「偏差率超过5个百分点的，不得分；否则得满分。」\n";
        CompileResult r = PackCompiler.compile(written, "t.perfeval");
        RulePack pack = r.pack().orElseThrow(() -> new AssertionError(r.problems()));
        assertEquals(0, BigDecimal.ZERO.compareTo(pack.evaluate(EvaluationInput.builder().number("偏差率", "6").build())
                .total().orElseThrow()));
    }
}
