package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.diag.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A criterion that opens with the formula of a measure the pack does not declare (「执行率=实际支出/预算数×100%」) is
 * refused once, with the declaration to add (D068), instead of a D040 deep inside the formula.
 */
class UndeclaredDefinitionTest {

    private static final String DATA = "  实际支出：金额（万元）\n  预算数：金额（万元）\n";

    private static List<Problem> errors(String criterion, String measures) {
        String pack = "规则包：t/def\n名称：「定义」\n总分：10\n数据：\n" + DATA + measures
                + "指标：\n一级：「甲」（10）\n  评价标准「" + criterion + "」\n";
        return PackCompiler.compile(pack, "def.perfeval").errors();
    }

    @Test
    void anUndeclaredMeasureDefinedInTheCriterionGetsItsDeclaration() {
        List<Problem> errors = errors("执行率=实际支出/预算数×100%。执行率达到100%的得满分，每低于1%扣0.5分。", "");
        assertEquals(List.of("D068"), errors.stream().map(Problem::code).toList(), errors.toString());
        String message = errors.get(0).message();
        assertTrue(message.contains("「执行率」") && message.contains("计算") && message.contains("执行率=实际支出/预算数×100%，保留两位小数"),
                message);
        assertTrue(errors.get(0).location().isPresent());
    }

    @Test
    void theSameTextCompilesOnceTheMeasureIsDeclared() {
        assertEquals(List.of(), errors("执行率=实际支出/预算数×100%。执行率达到100%的得满分，每低于1%扣0.5分。",
                "计算：\n  执行率 = 实际支出 / 预算数 × 100%，保留两位小数\n"));
    }

    @Test
    void aBareNumberAfterEqualsIsAComparisonNotADefinition() {
        List<Problem> errors = errors("完成率=100%得满分，否则不得分。", "");
        assertTrue(errors.stream().noneMatch(p -> p.code().equals("D068")), errors.toString());
    }

    @Test
    void aDefinitionAfterACommaIsFoundToo() {
        List<Problem> errors = errors("按执行率评分，执行率=实际支出/预算数×100%，执行率≥95%得满分。", "");
        assertTrue(errors.stream().anyMatch(p -> p.code().equals("D068")), errors.toString());
    }
}
