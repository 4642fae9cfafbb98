package io.perfeval.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.Status;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Levels chosen by the evaluator: share bands of the 分值 (「达成年度指标的，按分值的100%-80%计分；部分达成…80%-60%；未达成…60%-0」)
 * and fixed scores (「好：4分；较好：3分；一般：2分；差：0分」), at and around every band edge.
 */
class LevelsTest {

    private static final Rule BANDS = new Rule.Levels(List.of(
            new Rule.Level("达成", Points.share(4, 5), Points.full()),
            new Rule.Level("部分达成", Points.share(3, 5), Points.share(4, 5)),
            new Rule.Level("未达成", Points.absolute("0"), Points.share(3, 5))));
    private static final RulePack BANDED = Single.of("10", BANDS).pack();

    private static final Rule GRADES = new Rule.Levels(List.of(
            new Rule.Level("好", Points.absolute("4"), Points.absolute("4")),
            new Rule.Level("较好", Points.absolute("3"), Points.absolute("3")),
            new Rule.Level("一般", Points.absolute("2"), Points.absolute("2")),
            new Rule.Level("差", Points.absolute("0"), Points.absolute("0"))));
    private static final RulePack GRADED = Single.of("4", GRADES).pack();

    private static IndicatorResult judged(RulePack pack, String score) {
        return Single.line(pack.evaluate(Single.input().judgement(Single.NAME, score, "对照年度指标").build()));
    }

    @ParameterizedTest(name = "{0} 分 → {1}")
    @CsvSource({"10, 「达成」8–10 分", "8.01, 「达成」8–10 分", "8, 「达成」8–10 分、「部分达成」6–8 分",
            "7.99, 「部分达成」6–8 分", "6, 「部分达成」6–8 分、「未达成」0–6 分", "5.99, 「未达成」0–6 分",
            "0, 「未达成」0–6 分"})
    void theTraceNamesEveryLevelThatHoldsTheScore(String score, String levels) {
        IndicatorResult line = judged(BANDED, score);
        assertEquals(Status.SCORED, line.status());
        assertEquals(new BigDecimal(score).setScale(2), line.score().orElseThrow());
        assertEquals(List.of("评价人按等级给分：" + levels + "（理由：对照年度指标），得 "
                + new BigDecimal(score).stripTrailingZeros().toPlainString() + " 分"), line.trace().lines());
    }

    @ParameterizedTest(name = "{0} 分 → {1}")
    @CsvSource({"4, 「好」4 分", "3, 「较好」3 分", "2, 「一般」2 分", "0, 「差」0 分"})
    void aFixedLevelIsItsScore(String score, String level) {
        IndicatorResult line = judged(GRADED, score);
        assertEquals(new BigDecimal(score).setScale(2), line.score().orElseThrow());
        assertEquals(List.of("评价人按等级给分：" + level + "（理由：对照年度指标），得 " + score + " 分"),
                line.trace().lines());
    }

    @ParameterizedTest(name = "{0} 分 lies in no level")
    @CsvSource({"3.99", "3.01", "2.5", "2.01", "1.99", "0.01"})
    void aScoreOutsideEveryLevelIsAnErrorThatListsThem(String score) {
        IndicatorResult line = judged(GRADED, score);
        assertEquals(Status.ERROR, line.status());
        Problem p = line.problems().get(0);
        assertEquals("R013", p.code());
        assertEquals("酌情得分 " + score + " 分不属于任何等级：「好」4 分；「较好」3 分；「一般」2 分；「差」0 分", p.message());
        assertEquals("judgement score " + score + " lies within none of the levels: 「好」4 分；「较好」3 分；「一般」2 分；「差」0 分",
                p.englishMessage());
    }

    @Test
    void withoutAJudgementTheLevelsAreAskedFor() {
        IndicatorResult line = Single.line(BANDED.evaluate(Single.input().build()));
        assertEquals(Status.ERROR, line.status());
        assertEquals("R014", line.problems().get(0).code());
        assertEquals("需要评价人按等级给分并写明理由：「达成」8–10 分；「部分达成」6–8 分；「未达成」0–6 分",
                line.problems().get(0).message());
    }

    @Test
    void everyLevelLiesWithinTheMaxScoreWithItsBoundsInOrder() {
        Rule above = new Rule.Levels(List.of(new Rule.Level("好", Points.absolute("4"), Points.absolute("4.5")),
                new Rule.Level("差", Points.absolute("0"), Points.absolute("0"))));
        Rule reversed = new Rule.Levels(List.of(new Rule.Level("较好", Points.absolute("3"), Points.absolute("2"))));
        Rule atTheMax = new Rule.Levels(List.of(new Rule.Level("好", Points.absolute("3.5"), Points.full())));
        assertEquals(List.of("C018"), errors(Single.of("4", above)));
        assertEquals(List.of("C018"), errors(Single.of("4", reversed)));
        assertEquals(List.of(), errors(Single.of("4", atTheMax)));
        Problem p = Single.of("4", above).check().problems().get(0);
        assertEquals("等级「好」的分值 4–4.5 分须在 0–4 分之内，且下限不高于上限", p.message());
    }

    @Test
    void aJudgementIsAcceptedAsInputForIt() {
        assertEquals(List.of(), GRADED.validate(Single.input().judgement(Single.NAME, "3", "较好").build()));
    }

    private static List<String> errors(Single s) {
        return s.check().problems().stream().filter(Problem::isError).map(Problem::code).toList();
    }
}
