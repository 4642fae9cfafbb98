package io.perfeval.core.analysis;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Expr;
import java.util.ArrayList;
import java.util.List;

/** Conditions and expressions written out for findings (完成率 ≥ 60%, 支出进度[第二季度] < 序时进度[第二季度]). */
final class Texts {

    private Texts() {
    }

    static String of(Condition c) {
        return c.accept(CONDITIONS);
    }

    static String of(Expr e) {
        return e.accept(EXPRS);
    }

    private static String join(List<Condition> cs, String word) {
        List<String> parts = new ArrayList<>();
        for (Condition c : cs) {
            parts.add(of(c));
        }
        return String.join(word, parts);
    }

    private static final Condition.Visitor<String> CONDITIONS = new Condition.Visitor<>() {
        @Override
        public String compare(Condition.Compare c) {
            return of(c.left()) + " " + c.op().symbol() + " " + of(c.right());
        }

        @Override
        public String isYes(Condition.IsYes c) {
            return c.name();
        }

        @Override
        public String allItemsMet(Condition.AllItemsMet c) {
            return c.checklist() + (c.items().isEmpty() ? "全部" : "第" + c.items() + "项") + "符合";
        }

        @Override
        public String all(Condition.All c) {
            return join(c.conditions(), " 且 ");
        }

        @Override
        public String any(Condition.Any c) {
            return join(c.conditions(), " 或 ");
        }

        @Override
        public String not(Condition.Not c) {
            return "非（" + of(c.condition()) + "）";
        }
    };

    private static final Expr.Visitor<String> EXPRS = new Expr.Visitor<>() {
        @Override
        public String constant(Expr.Const e) {
            return e.quantity().display();
        }

        @Override
        public String ref(Expr.Ref e) {
            return e.name();
        }

        @Override
        public String periodValue(Expr.PeriodValue e) {
            return LeafAnalyzer.axisName(e);
        }

        @Override
        public String maxScore(Expr.MaxScore e) {
            return "分值";
        }

        @Override
        public String binary(Expr.Binary e) {
            return "(" + of(e.left()) + " " + e.op().symbol() + " " + of(e.right()) + ")";
        }

        @Override
        public String countOf(Expr.CountOf e) {
            return "个数（" + join(e.conditions(), "；") + "）";
        }

        @Override
        public String failedItems(Expr.FailedItems e) {
            return "不符合项数（" + e.checklist() + (e.items().isEmpty() ? "" : "：" + e.items()) + "）";
        }

        @Override
        public String min(Expr.Min e) {
            return "min(" + of(e.left()) + ", " + of(e.right()) + ")";
        }

        @Override
        public String max(Expr.Max e) {
            return "max(" + of(e.left()) + ", " + of(e.right()) + ")";
        }

        @Override
        public String abs(Expr.Abs e) {
            return "|" + of(e.value()) + "|";
        }
    };
}
