package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.DeclaredIndicator;
import io.perfeval.core.DeclaredIndicator.Judged;
import io.perfeval.core.DeclaredIndicator.Measured;
import io.perfeval.core.DeclaredIndicator.Qualitative;
import io.perfeval.core.DeclaredIndicator.Quantitative;
import io.perfeval.core.IndicatorTemplate;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.rule.Condition.Comparison;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.ScoreSheet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The 指标模板 section (README §1): compiled, printed, bound to a project's indicators, and every problem named. */
class IndicatorTemplateTest {

    /** A small project template (预算执行率 10, a 指标模板 of 90 with a fixed 满意度指标 of 10), shared with the kit's test. */
    static final String TEXT = resource("/io/perfeval/dsl/project-template.perfeval");
    /** Everything before the template section. */
    static final String HEAD = TEXT.substring(0, TEXT.indexOf("指标模板"));
    /** The three 类型 declarations. */
    static final String KINDS = TEXT.substring(TEXT.indexOf("  类型："));

    static String resource(String name) {
        try (java.io.InputStream in = IndicatorTemplateTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static RulePack pack(String text) {
        CompileResult r = PackCompiler.compile(text, "t.perfeval");
        assertTrue(r.pack().isPresent(), () -> r.problems().toString());
        return r.pack().get();
    }

    static Set<String> codes(String text) {
        Set<String> out = new TreeSet<>();
        PackCompiler.compile(text, "t.perfeval").problems().stream().filter(Problem::isError)
                .forEach(p -> out.add(p.code()));
        return out;
    }

    static DeclaredIndicator measured(String name, String l2, String max, Comparison dir, String target,
                                      String actual) {
        return new DeclaredIndicator(name, "产出指标", l2, new BigDecimal(max),
                new Quantitative(dir, new BigDecimal(target), "个"), new Measured(new BigDecimal(actual), "个"));
    }

    static DeclaredIndicator judged(String name, String max, String level, String score) {
        return new DeclaredIndicator(name, "满意度指标", "", new BigDecimal(max), new Qualitative("满意"),
                new Judged(level, Judgement.of(score, "问卷")));
    }

    static ScoreSheet score(RulePack template, List<DeclaredIndicator> declared) {
        RulePack bound = template.bind(declared);
        EvaluationInput.Builder in = EvaluationInput.builder().number("全年预算数", "100").number("全年执行数", "90");
        declared.forEach(d -> d.addTo(in));
        return bound.evaluate(in.build());
    }

    static BigDecimal of(ScoreSheet s, String name) {
        return s.find(name).orElseThrow().score().orElseThrow(() -> new AssertionError(s.problems().toString()));
    }

    @Test
    void theTemplateCompilesToKindsOverTheIndicatorsData() {
        IndicatorTemplate t = pack(TEXT).template().orElseThrow();
        assertEquals(0, new BigDecimal("90").compareTo(t.share()));
        assertEquals(List.of("产出指标", "满意度指标"), t.headings().stream().map(IndicatorTemplate.Heading::name)
                .toList());
        assertEquals(0, new BigDecimal("10").compareTo(t.heading("满意度指标").orElseThrow().maxScore()));
        assertEquals(List.of(Comparison.GE, Comparison.GT, Comparison.EQ), t.kindFor(Comparison.GT).orElseThrow()
                .directions());
        assertTrue(t.kindFor(Comparison.LE).orElseThrow().rule() instanceof Rule.Cases);
        assertTrue(t.qualitativeKind().orElseThrow().rule() instanceof Rule.Levels l && l.levels().size() == 3);
    }

    @Test
    void printedTemplateCompilesBackToTheSameText() {
        RulePack p = pack(TEXT);
        String printed = PackPrinter.print(p);
        assertTrue(printed.contains("指标模板（90）："), printed);
        assertEquals(printed, PackPrinter.print(pack(printed)));
        assertEquals(p.template().orElseThrow().headings(), pack(printed).template().orElseThrow().headings());
    }

    @Test
    void anUnboundTemplateScoresNothing() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> pack(TEXT).evaluate(
                EvaluationInput.builder().number("全年预算数", "1").number("全年执行数", "1").build()));
        assertEquals("I030", e.problems().get(0).code());
    }

