package io.perfeval.rules.national;

import io.perfeval.core.rule.Decimals;
import io.perfeval.rules.hebei.CrossCheck;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Consistency checks of one project table's own figures that the scoring rules do not read but a reviewer does: the
 * 年度资金总额 row is the sum of its 其中 rows, nothing is executed beyond the budget, the 一级指标 carry the split the
 * national form sets «原则上» (产出 50, 效益 30, 满意度 10, beside 预算执行率 10: the Zhongjiang form's note 1,
 * https://chacewang.com/newsdetail/news242266.html), and the rows' 得分 add up to the 总分. Exact arithmetic.
 */
public final class ProjectChecks {

    /** The split of the 90 points the national form sets «原则上», by 一级 heading. */
    static final Map<String, BigDecimal> SPLIT = Map.of("产出指标", new BigDecimal("50"), "效益指标",
            new BigDecimal("30"), "满意度指标", BigDecimal.TEN);

    private ProjectChecks() {
    }

    /** Every check whose figures are present in {@code in}. */
    public static List<CrossCheck> of(ProjectInput in) {
        List<CrossCheck> out = new ArrayList<>();
        ProjectInput.Funds f = in.funds();
        if (f.fiscal() != null || f.carriedOver() != null || f.other() != null) {
            column(out, f, "年初预算数", ProjectInput.Money::initial);
            column(out, f, "全年预算数", ProjectInput.Money::budget);
            column(out, f, "全年执行数", ProjectInput.Money::executed);
        }
        ProjectInput.Money t = f.total();
        if (t.budget() != null && t.executed() != null) {
            out.add(new CrossCheck("全年执行数不超过全年预算数", t.executed().compareTo(t.budget()) <= 0,
                    "全年执行数 " + Decimals.trim(t.executed()) + "，全年预算数 " + Decimals.trim(t.budget())));
        }
        split(out, in);
        selfTotal(out, in);
        return out;
    }

    private static void column(List<CrossCheck> out, ProjectInput.Funds f, String name,
                               Function<ProjectInput.Money, BigDecimal> figure) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (ProjectInput.Money m : new ProjectInput.Money[] {f.fiscal(), f.carriedOver(), f.other()}) {
            if (m != null && figure.apply(m) != null) {
                sum = sum.add(figure.apply(m));
                any = true;
            }
        }
        BigDecimal total = figure.apply(f.total());
        if (!any && total == null) {
            return;
        }
        BigDecimal shown = total == null ? BigDecimal.ZERO : total;
        out.add(new CrossCheck("年度资金总额＝其中各项之和（" + name + "）", shown.compareTo(sum) == 0,
                "财政拨款、上年结转、其他资金合计 " + Decimals.trim(sum) + "，年度资金总额 "
                        + (total == null ? "未填" : Decimals.trim(total))));
    }

    private static void split(List<CrossCheck> out, ProjectInput in) {
        Map<String, BigDecimal> got = new LinkedHashMap<>();
        for (ProjectInput.Indicator i : in.indicators()) {
            got.merge(i.level1(), i.maxScore(), BigDecimal::add);
        }
        if (got.isEmpty()) {
            return;
        }
        boolean holds = got.size() == SPLIT.size();
        StringBuilder detail = new StringBuilder();
        for (Map.Entry<String, BigDecimal> e : got.entrySet()) {
            BigDecimal want = SPLIT.get(e.getKey());
            holds &= want != null && want.compareTo(e.getValue()) == 0;
            detail.append(detail.length() == 0 ? "" : "，").append(e.getKey()).append(' ')
                    .append(Decimals.trim(e.getValue())).append(" 分").append(want == null ? ""
                            : "（原则上 " + Decimals.trim(want) + " 分）");
        }
        out.add(new CrossCheck("一级指标分值按产出50、效益30、满意度10设置", holds, detail.toString()));
    }

    private static void selfTotal(List<CrossCheck> out, ProjectInput in) {
        if (in.selfTotal() == null || in.budgetSelfScore() == null) {
            return;
        }
        BigDecimal sum = in.budgetSelfScore();
        for (ProjectInput.Indicator i : in.indicators()) {
            if (i.score() == null && i.notApplicable() == null) {
                return; // a row without its 得分: the sum says nothing
            }
            sum = i.score() == null ? sum : sum.add(i.score());
        }
        out.add(new CrossCheck("各行得分之和＝总分", sum.compareTo(in.selfTotal()) == 0,
                "预算执行率及各指标得分合计 " + Decimals.trim(sum) + "，总分 " + Decimals.trim(in.selfTotal())));
    }
}
