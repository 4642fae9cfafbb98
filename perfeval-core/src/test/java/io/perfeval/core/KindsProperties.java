package io.perfeval.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.input.Value;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The evaluator never leaves [0, 分值] — [0, 分值 + cap] for a bonus that may exceed it — on generated inputs (and
 * generated limits, points, caps and sums' parts) of each new rule kind, and gives what the kind says inside that
 * range, with the trace or without it.
 */
class KindsProperties {

    private static final RulePack TIER = KindPacks.tier().pack();
    private static final RulePack BANDED = KindPacks.banded().pack();
    private static final RulePack GRADED = KindPacks.graded().pack();
    private static final RulePack DEVIATION = KindPacks.deviation().pack();

    /** Scores of 0 to {@code max} with two decimals, the thresholds among the edge cases. */
    private static Arbitrary<BigDecimal> scores(String max) {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(max)).ofScale(2);
    }

    private static Arbitrary<BigDecimal> percents() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("150")).ofScale(2);
    }

    @Provide
    Arbitrary<Set<Integer>> failures() {
        return Arbitraries.integers().between(1, 5).set().ofMaxSize(5);
    }

    @Provide
    Arbitrary<BigDecimal> limits() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("5")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> percent() {
        return percents();
    }

    /** The indicator's line, checked to be the same without the trace (score, status, problems). */
    private static IndicatorResult line(RulePack pack, EvaluationInput input) {
        return Single.line(untraced(pack, input));
    }

    private static ScoreSheet untraced(RulePack pack, EvaluationInput input) {
        ScoreSheet traced = pack.evaluate(input);
        ScoreSheet bare = pack.evaluate(input, EvaluationOptions.withoutTrace());
        assertEquals(traced.total(), bare.total());
        assertEquals(traced.problems(), bare.problems());
        IndicatorResult a = Single.line(traced);
        IndicatorResult b = Single.line(bare);
        assertEquals(List.of(a.score(), a.status(), a.problems()), List.of(b.score(), b.status(), b.problems()));
        return traced;
    }

    private static void within(IndicatorResult line, BigDecimal lo, BigDecimal hi) {
        assertEquals(Status.SCORED, line.status(), line.problems().toString());
        BigDecimal s = line.score().orElseThrow();
        assertTrue(s.compareTo(lo) >= 0 && s.compareTo(hi) <= 0, s + " not in [" + lo + ", " + hi + "]");
    }

    @Property(tries = 300)
    void aLimitedDeductionNeverTakesMoreThanItsLimit(@ForAll("limits") BigDecimal limit,
                                                     @ForAll("failures") Set<Integer> failed,
                                                     @ForAll("percent") BigDecimal rate) {
        RulePack pack = KindPacks.limited(limit.toPlainString()).pack();
        int[] items = failed.stream().mapToInt(Integer::intValue).toArray();
        IndicatorResult line = line(pack, Single.input().put("台账", Value.Checklist.allMetExcept(5, items))
                .put("完成率", Value.number(rate)).build());
        within(line, new BigDecimal("5").subtract(limit), new BigDecimal("5"));
        BigDecimal deducted = new BigDecimal(items.length).add(BigDecimal.valueOf(95).subtract(rate)
                .max(BigDecimal.ZERO).multiply(new BigDecimal("0.5")));
        assertEquals(new BigDecimal("5").subtract(deducted.min(limit)).setScale(2, RoundingMode.HALF_UP),
                line.score().orElseThrow());
    }

    @Property(tries = 300)
    void aJudgementWithinATierNeverLeavesIt(@ForAll boolean whole, @ForAll("judged") BigDecimal judged) {
        IndicatorResult line = line(TIER, Single.input().yes("无制度", false).yes("制度健全", whole)
                .judgement(Single.NAME, new Judgement(judged, "generated")).build());
        BigDecimal tier = whole ? new BigDecimal("6") : new BigDecimal("3");
        if (judged.compareTo(tier) > 0) {
            assertEquals(Status.ERROR, line.status());
            assertEquals("R007", line.problems().get(0).code());
        } else {
            within(line, BigDecimal.ZERO, tier);
            assertEquals(0, judged.compareTo(line.score().orElseThrow()));
        }
    }

    @Provide
    Arbitrary<BigDecimal> judged() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, scores("8")),
                Tuple.of(1, Arbitraries.of(new BigDecimal("3"), new BigDecimal("3.01"),
                        new BigDecimal("6"), new BigDecimal("6.01"), new BigDecimal("0"))));
    }

    @Property(tries = 300)
    void bandsThatTileTheMaxScoreTakeEveryScoreAndFixedLevelsOnlyTheirOwn(@ForAll("tenths") BigDecimal given) {
        IndicatorResult banded = line(BANDED, Single.input().judgement(Single.NAME,
                new Judgement(given, "generated")).build());
        within(banded, BigDecimal.ZERO, BigDecimal.TEN);
        assertEquals(0, given.compareTo(banded.score().orElseThrow()));
        BigDecimal small = given.divide(new BigDecimal("2.5"));
        IndicatorResult graded = line(GRADED, Single.input().judgement(Single.NAME,
                new Judgement(small, "generated")).build());
        boolean aLevel = small.compareTo(BigDecimal.ZERO) == 0 || small.compareTo(new BigDecimal("2")) == 0
                || small.compareTo(new BigDecimal("3")) == 0 || small.compareTo(new BigDecimal("4")) == 0;
        if (aLevel) {
            within(graded, BigDecimal.ZERO, new BigDecimal("4"));
        } else {
            assertEquals("R013", graded.problems().get(0).code());
        }
    }

    @Provide
    Arbitrary<BigDecimal> tenths() {
        return Arbitraries.integers().between(0, 100).map(i -> BigDecimal.valueOf(i, 1));
    }

    @Property(tries = 300)
    void awardsAddUpToAtMostTheMaxScore(@ForAll("itemPoints") List<BigDecimal> points,
                                        @ForAll("facts") List<Boolean> met) {
        List<Rule.Award> awards = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < points.size(); i++) {
            awards.add(new Rule.Award("第" + (i + 1) + "项", new Condition.IsYes("事项" + i),
                    new Points.Absolute(points.get(i))));
            if (met.get(i)) {
                sum = sum.add(points.get(i));
            }
        }
        Single single = Single.of("4", new Rule.Awards(awards));
        EvaluationInput.Builder in = Single.input();
        for (int i = 0; i < points.size(); i++) {
            single.field(DataField.yesNo("事项" + i, ""));
            in.yes("事项" + i, met.get(i));
        }
        IndicatorResult line = line(single.pack(), in.build());
        within(line, BigDecimal.ZERO, new BigDecimal("4"));
        assertEquals(0, sum.min(new BigDecimal("4")).compareTo(line.score().orElseThrow()));
    }

    @Provide
    Arbitrary<List<BigDecimal>> itemPoints() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("3")).ofScale(1).list().ofSize(4);
    }

    @Provide
    Arbitrary<List<Boolean>> facts() {
        return Arbitraries.of(true, false).list().ofSize(4);
    }

    @Property(tries = 300)
    void aBonusStaysWithinTheMaxScoreOrTheMaxScoreAndItsCap(@ForAll("percent") BigDecimal rate,
                                                            @ForAll boolean provincial, @ForAll boolean national,
                                                            @ForAll @IntRange(min = 0, max = 90) int filler) {
        BigDecimal base = rate.min(new BigDecimal("100")).divide(BigDecimal.TEN);
        BigDecimal bonus = BigDecimal.valueOf((provincial ? 1 : 0) + (national ? 2 : 0)).min(new BigDecimal("2"));
        for (BonusPolicy policy : BonusPolicy.values()) {
            RulePack pack = KindPacks.bonus(policy, policy == BonusPolicy.ABOVE_MAX ? "101" : null).pack();
            ScoreSheet sheet = untraced(pack, EvaluationInput.builder().judgement("其余指标", String.valueOf(filler), "x")
                    .put("完成率", Value.number(rate)).yes("省级表彰", provincial).yes("国家级表彰", national).build());
            IndicatorResult line = Single.line(sheet);
            BigDecimal most = policy == BonusPolicy.ABOVE_MAX ? new BigDecimal("12") : BigDecimal.TEN;
            within(line, base.setScale(2, RoundingMode.HALF_UP).min(BigDecimal.TEN), most);
            assertEquals(0, base.add(bonus).min(policy == BonusPolicy.ABOVE_MAX ? most : BigDecimal.TEN)
                    .setScale(2, RoundingMode.HALF_UP).compareTo(line.score().orElseThrow()));
            BigDecimal total = sheet.total().orElseThrow();
            assertTrue(total.compareTo(policy == BonusPolicy.ABOVE_MAX ? new BigDecimal("101") : new BigDecimal("100"))
                    <= 0, total.toPlainString());
        }
    }

    private static final RulePack TOWN = KindPacks.town().pack();

    /**
     * 镇区车行15分钟内得0.5分，15—30分钟得0.3分，30分钟以上不得分；交通组织合理得0.5分；人均道路面积达15平方米得0.5分: the
     * score is what the three sentences give, read from the text, and lies in [0, 1.5].
     */
    @Property(tries = 300)
    void aSumOfALadderAndTwoAwardsIsWhatEachSentenceGives(@ForAll("minutes") BigDecimal minutes,
                                                          @ForAll boolean organised,
                                                          @ForAll("areas") BigDecimal area) {
        IndicatorResult line = line(TOWN, Single.input().put("车行时间", Value.number(minutes))
                .yes("交通组织合理", organised).put("人均道路面积", Value.number(area)).build());
        within(line, BigDecimal.ZERO, new BigDecimal("1.5"));
        BigDecimal travel = minutes.compareTo(new BigDecimal("15")) <= 0 ? new BigDecimal("0.5")
                : minutes.compareTo(new BigDecimal("30")) <= 0 ? new BigDecimal("0.3") : BigDecimal.ZERO;
        BigDecimal roads = area.compareTo(new BigDecimal("15")) >= 0 ? new BigDecimal("0.5") : BigDecimal.ZERO;
        BigDecimal expected = travel.add(organised ? new BigDecimal("0.5") : BigDecimal.ZERO).add(roads);
        assertEquals(0, expected.compareTo(line.score().orElseThrow()), line.trace().render());
    }

    @Provide
    Arbitrary<BigDecimal> minutes() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("60")).ofScale(1)),
                Tuple.of(1, Arbitraries.of(new BigDecimal("15"), new BigDecimal("15.1"), new BigDecimal("30"),
                        new BigDecimal("30.1"))));
    }

    @Provide
    Arbitrary<BigDecimal> areas() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("40")).ofScale(2)),
                Tuple.of(1, Arbitraries.of(new BigDecimal("15"), new BigDecimal("14.99"))));
    }

    /**
     * Generated sums: two to four parts of generated 分值, each scored by a fixed score (above its 分值 now and then), full
     * marks, an award of half its 分值 or 完成率 × 分值 (capped or not). Each part gives its own points within [0, its
     * 分值], the indicator their sum within [0, Σ 分值] — or R004 where an uncapped part's formula goes over its 分值.
     */
    @Property(tries = 300)
    void aGeneratedSumAddsItsPartsEachWithinItsOwnMaxScore(@ForAll("parts") List<PartSpec> parts,
                                                           @ForAll("facts") List<Boolean> met,
                                                           @ForAll("percent") BigDecimal rate) {
        List<Rule.Part> ps = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal expected = BigDecimal.ZERO;
        boolean fails = false;
        for (int i = 0; i < parts.size(); i++) {
            int kind = parts.get(i).kind();
            BigDecimal max = BigDecimal.valueOf(parts.get(i).tenths(), 1);
            BigDecimal fixed = parts.get(i).fixed();
            BigDecimal share = rate.movePointLeft(2).multiply(max);
            Rule rule = switch (kind) {
                case 0 -> new Rule.FixedScore(fixed);
                case 1 -> new Rule.FullMarks();
                case 2 -> new Rule.Awards(List.of(new Rule.Award("事项", new Condition.IsYes("事项" + i),
                        Points.share(1, 2))));
                default -> new Rule.Formula(SeedFixture.bin(io.perfeval.core.rule.Expr.ArithmeticOp.MULTIPLY,
                        SeedFixture.ref("完成率"), new io.perfeval.core.rule.Expr.MaxScore()), kind == 3);
            };
            BigDecimal points = switch (kind) {
                case 0 -> fixed.min(max);
                case 1 -> max;
                case 2 -> met.get(i) ? max.divide(BigDecimal.valueOf(2)) : BigDecimal.ZERO;
                default -> share.min(max);
            };
            fails |= kind == 4 && share.compareTo(max) > 0;
            ps.add(new Rule.Part("第" + (i + 1) + "项", max, rule));
            total = total.add(max);
            expected = expected.add(points);
        }
        Single single = Single.of(total.toPlainString(), new Rule.Sum(ps)).field(DataField.percentage("完成率", ""));
        EvaluationInput.Builder in = Single.input().put("完成率", Value.number(rate));
        for (int i = 0; i < parts.size(); i++) {
            single.field(DataField.yesNo("事项" + i, ""));
            in.yes("事项" + i, met.get(i));
        }
        RulePack pack = single.pack();
        EvaluationInput input = in.build();
        IndicatorResult line = line(pack, input);
        assertEquals(line.score(), Single.line(pack.evaluate(input)).score(), "the same input, the same score");
        if (fails) {
            assertEquals(Status.ERROR, line.status());
            assertEquals("R004", line.problems().get(0).code());
            return;
        }
        within(line, BigDecimal.ZERO, total);
        assertEquals(expected.setScale(2, RoundingMode.HALF_UP), line.score().orElseThrow(), line.trace().render());
    }

    /**
     * A generated part: its 分值 in tenths (0.1 to 3), its kind (0 a fixed score, 1 full marks, 2 an award, 3 and 4 a
     * formula capped or not) and the fixed score.
     */
    record PartSpec(int tenths, int kind, BigDecimal fixed) {
    }

    @Provide
    Arbitrary<List<PartSpec>> parts() {
        return Combinators.combine(Arbitraries.integers().between(1, 30), Arbitraries.integers().between(0, 4),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("3")).ofScale(2))
                .as(PartSpec::new).list().ofMinSize(2).ofMaxSize(4);
    }

    @Property(tries = 300)
    void aFormulaWithMinMaxAndAbsStaysWithinTheMaxScore(@ForAll("tons") BigDecimal actual,
                                                        @ForAll("positiveTons") BigDecimal target,
                                                        @ForAll("amounts") BigDecimal done,
                                                        @ForAll("positiveAmounts") BigDecimal planned) {
        IndicatorResult line = line(DEVIATION, Single.input().put("实际值", Value.number(actual))
                .put("目标值", Value.number(target)).put("已完成", Value.number(done)).put("计划", Value.number(planned))
                .build());
        within(line, BigDecimal.ZERO, new BigDecimal("4"));
    }

    @Provide
    Arbitrary<BigDecimal> tons() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("2000")).ofScale(3);
    }

    @Provide
    Arbitrary<BigDecimal> positiveTons() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("2000")).ofScale(3);
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> positiveAmounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("5000")).ofScale(2);
    }
}
