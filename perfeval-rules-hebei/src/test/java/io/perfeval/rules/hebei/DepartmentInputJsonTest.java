package io.perfeval.rules.hebei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class DepartmentInputJsonTest {

    static DepartmentInput gaoyi() {
        return DepartmentInputJson.read(gaoyiJson(), "gaoyi-2021.json");
    }

    static String gaoyiJson() {
        try (InputStream in = DepartmentInputJsonTest.class.getResourceAsStream("examples/gaoyi-2021.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static final ObjectMapper TREE = new ObjectMapper();

    /** The Gaoyi document with {@code change} made to its JSON tree: one way of breaking or varying it per test. */
    static String gaoyiEdited(Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) TREE.readTree(gaoyiJson());
            change.accept(root);
            return TREE.writeValueAsString(root);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theGaoyiCaseReadsExactlyAndDerivesWhatTheProjectListImplies() {
        DepartmentInput in = DepartmentInputJson.read(gaoyiJson(), "gaoyi-2021.json");
        assertEquals("高邑县人民政府办公室", in.entity());
        assertEquals(22, in.projects().size());
        assertEquals(new BigDecimal("580.010"), in.projectsExecuted());
        assertEquals(1, in.projectsWithoutGoal(), "project 17 工作经费 has no goal");
        EvaluationInput input = in.toEvaluationInput();
        assertEquals(new Value.Number(new BigDecimal("1308.05")), input.data().get("收入预算完成数"));
        assertEquals(new Value.Number(BigDecimal.ONE), input.data().get("不合格项目目标数"));
        assertEquals(new Value.Number(new BigDecimal("22")), input.data().get("已自评项目数"));
        assertEquals(33, input.selfScores().size());
        assertEquals(new BigDecimal("96.5"), input.selfTotal().orElseThrow());
        assertEquals(Value.Checklist.allMetExcept(2, 2), input.data().get("绩效指标科学性"));
    }

    @Test
    void writingAndReadingAgainGivesTheSameInput() {
        DepartmentInput in = DepartmentInputJson.read(gaoyiJson(), "gaoyi-2021.json");
        String written = DepartmentInputJson.write(in);
        assertEquals(in, DepartmentInputJson.read(written, "written"));
        assertEquals(new BigDecimal("10.00"), in.threePublicExpenses().budget(), "trailing zeros are kept as written");
        assertTrue(written.contains("\"本年支出\" : 906.09"), written);
    }

    @Test
    void crossChecksOfTheGaoyiFiguresComeFromTheRawAmounts() {
        List<String> lines = CrossCheck.of(DepartmentInputJson.read(gaoyiJson(), "gaoyi-2021.json")).stream()
                .map(CrossCheck::render).toList();
        assertEquals(List.of(
                "✓ 本年支出＝基本支出＋项目支出：326.08 + 580.01 = 906.09，本年支出 906.09",
                "✓ 分项项目执行数合计＝项目支出：22 个项目执行数合计 580.01，项目支出 580.01",
                "✗ 每个项目都设定了绩效目标：未设定绩效目标：第17项「工作经费」",
                "✓ 第四季度末支出进度＝预算执行率：本年支出 906.09 / 调整后预算数 1308.05 = 69.27%，第四季度支出进度 69.27%",
                "✓ 可剔除的预算调整数不超过调整总额：调整总额 |1308.05 − 977.56| = 330.49，可剔除 330.49",
                "✓ 各项自评得分之和＝自评合计：各项之和 96.5，自评合计 96.5"), lines);
    }

    @Test
    void everyProblemOfABrokenDocumentIsReportedWithItsPath() {
        String broken = gaoyiJson()
                .replace("\"年初预算数\": 977.56", "\"年初预算数\": 977.56, \"年初预箅数\": 1")
                .replace("\"本年支出\": 906.09", "\"本年支出\": 906.09, \"其它\": {\"a\": 1}")
                .replace("[\"符合\", \"不符合\"]", "[\"符合\", \"部分符合\"]")
                .replace("\"理由\": \"经自评", "\"理由\": \"\", \"备注\": \"经自评");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DepartmentInputJson.read(broken, "broken.json"));
        List<String> codes = e.problems().stream().map(p -> p.code() + " " + p.subject()).toList();
        assertEquals(List.of("J002 /预算/年初预箅数", "J002 /决算/其它", "J002 /酌情得分/部门整体效益/备注",
                "J005 /检查清单/绩效指标科学性/1", "J006 /酌情得分/部门整体效益"), codes);
        Problem unknown = e.problems().get(0);
        assertEquals("broken.json：未知字段「年初预箅数」", unknown.message());
        assertEquals("broken.json: unknown field '年初预箅数'", unknown.englishMessage());
    }

    @Test
    void malformedJsonAndWrongTypesSayWhere() {
        InvalidInputException syntax = assertThrows(InvalidInputException.class,
                () -> DepartmentInputJson.read("{\"单位名称\": \"x\",\n \"年度\": }", "bad.json"));
        assertEquals("J001", syntax.problems().get(0).code());
        assertTrue(syntax.problems().get(0).message().startsWith("bad.json:2:"), syntax.problems().get(0).message());

        InvalidInputException type = assertThrows(InvalidInputException.class,
                () -> DepartmentInputJson.read("{\"决算\": {\"本年支出\": \"很多\"}}", "t.json"));
        assertEquals("J003 /决算/本年支出", type.problems().get(0).code() + " " + type.problems().get(0).subject());

        for (String bad : List.of("{\"社会公众满意度\": NaN}", "{\"单位名称\": \"a\", \"单位名称\": \"b\"}", "{} {}")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> DepartmentInputJson.read(bad, "x"));
            assertTrue(e.problems().get(0).code().startsWith("J00"), bad + " → " + e.problems());
        }
    }

    @Test
    void eachRecordsKeysAreReflectedOnceAndStillFindEveryUnknownKey() {
        var first = DepartmentInputJson.DECLARED.get(DepartmentInput.class);
        assertTrue(first == DepartmentInputJson.DECLARED.get(DepartmentInput.class), "cached per class, not per document");
        assertEquals(DepartmentInput.class.getRecordComponents().length, first.size());
        assertTrue(first.containsKey("单位名称") && first.containsKey("分项绩效项目清单"), first.keySet().toString());
        assertEquals(java.util.Set.of("预算数", "实际金额"),
                DepartmentInputJson.DECLARED.get(DepartmentInput.Procurement.class).keySet());
        // read twice with the shape cached: the unknown keys of the second document are found as in the first
        for (String key : List.of("预算外", "附注")) {
            String bad = gaoyiJson().replaceFirst("\\{", "{\"" + key + "\": 1, ");
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> DepartmentInputJson.read(bad, "x"));
            assertEquals(List.of("J002"), e.problems().stream().map(Problem::code).toList());
            assertTrue(e.problems().get(0).subject().contains(key), e.problems().toString());
        }
    }
}
