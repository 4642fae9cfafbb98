package io.perfeval.sheets;

import io.perfeval.core.rule.Decimals;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.TraceEntry;
import io.perfeval.core.sheet.TraceFact;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One indicator's sentence in the register of the self-evaluation report (section 三):
 * 「经自评，结转结余率为35.56%，高于5%的标准30.56个百分点，按每5个百分点一档扣0.2分（不足一档按一档计），计7档，扣1.4分，
 * 得0.6分。」 — worded from the values of the trace ({@link TraceFact}), not from its lines.
 *
 * <p>What is said: the measures the criterion tests (a measure only used to compute another is left out), the
 * conditions that held (one that did not hold is not said; one that only selects the band of a step deduction is said
 * by the deduction), answers, checklists and their unmet items, each deduction with its rate, a formula with its values,
 * a judgement with its reason; then 「得 N 分」 with the computed score. Every kind of fact has its wording
 * ({@link TraceFact.Visitor}: a new kind does not compile until it is worded here); an entry without a fact (made from
 * text alone) is worded by its entry kind ({@link #entry}).
 */
final class ReportSentence implements TraceFact.Visitor<String> {

    private final List<Optional<TraceFact>> facts;
    private int at;
    /** The measure the last clause stated, so that the next clause need not name it again. */
    private String stated = "";

    private ReportSentence(List<Optional<TraceFact>> facts) {
        this.facts = facts;
    }

    static String of(IndicatorResult r) {
        List<TraceEntry> entries = r.trace().entries();
        List<Optional<TraceFact>> facts = new ArrayList<>(entries.size());
        for (TraceEntry e : entries) {
            facts.add(e.fact());
        }
        ReportSentence words = new ReportSentence(facts);
        Set<String> tested = words.tested();
        List<String> clauses = new ArrayList<>();
        String lastMeasure = null;
        for (int i = 0; i < entries.size(); i++) {
            words.at = i;
            Optional<TraceFact> fact = facts.get(i);
            if (fact.isPresent() && fact.get() instanceof TraceFact.Measured m && !tested.contains(m.name())) {
                lastMeasure = words.measured(m);
                continue;
            }
            String clause = fact.isPresent() ? fact.get().accept(words) : entry(entries.get(i));
            if (!clause.isEmpty()) {
                clauses.add(clause);
            }
        }
        if (clauses.isEmpty() && lastMeasure != null) {
            clauses.add(lastMeasure);
        }
        String score = r.score().map(Decimals::trim).orElse("—");
        return "经自评，" + (clauses.isEmpty() ? "符合评价标准" : String.join("，", clauses)) + "，得" + score + "分。";
    }

    /** The names of the measures a comparison, a step deduction or a formula of the trace reads. */
    private Set<String> tested() {
        Set<String> names = new HashSet<>();
        List<String> measures = new ArrayList<>();
        for (Optional<TraceFact> f : facts) {
            f.ifPresent(fact -> {
                if (fact instanceof TraceFact.Measured m) {
                    measures.add(m.name());
                } else if (fact instanceof TraceFact.Compared c) {
                    names.add(c.left());
                    names.add(c.right());
                } else if (fact instanceof TraceFact.Stepped s) {
                    names.add(s.measure());
                } else if (fact instanceof TraceFact.Formula formula) {
                    measures.stream().filter(formula.formula()::contains).forEach(names::add);
                }
            });
        }
        return names;
    }

    /**
     * An entry without a fact, by its kind. Every kind of {@link TraceEntry} has a wording here; a kind added to the
     * sealed interface fails {@code ReportSentenceTest}, which words one entry of each permitted kind.
     */
    static String entry(TraceEntry e) {
        if (e instanceof TraceEntry.Computed c) {
            return c.name() + "为" + c.value().display();
        } else if (e instanceof TraceEntry.Tested t) {
            return t.holds() ? t.condition() : "";
        } else if (e instanceof TraceEntry.Deducted d) {
            return d.what() + d.count() + "，扣" + Decimals.trim(d.amount()) + "分";
        } else if (e instanceof TraceEntry.Decided d) {
            return decision(d.clause());
        } else if (e instanceof TraceEntry.Note n) {
            return stripStop(n.text());
        }
        throw new IllegalStateException("a trace entry kind without a report wording: " + e.getClass().getName());
    }

    /** A decision's clause without its final 得, 得满分 or 不得分. */
    private static String decision(String clause) {
        String c = clause.strip();
        // 得满分, 不得分 and a fixed score's bare 「得分」 say nothing that 「得 N 分」 does not
        if (c.equals("得分")) {
            return "";
        }
        for (String full : List.of("，得满分", "得满分", "，不得分", "不得分", "，得分")) {
            if (c.endsWith(full)) {
                return c.substring(0, c.length() - full.length());
            }
        }
        c = c.endsWith("，得") ? c.substring(0, c.length() - 2) : c;
        return c.endsWith("得") && !c.endsWith("不得") ? c.substring(0, c.length() - 1).strip() : c;
    }

    @Override
    public String measured(TraceFact.Measured f) {
        stated = f.name();
        return f.name() + "为" + f.value().display();
    }

    @Override
    public String compared(TraceFact.Compared f) {
        if (!f.holds() || laterStep(f.left())) {
            return "";
        }
        String left = f.left().isEmpty() ? f.leftShown() : f.left().equals(stated) ? "" : f.left() + f.leftShown();
        String right = f.right().isEmpty() ? f.rightShown() + "的标准" : f.right() + f.rightShown();
        return left + operator(f.operator()) + right;
    }

    /** Whether a later award or bonus fact lists {@code label} among the items met. */
    private boolean laterItem(String label) {
        for (int i = at + 1; i < facts.size(); i++) {
            if (facts.get(i).isPresent()) {
                TraceFact f = facts.get(i).get();
                if (f instanceof TraceFact.Awarded a && a.items().contains(label)
                        || f instanceof TraceFact.BonusAdded b && b.items().contains(label)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean laterStep(String measure) {
        for (int i = at + 1; i < facts.size(); i++) {
            if (facts.get(i).isPresent() && facts.get(i).get() instanceof TraceFact.Stepped s
                    && s.measure().equals(measure)) {
                return true;
            }
        }
        return false;
    }

    private static String operator(String symbol) {
        return switch (symbol) {
            case "≥" -> "不低于";
            case ">" -> "高于";
            case "≤" -> "不高于";
            case "<" -> "低于";
            case "=" -> "等于";
            case "≠" -> "不等于";
            default -> symbol;
        };
    }

    @Override
    public String answered(TraceFact.Answered f) {
        String q = f.question();
        if (f.yes() && laterItem(q)) {
            return ""; // the award or bonus item met says it, with its points
        }
        if (q.startsWith("是否") && q.length() > 2) {
            return (f.yes() ? "" : "未") + q.substring(2);
        }
        return f.yes() ? q : q + "：否";
    }

    @Override
    public String checked(TraceFact.Checked f) {
        String which = f.items().isEmpty() ? "" : "第" + joined(f.items()) + "项";
        if (f.failed() == 0) {
            return f.checklist() + which + (f.items().size() == 1 ? "符合" : "均符合");
        }
        // the unmet items, when the trace lists them beside this test, say it better
        return listed(at - 1, f.checklist()) || listed(at + 1, f.checklist()) ? ""
                : f.checklist() + which + "有" + f.failed() + "项不符合";
    }

    private boolean listed(int i, String checklist) {
        return i >= 0 && i < facts.size() && facts.get(i).isPresent()
                && facts.get(i).get() instanceof TraceFact.ItemsFailed items && items.checklist().equals(checklist);
    }

    @Override
    public String itemsFailed(TraceFact.ItemsFailed f) {
        return f.checklist() + "中" + String.join("、", f.items()) + "不符合";
    }

    @Override
    public String counted(TraceFact.Counted f) {
        return f.label() + Decimals.trim(f.count()) + f.unit() + "，按每" + f.unit() + "扣" + Decimals.trim(f.each())
                + "分，扣" + Decimals.trim(f.amount()) + "分";
    }

    @Override
    public String stepped(TraceFact.Stepped f) {
        String named = f.measure().equals(stated) ? "" : f.measure() + f.measured() + "，";
        return named + f.direction() + f.reference() + "的标准" + Decimals.trim(f.deviation()) + f.unit() + "，按每"
                + Decimals.trim(f.step()) + f.unit() + "一档扣" + Decimals.trim(f.each()) + "分（" + f.counting()
                + "），计" + Decimals.trim(f.steps()) + "档，扣" + Decimals.trim(f.amount()) + "分";
    }

    @Override
    public String deducted(TraceFact.Deducted f) {
        // the deductions before it say what was deducted, 「得 N 分」 the rest; without any, say that
        return f.total().signum() == 0 ? "无扣分项" : "";
    }

    @Override
    public String formula(TraceFact.Formula f) {
        return "按" + f.formula().replace(" ", "") + "计分，即" + f.substituted().replace(" ", "");
    }

    @Override
    public String judged(TraceFact.Judged f) {
        return "由评价人在" + Decimals.trim(f.min()) + "–" + Decimals.trim(f.max()) + "分之间酌情给分，理由为「"
                + stripStop(f.reason()) + "」";
    }

    @Override
    public String levelled(TraceFact.Levelled f) {
        StringBuilder s = new StringBuilder("评价人评定为");
        for (int i = 0; i < f.levels().size(); i++) {
            s.append(i == 0 ? "" : "、").append("「").append(f.levels().get(i)).append("」");
        }
        return s.append("，理由为「").append(stripStop(f.reason())).append("」").toString();
    }

    @Override
    public String awarded(TraceFact.Awarded f) {
        if (f.items().isEmpty()) {
            return "各得分项均不符合";
        }
        String met = "符合" + itemsWithPoints(f.items(), f.points());
        if (f.items().size() > 1) {
            met += "，合计" + Decimals.trim(f.sum()) + "分";
        }
        return f.sum().compareTo(f.max()) > 0 ? met + "，超过分值" + Decimals.trim(f.max()) + "分，按分值计" : met;
    }

    @Override
    public String bonusAdded(TraceFact.BonusAdded f) {
        if (f.sum().signum() == 0) {
            return "加分项均不符合，不加分";
        }
        String found = f.items().isEmpty() ? "加分" + Decimals.trim(f.sum()) + "分"
                : "加分项" + itemsWithPoints(f.items(), f.points());
        return f.sum().compareTo(f.added()) > 0
                ? found + "，合计" + Decimals.trim(f.sum()) + "分，最高加" + Decimals.trim(f.cap()) + "分"
                : found + (f.items().isEmpty() ? "" : "，加" + Decimals.trim(f.added()) + "分");
    }

    @Override
    public String withBonus(TraceFact.WithBonus f) {
        String said = "基础得分" + Decimals.trim(f.base()) + "分，加分" + Decimals.trim(f.added()) + "分";
        if (f.total().compareTo(f.max()) <= 0) {
            return said;
        }
        return f.aboveMax() ? said + "（加分可超过分值）"
                : said + "，合计" + Decimals.trim(f.total()) + "分，超过分值" + Decimals.trim(f.max()) + "分，按分值计";
    }

    @Override
    public String partsSummed(TraceFact.PartsSummed f) {
        StringBuilder s = new StringBuilder("各分项");
        for (int i = 0; i < f.parts().size(); i++) {
            s.append(i == 0 ? "" : "、").append("「").append(f.parts().get(i)).append("」得")
                    .append(Decimals.trim(f.scores().get(i))).append("分");
        }
        return s.append("，合计").append(Decimals.trim(f.total())).append("分").toString();
    }

    @Override
    public String partClamped(TraceFact.PartClamped f) {
        String said = "分项「" + f.part() + "」计算结果" + Decimals.trim(f.computed()) + "分";
        return f.computed().signum() < 0 ? said + "，按0分计"
                : said + "，超过该项分值" + Decimals.trim(f.max()) + "分，按" + Decimals.trim(f.max()) + "分计";
    }

    /** 「制度健全」（2分）、「台账完整」（1分）. */
    private static String itemsWithPoints(List<String> items, List<java.math.BigDecimal> points) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            s.append(i == 0 ? "" : "、").append("「").append(items.get(i)).append("」（")
                    .append(Decimals.trim(points.get(i))).append("分）");
        }
        return s.toString();
    }

    private static String joined(List<Integer> items) {
        StringBuilder s = new StringBuilder();
        for (Integer i : items) {
            s.append(s.length() == 0 ? "" : "、").append(i);
        }
        return s.toString();
    }

    static String stripStop(String s) {
        String t = s.strip();
        while (t.endsWith("。") || t.endsWith("；") || t.endsWith("：")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
