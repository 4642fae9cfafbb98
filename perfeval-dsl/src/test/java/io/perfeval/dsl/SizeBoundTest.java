package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.sheet.IndicatorResult;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * README §3, reading 64: ±N bounds a number's size either side of 0 — 「偏差率在±5%以内」 is |偏差率| ≤ 5%, and steps
 * beyond it count on the size, both ways. A comparison mixing ± and signed bounds, a number compared by size in one
 * clause and signed in another, and ± anywhere but a comparison's bound are refused (D084; where the grammar has no
 * place for ±, as in 「扣±2分」, D040 says so first). Over the measure 偏差率 = (实际数 − 预算数) / 预算数 × 100%, which
 * may be negative (分值 5).
 */
class SizeBoundTest {

    private static final String TEXT = "规则包：t/pm\n名称：「正负」\n总分：5\n数据：\n  实际数：金额（万元）\n"
            + "  预算数：金额（万元）\n计算：\n  偏差率 = (实际数 − 预算数) / 预算数 × 100%%，保留两位小数\n指标：\n"
            + "一级：「项」（5）\n  评价标准「%s」\n  计分对象：偏差率\n";

    private static CompileResult compile(String criterion) {
        return PackCompiler.compile(TEXT.formatted(criterion), "t.perfeval");
    }

    private static BigDecimal score(RulePack pack, String rate) {
        // 预算数 100: 实际数 100 + rate gives 偏差率 = rate %
        String actual = new BigDecimal("100").add(new BigDecimal(rate)).toPlainString();
        IndicatorResult r = pack.evaluate(EvaluationInput.builder().number("实际数", actual).number("预算数", "100")
                .build()).flatten().get(0);
        return r.score().orElseThrow(() -> new AssertionError(r));
    }

    @ParameterizedTest(name = "{0} at {1}% → {2}")
    @CsvSource(delimiter = '|', value = {
        "偏差率在±5%以内的得满分,每超出1个百分点扣0.5分,扣完为止。|0|5",
        "偏差率在±5%以内的得满分,每超出1个百分点扣0.5分,扣完为止。|-5|5",
        "偏差率在±5%以内的得满分,每超出1个百分点扣0.5分,扣完为止。|5|5",
        "偏差率在±5%以内的得满分,每超出1个百分点扣0.5分,扣完为止。|-7|4",
        "偏差率在±5%以内的得满分,每超出1个百分点扣0.5分,扣完为止。|7|4",
        "偏差率在±5%以内的得满分,每超出1个百分点扣0.5分,扣完为止。|-5.5|4.75",
        "偏差率在±5%以内的得满分,每超出1个百分点扣0.5分,扣完为止。|-30|0",
        "偏差率在±5%以内得满分,±5%-±10%得3分,超过±10%不得分。|-8|3",
        "偏差率在±5%以内得满分,±5%-±10%得3分,超过±10%不得分。|10|3",
        "偏差率在±5%以内得满分,±5%-±10%得3分,超过±10%不得分。|-10.01|0",
        "偏差率在正负5%以内得满分,否则不得分。|-4.99|5",
        "偏差率在正负5%以内得满分,否则不得分。|-5.01|0",
    })
    void aSizeBoundComparesTheNumbersSizeBothWays(String criterion, String rate, String expected) {
        CompileResult r = compile(criterion);
        RulePack pack = r.pack().orElseThrow(() -> new AssertionError(r.problems()));
        assertEquals(0, new BigDecimal(expected).compareTo(score(pack, rate)), PackPrinter.print(pack));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the size in one clause, the signed number in another: is −12% over 10%?
        "偏差率在±5%以内得满分,偏差率大于10%不得分。",
        // a size and a signed bound in one comparison
        "偏差率在±5%至10%之间得满分,否则不得分。",
    })
    void whatASizeBoundCannotSayIsRefused(String criterion) {
        Refusals.assertRefused(compile(criterion), "D084");
    }
}
