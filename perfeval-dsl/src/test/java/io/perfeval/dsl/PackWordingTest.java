package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A pack's own words. Its 写法 (README §2): the family is named by its 族 or by a spelling only that family has — the seventh
 * holdout's author wrote 「综合评分」 → 「酌情评分」 (a spelling of 酌情) and was refused for it (D018) eight times; a name
 * that is neither is still D018. A unit the language knows, declared for a type of another kind (「数量（个月）」), is
 * said to be so (D083), not unknown (D005).
 */
class PackWordingTest {

    private static final String TEXT = "规则包：t/w\n名称：「写法」\n总分：2\n写法：\n  「综合评分」 → 「%s」\n"
            + "指标：\n一级：「项」（2）\n  评价标准「根据组织学习情况综合评分。」\n";

    @Test
    void aFamilyNamedByOneOfItsSpellingsIsThatFamily() {
        for (String family : new String[] {"酌情", "酌情评分"}) {
            CompileResult r = PackCompiler.compile(TEXT.formatted(family), "w.perfeval");
            String printed = PackPrinter.print(r.pack().orElseThrow(() -> new AssertionError(r.problems())));
            assertTrue(printed.contains("规则：酌情 0分 至 分值"), printed);
        }
    }

    @Test
    void aNameThatIsNoFamilyNorOneOfItsSpellingsIsRefused() {
        CompileResult r = PackCompiler.compile(TEXT.formatted("综合打分"), "w.perfeval");
        assertTrue(r.pack().isEmpty(), r.problems().toString());
        assertEquals("D018", r.errors().get(0).code(), r.problems().toString());
    }

    @Test
    void aKnownUnitOfAnotherKindThanTheTypeIsSaidToBeSoNotUnknown() {
        String text = "规则包：t/w\n名称：「单位」\n总分：2\n数据：\n  延迟：数量（%s）\n指标：\n一级：「项」（2）\n"
                + "  评价标准「延迟为0的得满分,否则不得分。」\n";
        CompileResult months = PackCompiler.compile(text.formatted("个月"), "w.perfeval");
        assertEquals("D083", months.errors().get(0).code(), months.problems().toString());
        assertTrue(months.errors().get(0).message().contains("数值（个月）"), months.problems().toString());
        CompileResult unknown = PackCompiler.compile(text.formatted("匹"), "w.perfeval");
        assertEquals("D005", unknown.errors().get(0).code(), unknown.problems().toString());
    }

    @Test
    void aFloorWrittenWithTheItemsBasicPointsStopsTheDeductions() {
        String text = "规则包：t/w\n名称：「写法」\n总分：2\n数据：\n  次数：数量（次）\n指标：\n一级：「项」（2）\n"
                + "  评价标准「每发现一次扣0.5分,扣完该项基本分为止。」\n  用语「发现」：次数\n  计分对象：次数\n";
        CompileResult r = PackCompiler.compile(text, "w.perfeval");
        String printed = PackPrinter.print(r.pack().orElseThrow(() -> new AssertionError(r.problems())));
        assertTrue(printed.contains("扣完为止"), printed);
    }
}
