package io.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.sheets.JsonSheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JsonSheetTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void theSheetReadsBackFieldByFieldInTheDocumentedOrder() throws Exception {
        ScoreSheet sheet = TestPack.sheet();
        JsonNode root = MAPPER.readTree(JsonSheet.render(sheet));
        assertEquals(List.of("format", "pack", "entity", "maxTotal", "applicableMax", "total", "rescaled", "grade",
                "complete", "vetoed", "record", "indicators", "findings", "figures", "problems"), keys(root));
        assertEquals("perfeval-sheet/1", root.get("format").asText());
        assertEquals(List.of("id", "name", "region", "version", "basis"), keys(root.get("pack")));
        assertEquals("test/cli", root.at("/pack/id").asText());
        assertEquals("2024", root.at("/pack/version").asText());
        assertEquals("测试〔2024〕1号", root.at("/pack/basis").asText());
        assertEquals("测试单位", root.get("entity").asText());
        assertEquals(new BigDecimal("100"), root.get("maxTotal").decimalValue());
        assertEquals(new BigDecimal("86.50"), root.get("total").decimalValue());
        assertEquals("优秀", root.at("/grade/name").asText());
        assertEquals("85 ≤ 得分", root.at("/grade/range").asText());
        assertTrue(root.get("complete").asBoolean());
        assertFalse(root.get("vetoed").asBoolean());
        assertFalse(root.get("rescaled").asBoolean());
        assertEquals(List.of("packId", "packVersion", "packHash", "inputHash", "libraryVersion"), keys(root.get("record")));
        assertEquals(sheet.record().orElseThrow().packHash(), root.at("/record/packHash").asText());
        assertTrue(root.at("/record/inputHash").asText().matches("[0-9a-f]{64}"), root.get("record").toString());

        JsonNode indicators = root.get("indicators");
        List<IndicatorResult> flat = sheet.flatten();
        assertEquals(flat.size(), indicators.size());
        for (int i = 0; i < flat.size(); i++) {
            IndicatorResult r = flat.get(i);
            JsonNode n = indicators.get(i);
            assertEquals(List.of("path", "name", "level", "leaf", "maxScore", "score", "selfScore", "status",
                    "statusText", "criterion", "trace", "narrative", "problems"), keys(n));
            List<String> path = new ArrayList<>();
            n.get("path").forEach(p -> path.add(p.asText()));
            assertEquals(r.path(), path);
            assertEquals(r.level(), n.get("level").asInt());
            assertEquals(r.maxScore(), n.get("maxScore").decimalValue());
            assertEquals(r.score().orElseThrow(), n.get("score").decimalValue());
            assertEquals(r.selfScore().isPresent(), !n.get("selfScore").isNull(), r.name());
            assertEquals(r.status().name(), n.get("status").asText());
            List<String> trace = new ArrayList<>();
            n.get("trace").forEach(t -> trace.add(t.asText()));
            assertEquals(r.trace().lines(), trace);
            assertEquals(r.isLeaf(), n.get("narrative").isTextual(), r.name());
        }
        JsonNode rate = indicators.get(6);
        assertEquals("收入预算完成率", rate.get("name").asText());
        assertEquals(3, rate.get("level").asInt());
        assertEquals(new BigDecimal("2.00"), rate.get("score").decimalValue());
        assertEquals(new BigDecimal("2"), rate.get("selfScore").decimalValue());
        assertEquals("经自评，收入预算完成率为 100.00%，收入预算完成率 100.00% ≥ 95%，故此项得 2 分。",
                rate.get("narrative").asText());

        JsonNode finding = root.get("findings").get(0);
        assertEquals("绩效指标科学性", finding.get("name").asText());
        assertEquals(new BigDecimal("4"), finding.get("selfScore").decimalValue());
        assertEquals(new BigDecimal("3.50"), finding.get("computed").decimalValue());
        assertEquals(new BigDecimal("0.50"), finding.get("difference").decimalValue());
        JsonNode total = root.get("findings").get(1);
        assertEquals(0, total.get("path").size());
        assertEquals("合计", total.get("name").asText());

        JsonNode figure = root.get("figures").get(0);
        assertEquals(List.of("name", "formula", "substituted", "value", "unit", "display", "line"), keys(figure));
        assertEquals(new BigDecimal("100.00"), figure.get("value").decimalValue());
        assertEquals("%", figure.get("unit").asText());
    }

    @Test
    void numbersArePlainDecimalsAndTheOutputIsDeterministic() {
        String json = JsonSheet.render(TestPack.sheet());
        assertEquals(json, JsonSheet.render(TestPack.sheet()));
        assertFalse(Pattern.compile("[0-9][eE][+-]?[0-9]").matcher(json.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\""))
                .find(), "no exponent outside strings");
        assertTrue(json.contains("\"total\": 86.50,"), json);
        assertFalse(json.contains("\r"));
    }

    @Test
    void anIncompleteSheetHasNullTotalAndGradeAndCarriesItsProblemsInBothLanguages() throws Exception {
        ScoreSheet sheet = TestPack.pack().evaluate(io.perfeval.core.input.EvaluationInput.builder()
                .number("收入预算数", "0").number("收入预算完成数", "10")
                .put("绩效指标科学性", io.perfeval.core.input.Value.Checklist.allMetExcept(2)).yes("按时上报", false)
                .judgement(TestPack.ODD, "30", "r").judgement("部门整体效益", "45", "r").build());
        JsonNode root = MAPPER.readTree(JsonSheet.render(sheet));
        assertTrue(root.get("total").isNull());
        assertTrue(root.get("grade").isNull());
        assertFalse(root.get("complete").asBoolean());
        JsonNode rate = root.get("indicators").get(6);
        assertEquals("ERROR", rate.get("status").asText());
        assertTrue(rate.get("score").isNull());
        JsonNode problem = rate.get("problems").get(0);
        assertEquals(List.of("code", "severity", "subject", "location", "message"), keys(problem));
        assertEquals("R001", problem.get("code").asText());
        assertEquals("ERROR", problem.get("severity").asText());
        assertTrue(problem.at("/message/zh").asText().contains("除数为零"), problem.toString());
        assertTrue(problem.at("/message/en").asText().toLowerCase(java.util.Locale.ROOT).contains("zero"),
                problem.toString());
        assertTrue(rate.get("narrative").asText().startsWith("经复核，此项无法评分："), rate.toString());
    }
}
