package io.perfeval.rules.hebei;

import io.perfeval.core.rule.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A consistency check between figures of one self-evaluation that the scoring rules do not look at but a reviewer
 * does: expenditure = basic + project expenditure, the project list adds up to the project expenditure, each project's
 * budget = executed + returned, the year-end progress matches the execution rate, the self-scores add up to the
 * reported total. Computed exactly from the raw amounts.
 *
 * @param name    what is checked, in Chinese
 * @param holds   whether the figures agree
 * @param detail  the arithmetic, in Chinese
 */
public record CrossCheck(String name, boolean holds, String detail) {

    public CrossCheck {
        Objects.requireNonNull(name);
        Objects.requireNonNull(detail);
    }

    public String render() {
        return (holds ? "✓ " : "✗ ") + name + "：" + detail;
    }

    /** Every check whose figures are present in {@code in}. */
    public static List<CrossCheck> of(DepartmentInput in) {
        List<CrossCheck> out = new ArrayList<>();
        DepartmentInput.FinalAccounts a = in.accounts();
        if (a != null && a.expenditure() != null && a.basicExpenditure() != null && a.projectExpenditure() != null) {
            BigDecimal sum = a.basicExpenditure().add(a.projectExpenditure());
            out.add(new CrossCheck("本年支出＝基本支出＋项目支出", sum.compareTo(a.expenditure()) == 0,
                    t(a.basicExpenditure()) + " + " + t(a.projectExpenditure()) + " = " + t(sum) + "，本年支出 "
                            + t(a.expenditure())));
        }
        if (a != null && a.projectExpenditure() != null && in.projects() != null && !in.projects().isEmpty()) {
            BigDecimal executed = in.projectsExecuted();
            out.add(new CrossCheck("分项项目执行数合计＝项目支出", executed.compareTo(a.projectExpenditure()) == 0,
                    in.projects().size() + " 个项目执行数合计 " + t(executed) + "，项目支出 " + t(a.projectExpenditure())));
        }
        if (in.projects() != null) {
            for (DepartmentInput.Project p : in.projects()) {
                if (p != null && p.budget() != null && p.executed() != null && p.returned() != null) {
                    BigDecimal sum = p.executed().add(p.returned());
                    if (sum.compareTo(p.budget()) != 0) {
                        out.add(new CrossCheck("项目「" + p.name() + "」预算数＝执行数＋结余交回", false,
                                t(p.executed()) + " + " + t(p.returned()) + " = " + t(sum) + "，预算数 " + t(p.budget())));
                    }
                }
            }
            long withoutGoal = in.projectsWithoutGoal();
            if (withoutGoal > 0) {
                List<String> names = in.projects().stream().filter(p -> p != null && !p.hasGoal())
                        .map(p -> "第" + p.number() + "项「" + p.name() + "」").toList();
                out.add(new CrossCheck("每个项目都设定了绩效目标", false, "未设定绩效目标：" + String.join("、", names)));
            }
        }
        DepartmentInput.Budget b = in.budget();
        if (b != null && b.adjusted() != null && a != null && a.expenditure() != null && b.adjusted().signum() > 0
                && in.spendingProgress() != null && in.spendingProgress().containsKey("第四季度")) {
            BigDecimal rate = a.expenditure().multiply(new BigDecimal("100"))
                    .divide(b.adjusted(), 2, RoundingMode.HALF_UP);
            BigDecimal q4 = in.spendingProgress().get("第四季度");
            out.add(new CrossCheck("第四季度末支出进度＝预算执行率", q4 != null && q4.compareTo(rate) == 0,
                    "本年支出 " + t(a.expenditure()) + " / 调整后预算数 " + t(b.adjusted()) + " = " + rate.toPlainString()
                            + "%，第四季度支出进度 " + (q4 == null ? "未填" : t(q4) + "%")));
        }
        if (b != null && b.initial() != null && b.adjusted() != null && b.excludedAdjustments() != null) {
            BigDecimal change = b.adjusted().subtract(b.initial()).abs();
            out.add(new CrossCheck("可剔除的预算调整数不超过调整总额", b.excludedAdjustments().compareTo(change) <= 0,
                    "调整总额 |" + t(b.adjusted()) + " − " + t(b.initial()) + "| = " + t(change) + "，可剔除 "
                            + t(b.excludedAdjustments())));
        }
        if (in.selfScores() != null && in.selfTotal() != null) {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal s : in.selfScores().values()) {
                if (s != null) {
                    sum = sum.add(s);
                }
            }
            out.add(new CrossCheck("各项自评得分之和＝自评合计", sum.compareTo(in.selfTotal()) == 0,
                    "各项之和 " + t(sum) + "，自评合计 " + t(in.selfTotal())));
        }
        return out;
    }

    private static String t(BigDecimal v) {
        return Decimals.trim(v);
    }
}
