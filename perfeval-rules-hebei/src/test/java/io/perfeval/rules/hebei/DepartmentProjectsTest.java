package io.perfeval.rules.hebei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.sheet.SheetText;
import io.perfeval.rules.national.NationalProjectPack;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A department scored with the projects of its list that carry their own 项目支出绩效自评表. The case is the bundled
 * {@code gaoyi-2021-projects.json}: the Gaoyi 2021 document with 项目自评 added to lines 1, 2 and 10 — illustrative
 * tables written for this library (the seed publishes no per-project tables), consistent with the list's 项目名称,
 * 预算数, 执行数 and 自评得分, as the document's last 说明 says.
 */
class DepartmentProjectsTest {

    static final String VARIANT = "examples/gaoyi-2021-projects.json";

    private static final ObjectMapper TREE = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    static String variant() {
        try (InputStream in = DepartmentProjectsTest.class.getResourceAsStream(VARIANT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String edited(Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) TREE.readTree(variant());
            change.accept(root);
            return TREE.writeValueAsString(root);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The 项目自评 of list line {@code index} (0-based) in {@code root}. */
    static ObjectNode carried(ObjectNode root, int index) {
        return (ObjectNode) root.get("分项绩效项目清单").get(index).get("项目自评");
    }

    static DepartmentEvaluation evaluate(String json) {
        return DepartmentEvaluation.readFor(json, "v.json", ShijiazhuangDepartmentPack.pack(),
                NationalProjectPack.pack());
    }

    @Test
    void theVariantIsTheGaoyiDocumentPlusThreeCarriedTablesAndANote() throws IOException {
        ObjectNode variant = (ObjectNode) TREE.readTree(variant());
        ObjectNode plain = (ObjectNode) TREE.readTree(DepartmentInputJsonTest.gaoyiJson());
        int carried = 0;
        for (var line : variant.get("分项绩效项目清单")) {
            if (((ObjectNode) line).remove("项目自评") != null) {
                carried++;
            }
        }
        var notes = (com.fasterxml.jackson.databind.node.ArrayNode) variant.get("说明");
        assertTrue(notes.get(notes.size() - 1).asText().startsWith("示意数据"));
        notes.remove(notes.size() - 1);
        assertEquals(3, carried);
        assertEquals(plain, variant);
    }

    @Test
    void theDepartmentSheetIsUnchangedAndEachCarriedProjectIsScoredAndAudited() {
        DepartmentEvaluation e = evaluate(variant());
        String alone = SheetText.render(ShijiazhuangDepartmentPack.pack().evaluate(
                DepartmentInputJson.read(DepartmentInputJsonTest.gaoyiJson(), "g").toEvaluationInput()));
        assertEquals(alone, SheetText.render(e.department()));
        assertEquals(List.of(1, 2, 10), e.projects().stream().map(DepartmentEvaluation.ProjectAudit::number).toList());

        DepartmentEvaluation.ProjectAudit first = e.projects().get(0);
        assertTrue(first.agrees(), first.render());
        assertEquals(0, first.sheet().total().orElseThrow().compareTo(new BigDecimal("93")));
        assertTrue(first.sheet().findings().isEmpty(), first.sheet().findings().toString());

        // line 2: the table scores two missed targets in full; the template scores them in proportion
        BigDecimal posts = new BigDecimal("900").divide(new BigDecimal("1000")).multiply(new BigDecimal("20"));
        BigDecimal response = new BigDecimal("2").divide(new BigDecimal("2.5")).multiply(new BigDecimal("15"));
        BigDecimal expected = BigDecimal.TEN.add(posts).add(new BigDecimal("15")).add(response)
                .add(new BigDecimal("22")).add(BigDecimal.TEN).setScale(2, RoundingMode.HALF_UP);
        DepartmentEvaluation.ProjectAudit second = e.projects().get(1);
        assertFalse(second.agrees());
        assertEquals(expected, second.sheet().total().orElseThrow());
        assertEquals(0, second.difference().orElseThrow().compareTo(new BigDecimal("92").subtract(expected)));
        assertEquals(List.of("网站信息发布条数", "故障响应时间", "合计"),
                second.sheet().findings().stream().map(f -> f.name()).toList());
        assertTrue(second.render().startsWith("✗ 第2项「政府网站技术服务」：清单自评 92 分，按评价标准应得 87 分（相差 +5 分）"),
                second.render());

        assertTrue(e.projects().get(2).agrees(), e.projects().get(2).render());
        // the only located problem of the consistent variant is the listed score line 2's table cannot justify
        assertEquals(1, e.problems().size(), e.problems().toString());
        Problem audit = e.problems().get(0);
        assertEquals("C034", audit.code());
        assertEquals(Severity.WARNING, audit.severity());
        assertEquals("/分项绩效项目清单/1/自评得分", audit.subject());
        assertTrue(audit.message().contains("自评 92 分") && audit.message().contains("应得 87 分（相差 +5 分）"),
                audit.message());
        // the list against the department figures: the 22 projects' 执行数 add up to the 项目支出
        assertTrue(e.checks().stream().anyMatch(c -> c.name().equals("分项项目执行数合计＝项目支出") && c.holds()));
    }

    @Test
    void aLineThatDisagreesWithItsTableIsLocatedInTheNestedDocument() {
        DepartmentEvaluation e = evaluate(edited(root -> {
            ObjectNode doc = carried(root, 0);
            doc.put("项目名称", "第三季度重点项目开工活动");
            ObjectNode total = (ObjectNode) doc.get("项目资金").get("年度资金总额");
            total.put("全年预算数", new BigDecimal("5"));
            total.put("全年执行数", new BigDecimal("4.4"));
            doc.put("总分", new BigDecimal("94"));
        }));
        String at = "/分项绩效项目清单/0/项目自评";
        List<String> found = e.problems().stream().map(p -> p.code() + " " + p.subject()).toList();
        assertEquals(List.of("C030 " + at + "/项目名称", "C031 " + at + "/项目资金/年度资金总额/全年预算数",
                "C032 " + at + "/项目资金/年度资金总额/全年执行数", "C033 " + at + "/总分",
                "C034 /分项绩效项目清单/0/自评得分", "C034 /分项绩效项目清单/1/自评得分"), found);
        Problem budget = e.problems().get(1);
        assertTrue(budget.message().contains("5") && budget.message().contains("4.484")
                && budget.message().contains("/分项绩效项目清单/0/预算数"), budget.message());
        assertTrue(budget.englishMessage().contains("全年预算数 is 5"), budget.englishMessage());
        // the executed amount now scores 预算执行率 below 10, so the listed 93 is no longer what the rule gives
        assertFalse(e.projects().get(0).agrees());
    }

    @Test
    void everyProblemOfACarriedDocumentComesWithItsPointerTogetherWithTheDepartmentsOwn() {
        InvalidInputException x = assertThrows(InvalidInputException.class, () -> evaluate(edited(root -> {
            ObjectNode row = (ObjectNode) carried(root, 1).get("绩效指标").get(0);
            row.put("年度指标值", "1000条"); // no direction
            carried(root, 9).put("备注", "x");
            root.put("社会公众满意度", new BigDecimal("101"));
        })));
        List<String> found = x.problems().stream().map(p -> p.code() + " " + p.subject()).toList();
        assertTrue(found.contains("J018 /社会公众满意度"), found.toString());
        assertTrue(found.contains("J031 /分项绩效项目清单/9/项目自评/备注"), found.toString());
        assertTrue(found.contains("J035 /分项绩效项目清单/1/项目自评/绩效指标/0"), found.toString());
        assertTrue(x.problems().stream().anyMatch(p -> p.code().equals("J035") && p.message().contains("I032")),
                x.problems().toString());
    }

    @Test
    void aCarriedSelfEvaluationMustBeADocument() {
        InvalidInputException x = assertThrows(InvalidInputException.class, () -> DepartmentInputJson.read(
                edited(root -> ((ObjectNode) root.get("分项绩效项目清单").get(0)).put("项目自评", "见附件")), "v"));
        assertEquals(List.of("J003 /分项绩效项目清单/0/项目自评"),
                x.problems().stream().map(p -> p.code() + " " + p.subject()).toList());
    }

    @Test
    void theTypedPathGivesTheSameAndADepartmentWithoutTablesHasNoProjectBlock() {
        DepartmentInput in = DepartmentInputJson.read(variant(), "v.json");
        DepartmentEvaluation typed = ShijiazhuangDepartmentPack.evaluateWithProjects(in);
        DepartmentEvaluation read = evaluate(variant());
        assertEquals(read.render().replace("v.json", ""), typed.render().replace(in.entity(), ""));
        assertTrue(typed.render().contains("✗ 第2项「政府网站技术服务」"), typed.render());
        // the record keeps its own copy of the carried document
        ((ObjectNode) in.projects().get(0).selfEvaluation()).put("项目名称", "改");
        assertEquals("石家庄市第三季度重点项目开工活动", in.projects().get(0).selfEvaluation().get("项目名称").asText());

        DepartmentEvaluation plain = ShijiazhuangDepartmentPack.evaluateWithProjects(
                DepartmentInputJson.read(DepartmentInputJsonTest.gaoyiJson(), "g"));
        assertTrue(plain.projects().isEmpty());
        assertEquals("", plain.render());
        // writing the input keeps the carried tables, and reading it back gives the same input
        assertEquals(in, DepartmentInputJson.read(DepartmentInputJson.write(in), "w"));
    }
}
