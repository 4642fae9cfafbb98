package io.perfeval.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.DeclaredIndicator;
import io.perfeval.core.PackRegistry;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.rule.Condition.Comparison;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Strict reading of the project input: every problem at once, each with its JSON pointer and code. */
class ProjectInputJsonTest {

    static final String GOOD = ProjectCasesTest.json("yongde-2022.json");

    /** Pointer → code of every problem {@code json} gives when read for the national pack. */
    static Map<String, String> problems(String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ProjectInputJson.readFor(json, "t.json", NationalProjectPack.pack()));
        Map<String, String> out = new TreeMap<>();
        for (Problem p : e.problems()) {
            out.merge(p.subject(), p.code(), (a, b) -> a + "," + b);
        }
        return out;
    }

    @Test
    void theBundledExampleReadsAndBinds() {
        ProjectInputJson.Bound b = ProjectInputJson.readFor(GOOD, "t.json", NationalProjectPack.pack());
        assertEquals(9, b.project().indicators().size());
        assertTrue(b.pack().template().isEmpty(), "the bound pack is an ordinary one");
        assertEquals(List.of("预算执行率", "产出指标", "效益指标", "满意度指标"), b.pack().indicators().stream()
                .map(io.perfeval.core.Indicator::name).toList());
        assertTrue(PackRegistry.fromClassPath().find(NationalProjectPack.ID).isPresent());
    }

    @Test
    void everyProblemOfTheDocumentIsNamedAtOnce() {
        String bad = GOOD.replace("\"主管部门\": \"临沧市永德县明朗中学\"", "\"主管部门\": 1, \"备注\": \"x\"")
                .replace("\"全年执行数\": 38.766462}", "\"全年执行数\": -1}")
                .replace("\"分值\": 10, \"得分\": 7", "\"分值\": \"10\", \"得分\": 7")
                .replace("\"实际完成值\": \"98%\"", "\"实际完成值\": \"约98%\"")
                .replace("\"实际完成值\": \"有效\", \"档次\": \"达成预期指标\", \"分值\": 10, \"得分\": 10",
                        "\"实际完成值\": \"有效\", \"档次\": \"达成预期指标\", \"分值\": 10");
        Map<String, String> got = problems(bad);
        assertEquals(Map.of("/主管部门", "J032", "/备注", "J031", "/项目资金/年度资金总额/全年执行数", "J034",
                "/项目资金/财政拨款/全年执行数", "J034", "/绩效指标/2/分值", "J032", "/绩效指标/5/实际完成值", "J037",
                "/绩效指标/4/得分", "J037"), got);
        assertEquals("J030", problems("[1]").get(""));
        assertEquals("J030", problems("{\"a\": 1, \"a\": 2}").get(""));
        assertEquals("J033", problems("{}").get("/项目名称"));
    }

    @Test
    void bindingProblemsComeBackWithTheRowTheyConcern() {
        String bad = GOOD.replace("\"≥735人次\"", "\"735人次\"")                    // I032 no direction
                .replace("\"实际完成值\": \"100%\", \"分值\": 10, \"得分\": 10}", "\"实际完成值\": \"100人\", \"分值\": 10, \"得分\": 10}")
                .replace("\"二级指标\": \"经济效益指标\"", "\"二级指标\": \"经济指标\"")       // I031 unknown heading
                .replace("\"规则包\": \"national/caiyu-2020-10/project\"", "\"规则包\": \"hebei/x\"");
        Map<String, String> got = problems(bad);
        assertEquals("J036", got.get("/规则包"));
        assertEquals("J035", got.get("/绩效指标/0"));
        assertEquals("J035", got.get("/绩效指标/4"));
        assertTrue(got.values().stream().filter("J035"::equals).count() >= 3, got::toString);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ProjectInputJson.readFor(bad, "t.json", NationalProjectPack.pack()));
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("I034")), e.problems()::toString);
    }

    @Test
    void targetsAreReadAsTheTablesWriteThem() {
        DeclaredIndicator.Quantitative q = TargetText.quantity("≥ 95 ％").orElseThrow();
        assertEquals(Comparison.GE, q.direction());
        assertEquals(0, new BigDecimal("95").compareTo(q.value()));
        assertEquals("%", q.unit());
        assertEquals(Comparison.LE, TargetText.quantity("<=90万元").orElseThrow().direction());
        assertEquals(null, TargetText.quantity("43.2").orElseThrow().direction());
        assertFalse(TargetText.quantity("效果明显").isPresent());
        assertTrue(TargetText.target("达成预期指标") instanceof DeclaredIndicator.Qualitative);
        assertEquals("部分达成预期指标并具有一定效果", TargetText.level(" 部分达成年度指标并具有一定效果"));
        assertEquals("未达成预期指标且效果较差", TargetText.level("未完成年度指标且效果较差"));
        assertEquals("效果明显", TargetText.level("效果明显"));
    }
}