    @Test
    void boundIndicatorsAreScoredByTheirKind() {
        List<DeclaredIndicator> declared = List.of(
                measured("培训人数", "数量指标", "40", Comparison.GE, "200", "150"),   // 150/200 × 40 = 30
                measured("投诉件数", "质量指标", "40", Comparison.LE, "4", "5"),       // 4/5 × 40 = 32
                judged("群众满意度", "10", "部分达成预期指标并具有一定效果", "7"));
        ScoreSheet s = score(pack(TEXT), declared);
        assertEquals(0, new BigDecimal("9").compareTo(of(s, "预算执行率")));
        assertEquals(0, new BigDecimal("30").compareTo(of(s, "培训人数")));
        assertEquals(0, new BigDecimal("32").compareTo(of(s, "投诉件数")));
        assertEquals(0, new BigDecimal("7").compareTo(of(s, "群众满意度")));
        assertEquals(0, new BigDecimal("78").compareTo(s.total().orElseThrow()));
        // the headings are groups of the bound pack, in the template's order, worth what their indicators are
        assertEquals(0, new BigDecimal("80").compareTo(s.find("产出指标").orElseThrow().maxScore()));
        assertTrue(s.find("数量指标").isPresent() && s.find("质量指标").isPresent());
        // met or exceeded: full marks either way
        ScoreSheet met = score(pack(TEXT), List.of(measured("培训人数", "数量指标", "40", Comparison.GE, "200", "260"),
                measured("投诉件数", "质量指标", "40", Comparison.LT, "4", "0"),
                judged("群众满意度", "10", "达成预期指标", "10")));
        assertEquals(0, new BigDecimal("99").compareTo(met.total().orElseThrow())); // 9 + 40 + 40 + 10
    }

    @Test
    void anEqualsTargetOfZeroCanOnlyBeMissedFromAbove() {
        // 安全事故 =0件: two accidents score 0 (by the kind of ≤), not full marks for reaching «at least» 0
        ScoreSheet s = score(pack(TEXT), List.of(measured("安全事故", "质量指标", "40", Comparison.EQ, "0", "2"),
                measured("培训人数", "数量指标", "40", Comparison.EQ, "200", "210"),
                judged("群众满意度", "10", "达成预期指标", "10")));
        assertEquals(0, BigDecimal.ZERO.compareTo(of(s, "安全事故")));
        assertEquals(0, new BigDecimal("40").compareTo(of(s, "培训人数"))); // a non-zero «=» is 正向
        ScoreSheet none = score(pack(TEXT), List.of(measured("安全事故", "质量指标", "40", Comparison.EQ, "0", "0"),
                measured("培训人数", "数量指标", "40", Comparison.EQ, "200", "190"),
                judged("群众满意度", "10", "达成预期指标", "10")));
        assertEquals(0, new BigDecimal("40").compareTo(of(none, "安全事故")));
        assertEquals(0, new BigDecimal("38").compareTo(of(none, "培训人数")));
    }

    @Test
    void anIndicatorThatDoesNotApplyIsLeftOutAndTheRestRescaled() {
        List<DeclaredIndicator> declared = List.of(
                measured("培训人数", "数量指标", "40", Comparison.GE, "200", "150"),
                new DeclaredIndicator("投诉件数", "产出指标", "质量指标", new BigDecimal("40"),
                        new Quantitative(Comparison.LE, new BigDecimal("4"), "个"),
                        new DeclaredIndicator.NotApplicable("本年度未开通投诉渠道")),
                judged("群众满意度", "10", "达成预期指标", "9"));
        ScoreSheet s = score(pack(TEXT), declared);
        // (9 + 30 + 9) of an applicable 60, rescaled to 100
        BigDecimal expected = new BigDecimal("48").multiply(new BigDecimal("100"))
                .divide(new BigDecimal("60"), 2, java.math.RoundingMode.HALF_UP);
        assertEquals(0, expected.compareTo(s.total().orElseThrow()));
    }

