package io.perfeval.rules.hebei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Untrusted inputs, table-driven: each row breaks the Gaoyi form in one way and names the problem code and the JSON
 * field that must be reported. {@link DepartmentInputJson#readFor} then throws — no sheet exists, so nothing is
 * half-scored — and its message names the field and the reason in Chinese and English.
 */
class BadInputTest {

    private static final RulePack PACK = ShijiazhuangDepartmentPack.pack();
    private static String edit(Consumer<ObjectNode> change) {
        return DepartmentInputJsonTest.gaoyiEdited(change);
    }

    private static ObjectNode at(ObjectNode root, String group) {
        return (ObjectNode) root.get(group);
    }

    static Stream<Arguments> cases() {
        String gaoyi = DepartmentInputJsonTest.gaoyiJson();
        return Stream.of(
                Arguments.of("malformed JSON", gaoyi.substring(0, 200), "J001", ""),
                Arguments.of("duplicate key", gaoyi.replace("\"年度\": 2021", "\"年度\": 2021, \"年度\": 2022"), "J001", ""),
                Arguments.of("nesting deeper than 32", edit(r -> r.put("说明", "x"))
                        .replace("\"说明\":\"x\"", "\"说明\":" + "[".repeat(100) + "]".repeat(100)), "J001", ""),
                Arguments.of("document over 2,000,000 characters", gaoyi + " ".repeat(2_000_001), "J016", ""),
                Arguments.of("unknown field", edit(r -> at(r, "预算").put("年初预箅数", 1)), "J002", "/预算/年初预箅数"),
                Arguments.of("number written as a string", edit(r -> at(r, "决算").put("本年支出", "906.09")),
                        "J003", "/决算/本年支出"),
                Arguments.of("yes/no written as 1", edit(r -> at(r, "是否事项").put("账表一致", 1)),
                        "J003", "/是否事项/账表一致"),
                Arguments.of("object where a number belongs", edit(r -> at(r, "三公经费").putObject("预算数")),
                        "J003", "/三公经费/预算数"),
                Arguments.of("reason written as a number", edit(r -> ((ObjectNode) at(r, "酌情得分").get("部门整体效益"))
                        .put("理由", 8)), "J003", "/酌情得分/部门整体效益/理由"),
                Arguments.of("'NaN' as a string", edit(r -> r.put("社会公众满意度", "NaN")), "J010", "/社会公众满意度"),
                Arguments.of("'Infinity' as a string", edit(r -> at(r, "预算").put("收入预算数", "-Infinity")),
                        "J010", "/预算/收入预算数"),
                Arguments.of("huge number", edit(r -> at(r, "决算").put("本年支出", new BigDecimal("9.06E+20"))),
                        "J011", "/决算/本年支出"),
                Arguments.of("more than 10 decimals", edit(r -> at(r, "决算").put("本年支出",
                        new BigDecimal("906.09000000001"))), "J011", "/决算/本年支出"),
                Arguments.of("negative amount", edit(r -> at(r, "三公经费").put("实际支出数", new BigDecimal("-9.738"))),
                        "J012", "/三公经费/实际支出数"),
                Arguments.of("missing 规则包", edit(r -> r.remove("规则包")), "J013", "/规则包"),
                Arguments.of("input for another pack", edit(r -> r.put("规则包", "hebei/shijiazhuang-2019/project")),
                        "J014", "/规则包"),
                Arguments.of("input for another pack version", edit(r -> r.put("规则包",
                        "hebei/shijiazhuang-2019/department@2024")), "J014", "/规则包"),
                Arguments.of("missing figure", edit(r -> at(r, "预算").remove("收入预算数")), "J015", "/预算/收入预算数"),
                Arguments.of("missing group", edit(r -> r.remove("三公经费")), "J015", "/三公经费/预算数"),
                Arguments.of("count that is not whole", edit(r -> at(r, "意见建议").put("总数", new BigDecimal("1.5"))),
                        "J015", "/意见建议/总数"),
                Arguments.of("score with more decimals than the rounding", edit(r -> r.put("自评合计",
                        new BigDecimal("96.505"))), "J017", "/自评合计"),
                Arguments.of("judgement score with 3 decimals", edit(r -> ((ObjectNode) at(r, "酌情得分")
                        .get("部门整体效益")).put("得分", new BigDecimal("8.125"))), "J017", "/酌情得分/部门整体效益/得分"),
                Arguments.of("satisfaction over 100 %", edit(r -> r.put("社会公众满意度", 120)), "J018", "/社会公众满意度"),
                Arguments.of("schedule over 100 %", edit(r -> at(r, "序时进度").put("第四季度", 100.5)),
                        "J018", "/序时进度/第四季度"),
                Arguments.of("judgement above the 分值", edit(r -> ((ObjectNode) at(r, "酌情得分").get("部门整体效益"))
                        .put("得分", 10)), "J015", "/酌情得分/部门整体效益"));
    }

    @ParameterizedTest(name = "{0} → {2} {3}")
    @MethodSource("cases")
    void eachBrokenInputNamesTheFieldAndTheReasonAndIsNotScored(String what, String json, String code, String field) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DepartmentInputJson.readFor(json, "bad.json", PACK));
        Problem first = e.problems().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(what + ": expected " + code + " in " + e.problems()));
        assertEquals(field, first.subject(), what);
        assertTrue(first.message().startsWith("bad.json"), first.message());
        assertFalse(first.englishMessage().isBlank());
        if (!field.isEmpty()) {
            String leaf = field.substring(field.lastIndexOf('/') + 1);
            assertTrue(first.message().contains(leaf) || first.message().contains(field), first.message());
        }
        System.out.println("bad-input: " + what + " → " + first.code() + " " + first.subject() + " " + first.message()
                .replace("\n", " "));
    }

    @Test
    void everyProblemOfTheDocumentIsReportedAtOnce() {
        String json = edit(r -> {
            r.put("社会公众满意度", "NaN");
            at(r, "三公经费").put("实际支出数", -1);
            at(r, "决算").put("本年支出", "906.09");
            at(r, "预算").put("年初预箅数", 1);
        });
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DepartmentInputJson.readFor(json, "bad.json", PACK));
        assertEquals(List.of("J002 /预算/年初预箅数", "J003 /决算/本年支出", "J012 /三公经费/实际支出数",
                "J010 /社会公众满意度"), e.problems().stream().map(p -> p.code() + " " + p.subject()).toList());

        String semantic = edit(r -> {
            r.put("规则包", "hebei/other");
            r.put("社会公众满意度", 101);
            at(r, "预算").remove("收入预算数");
            r.put("自评合计", new BigDecimal("96.123"));
        });
        InvalidInputException s = assertThrows(InvalidInputException.class,
                () -> DepartmentInputJson.readFor(semantic, "bad.json", PACK));
        assertEquals(List.of("J014", "J017", "J018", "J015"), s.problems().stream().map(Problem::code).toList());
    }

    @Test
    void theGaoyiFormIsCleanAndScoresAsBefore() {
        assertEquals(new BigDecimal("95.60"), PACK.evaluate(DepartmentInputJson.readFor(
                DepartmentInputJsonTest.gaoyiJson(), "gaoyi.json", PACK)).total().orElseThrow());
        assertEquals(PACK.evaluate(DepartmentInputJsonTest.gaoyi().toEvaluationInput()), PACK.evaluate(
                DepartmentInputJson.readFor(DepartmentInputJsonTest.gaoyiJson(), "gaoyi.json", PACK)));
    }
}
