package io.perfeval.rules.hebei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.PackRegistry;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.SheetText;
import io.perfeval.core.sheet.Status;
import io.perfeval.core.sheet.TraceEntry;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Gaoyi County government office's 2021 self-evaluation, from its JSON file through the public API: every line of
 * the sheet against the hand-worked golden file, the total, the grade, the review findings with their reasons, and the
 * pack's documented warnings.
 */
class GaoyiCaseTest {

    private static final RulePack PACK = PackRegistry.fromClassPath().get(ShijiazhuangDepartmentPack.ID);

    private static DepartmentInput gaoyi() {
        return DepartmentInputJson.read(DepartmentInputJsonTest.gaoyiJson(), "gaoyi-2021.json");
    }

    private static ScoreSheet score(DepartmentInput in) {
        return PACK.evaluate(in.toEvaluationInput());
    }

    private static List<String[]> golden() {
        try (InputStream in = GaoyiCaseTest.class.getResourceAsStream("gaoyi-2021-expected.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyLineOfTheSheetIsWhatTheRulesGiveForTheFacts() {
        ScoreSheet sheet = score(gaoyi());
        List<String[]> golden = golden();
        List<IndicatorResult> lines = sheet.flatten();
        assertEquals(golden.size(), lines.size(), "one golden row per indicator");
        for (int i = 0; i < lines.size(); i++) {
            IndicatorResult line = lines.get(i);
            String[] row = golden.get(i);
            assertEquals(row[0], line.pathString());
            assertEquals(0, new BigDecimal(row[1]).compareTo(line.maxScore()), row[0]);
            assertEquals(Status.SCORED, line.status(), row[0] + " " + line.problems());
            assertEquals(new BigDecimal(row[2]), line.score().orElseThrow(), row[0] + "：" + line.trace().render());
            if (row.length > 3) {
                assertEquals(new BigDecimal(row[3]), line.selfScore().orElseThrow(), row[0]);
            }
        }
        assertEquals(new BigDecimal("95.60"), sheet.total().orElseThrow());
        assertEquals("优秀", sheet.grade().orElseThrow().name());
        assertEquals(List.of(), sheet.problems());
    }

    @Test
    void theReviewListsExactlyTheSelfScoresTheRulesDoNotGive() {
        List<AuditFinding> findings = score(gaoyi()).findings();
        assertEquals(List.of(
                "资金结余结转率：自评 1.5 分，按评价标准应得 0.6 分（相差 +0.9 分）",
                "合计：自评 96.5 分，按评价标准应得 95.6 分（相差 +0.9 分）"),
                findings.stream().map(AuditFinding::render).toList());
        // The reason is in the trace: the rate comes from the raw amounts, and every band begun counts.
        String why = findings.get(0).trace().render();
        assertTrue(why.contains("结转结余率 = 结转结余总额 / 支出预算数 × 100% = 500.08 / 1406.17 × 100% = 35.56%"), why);
        assertTrue(why.contains("7 档 × 0.2 分 = 扣 1.4 分"), why);
    }

    @Test
    void spendingProgressAgreesInScoreButTheRuleDeductsForTheFourthQuarterNotTheFirst() {
        IndicatorResult progress = score(gaoyi()).find("支出进度").orElseThrow();
        assertEquals(new BigDecimal("3.00"), progress.score().orElseThrow());
        String trace = progress.trace().render();
        assertTrue(trace.contains("支出进度[第四季度] 69.27% < 序时进度[第四季度] 100%，成立"), trace);
        assertTrue(!trace.contains("第一季度"), "only quarters 2–4 count: " + trace);
    }

    @Test
    void withoutTheNarrativesClaimedExclusionsTheBudgetAdjustmentRateWouldBeAFinding() {
        DepartmentInput in = gaoyi();
        DepartmentInput.Budget b = in.budget();
        DepartmentInput none = withBudget(in, new DepartmentInput.Budget(b.initial(), b.adjusted(), BigDecimal.ZERO,
                b.revenueBudget()));
        ScoreSheet sheet = score(none);
        IndicatorResult adjustment = sheet.find("预算调整率").orElseThrow();
        assertEquals(new BigDecimal("0.00"), adjustment.score().orElseThrow(), adjustment.trace().render());
        assertTrue(adjustment.trace().render().contains("330.49 / 977.56 × 100% = 33.81%"), adjustment.trace().render());
        assertEquals(List.of("预算调整率", "资金结余结转率", "合计"),
                sheet.findings().stream().map(AuditFinding::name).toList());
    }

    @Test
    void derivedFiguresComeFromTheRawAmounts() {
        Map<String, String> figures = score(gaoyi()).figures().stream()
                .collect(Collectors.toMap(TraceEntry.Computed::name, c -> c.value().display()));
        assertEquals("100.00%", figures.get("收入预算完成率"));
        assertEquals("35.56%", figures.get("结转结余率"));
        assertEquals("97.38%", figures.get("三公经费控制率"));
        assertEquals("500.08万元", figures.get("结转结余总额"));
        assertEquals(new BigDecimal("580.010"), gaoyi().projectsExecuted());
    }

    @Test
    void thePackCompilesWithItsDocumentedWarningsOnly() {
        List<String> warnings = PACK.warnings().stream().map(p -> p.code() + " " + p.subject()).toList();
        assertTrue(warnings.contains("W101 投入/预算编制/预算编制完整性"), warnings.toString());
        assertTrue(warnings.contains("W101 投入/预算编制/项目预算功能分类等编制合规性"), warnings.toString());
        assertTrue(warnings.contains("W102 投入/绩效目标管理/绩效指标科学性"), warnings.toString());
        assertTrue(warnings.contains("W102 过程/预算执行/支出进度"), warnings.toString());
        assertTrue(PACK.warnings().stream().noneMatch(Problem::isError));
    }

    @Test
    void theTextSheetReadsSideBySideWithTheOfficialTable() {
        String text = SheetText.render(score(gaoyi()));
        assertTrue(text.contains("资金结余结转率"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("合计") && l.contains("95.60") && l.contains("96.5")), text);
    }

    private static DepartmentInput withBudget(DepartmentInput in, DepartmentInput.Budget budget) {
        return new DepartmentInput(in.entity(), in.year(), in.packId(), budget, in.accounts(), in.spendingProgress(),
                in.schedule(), in.threePublicExpenses(), in.procurement(), in.goals(), in.checklists(), in.yesNo(),
                in.suggestions(), in.outputs(), in.satisfaction(), in.judgements(), in.selfScores(), in.selfTotal(),
                in.projects(), in.notes());
    }
}
