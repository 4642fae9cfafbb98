package io.perfeval.rules.national;

import io.perfeval.core.DeclaredIndicator;
import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One project's self-evaluation as the 项目支出绩效自评表 gives it: the project, its funds (年度资金总额 and 其中 财政拨款 /
 * 上年结转 / 其他资金, each with 年初预算数, 全年预算数, 全年执行数), its 年度总体目标 with the 实际完成情况, its own
 * indicators, and the self-scores. Read from JSON by {@link ProjectInputJson}, which reports every problem at once.
 *
 * @param packId       the pack the input is written for (规则包), optionally {@code id@版本}
 * @param budgetSelfScore the table's 得分 of 预算执行率, or {@code null}
 * @param selfTotal    the table's 总分, or {@code null}
 */
public record ProjectInput(String packId, String name, String department, String implementer, Funds funds,
                           Goal goal, List<Indicator> indicators, BigDecimal budgetSelfScore, BigDecimal selfTotal) {

    /** The name of the fixed indicator of the budget execution (预算执行率) in the project packs. */
    public static final String EXECUTION = "预算执行率";

    public ProjectInput {
        Objects.requireNonNull(name, "name");
        department = department == null ? "" : department;
        implementer = implementer == null ? "" : implementer;
        Objects.requireNonNull(funds, "funds");
        goal = goal == null ? new Goal("", "") : goal;
        indicators = List.copyOf(indicators);
    }

    /** One row of 项目资金 (万元); a figure the table leaves empty is {@code null}. */
    public record Money(BigDecimal initial, BigDecimal budget, BigDecimal executed) {
    }

    /** 年度资金总额 and its 其中 rows (each may be {@code null} when the table leaves it empty). */
    public record Funds(Money total, Money fiscal, Money carriedOver, Money other) {
        public Funds {
            Objects.requireNonNull(total, "total");
        }
    }

    /** 年度总体目标: the 预期目标 and the 实际完成情况, as written. */
    public record Goal(String expected, String achieved) {
        public Goal {
            expected = expected == null ? "" : expected;
            achieved = achieved == null ? "" : achieved;
        }
    }

    /**
     * One 三级指标 row: its headings, name, 年度指标值 and 实际完成值 as the table writes them (≥95%, 效果明显 / 96%,
     * 达成预期指标), its 分值 and the table's 得分; the reason for a qualitative score, 不适用 with its reason, and the
     * 偏差原因分析及改进措施.
     *
     * @param actual        a number (in the target's unit when written bare) for a quantitative target; for a
     *                      qualitative one the result in words, which is the level chosen (达成预期指标 …) unless
     *                      {@code level} names it
     * @param level         for a qualitative target, the level chosen when the 实际完成值 is not its name (有效 → 达成预期指标),
     *                      else {@code null}; its score is {@code score}
     * @param notApplicable the reason the indicator does not apply, or {@code null}
     */
    public record Indicator(String level1, String level2, String name, String target, String actual, String level,
                            BigDecimal maxScore, BigDecimal score, String reason, String notApplicable,
                            String deviation) {
        public Indicator {
            Objects.requireNonNull(level1, "level1");
            level2 = level2 == null ? "" : level2;
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(maxScore, "maxScore");
            reason = reason == null ? "" : reason;
            deviation = deviation == null ? "" : deviation;
        }

        /** The row as the template reads it: the target and result parsed ({@link TargetText}). */
        public DeclaredIndicator declared() {
            DeclaredIndicator.Target t = TargetText.target(target);
            return new DeclaredIndicator(name, level1, level2, maxScore, t, TargetText.result(t, this));
        }
    }

    /** The indicators as the template reads them. */
    public List<DeclaredIndicator> declared() {
        List<DeclaredIndicator> out = new ArrayList<>(indicators.size());
        for (Indicator i : indicators) {
            out.add(i.declared());
        }
        return out;
    }

    /** {@code template} bound to this project's indicators (throws with every problem of them). */
    public RulePack bind(RulePack template) {
        return template.bind(declared());
    }

    /**
     * The data, judgements and self-scores the bound pack reads: 全年预算数 and 全年执行数 of the 年度资金总额 row (the
     * 年初预算数 is kept here but read by no rule), each indicator's target and result, the table's 得分 as self-scores.
     */
    public EvaluationInput toEvaluationInput() {
        EvaluationInput.Builder b = EvaluationInput.builder().entity(name);
        Money m = funds.total();
        number(b, "全年预算数", m.budget());
        number(b, "全年执行数", m.executed());
        for (DeclaredIndicator d : declared()) {
            d.addTo(b);
        }
        for (Indicator i : indicators) {
            if (i.score() != null) {
                b.selfScore(i.name(), i.score());
            }
        }
        if (budgetSelfScore != null) {
            b.selfScore(EXECUTION, budgetSelfScore);
        }
        if (selfTotal != null) {
            b.selfTotal(selfTotal);
        }
        return b.build();
    }

    private static void number(EvaluationInput.Builder b, String name, BigDecimal value) {
        if (value != null) {
            b.number(name, value.toPlainString());
        }
    }
}
