package io.perfeval.examples.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.Indicator;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.dsl.CompileResult;
import io.perfeval.dsl.PackCompiler;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The measure of the rule language on a table it was not written for: which 评分标准 compile exactly as written with
 * nothing but the pack's data, and for the others the diagnostic the compiler gives without the declaration the pack
 * adds ({@code readings.tsv}). Every criterion of the pack is its source's text; none needs a 规则 of its own.
 */
class YueyangReadingsTest {

    private static final RulePack PACK = YueyangDepartmentPack.pack();

    private static List<String[]> readings() {
        return AuthoringFiles.tsv("readings.tsv");
    }

    /** A pack with the Yueyang pack's header, data and formulas and one indicator carrying this criterion as written. */
    static String alone(Indicator.Leaf leaf, String extra) {
        String text = AuthoringFiles.packText();
        String declarations = text.substring(text.indexOf("\n数据："), text.indexOf("\n指标："));
        return "规则包：test/alone\n名称：「照写」\n总分：" + leaf.maxScore().toPlainString() + "\n" + declarations
                + "\n指标：\n一级：「" + leaf.name() + "」（" + leaf.maxScore().toPlainString() + "）\n  评价标准「"
                + leaf.criterion() + "」\n" + extra;
    }

    @TestFactory
    List<DynamicTest> everyCriterionAsWrittenCompilesOrFailsAsTheTableSays() {
        Map<String, Indicator.Leaf> leaves = PACK.leaves().stream()
                .collect(Collectors.toMap(Indicator.Leaf::name, l -> l));
        assertEquals(leaves.keySet(), readings().stream().map(r -> r[0]).collect(Collectors.toSet()),
                "one row per indicator of the pack");
        return readings().stream().map(row -> DynamicTest.dynamicTest(row[0], () -> {
            Indicator.Leaf leaf = leaves.get(row[0]);
            CompileResult r = PackCompiler.compile(alone(leaf, ""), "alone.perfeval");
            List<String> errors = r.problems().stream().filter(Problem::isError).map(Problem::code).toList();
            if (row[1].equals("照写")) {
                assertEquals(List.of(), errors, row[0]);
                Indicator.Leaf compiled = r.pack().orElseThrow().leaves().get(0);
                assertEquals(leaf.rule(), compiled.rule(), "the pack adds nothing to " + row[0]);
            } else {
                assertEquals(List.of(row[3]), errors, row[0]);
                String text = AuthoringFiles.packText();
                int at = text.indexOf("三级：" + row[0]);
                int next = text.indexOf("三级：", at + 1);
                String block = text.substring(at, next < 0 ? text.length() : next);
                assertTrue(block.contains(row[2] + (row[2].equals("用语") ? "「" : "：")),
                        row[0] + " declares its reading with " + row[2]);
                assertTrue(block.contains("# 照写") || block.contains("# 原文"), row[0] + " says why in the file");
            }
        })).toList();
    }

    @Test
    void sevenCompileAsWrittenTwoNeedADeclarationNoneNeedsARule() {
        Map<String, Long> counts = readings().stream().collect(Collectors.groupingBy(r -> r[1], Collectors.counting()));
        assertEquals(Map.of("照写", 7L, "读法", 2L), counts);
        assertTrue(AuthoringFiles.packText().lines().noneMatch(l -> l.strip().startsWith("规则：")),
                "every criterion is read from its own words");
    }

    @Test
    void theSurplusReadsAsTheTableMeansIt() {
        // 「无结余,3分;有结余,但不超过上年结转,2分;结余超过上年结转,不得分。」: 无结余 is 结余 = 0 and 有结余 结余 > 0 of the
        // declared amount (reading 27); 「但不超过上年结转」 compares the 结余 written before it
        Indicator.Leaf leaf = PACK.leaves().stream().filter(l -> l.name().equals("资金结余")).findFirst().orElseThrow();
        EvaluationInput.Builder in = EvaluationInput.builder();
        YueyangThresholdTest.base(Map.of()).data().forEach(in::put);
        RulePack pack = PACK;
        assertEquals(new BigDecimal("3.00"), score(pack, Map.of("结余", "0", "上年结转", "30")));
        assertEquals(new BigDecimal("2.00"), score(pack, Map.of("结余", "30", "上年结转", "30")));
        assertEquals(new BigDecimal("0.00"), score(pack, Map.of("结余", "30.01", "上年结转", "30")));
        assertEquals("分情形｛当 结余 = 0万元：得 3分；当 （结余 > 0万元 且 结余 ≤ 上年结转）：得 2分；当 结余 > 上年结转：得 0分；其余：无规则｝",
                io.perfeval.dsl.PackPrinter.print(pack).lines().filter(l -> l.contains("规则：分情形｛当 结余"))
                        .findFirst().orElseThrow().strip().substring(3));
    }

    private static BigDecimal score(RulePack pack, Map<String, String> values) {
        return pack.evaluate(YueyangThresholdTest.base(values)).find("资金结余").orElseThrow().score().orElseThrow();
    }

    @Test
    void aTargetCannotStandInForThePerProjectCountButAPhraseCan() {
        // 「每出现一个专项…扣0.5分」 counts 专项. Read against a 达标 target it would deduct 0.5 once however many were
        // late, so the compiler refuses it (D034); pointing the words at the declared count with 用语 compiles the
        // sentence as written, per 专项. (The requirement sentence before it scores nothing, with or without it.)
        Indicator.Leaf leaf = PACK.leaves().stream().filter(l -> l.name().equals("支付进度")).findFirst().orElseThrow();
        String sentence = alone(leaf, "  达标：未按进度完成资金下达的专项数 = 0个\n")
                .replace("春节前下达全部专项资金的50%;6月底前所有专项资金指标全部下达完。\n", "");
        CompileResult refused = PackCompiler.compile(sentence, "misread.perfeval");
        assertEquals(List.of("D034"), refused.problems().stream().filter(Problem::isError).map(Problem::code).toList());

        RulePack perProject = PackCompiler.compileOrThrow(sentence.replace("  达标：未按进度完成资金下达的专项数 = 0个\n",
                "  用语「专项未按进度完成资金下达」：未按进度完成资金下达的专项数\n"), "per-project.perfeval");
        EvaluationInput threeLate = EvaluationInput.builder().number("未按进度完成资金下达的专项数", "3").build();
        assertEquals(new BigDecimal("1.50"), perProject.evaluate(full(threeLate)).find("支付进度")
                .orElseThrow().score().orElseThrow(), "0.5 for each of three late 专项");
        assertEquals(new BigDecimal("1.50"), PACK.evaluate(YueyangThresholdTest.base(Map.of(
                "未按进度完成资金下达的专项数", "3"))).find("支付进度").orElseThrow().score().orElseThrow(),
                "the pack's declared reading agrees");
    }

    /** The other data the mini pack declares, filled with full-marks values. */
    private static EvaluationInput full(EvaluationInput given) {
        EvaluationInput base = YueyangThresholdTest.base(Map.of());
        EvaluationInput.Builder b = EvaluationInput.builder();
        base.data().forEach(b::put);
        given.data().forEach(b::put);
        return b.build();
    }
}
