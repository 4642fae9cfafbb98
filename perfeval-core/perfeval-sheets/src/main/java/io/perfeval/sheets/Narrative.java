package io.perfeval.sheets;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.SheetText;
import io.perfeval.core.sheet.TraceEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The sentences that section 三 of a self-evaluation report writes by hand for each 三级指标 —
 * 「经自评，部门收入预算完成数与预算数比较，得出收入预算完成率达到 100%，故此项得 2 分。」 — generated from the trace.
 *
 * <p>The rule for the middle part: every step of the trace that the score rests on, in trace order, joined with
 * 「，」, and nothing that the trace does not say. A computed measure becomes 「收入预算完成率为 100.00%」; a condition
 * that held is stated as tested (「收入预算完成率 100.00% ≥ 95%」), one that did not hold is stated with 「不成立」;
 * deductions and notes (items not met, a clamp, 一票否决) are kept as written. The final decision is not repeated,
 * since 「故此项得 N 分」 says it, unless it is the only step (得满分, or a judgement with its written reason). N is
 * the computed score, not the self-score. An indicator that could not be scored or is 不适用 gets a sentence that
 * says so instead of a score.
 */
public final class Narrative {

    private static final String NUMERALS = "一二三四五六七八九十";

    private Narrative() {
    }

    /**
     * 「经自评，…，故此项得 N 分。」 for one indicator (usually a 三级指标).
     *
     * @param r the indicator's result
     * @return one sentence, ending in 「。」
     */
    public static String sentence(IndicatorResult r) {
        switch (r.status()) {
            case ERROR -> {
                String why = r.problems().stream().filter(Problem::isError).map(Problem::message).findFirst()
                        .orElse(String.join("；", r.trace().lines()));
                return "经复核，此项无法评分：" + stripStop(why) + "。";
            }
            case NOT_APPLICABLE -> {
                return "经自评，此项" + (r.trace().entries().isEmpty() ? "不适用" : stripStop(r.trace().render()))
                        + "，不计分。";
            }
            default -> {
                return "经自评，" + middle(r) + "，故此项得 " + r.score().map(Decimals::trim).orElse("—") + " 分。";
            }
        }
    }

    /**
     * The indicator's sentence in the register of the report itself, worded from the values of its trace
     * ({@link io.perfeval.core.sheet.TraceFact}) rather than its lines:
     * 「经自评，结转结余率为35.56%，高于5%的标准30.56个百分点，按每5个百分点一档扣0.2分（不足一档按一档计），计7档，扣1.4分，
     * 得0.6分。」. A 不适用 indicator or one that could not be scored gets the same sentence as {@link #sentence}.
     *
     * @param r the indicator's result (usually a 三级指标)
     * @return one sentence, ending in 「。」
     */
    public static String reportSentence(IndicatorResult r) {
        return switch (r.status()) {
            case ERROR, NOT_APPLICABLE -> sentence(r);
            default -> ReportSentence.of(r);
        };
    }

    /**
     * Section 三 of the report in the report's register: the outline of {@link #render} with
     * {@link #reportSentence} for each 三级指标.
     *
     * @param sheet the sheet to write
     * @return the section's text, {@code \n} line ends
     */
    public static String report(ScoreSheet sheet) {
        return outline(sheet, Narrative::reportSentence);
    }

    private static String middle(IndicatorResult r) {
        List<String> parts = new ArrayList<>();
        TraceEntry.Decided decided = null;
        for (TraceEntry e : r.trace().entries()) {
            if (e instanceof TraceEntry.Computed c) {
                parts.add(c.name() + "为 " + c.value().display());
            } else if (e instanceof TraceEntry.Tested t) {
                parts.add(t.holds() ? t.condition() : t.condition() + " 不成立");
            } else if (e instanceof TraceEntry.Deducted d) {
                parts.add(d.render());
            } else if (e instanceof TraceEntry.Note n) {
                parts.add(stripStop(n.text()));
            } else if (e instanceof TraceEntry.Decided d) {
                decided = d;
            }
        }
        if (parts.isEmpty()) {
            String clause = decided == null ? "按评价标准计分" : decided.clause();
            clause = clause.endsWith("，得") ? clause.substring(0, clause.length() - 2) : clause;
            parts.add(clause.endsWith("得") && !clause.endsWith("不得") ? clause.substring(0, clause.length() - 1)
                    .stripTrailing() : clause);
        }
        return String.join("，", parts);
    }

    private static String stripStop(String s) {
        String t = s.strip();
        // also the colon that heads a part's steps (分项「…」（分值 0.5 分）：), which the sentence's comma follows
        while (t.endsWith("。") || t.endsWith("；") || t.endsWith("：")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /**
     * Section 三 of the report for the whole sheet: 1、投入 …（一）预算编制 …（1）指标 and its sentence, {@code \n} line
     * ends.
     *
     * @param sheet the sheet to write
     * @return the section's text
     */
    public static String render(ScoreSheet sheet) {
        return outline(sheet, Narrative::sentence);
    }

    private static String outline(ScoreSheet sheet, Function<IndicatorResult, String> sentence) {
        StringBuilder out = new StringBuilder();
        // 部门整体支出绩效指标分析, or 项目支出绩效指标分析 for a project's sheet (the kind its title names)
        String kind = SheetText.title(sheet).replace("自评表", "");
        out.append(SheetText.oneLine(sheet.entity())).append(kind).append("指标分析（由计分过程生成）\n");
        int i = 1;
        for (IndicatorResult top : sheet.indicators()) {
            out.append('\n').append(i++).append('、').append(heading(top)).append('\n');
            section(top, out, sentence);
        }
        return out.toString();
    }

    private static void section(IndicatorResult group, StringBuilder out, Function<IndicatorResult, String> sentence) {
        int groupNo = 0;
        int leafNo = 0;
        for (IndicatorResult c : group.children()) {
            if (c.isLeaf()) {
                leafNo++;
                out.append("\n（").append(leafNo).append('）').append(SheetText.oneLine(c.name())).append('\n');
                out.append(sentence.apply(c)).append('\n');
            } else {
                groupNo++;
                out.append("\n（").append(groupNo <= NUMERALS.length() ? String.valueOf(NUMERALS.charAt(groupNo - 1))
                        : String.valueOf(groupNo)).append('）').append(heading(c)).append('\n');
                section(c, out, sentence);
            }
        }
        if (group.isLeaf()) {
            out.append(sentence.apply(group)).append('\n');
        }
    }

    private static String heading(IndicatorResult r) {
        return SheetText.oneLine(r.name()) + "（" + Decimals.trim(r.maxScore()) + " 分）";
    }
}
