package io.perfeval.dsl;

import io.perfeval.core.DataField;
import io.perfeval.core.Indicator;
import io.perfeval.core.RulePack;
import io.perfeval.core.analysis.Axis;
import io.perfeval.core.analysis.PackAnalysis;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a pack reads its official wording: for each 三级指标 the criterion as written, the compiled rule restated in
 * plain Chinese clause by clause, the text read as scoring nothing (scope, notes, requirements stated without a score),
 * and a boundary table — each threshold the rule compares a number with, and the score just below, at and just above
 * it — so that an author sees at a glance whether the reading is the one the table means. What {@code check
 * --explain} prints.
 *
 * <pre>{@code
 * Explanation e = Explanation.of(text, "my.perfeval");
 * e.compiled().problems();                // as PackCompiler.compile gives them
 * System.out.println(e.render());
 * }</pre>
 *
 * <p>The boundary scores are those of the exact analysis ({@link PackAnalysis#predict}), which the evaluator's own
 * scores confirm on every pack of the repository; a rule that depends on a judgement or on several numbers at once
 * says so instead of a table.
 */
public final class Explanation {

    /** One leaf's explanation. */
    public record Leaf(String path, BigDecimal maxScore, String criterion, List<String> clauses,
                       List<String> unscored, List<Boundary> boundaries, String note) {
        public Leaf {
            Objects.requireNonNull(path, "path");
            clauses = List.copyOf(clauses);
            unscored = List.copyOf(unscored);
            boundaries = List.copyOf(boundaries);
        }
    }

    /** A threshold of a number the rule compares, with the score just below, at and just above it. */
    public record Boundary(String axis, String threshold, String below, String at, String above) {
    }

    private final CompileResult compiled;
    private final List<Leaf> leaves;

    private Explanation(CompileResult compiled, List<Leaf> leaves) {
        this.compiled = compiled;
        this.leaves = List.copyOf(leaves);
    }

    /** Compiles {@code source} and explains every leaf (none when it does not compile). Never throws for bad input. */
    public static Explanation of(String source, String fileName) {
        Map<String, List<String>> unscored = new LinkedHashMap<>();
        CompileResult r = PackCompiler.compile(source, fileName, unscored);
        List<Leaf> out = new ArrayList<>();
        if (r.pack().isPresent()) {
            RulePack pack = r.pack().get();
            PackAnalysis analysis = PackAnalysis.analyze(pack);
            walk(pack, analysis, pack.indicators(), "", unscored, out);
        }
        return new Explanation(r, out);
    }

    /**
     * The restatement of every leaf of {@code source} — its clauses and the text it reads as scoring nothing, without
     * the boundary table — by leaf path; empty when it does not compile. For tests that compare readings quickly.
     */
    static Map<String, List<String>> restatements(String source, String fileName) {
        Map<String, List<String>> unscored = new LinkedHashMap<>();
        CompileResult r = PackCompiler.compile(source, fileName, unscored);
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (r.pack().isPresent()) {
            restate(r.pack().get(), r.pack().get().indicators(), "", unscored, out);
        }
        return out;
    }

    private static void restate(RulePack pack, List<Indicator> level, String parent, Map<String, List<String>> unscored,
                                Map<String, List<String>> out) {
        for (Indicator i : level) {
            String path = parent.isEmpty() ? i.name() : parent + "/" + i.name();
            if (i instanceof Indicator.Group g) {
                restate(pack, g.children(), path, unscored, out);
            } else {
                List<String> lines = new ArrayList<>(new RuleWording(pack, i.maxScore()).clauses(((Indicator.Leaf) i)
                        .rule()));
                lines.addAll(checklists(pack, ((Indicator.Leaf) i).rule()));
                lines.addAll(unscored.getOrDefault(path, List.of()));
                out.put(path, lines);
            }
        }
    }

    /** What compiling gave: the pack and every problem. */
    public CompileResult compiled() {
        return compiled;
    }

    public List<Leaf> leaves() {
        return leaves;
    }

    private static void walk(RulePack pack, PackAnalysis analysis, List<Indicator> level, String parent,
                             Map<String, List<String>> unscored, List<Leaf> out) {
        for (Indicator i : level) {
            String path = parent.isEmpty() ? i.name() : parent + "/" + i.name();
            if (i instanceof Indicator.Group g) {
                walk(pack, analysis, g.children(), path, unscored, out);
                continue;
            }
            Indicator.Leaf l = (Indicator.Leaf) i;
            List<String> clauses = new ArrayList<>(new RuleWording(pack, l.maxScore()).clauses(l.rule()));
            clauses.addAll(checklists(pack, l.rule()));
            List<Boundary> table = new ArrayList<>();
            String note = boundaries(analysis, l.name(), table);
            out.add(new Leaf(path, l.maxScore(), l.criterion(), clauses, unscored.getOrDefault(path, List.of()), table,
                    note));
        }
    }

    /** The items of every checklist the rule counts or tests, as the evaluator answers them. */
    static List<String> checklists(RulePack pack, Rule rule) {
        String text = PackPrinter.rule(rule);
        List<String> out = new ArrayList<>();
        for (DataField f : pack.fields()) {
            if (f.type() == io.perfeval.core.DataType.CHECKLIST && (text.contains("（" + f.name() + "）")
                    || text.contains("（" + f.name() + "："))) {
                StringBuilder s = new StringBuilder("清单「" + f.name() + "」各项：");
                for (int k = 0; k < f.items().size(); k++) {
                    s.append(k > 0 ? "；" : "").append(k + 1).append(". ").append(f.items().get(k));
                }
                out.add(s.toString());
            }
        }
        return out;
    }

    /** The boundary table of a leaf's rule, from the analysis; returns a note when no table can be given. */
    private static String boundaries(PackAnalysis analysis, String leaf, List<Boundary> table) {
        List<String> answers = analysis.answers(leaf);
        Map<String, Axis> used = new LinkedHashMap<>();
        for (Axis a : analysis.axes().values()) {
            Optional<BigDecimal> probe = analysis.predict(leaf, Map.of(a.name(), a.thresholds().isEmpty()
                    ? BigDecimal.ZERO : a.thresholds().get(0)), yes(answers));
            if (probe.isPresent()) {
                used.put(a.name(), a);
            }
        }
        if (used.isEmpty()) {
            return answers.isEmpty() ? "" : "得分取决于是否类答案（" + String.join("、", answers) + "），无数值边界";
        }
        if (used.size() > 1) {
            return "得分取决于多个数值（" + String.join("、", used.keySet()) + "），边界见 check --ranges";
        }
        for (Axis a : used.values()) {
            for (BigDecimal t : a.thresholds()) {
                if (!a.admits(t)) {
                    continue;
                }
                table.add(new Boundary(a.name(), show(t, a), score(analysis, leaf, a, t.subtract(a.step()), answers),
                        score(analysis, leaf, a, t, answers), score(analysis, leaf, a, t.add(a.step()), answers)));
            }
        }
        return answers.isEmpty() ? "" : "表中是否类答案均取「是/符合」（" + String.join("、", answers) + "）";
    }

    private static Map<String, Boolean> yes(List<String> answers) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (String a : answers) {
            out.put(a, Boolean.TRUE);
        }
        return out;
    }

    private static String score(PackAnalysis analysis, String leaf, Axis a, BigDecimal v, List<String> answers) {
        if (!a.admits(v)) {
            return "—";
        }
        Optional<BigDecimal> s = analysis.predict(leaf, Map.of(a.name(), v), yes(answers));
        return show(v, a) + " → " + s.map(x -> Numerals.trim(x) + "分").orElse("无单一得分（酌情或无对应条款）");
    }

    private static String show(BigDecimal v, Axis a) {
        return Numerals.trim(v) + a.unit().symbol();
    }

    /** The explanation as {@code check --explain} prints it. */
    public String render() {
        StringBuilder out = new StringBuilder();
        for (Leaf l : leaves) {
            out.append(l.path()).append("（").append(Numerals.trim(l.maxScore())).append("分）\n");
            if (!l.criterion().isEmpty()) {
                out.append("  评价标准：「").append(l.criterion().replace("\n", "")).append("」\n");
            }
            out.append("  读作：\n");
            for (String c : l.clauses()) {
                out.append("    ").append(c).append('\n');
            }
            for (String u : l.unscored()) {
                out.append("  ").append(u).append('\n');
            }
            if (!l.boundaries().isEmpty()) {
                out.append("  边界：\n");
                for (Boundary b : l.boundaries()) {
                    out.append("    ").append(b.axis()).append(" ").append(b.threshold()).append("：")
                            .append(b.below()).append("；").append(b.at()).append("；").append(b.above()).append('\n');
                }
            }
            if (!l.note().isEmpty()) {
                out.append("  ").append(l.note()).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** A rule restated in plain Chinese, clause by clause. */
    static final class RuleWording implements Rule.Visitor<String> {
        private final RulePack pack;
        private final BigDecimal max;

        RuleWording(RulePack pack, BigDecimal max) {
            this.pack = pack;
            this.max = max;
        }

        /** The rule as a list of clauses: one per case of ordered clauses, else one. */
        List<String> clauses(Rule rule) {
            List<String> out = new ArrayList<>();
            if (rule instanceof Rule.Cases c) {
                int n = 1;
                for (Rule.Case k : c.cases()) {
                    out.add(n++ + ". 当" + condition(k.when()) + "：" + k.then().accept(this));
                }
                out.add("其余情形：" + c.otherwise().accept(this));
            } else {
                out.add(rule.accept(this));
            }
            return out;
        }

        @Override
        public String fullMarks(Rule.FullMarks r) {
            return "得满分（" + Numerals.trim(max) + "分）";
        }

        @Override
        public String fixedScore(Rule.FixedScore r) {
            return "得 " + Numerals.trim(r.points()) + " 分";
        }

        @Override
        public String deduct(Rule.Deduct d) {
            StringBuilder s = new StringBuilder("从分值 " + Numerals.trim(max) + " 分中扣分：");
            for (int i = 0; i < d.terms().size(); i++) {
                s.append(i > 0 ? "；" : "").append(term(d.terms().get(i)));
            }
            return s.append(d.floorAtZero() ? "；扣完为止" : "；原文没有「扣完为止」，扣到 0 分以下时按 0 分计并提示").toString();
        }

        @Override
        public String limitedDeduct(Rule.LimitedDeduct r) {
            return deduct(r.deduct()) + "；最多扣 " + points(r.limit()) + " 分";
        }

        @Override
        public String formula(Rule.Formula f) {
            return "得分 = " + PackPrinter.expr(f.score()) + (f.capAtMax() ? "，超过分值按分值计"
                    : "，超过分值时报错（原文没有封顶）");
        }

        @Override
        public String cases(Rule.Cases c) {
            StringBuilder s = new StringBuilder("依次判断（");
            for (Rule.Case k : c.cases()) {
                s.append("当").append(condition(k.when())).append("：").append(k.then().accept(this)).append("；");
            }
            return s.append("其余：").append(c.otherwise().accept(this)).append("）").toString();
        }

        @Override
        public String judgement(Rule.Judgement j) {
            return "由评价人在 " + points(j.min()) + " 至 " + points(j.max()) + " 分之间酌情给分（须写明理由）";
        }

        @Override
        public String judgementWithin(Rule.JudgementWithin j) {
            return "先" + j.tier().accept(this) + "，再由评价人在 0 分至该得分之间酌情给分（须写明理由）";
        }

        @Override
        public String levels(Rule.Levels l) {
            StringBuilder s = new StringBuilder("由评价人评定档次（须写明理由）：");
            for (int i = 0; i < l.levels().size(); i++) {
                Rule.Level x = l.levels().get(i);
                String lo = points(x.min());
                String hi = points(x.max());
                s.append(i > 0 ? "；" : "").append("「").append(x.label()).append("」")
                        .append(lo.equals(hi) ? lo + " 分" : lo + " 至 " + hi + " 分");
            }
            return s.toString();
        }

        @Override
        public String awards(Rule.Awards a) {
            return "逐项得分，合计不超过分值：" + awardList(a.awards());
        }

        @Override
        public String bonus(Rule.Bonus b) {
            StringBuilder items = new StringBuilder();
            for (DeductionTerm t : b.terms()) {
                items.append(items.length() > 0 ? "；" : "").append(t instanceof DeductionTerm.PerStep s ? step(s, "加")
                        : count((DeductionTerm.PerCount) t, "加"));
            }
            String awards = awardList(b.awards());
            items.append(items.length() > 0 && !awards.isEmpty() ? "；" : "").append(awards);
            return b.base().accept(this) + "；另加分：" + items + "，最多加 " + points(b.cap()) + " 分（"
                    + pack.bonusPolicy().chinese() + "）";
        }

        /** 分项计分，各项得分相加：①「车行时间」（0.5分）：依次判断（…）；②「交通组织」（0.5分）：…. */
        @Override
        public String sum(Rule.Sum s) {
            StringBuilder b = new StringBuilder("分项计分，各项得分相加：");
            for (int i = 0; i < s.parts().size(); i++) {
                Rule.Part p = s.parts().get(i);
                b.append(i > 0 ? "；" : "").append(circled(i)).append("「").append(p.label()).append("」（")
                        .append(Numerals.trim(p.max())).append("分）：")
                        .append(p.rule().accept(new RuleWording(pack, p.max())));
            }
            return b.toString();
        }

        /** ① for 0, ② for 1 …, past ⑳ the number in brackets. */
        private static String circled(int i) {
            return i < 20 ? String.valueOf((char) ('①' + i)) : "（" + (i + 1) + "）";
        }

        private String awardList(List<Rule.Award> awards) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < awards.size(); i++) {
                Rule.Award a = awards.get(i);
                s.append(i > 0 ? "；" : "").append(condition(a.when())).append("得 ").append(points(a.points()))
                        .append(" 分");
            }
            return s.toString();
        }

        @Override
        public String veto(Rule.Veto v) {
            return v.scope() == Rule.VetoScope.EVALUATION ? "一票否决：整体评价得 0 分" : "本指标一票否决，得 0 分";
        }

        @Override
        public String notApplicable(Rule.NotApplicable n) {
            return "不适用（" + n.reason() + "），" + pack.notApplicablePolicy().chinese();
        }

        @Override
        public String noRule(Rule.NoRule r) {
            return "原文没有给出得分（评价时报错）";
        }

        private String term(DeductionTerm t) {
            if (t instanceof DeductionTerm.PerCount c) {
                return count(c, "扣");
            }
            return step((DeductionTerm.PerStep) t, "扣");
        }

        /** 按「不符合项」计数（…），每个扣 0.5 分; {@code verb} 加 in a bonus. */
        private String count(DeductionTerm.PerCount c, String verb) {
            return "按「" + c.label() + "」计数（" + PackPrinter.expr(c.count()) + "），每个" + verb + " " + points(c.each())
                    + " 分";
        }

        /** 完成率低于95%的部分，每 1% 扣 0.5 分（按实际折算）; {@code verb} 加 in a bonus. */
        private String step(DeductionTerm.PerStep s, String verb) {
            String side = switch (s.direction()) {
                case BELOW -> "低于";
                case ABOVE -> "高于";
                case EITHER -> "偏离";
            };
            return PackPrinter.expr(s.measure()) + side + PackPrinter.expr(s.reference()) + "的部分，每 "
                    + PackPrinter.quantity(s.step()) + " " + verb + " " + points(s.each()) + " 分（"
                    + s.counting().chinese() + "）";
        }

        private String points(Points p) {
            return Numerals.trim(p.resolve(max));
        }

        /** A condition in words; a checklist item by its text. */
        String condition(Condition c) {
            if (c instanceof Condition.AllItemsMet a && a.items().size() == 1) {
                Optional<DataField> f = pack.field(a.checklist());
                int k = a.items().get(0);
                if (f.isPresent() && k <= f.get().items().size()) {
                    return "评价项「" + f.get().items().get(k - 1) + "」符合";
                }
            }
            if (c instanceof Condition.IsYes y) {
                return "「" + y.name() + "」为是";
            }
            if (c instanceof Condition.Not n && n.condition() instanceof Condition.IsYes y) {
                return "「" + y.name() + "」为否";
            }
            return PackPrinter.condition(c);
        }
    }
}
