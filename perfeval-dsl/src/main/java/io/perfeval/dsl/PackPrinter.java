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
        out.append("不适用处理：").append(pack.notApplicablePolicy().chinese()).append("\n\n");

        out.append("等级：\n");
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
        return out.toString();
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
            case PERCENTAGE -> "百分比";
            case COUNT -> "数量（" + f.unit().symbol() + "）";
            case QUANTITY -> "数值（" + f.unit().symbol() + "）";
            case YES_NO -> "是否";
            case CHECKLIST -> "清单：" + f.items().stream().map(PackPrinter::q).collect(Collectors.joining("、"));
            case SERIES -> "分期（" + f.unit().symbol() + "）：" + String.join("、", f.periods());
        };
    }

    // ---- rules

    static String rule(Rule r) {
        if (r instanceof Rule.FullMarks) {
            return "得满分";
        } else if (r instanceof Rule.FixedScore f) {
            return "得 " + num(f.points()) + "分";
        } else if (r instanceof Rule.Deduct d) {
            return "扣分｛" + d.terms().stream().map(PackPrinter::term).collect(Collectors.joining("；")) + "｝"
                    + (d.floorAtZero() ? " 扣完为止" : "");
        } else if (r instanceof Rule.Formula f) {
            return "公式 " + expr(f.score()) + (f.capAtMax() ? " 封顶" : "");
        } else if (r instanceof Rule.Cases c) {
            StringBuilder s = new StringBuilder("分情形｛");
            for (Rule.Case k : c.cases()) {
                s.append("当 ").append(condition(k.when())).append("：").append(rule(k.then())).append("；");
            }
            return s.append("其余：").append(rule(c.otherwise())).append("｝").toString();
        } else if (r instanceof Rule.Judgement j) {
            return "酌情 " + points(j.min()) + " 至 " + points(j.max());
        } else if (r instanceof Rule.Veto v) {
            return "一票否决 " + (v.scope() == Rule.VetoScope.INDICATOR ? "本指标" : "整体评价");
        } else if (r instanceof Rule.NotApplicable n) {
            return "不适用 " + q(n.reason());
        }
        return "无规则";
    }

    private static String term(DeductionTerm t) {
        if (t instanceof DeductionTerm.PerCount c) {
            return "按项 " + q(c.label()) + " " + expr(c.count()) + " 扣 " + points(c.each());
        }
        DeductionTerm.PerStep s = (DeductionTerm.PerStep) t;
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
        return "按档 " + expr(s.measure()) + " " + dir + " " + expr(s.reference()) + " 每 " + quantity(s.step()) + " 扣 "
                + points(s.each()) + " " + counting;
    }

    private static String points(Points p) {
        if (p instanceof Points.Absolute a) {
            return num(a.points()) + "分";
        }
        Points.ShareOfMax s = (Points.ShareOfMax) p;
        return "分值 × " + num(s.numerator()) + " / " + num(s.denominator());
    }

    static String condition(Condition c) {
        if (c instanceof Condition.Compare cmp) {
            return expr(cmp.left()) + " " + cmp.op().symbol() + " " + expr(cmp.right());
        } else if (c instanceof Condition.IsYes y) {
            return y.name();
        } else if (c instanceof Condition.AllItemsMet a) {
            return "全部符合（" + a.checklist() + items(a.items()) + "）";
        } else if (c instanceof Condition.All a) {
            return "（" + a.conditions().stream().map(PackPrinter::condition).collect(Collectors.joining(" 且 ")) + "）";
        } else if (c instanceof Condition.Any a) {
            return "（" + a.conditions().stream().map(PackPrinter::condition).collect(Collectors.joining(" 或 ")) + "）";
        }
        Condition.Not n = (Condition.Not) c;
        return "非 " + (n.condition() instanceof Condition.Compare ? "（" + condition(n.condition()) + "）"
                : condition(n.condition()));
    }

    private static String items(java.util.List<Integer> items) {
        return items.isEmpty() ? "" : "：" + items.stream().map(String::valueOf).collect(Collectors.joining("、"));
    }

    static String expr(Expr e) {
        return expr(e, 0);
    }

    private static String expr(Expr e, int parent) {
        if (e instanceof Expr.Const c) {
            return quantity(c.quantity());
        } else if (e instanceof Expr.Ref r) {
            return r.name();
        } else if (e instanceof Expr.PeriodValue p) {
            return p.series() + "[" + p.period() + "]";
        } else if (e instanceof Expr.MaxScore) {
            return "分值";
        } else if (e instanceof Expr.CountOf c) {
            return "个数（" + c.conditions().stream().map(PackPrinter::condition).collect(Collectors.joining("；")) + "）";
        } else if (e instanceof Expr.FailedItems f) {
            return "不符合项数（" + f.checklist() + items(f.items()) + "）";
        }
        Expr.Binary b = (Expr.Binary) e;
        int prec = b.op() == Expr.ArithmeticOp.ADD || b.op() == Expr.ArithmeticOp.SUBTRACT ? 1 : 2;
        String s = expr(b.left(), prec) + " " + b.op().symbol() + " " + expr(b.right(), prec + 1);
        return prec < parent ? "（" + s + "）" : s;
    }

    static String quantity(Quantity q) {
        return num(q.value()) + q.unit().symbol();
    }
}
