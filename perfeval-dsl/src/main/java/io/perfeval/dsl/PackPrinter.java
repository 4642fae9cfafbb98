package io.perfeval.dsl;

import io.perfeval.core.DataField;
import io.perfeval.core.GradeBand;
import io.perfeval.core.Indicator;
import io.perfeval.core.Measure;
import io.perfeval.core.RulePack;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Collectors;

/**
 * Prints a pack as canonical DSL text that compiles back to an equal pack, so tools can format and diff packs. Every
 * leaf gets its compiled rule in canonical form ({@code 规则：…}) next to the verbatim 评价标准; a 规则 declaration
 * is taken as the author's reading, so the printed text compiles to exactly the printed tree.
 */
public final class PackPrinter {

    private PackPrinter() {
    }

    public static String print(RulePack pack) {
        StringBuilder out = new StringBuilder();
        out.append("规则包：").append(pack.info().id()).append('\n');
        out.append("名称：").append(q(pack.info().name())).append('\n');
        if (!pack.info().region().isEmpty()) {
            out.append("地区：").append(q(pack.info().region())).append('\n');
        }
        if (!pack.info().version().isEmpty()) {
            out.append("版本：").append(q(pack.info().version())).append('\n');
        }
        if (!pack.info().basis().isEmpty()) {
            out.append("依据：").append(q(pack.info().basis())).append('\n');
        }
        out.append("总分：").append(num(pack.totalScore())).append('\n');
        out.append("得分：保留").append(pack.rounding().scoreScale()).append("位小数，")
                .append(mode(pack.rounding().mode())).append('\n');
        out.append("不适用处理：").append(pack.notApplicablePolicy().chinese()).append('\n');
        if (pack.bonusPolicy() != io.perfeval.core.BonusPolicy.WITHIN_MAX) {
            out.append("加分：").append(pack.bonusPolicy().chinese()).append('\n');
        }
        pack.maxTotal().ifPresent(m -> out.append("总分上限：").append(num(m)).append('\n'));
        out.append('\n');
        ownUnits(pack, out);

        if (!pack.grades().isEmpty()) {
            out.append("等级：\n"); // none: a pack whose 总分 is not 100 that declares no grades
        }
        for (GradeBand b : pack.grades().bands()) {
            out.append("  ").append(b.name()).append("：");
            if (b.lower() != null) {
                out.append(num(b.lower())).append(b.lowerInclusive() ? " ≤ " : " < ");
            }
            out.append("得分");
            if (b.upper() != null) {
                out.append(b.upperInclusive() ? " ≤ " : " < ").append(num(b.upper()));
            }
            out.append('\n');
        }
        if (!pack.fields().isEmpty()) {
            out.append("\n数据：\n");
            for (DataField f : pack.fields()) {
                out.append("  ").append(f.name()).append("：").append(type(f));
                if (!f.description().isEmpty()) {
                    out.append("，").append(q(f.description()));
                }
                out.append('\n');
            }
        }
        if (!pack.measures().isEmpty()) {
            out.append("\n计算：\n");
            for (Measure m : pack.measures()) {
                out.append("  ").append(m.name()).append(" = ").append(expr(m.formula()));
                if (!m.unit().symbol().isEmpty()) {
                    out.append("，单位：").append(m.unit().symbol());
                }
                out.append("，保留").append(m.scale()).append("位小数");
                if (!m.description().isEmpty()) {
                    out.append("，").append(q(m.description()));
                }
                out.append('\n');
            }
        }
        out.append("\n指标：\n");
        for (Indicator i : pack.indicators()) {
            indicator(i, 1, out);
        }
        pack.template().ifPresent(t -> template(t, out));
        return out.toString();
    }

    /** 指标模板（90）： its headings, then each kind with its criterion and the rule read from it. */
    private static void template(io.perfeval.core.IndicatorTemplate t, StringBuilder out) {
        out.append("\n指标模板（").append(num(t.share())).append("）：\n");
        for (io.perfeval.core.IndicatorTemplate.Heading h : t.headings()) {
            heading("一级", h, "  ", out);
            for (io.perfeval.core.IndicatorTemplate.Heading c : h.children()) {
                heading("二级", c, "    ", out);
            }
        }
        for (io.perfeval.core.IndicatorTemplate.Kind k : t.kinds()) {
            out.append("  类型：").append(k.name());
            if (!k.qualitative()) {
                out.append("（").append(k.directions().stream().map(c -> c.symbol())
                        .collect(Collectors.joining("、"))).append("）");
            }
            out.append('\n');
            if (!k.criterion().isEmpty()) {
                out.append("    评价标准").append(q(k.criterion())).append('\n');
            }
            out.append("    规则：").append(rule(k.rule())).append('\n');
        }
    }

