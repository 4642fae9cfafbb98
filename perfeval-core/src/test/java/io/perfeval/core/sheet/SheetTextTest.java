package io.perfeval.core.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.DataField;
import io.perfeval.core.Indicator;
import io.perfeval.core.Measure;
import io.perfeval.core.PackInfo;
import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SheetTextTest {

    private static RulePack pack() {
        Expr rate = new Expr.Binary(Expr.ArithmeticOp.MULTIPLY, new Expr.Binary(Expr.ArithmeticOp.DIVIDE,
                new Expr.Ref("本年支出"), new Expr.Ref("调整后预算数")), new Expr.Const(Quantity.percent("100")));
        return RulePack.builder(new PackInfo("t/text", "测试指标体系", "", "", "石发〔2019〕8号"))
                .field(DataField.amount("本年支出", ""))
                .field(DataField.amount("调整后预算数", ""))
                .measure(new Measure("预算执行率", rate, Unit.PERCENT, 2, ""))
                .indicator(new Indicator.Group("过程", new BigDecimal("40"), List.of(
                        new Indicator.Group("预算执行", new BigDecimal("40"), List.of(
                                new Indicator.Leaf("资金结余结转率", new BigDecimal("38"), "", "", Rule.Judgement.anywhere()),
                                new Indicator.Leaf("决策真实性", new BigDecimal("2"), "", "", new Rule.FullMarks()))))))
                .indicator(new Indicator.Group("效果", new BigDecimal("60"), List.of(
                        new Indicator.Leaf("部门整体效益", new BigDecimal("60"), "", "", Rule.Judgement.anywhere()))))
                .build();
    }

    @Test
    void theTableAlignsChineseColumnsAndListsFiguresAndFindings() {
        ScoreSheet sheet = pack().evaluate(EvaluationInput.builder().entity("高邑县人民政府办公室")
                .number("本年支出", "906.09").number("调整后预算数", "1308.05")
                .judgement("资金结余结转率", "30", "示例").judgement("部门整体效益", "55", "示例")
                .selfScore("资金结余结转率", "31.5").selfScore("决策真实性", "2").selfTotal(new BigDecimal("88.5"))
                .build());
        String text = SheetText.render(sheet);
        List<String> lines = text.lines().toList();
        String header = lines.stream().filter(l -> l.startsWith("一级指标")).findFirst().orElseThrow();
        String leaf = lines.stream().filter(l -> l.contains("资金结余结转率") && l.contains("✗")).findFirst().orElseThrow();
        // 分值 column ends at the same terminal column in the header and in a row
        assertEquals(SheetText.width(header.substring(0, header.indexOf("分值") + 2)),
                SheetText.width(leaf.substring(0, leaf.indexOf("38") + 2)), text);
        assertTrue(text.contains("预算执行率 = 本年支出 / 调整后预算数 × 100% = 906.09 / 1308.05 × 100% = 69.27%"), text);
        assertTrue(text.contains("✗ 资金结余结转率：自评 31.5 分，按评价标准应得 30 分（相差 +1.5 分）"), text);
        assertTrue(text.contains("✗ 合计：自评 88.5 分，按评价标准应得 87 分（相差 +1.5 分）"), text);
        assertTrue(text.contains("等级：优秀（85 ≤ 得分）"), text);
    }

    /** Issue 17: a line break in a value from outside (an entity, a name built in code) forged a line of the sheet. */
    @Test
    void noValueCanBreakOrForgeALine() {
        ScoreSheet sheet = pack().evaluate(EvaluationInput.builder().entity("某单位\n合计   100  100.00\r\u2028")
                .number("本年支出", "906.09").number("调整后预算数", "1308.05")
                .judgement("资金结余结转率", "30", "示例").judgement("部门整体效益", "55", "示例").build());
        String text = SheetText.render(sheet);
        assertTrue(text.startsWith("部门整体支出绩效自评表 — 某单位\\u000A合计   100  100.00\\u000D\\u2028\n"), text);
        assertEquals(1, text.lines().filter(l -> l.startsWith("合计")).count(), text);
        assertEquals("无换行", SheetText.oneLine("无换行"));
        assertEquals("a\\u0009b", SheetText.oneLine("a\tb"));
    }

    @Test
    void widthCountsWideCharactersTwice() {
        assertEquals(4, SheetText.width("分值"));
        assertEquals(3, SheetText.width("100"));
        assertEquals(6, SheetText.width("１０％"));
    }
}