    @Test
    void everyProblemOfTheDeclarationsIsNamedAtOnce() {
        List<DeclaredIndicator> declared = List.of(
                new DeclaredIndicator("无方向", "产出指标", "数量指标", new BigDecimal("10"),
                        new Quantitative(null, new BigDecimal("43.2"), ""), new Measured(BigDecimal.ONE, "")),
                new DeclaredIndicator("不等于", "产出指标", "数量指标", new BigDecimal("10"),
                        new Quantitative(Comparison.NE, new BigDecimal("1"), ""), new Measured(BigDecimal.ONE, "")),
                new DeclaredIndicator("单位不符", "产出指标", "数量指标", new BigDecimal("10"),
                        new Quantitative(Comparison.GE, new BigDecimal("1"), "万元"), new Measured(BigDecimal.ONE, "元")),
                new DeclaredIndicator("缺实际值", "产出指标", "质量指标", new BigDecimal("10"),
                        new Quantitative(Comparison.GE, new BigDecimal("1"), "个"), new DeclaredIndicator.Missing()),
                new DeclaredIndicator("错类", "产出指标", "质量指标", new BigDecimal("10"),
                        new Quantitative(Comparison.GE, new BigDecimal("1"), "个"),
                        new Judged("达成预期指标", Judgement.of("10", "好"))),
                new DeclaredIndicator("无此标题", "效益指标", "社会效益指标", new BigDecimal("10"),
                        new Qualitative("明显"), new Judged("达成预期指标", Judgement.of("10", "好"))),
                judged("档外", "10", "达成预期指标", "7"),
                judged("档外", "5", "达成预期指标", "5"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> pack(TEXT).bind(declared));
        Set<String> codes = new TreeSet<>();
        e.problems().forEach(p -> codes.add(p.code()));
        assertEquals(Set.of("I031", "I032", "I033", "I034", "I035", "I036", "I037", "I038", "I039"), codes);
        Problem bandProblem = e.problems().stream().filter(p -> p.code().equals("I037")).findFirst().orElseThrow();
        assertEquals("档外", bandProblem.subject());
        assertTrue(bandProblem.message().contains("[8, 10]"), bandProblem.message());
        // where two bands meet the edge is the higher band's («80-60%(含60%)»): 8 of 10 is not 部分达成
        InvalidInputException edge = assertThrows(InvalidInputException.class, () -> pack(TEXT).bind(List.of(
                measured("培训人数", "数量指标", "80", Comparison.GE, "1", "1"),
                judged("群众满意度", "10", "部分达成预期指标并具有一定效果", "8"))));
        assertTrue(edge.problems().get(0).message().contains("[6, 8)"), edge.problems().toString());
        pack(TEXT).bind(List.of(measured("培训人数", "数量指标", "80", Comparison.GE, "1", "1"),
                judged("群众满意度", "10", "达成预期指标", "8"))); // the edge of the band above: accepted
    }

    @Test
    void theTemplateIsCheckedWhenThePackIsBuilt() {
        assertEquals(Set.of("C028"), codes(TEXT + "  类型：相等（=）\n    评价标准「得满分。」\n"));
        assertEquals(Set.of("C029"), codes(TEXT.replace("按照实际完成值占指标值的比例计分", "酌情计分")));
        assertEquals(Set.of("C026"), codes(TEXT.replace("二级：质量指标", "二级：预算执行率")));
        assertEquals(Set.of("C027"), codes(TEXT.replace("一级：产出指标", "一级：产出指标（85）")));
        assertEquals(Set.of("C003"), codes(TEXT.replace("指标模板（90）", "指标模板（80）")));
        assertEquals(Set.of("D059"), codes(TEXT + "指标模板（90）：\n  一级：另一\n" + KINDS));
        assertEquals(Set.of("D060"), codes(TEXT.replace("完成指标值的，得满分", "资料齐全的，得满分")));
        assertTrue(codes(HEAD + "指标模板（90）：\n  二级：数量指标\n" + KINDS).contains("D061"));
        assertEquals(Set.of("D062"), codes(HEAD + "指标模板（90）：\n  一级：产出指标\n  一级：满意度指标\n")
                .stream().filter(c -> c.startsWith("D06")).collect(java.util.stream.Collectors.toSet()));
    }
}
