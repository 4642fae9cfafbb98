package io.perfeval.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.ScoreSheet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The default grades are on a 100-point scale: a pack of another 总分 that declares none has no grade (issue 18: a
 * 15-of-15 sheet printed 等级：较差), and a 100-point pack keeps the default it always had.
 */
class GradesTest {

    private static RulePack simple(String total, GradeScale grades) {
        RulePack.Builder b = RulePack.builder(new PackInfo("t/grades", "等级", "", "", ""))
                .totalScore(new BigDecimal(total))
                .field(DataField.yesNo("按时", ""))
                .indicator(new Indicator.Leaf("按时上报", new BigDecimal(total), "", "",
                        new Rule.Cases(List.of(new Rule.Case(new Condition.IsYes("按时"), new Rule.FullMarks())),
                                Rule.FixedScore.zero())));
        if (grades != null) {
            b.grades(grades);
        }
        return b.build();
    }

    private static ScoreSheet score(RulePack pack, boolean onTime) {
        return pack.evaluate(EvaluationInput.builder().yes("按时", onTime).build());
    }

    @Test
    void aPackOfFifteenPointsWithoutGradesHasNoGrade() {
        RulePack pack = simple("15", null);
        assertTrue(pack.grades().isEmpty());
        ScoreSheet full = score(pack, true);
        assertEquals(0, new BigDecimal("15").compareTo(full.total().orElseThrow()));
        assertEquals(Optional.empty(), full.grade());
        assertEquals("未评等级（规则包没有对应的等级）", full.gradeStatement());
    }

    @Test
    void aHundredPointPackWithoutGradesKeepsTheDefaultScale() {
        RulePack pack = simple("100", null);
        assertEquals(GradeScale.DEFAULT, pack.grades());
        assertEquals("优秀", score(pack, true).grade().orElseThrow().name());
        assertEquals("较差", score(pack, false).grade().orElseThrow().name());
    }

    @Test
    void declaredGradesAreKeptWhateverTheTotal() {
        GradeScale own = new GradeScale(List.of(GradeBand.halfOpen("合格", "9", null),
                GradeBand.halfOpen("不合格", null, "9")));
        assertEquals("合格", score(simple("15", own), true).grade().orElseThrow().name());
    }

    @Test
    void aVetoOfTheEvaluationWithoutGradesGivesZeroAndNoGrade() {
        RulePack pack = RulePack.builder(new PackInfo("t/grades", "等级", "", "", ""))
                .totalScore(new BigDecimal("15"))
                .field(DataField.yesNo("违规", ""))
                .indicator(new Indicator.Leaf("违规情况", new BigDecimal("15"), "", "",
                        new Rule.Cases(List.of(new Rule.Case(new Condition.IsYes("违规"),
                                new Rule.Veto(Rule.VetoScope.EVALUATION))), new Rule.FullMarks())))
                .build();
        ScoreSheet sheet = pack.evaluate(EvaluationInput.builder().yes("违规", true).build());
        assertTrue(sheet.vetoed());
        assertEquals(Optional.empty(), sheet.grade());
        assertTrue(GradeScale.NONE.lowest().isEmpty());
    }
}
