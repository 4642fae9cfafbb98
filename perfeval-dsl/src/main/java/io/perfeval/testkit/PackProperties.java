package io.perfeval.testkit;

import io.perfeval.core.RulePack;
import io.perfeval.core.analysis.PackAnalysis;
import io.perfeval.core.analysis.Trend;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.Status;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ready-made properties of any pack, each an assertion that throws {@link AssertionError} with a Chinese and English
 * explanation, for use inside jqwik {@code @Property} methods with {@link PackArbitraries}.
 */
public final class PackProperties {

    private static final Map<RulePack, PackAnalysis> ANALYSES = new ConcurrentHashMap<>();

    private PackProperties() {
    }

    /**
     * Every property that needs one input: bounded, within the exact range the analysis gives each indicator,
     * subtotals add up, deterministic. Returns the sheet.
     */
    public static ScoreSheet check(RulePack pack, EvaluationInput input) {
        ScoreSheet sheet = pack.evaluate(input);
        bounded(sheet);
        withinAnalysedRange(pack, sheet);
        subtotalsAddUp(sheet);
        deterministic(pack, input, sheet);
        return sheet;
    }

    /** Every score lies in [0, 分值], and the total in [0, 总分]. */
    public static void bounded(ScoreSheet sheet) {
        for (IndicatorResult r : sheet.flatten()) {
            r.score().ifPresent(s -> {
                if (s.signum() < 0 || s.compareTo(r.maxScore()) > 0) {
                    fail(r.pathString() + " 得分 " + s.toPlainString() + " 不在 [0, " + r.maxScore().toPlainString()
                            + "] 内", "score " + s.toPlainString() + " is outside [0, " + r.maxScore().toPlainString()
                            + "]");
                }
            });
        }
        sheet.total().ifPresent(t -> {
            if (t.signum() < 0 || t.compareTo(sheet.maxTotal()) > 0) {
                fail("总分 " + t.toPlainString() + " 不在 [0, " + sheet.maxTotal().toPlainString() + "] 内",
                        "total " + t.toPlainString() + " is outside [0, " + sheet.maxTotal().toPlainString() + "]");
            }
        });
    }

    /**
     * Every scored indicator lies within [min, max] of {@link PackAnalysis}: the evaluator and the exact analysis agree
     * on what a rule can give.
     */
    public static void withinAnalysedRange(RulePack pack, ScoreSheet sheet) {
        PackAnalysis analysis = ANALYSES.computeIfAbsent(pack, PackAnalysis::analyze);
        for (IndicatorResult r : sheet.leaves()) {
            if (r.status() != Status.SCORED || r.score().isEmpty()) {
                continue;
            }
            analysis.leaf(r.pathString()).filter(l -> l.exhaustive() && l.min() != null).ifPresent(l -> {
                BigDecimal s = r.score().get();
                if (s.compareTo(l.min()) < 0 || s.compareTo(l.max()) > 0) {
                    fail(r.pathString() + " 得分 " + s.toPlainString() + " 超出精确分析的范围 [" + l.min().toPlainString()
                                    + ", " + l.max().toPlainString() + "]",
                            "score " + s.toPlainString() + " is outside the analysed range [" + l.min().toPlainString()
                                    + ", " + l.max().toPlainString() + "]");
                }
            });
        }
    }

    /** Each scored group's score is the sum of its scored children's (not-applicable ones left out). */
    public static void subtotalsAddUp(ScoreSheet sheet) {
        for (IndicatorResult r : sheet.flatten()) {
            if (r.isLeaf() || r.status() != Status.SCORED) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (IndicatorResult c : r.children()) {
                if (c.status() != Status.NOT_APPLICABLE) {
                    sum = sum.add(c.score().orElseThrow(() -> new AssertionError(
                            c.pathString() + " 无得分而上级有小计 / has no score but its parent has a subtotal")));
                }
            }
            BigDecimal s = r.score().orElseThrow();
            if (s.compareTo(sum) != 0) {
                fail(r.pathString() + " 小计 " + s.toPlainString() + " ≠ 下级之和 " + sum.toPlainString(),
                        "subtotal " + s.toPlainString() + " is not the children's sum " + sum.toPlainString());
            }
        }
    }

    /** Evaluating the same input again gives the same sheet. */
    public static void deterministic(RulePack pack, EvaluationInput input, ScoreSheet first) {
        ScoreSheet again = pack.evaluate(input);
        if (!Objects.equals(first.total(), again.total())) {
            fail("同一输入两次评分总分不同", "the same input scored twice gives different totals");
        }
        var a = first.flatten();
        var b = again.flatten();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).score().equals(b.get(i).score()) || a.get(i).status() != b.get(i).status()) {
                fail(a.get(i).pathString() + " 同一输入两次评分不同", "the same input scored twice differs");
            }
        }
    }

    /**
     * Every indicator whose score reads only {@code pair.axis()} and whose wording states a direction for it
     * ({@link PackAnalysis#statedTrend}) moves that way: where 「完成率越高越好」 or 「完成率≥95%得满分」, a higher 完成率
     * never lowers the score; where 「结转结余率≥50%得0分」, a higher 结转结余率 never raises it.
     */
    public static void monotone(RulePack pack, MonotonePair pair) {
        PackAnalysis analysis = ANALYSES.computeIfAbsent(pack, PackAnalysis::analyze);
        ScoreSheet low = pack.evaluate(pair.atLower());
        ScoreSheet high = pack.evaluate(pair.atHigher());
        for (String name : PackArbitraries.readersOf(analysis, pack, pair.axis())) {
            Optional<Trend> stated = analysis.statedTrend(name, pair.axis());
            Optional<BigDecimal> a = scored(low, name);
            Optional<BigDecimal> b = scored(high, name);
            if (stated.isEmpty() || a.isEmpty() || b.isEmpty()) {
                continue;
            }
            int c = b.get().compareTo(a.get());
            if (stated.get() == Trend.NON_DECREASING ? c < 0 : c > 0) {
                fail(name + "：" + pair.axis() + " 由 " + pair.lower().toPlainString() + " 增至 "
                                + pair.higher().toPlainString() + "，得分由 " + a.get().toPlainString() + " 变为 "
                                + b.get().toPlainString() + "，与措辞所示方向相反",
                        "the score moves against the direction the wording states (" + pair + ")");
            }
        }
    }

    /** The evaluator gives exactly the score the analysis predicts at a threshold or a step either side. */
    public static void exactAtThreshold(RulePack pack, ThresholdCase c) {
        ScoreSheet sheet = pack.evaluate(c.input());
        BigDecimal actual = scored(sheet, c.indicator()).orElseThrow(() -> new AssertionError(
                c.indicator() + " 无得分 / has no score: " + c));
        if (actual.compareTo(c.expected()) != 0) {
            fail(c.indicator() + " 在 " + c.axis() + " = " + c.value().toPlainString() + " 时得 "
                    + actual.toPlainString() + " 分，精确分析为 " + c.expected().toPlainString() + " 分",
                    "the evaluator gives " + actual.toPlainString() + " where the analysis gives "
                            + c.expected().toPlainString() + " (" + c + ")");
        }
    }

    private static Optional<BigDecimal> scored(ScoreSheet sheet, String name) {
        return sheet.find(name).filter(r -> r.status() == Status.SCORED).flatMap(IndicatorResult::score);
    }

    private static void fail(String chinese, String english) {
        throw new AssertionError(chinese + " / " + english);
    }
}