    private static void heading(String level, io.perfeval.core.IndicatorTemplate.Heading h, String indent,
                                StringBuilder out) {
        out.append(indent).append(level).append("：").append(q(h.name()));
        if (h.maxScore() != null) {
            out.append("（").append(num(h.maxScore())).append("）");
        }
        out.append('\n');
    }

    /** The units the pack uses that the language does not know: they were declared (单位：) and are again. */
    private static void ownUnits(RulePack pack, StringBuilder out) {
        java.util.Map<String, Unit> own = new java.util.LinkedHashMap<>();
        for (DataField f : pack.fields()) {
            ownUnit(f.unit(), own);
        }
        for (Measure m : pack.measures()) {
            ownUnit(m.unit(), own);
        }
        if (own.isEmpty()) {
            return;
        }
        out.append("单位：\n");
        for (Unit u : own.values()) {
            out.append("  ").append(u.symbol()).append("：")
                    .append(u.dimension() == io.perfeval.core.rule.Dimension.COUNT ? "计数" : "度量").append('\n');
        }
        out.append('\n');
    }

    private static void ownUnit(Unit u, java.util.Map<String, Unit> own) {
        if (!u.symbol().isEmpty() && Units.of(u.symbol()).isEmpty()) {
            own.put(u.symbol(), u);
        }
    }

    private static void indicator(Indicator i, int level, StringBuilder out) {
        String indent = "  ".repeat(level - 1);
        out.append(indent).append(level == 1 ? "一级" : level == 2 ? "二级" : "三级").append("：").append(q(i.name()))
                .append("（").append(num(i.maxScore())).append("）\n");
        if (i instanceof Indicator.Group g) {
            for (Indicator c : g.children()) {
                indicator(c, level + 1, out);
            }
            return;
        }
        Indicator.Leaf l = (Indicator.Leaf) i;
        String in = indent + "  ";
        if (!l.description().isEmpty()) {
            out.append(in).append("指标内容").append(q(l.description())).append('\n');
        }
        if (!l.criterion().isEmpty()) {
            out.append(in).append("评价标准").append(q(l.criterion())).append('\n');
        }
        out.append(in).append("规则：").append(rule(l.rule())).append('\n');
    }

    private static String q(String s) {
        return "「" + s + "」";
    }

    static String num(BigDecimal v) {
        return v.toPlainString();
    }

    private static String mode(RoundingMode m) {
        return switch (m) {
            case DOWN, FLOOR -> "去尾";
            case UP, CEILING -> "进一";
            case HALF_EVEN -> "四舍六入五成双";
            default -> "四舍五入";
        };
    }

    private static String type(DataField f) {
        return switch (f.type()) {
            case AMOUNT -> "金额（" + f.unit().symbol() + "）";
            case PERCENTAGE -> f.max() == null ? "百分比" : "百分比（≤" + f.max().toPlainString() + "%）";
            case COUNT -> "数量（" + f.unit().symbol() + "）";
            case QUANTITY -> "数值（" + f.unit().symbol() + "）";
            case YES_NO -> "是否";
            case CHECKLIST -> "清单：" + f.items().stream().map(PackPrinter::q).collect(Collectors.joining("、"));
            case SERIES -> "分期（" + f.unit().symbol() + "）：" + String.join("、", f.periods());
        };
    }

    // ---- rules (visitors: a rule, condition or expression kind the printer does not know fails to compile)

    static String rule(Rule r) {
        return r.accept(RULES);
    }

