package io.perfeval.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.DeclaredIndicator;
import io.perfeval.core.DeclaredIndicator.Measured;
import io.perfeval.core.DeclaredIndicator.Quantitative;
import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.rule.Condition.Comparison;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.testkit.PackProperties;
import io.perfeval.testkit.ProjectArbitraries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The national template's properties over generated project indicators: every score lies within [0, 分值], a
 * quantitative indicator's score never falls as its 实际完成值 moves the way its direction calls better, a met target
 * scores its full 分值, and an indicator that does not apply leaves the total rescaled from the applicable 分值.
 */
class ProjectTemplateProperties {

    static final RulePack PACK = NationalProjectPack.pack();
    static final BigDecimal SHARE = new BigDecimal("90");

    @Provide
    Arbitrary<BigDecimal> maxScores() {
        return Arbitraries.integers().between(2, 160).map(i -> BigDecimal.valueOf(i, 1).multiply(BigDecimal.TEN)
                .divide(BigDecimal.valueOf(4), 2, RoundingMode.UNNECESSARY)); // 0.5 … 40 in steps of 0.25
    }

    @Provide
    Arbitrary<BigDecimal> values() {
        return Arbitraries.integers().between(0, 200_000).map(i -> BigDecimal.valueOf(i, 2)); // 0 … 2000.00
    }

    @Provide
    Arbitrary<Comparison> directions() {
        return Arbitraries.of(Comparison.GE, Comparison.GT, Comparison.EQ, Comparison.LE, Comparison.LT);
    }

    static DeclaredIndicator quantitative(String name, BigDecimal max, Comparison dir, BigDecimal target,
                                          BigDecimal actual) {
        return new DeclaredIndicator(name, "产出指标", "数量指标", max, new Quantitative(dir, target, "个"),
                new Measured(actual, "个"));
    }

    /** The project: the indicator under test and a met qualitative indicator for the rest of the 90. */
    static ScoreSheet score(List<DeclaredIndicator> declared) {
        RulePack bound = PACK.bind(declared);
        EvaluationInput.Builder in = EvaluationInput.builder().number("全年预算数", "100").number("全年执行数", "100");
        declared.forEach(d -> d.addTo(in));
        return bound.evaluate(in.build());
    }

    static List<DeclaredIndicator> project(DeclaredIndicator tested) {
        BigDecimal rest = SHARE.subtract(tested.maxScore());
        return List.of(tested, new DeclaredIndicator("服务满意度", "满意度指标", "服务对象满意度指标", rest,
                new DeclaredIndicator.Qualitative("满意"), new DeclaredIndicator.Judged("达成预期指标",
                        new Judgement(rest, "问卷结果"))));
    }

    static BigDecimal scoreOf(DeclaredIndicator d) {
        ScoreSheet s = score(project(d));
        return s.find(d.name()).orElseThrow().score().orElseThrow(() -> new AssertionError(s.problems()));
    }

    /** Whether more is better: ≥ > and a non-zero =; an «=0» target is scored as ≤ (zero is missed from above). */
    static boolean positive(Comparison dir, BigDecimal target) {
        return dir == Comparison.GE || dir == Comparison.GT || dir == Comparison.EQ && target.signum() != 0;
    }

    @Provide
    Arbitrary<ProjectArbitraries.Project> projects() {
        return ProjectArbitraries.projects(PACK);
    }

    /** Generated projects (the kit's indicator sets and inputs) hold the kit's properties on the bound pack. */
    @Property(tries = 100)
    void generatedProjectsHoldTheKitsProperties(@ForAll("projects") ProjectArbitraries.Project p) {
        PackProperties.check(p.pack(), p.input());
    }

    @Property(tries = 200)
    void everyScoreLiesWithinItsMaximumAndAMetTargetScoresIt(@ForAll("maxScores") BigDecimal max,
            @ForAll("directions") Comparison dir, @ForAll("values") BigDecimal target,
            @ForAll("values") BigDecimal actual) {
        BigDecimal s = scoreOf(quantitative("培训人数", max, dir, target, actual));
        assertTrue(s.signum() >= 0 && s.compareTo(max) <= 0, s + " of " + max);
        boolean met = positive(dir, target) ? actual.compareTo(target) >= 0 : actual.compareTo(target) <= 0;
        if (met) {
            assertEquals(0, max.compareTo(s), "met: " + actual + " " + dir.symbol() + " " + target);
        }
    }

    @Property(tries = 200)
    void theScoreNeverFallsAsTheResultImprovesInItsDirection(@ForAll("maxScores") BigDecimal max,
            @ForAll("directions") Comparison dir, @ForAll("values") BigDecimal target,
            @ForAll("values") BigDecimal a, @ForAll("values") BigDecimal b) {
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        BigDecimal atLow = scoreOf(quantitative("培训人数", max, dir, target, low));
        BigDecimal atHigh = scoreOf(quantitative("培训人数", max, dir, target, high));
        if (positive(dir, target)) {
            assertTrue(atLow.compareTo(atHigh) <= 0, low + "→" + atLow + ", " + high + "→" + atHigh);
        } else {
            assertTrue(atLow.compareTo(atHigh) >= 0, low + "→" + atLow + ", " + high + "→" + atHigh);
        }
    }

    @Property(tries = 100)
    void anIndicatorThatDoesNotApplyLeavesTheRestRescaled(@ForAll("maxScores") BigDecimal max,
            @ForAll("directions") Comparison dir, @ForAll("values") BigDecimal target,
            @ForAll("values") BigDecimal actual) {
        DeclaredIndicator tested = quantitative("培训人数", max, dir, target, actual);
        DeclaredIndicator left = new DeclaredIndicator("投诉件数", "产出指标", "质量指标", BigDecimal.TEN,
                new Quantitative(Comparison.LE, BigDecimal.ONE, "件"), new DeclaredIndicator.NotApplicable("未设投诉渠道"));
        BigDecimal rest = SHARE.subtract(max).subtract(BigDecimal.TEN);
        if (rest.signum() <= 0) {
            return; // no room for the third indicator under this 分值
        }
        List<DeclaredIndicator> declared = List.of(tested, left, new DeclaredIndicator("服务满意度", "满意度指标",
                "服务对象满意度指标", rest, new DeclaredIndicator.Qualitative("满意"),
                new DeclaredIndicator.Judged("达成预期指标", new Judgement(rest, "问卷结果"))));
        ScoreSheet s = score(declared);
        BigDecimal applicable = new BigDecimal("100").subtract(BigDecimal.TEN);
        BigDecimal sum = BigDecimal.TEN.add(s.find("培训人数").orElseThrow().score().orElseThrow()).add(rest);
        BigDecimal expected = sum.multiply(new BigDecimal("100")).divide(applicable, 2, RoundingMode.HALF_UP);
        assertEquals(0, expected.compareTo(s.total().orElseThrow()), sum + " of " + applicable);
    }
}
