package io.perfeval.rules.hebei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 17, finding 1: a key under 是否事项 or 产出数量 that names a datum given elsewhere or derived used to overwrite it
 * (93.60 became 95.60; 收入预算完成率 scored 0; a 150 % satisfaction scored full marks). Each such input is now refused
 * with both JSON paths, through the JSON reader, the typed builder and the record itself.
 */
class OneSourcePerDatumTest {

    private static final RulePack PACK = ShijiazhuangDepartmentPack.pack();
    private static String edit(Consumer<ObjectNode> change) {
        return DepartmentInputJsonTest.gaoyiEdited(change);
    }

    private static ObjectNode section(ObjectNode root, String name) {
        return root.has(name) ? (ObjectNode) root.get(name) : root.putObject(name);
    }

    static Stream<Arguments> clashes() {
        return Stream.of(
                Arguments.of("是否事项 contradicting 绩效目标",
                        edit(r -> section(r, "是否事项").put("总体绩效目标合格", !r.get("绩效目标").get("总体绩效目标合格")
                                .asBoolean())), "J019", "/是否事项/总体绩效目标合格", "/绩效目标/总体绩效目标合格"),
                Arguments.of("产出数量 replacing the derived 不合格项目目标数",
                        edit(r -> section(r, "产出数量").put("不合格项目目标数", 0)),
                        "J020", "/产出数量/不合格项目目标数", "/分项绩效项目清单"),
                Arguments.of("产出数量 replacing 决算/本年收入",
                        edit(r -> section(r, "产出数量").put("收入预算完成数", 10)),
                        "J019", "/产出数量/收入预算完成数", "/决算/本年收入"),
                Arguments.of("产出数量 going around the 100 % check of 社会公众满意度",
                        edit(r -> section(r, "产出数量").put("社会公众满意度", 150)),
                        "J019", "/产出数量/社会公众满意度", "/社会公众满意度"),
                Arguments.of("是否事项 and 产出数量 naming one datum",
                        edit(r -> section(r, "产出数量").put("账表一致", 1)),
                        "J019", "/产出数量/账表一致", "/是否事项/账表一致"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clashes")
    void aDatumGivenTwiceIsRefusedNamingBothPaths(String what, String json, String code, String second, String first) {
        // the document is refused when read, so readFor (what the tool calls) never scores it
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DepartmentInputJson.readFor(json, "clash.json", PACK), what);
        Problem p = e.problems().stream().filter(x -> x.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(what + ": no " + code + " in " + e.problems()));
        assertEquals(second, p.subject(), what);
        assertTrue(p.message().contains(second) && p.message().contains(first), p.message());
        assertTrue(p.englishMessage().contains(second) && p.englishMessage().contains(first), p.englishMessage());
    }

    @Test
    void theGaoyiFormHasOneSourceForEachDatumAndDerivedCountsComeFromTheProjectList() {
        DepartmentInput gaoyi = DepartmentInputJsonTest.gaoyi();
        assertEquals("/决算/本年收入", gaoyi.sources().get("收入预算完成数"));
        assertEquals("/分项绩效项目清单", gaoyi.sources().get("不合格项目目标数"));
        assertEquals("/是否事项/账表一致", gaoyi.sources().get("账表一致"));
        assertEquals(gaoyi.toEvaluationInput().data().keySet(), gaoyi.sources().keySet());
    }

    @Test
    void theTypedBuilderRefusesASecondSetOfTheSameDatum() {
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> DepartmentInput.builder("单位", 2021).yes("账表一致", true).output("账表一致", BigDecimal.ONE)
                        .build());
        assertEquals(List.of("J019"), twice.problems().stream().map(Problem::code).toList());
        // the typed path names places by the record's key paths, where the JSON reader names JSON pointers
        assertEquals("outputs[账表一致]", twice.problems().get(0).subject());
        assertTrue(twice.problems().get(0).message().contains("yesNo[账表一致]"), twice.getMessage());

        InvalidInputException section = assertThrows(InvalidInputException.class,
                () -> DepartmentInput.builder("单位", 2021)
                        .goals(new DepartmentInput.PerformanceGoals(true, true)).yes("总体绩效目标合格", false).build());
        assertEquals("goals.overallSound", section.problems().get(0).message().replaceAll(".*已由 (\\S+) 给出.*", "$1"));

        InvalidInputException derived = assertThrows(InvalidInputException.class,
                () -> DepartmentInput.builder("单位", 2021).output("不合格项目目标数", BigDecimal.ZERO)
                        .project(new DepartmentInput.Project(1, "甲", BigDecimal.TEN, BigDecimal.TEN, null, null, null,
                                null)).build());
        assertEquals(List.of("J020"), derived.problems().stream().map(Problem::code).toList());
    }

    @Test
    void aRecordBuiltWithTwoSourcesIsNotScoredAndTheDerivedCountIsKept() {
        DepartmentInput gaoyi = DepartmentInputJsonTest.gaoyi();
        DepartmentInput clash = new DepartmentInput(gaoyi.entity(), gaoyi.year(), gaoyi.packId(), gaoyi.budget(),
                gaoyi.accounts(), gaoyi.spendingProgress(), gaoyi.schedule(), gaoyi.threePublicExpenses(),
                gaoyi.procurement(), gaoyi.goals(), gaoyi.checklists(), gaoyi.yesNo(), gaoyi.suggestions(),
                java.util.Map.of("不合格项目目标数", BigDecimal.ZERO), gaoyi.satisfaction(), gaoyi.judgements(),
                gaoyi.selfScores(), gaoyi.selfTotal(), gaoyi.projects(), gaoyi.notes());
        InvalidInputException e = assertThrows(InvalidInputException.class, clash::toEvaluationInput);
        assertEquals("J020", e.problems().get(0).code());
        // the filled input keeps the count derived from the list (the seed's project 17 has no goal), never the 0
        assertEquals(new Value.Number(BigDecimal.valueOf(gaoyi.projectsWithoutGoal())),
                clash.filled().input().data().get("不合格项目目标数"));
        assertTrue(gaoyi.projectsWithoutGoal() > 0);
    }
}