    private static final Rule.Visitor<String> RULES = new Rule.Visitor<>() {
        @Override
        public String fullMarks(Rule.FullMarks r) {
            return "得满分";
        }

        @Override
        public String fixedScore(Rule.FixedScore r) {
            return "得 " + num(r.points()) + "分";
        }

        @Override
        public String deduct(Rule.Deduct d) {
            StringBuilder s = new StringBuilder("扣分｛");
            for (int i = 0; i < d.terms().size(); i++) {
                s.append(i > 0 ? "；" : "").append(term(d.terms().get(i)));
            }
            return s.append("｝").append(d.floorAtZero() ? " 扣完为止" : "").toString();
        }

        @Override
        public String limitedDeduct(Rule.LimitedDeduct r) {
            return deduct(r.deduct()) + " 最多 扣 " + points(r.limit());
        }

        @Override
        public String formula(Rule.Formula f) {
            return "公式 " + expr(f.score()) + (f.capAtMax() ? " 封顶" : "");
        }

        @Override
        public String cases(Rule.Cases c) {
            StringBuilder s = new StringBuilder("分情形｛");
            for (Rule.Case k : c.cases()) {
                s.append("当 ").append(condition(k.when())).append("：").append(rule(k.then())).append("；");
            }
            return s.append("其余：").append(rule(c.otherwise())).append("｝").toString();
        }

        @Override
        public String judgement(Rule.Judgement j) {
            return "酌情 " + points(j.min()) + " 至 " + points(j.max());
        }

        @Override
        public String judgementWithin(Rule.JudgementWithin j) {
            return "酌情扣分｛" + rule(j.tier()) + "｝";
        }

        @Override
        public String levels(Rule.Levels l) {
            StringBuilder s = new StringBuilder("档次｛");
            for (int i = 0; i < l.levels().size(); i++) {
                Rule.Level x = l.levels().get(i);
                s.append(i > 0 ? "；" : "").append(q(x.label())).append("：").append(points(x.min()));
                if (!x.max().equals(x.min())) {
                    s.append(" 至 ").append(points(x.max()));
                }
            }
            return s.append("｝").toString();
        }

        @Override
        public String awards(Rule.Awards a) {
            return "逐项｛" + awardList(a.awards()) + "｝";
        }

        @Override
        public String bonus(Rule.Bonus b) {
            String base = rule(b.base());
            // the base is a rule of its own; brackets keep a bonus on a bonus apart
            StringBuilder items = new StringBuilder();
            for (DeductionTerm t : b.terms()) {
                items.append(items.length() > 0 ? "；" : "").append(t instanceof DeductionTerm.PerStep s
                        ? perStepText(s, "加") : perCountText((DeductionTerm.PerCount) t, "加"));
            }
            String awards = awardList(b.awards());
            items.append(items.length() > 0 && !awards.isEmpty() ? "；" : "").append(awards);
            return base + " 加分｛" + items + "｝ 最多 加 " + points(b.cap());
        }

        /** 分项｛「车行时间」 0.5分：分情形｛…｝；「交通组织」 0.5分：逐项｛…｝｝: each part's rule as a rule of its own. */
        @Override
        public String sum(Rule.Sum s) {
            StringBuilder b = new StringBuilder("分项｛");
            for (int i = 0; i < s.parts().size(); i++) {
                Rule.Part p = s.parts().get(i);
                b.append(i > 0 ? "；" : "").append(q(p.label())).append(' ').append(num(p.max())).append("分：")
                        .append(rule(p.rule()));
            }
            return b.append("｝").toString();
        }

        @Override
        public String veto(Rule.Veto v) {
            return "一票否决 " + (v.scope() == Rule.VetoScope.INDICATOR ? "本指标" : "整体评价");
        }

        @Override
        public String notApplicable(Rule.NotApplicable n) {
            return "不适用 " + q(n.reason());
        }

        @Override
        public String noRule(Rule.NoRule r) {
            return "无规则";
        }
    };

    private static String awardList(java.util.List<Rule.Award> awards) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < awards.size(); i++) {
            Rule.Award a = awards.get(i);
            s.append(i > 0 ? "；" : "").append(q(a.label())).append(" 当 ").append(condition(a.when())).append("：")
                    .append(points(a.points()));
        }
        return s.toString();
    }

    private static String term(DeductionTerm t) {
        return t.accept(TERMS);
    }

    private static final DeductionTerm.Visitor<String> TERMS = new DeductionTerm.Visitor<>() {
        @Override
        public String perCount(DeductionTerm.PerCount c) {
            return perCountText(c, "扣");
        }

        @Override
        public String perStep(DeductionTerm.PerStep s) {
            return perStepText(s, "扣");
        }
    };

    /** 按项 「不符合项」 X 扣 0.5分; {@code verb} 加 in a bonus. */
    private static String perCountText(DeductionTerm.PerCount c, String verb) {
        return "按项 " + q(c.label()) + " " + expr(c.count()) + " " + verb + " " + points(c.each());
    }

    /** 按档 X 低于 Y 每 1% 扣 0.5分 按实际折算; {@code verb} 加 in a bonus. */
    private static String perStepText(DeductionTerm.PerStep s, String verb) {
        String dir = switch (s.direction()) {
            case BELOW -> "低于";
            case ABOVE -> "高于";
            case EITHER -> "偏离";
        };
        String counting = switch (s.counting()) {
            case PROPORTIONAL -> "按实际折算";
            case STARTED -> "不足一档按一档计";
            case COMPLETED -> "不足一档不扣分";
        };
        return "按档 " + expr(s.measure()) + " " + dir + " " + expr(s.reference()) + " 每 " + quantity(s.step())
                + " " + verb + " " + points(s.each()) + " " + counting;
    }

    private static String points(Points p) {
        if (p instanceof Points.Absolute a) {
            return num(a.points()) + "分";
        }
        Points.ShareOfMax s = (Points.ShareOfMax) p;
        return "分值 × " + num(s.numerator()) + " / " + num(s.denominator());
    }

    static String condition(Condition c) {
        return c.accept(CONDITIONS);
    }

    private static final Condition.Visitor<String> CONDITIONS = new Condition.Visitor<>() {
        @Override
        public String compare(Condition.Compare cmp) {
            return expr(cmp.left()) + " " + cmp.op().symbol() + " " + expr(cmp.right());
        }

        @Override
        public String isYes(Condition.IsYes y) {
            return y.name();
        }

        @Override
        public String allItemsMet(Condition.AllItemsMet a) {
            return "全部符合（" + a.checklist() + items(a.items()) + "）";
        }

        @Override
        public String all(Condition.All a) {
            return joined(a.conditions(), " 且 ");
        }

        @Override
        public String any(Condition.Any a) {
            return joined(a.conditions(), " 或 ");
        }

        @Override
        public String not(Condition.Not n) {
            return "非 " + (n.condition() instanceof Condition.Compare ? "（" + condition(n.condition()) + "）"
                    : condition(n.condition()));
        }
    };

    private static String joined(java.util.List<Condition> conditions, String op) {
        StringBuilder s = new StringBuilder("（");
        for (int i = 0; i < conditions.size(); i++) {
            s.append(i > 0 ? op : "").append(condition(conditions.get(i)));
        }
        return s.append("）").toString();
    }

    private static String items(java.util.List<Integer> items) {
        return items.isEmpty() ? "" : "：" + items.stream().map(String::valueOf).collect(Collectors.joining("、"));
    }

    static String expr(Expr e) {
        return expr(e, 0);
    }

    /** {@code e} in canonical form; {@code parent} is the precedence of the operator around it (0: none). */
    private static String expr(Expr e, int parent) {
        return e.accept(new Expr.Visitor<>() {
            @Override
            public String constant(Expr.Const c) {
                return quantity(c.quantity());
            }

            @Override
            public String ref(Expr.Ref r) {
                return r.name();
            }

            @Override
            public String periodValue(Expr.PeriodValue p) {
                return p.series() + "[" + p.period() + "]";
            }

            @Override
            public String maxScore(Expr.MaxScore m) {
                return "分值";
            }

            @Override
            public String binary(Expr.Binary b) {
                int prec = b.op() == Expr.ArithmeticOp.ADD || b.op() == Expr.ArithmeticOp.SUBTRACT ? 1 : 2;
                String s = expr(b.left(), prec) + " " + b.op().symbol() + " " + expr(b.right(), prec + 1);
                return prec < parent ? "（" + s + "）" : s;
            }

            @Override
            public String countOf(Expr.CountOf c) {
                StringBuilder s = new StringBuilder("个数（");
                for (int i = 0; i < c.conditions().size(); i++) {
                    s.append(i > 0 ? "；" : "").append(condition(c.conditions().get(i)));
                }
                return s.append("）").toString();
            }

            @Override
            public String failedItems(Expr.FailedItems f) {
                return "不符合项数（" + f.checklist() + items(f.items()) + "）";
            }

            @Override
            public String min(Expr.Min m) {
                return "较小值（" + expr(m.left()) + "；" + expr(m.right()) + "）";
            }

            @Override
            public String max(Expr.Max m) {
                return "较大值（" + expr(m.left()) + "；" + expr(m.right()) + "）";
            }

            @Override
            public String abs(Expr.Abs a) {
                return "绝对值（" + expr(a.value()) + "）";
            }
        });
    }

    static String quantity(Quantity q) {
        return num(q.value()) + q.unit().symbol();
    }
}
