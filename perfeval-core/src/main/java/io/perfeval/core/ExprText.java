package io.perfeval.core;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Quantity;
import java.util.stream.Collectors;

/** Chinese renderings of formulas and conditions for traces and messages. */
final class ExprText {

    private ExprText() {
    }

    static String symbolic(Expr e) {
        return symbolic(e, 0);
    }

    private static String symbolic(Expr e, int parentPrecedence) {
        if (e instanceof Expr.Const c) {
            return c.quantity().display();
        } else if (e instanceof Expr.Ref r) {
            return r.name();
        } else if (e instanceof Expr.PeriodValue p) {
            return p.series() + "[" + p.period() + "]";
        } else if (e instanceof Expr.MaxScore) {
            return "分值";
        } else if (e instanceof Expr.Binary b) {
            int precedence = precedence(b.op());
            String s = symbolic(b.left(), precedence) + " " + b.op().symbol() + " "
                    + symbolic(b.right(), precedence + 1);
            return precedence < parentPrecedence ? "(" + s + ")" : s;
        } else if (e instanceof Expr.CountOf c) {
            return "符合条件的个数(" + c.conditions().stream().map(ExprText::condition)
                    .collect(Collectors.joining("；")) + ")";
        } else if (e instanceof Expr.FailedItems f) {
            return f.checklist() + "不符合项数";
        }
        throw new IllegalStateException("unknown expression " + e);
    }

    static int precedence(Expr.ArithmeticOp op) {
        return switch (op) {
            case ADD, SUBTRACT -> 1;
            case MULTIPLY, DIVIDE -> 2;
        };
    }

    static String condition(Condition c) {
        if (c instanceof Condition.Compare cmp) {
            return symbolic(cmp.left()) + " " + cmp.op().symbol() + " " + symbolic(cmp.right());
        } else if (c instanceof Condition.IsYes y) {
            return y.name() + "为是";
        } else if (c instanceof Condition.AllItemsMet a) {
            return a.checklist() + (a.items().isEmpty() ? "全部" : "第" + a.items() + "项") + "符合";
        } else if (c instanceof Condition.All a) {
            return a.conditions().stream().map(ExprText::condition).collect(Collectors.joining("且"));
        } else if (c instanceof Condition.Any a) {
            return a.conditions().stream().map(ExprText::condition).collect(Collectors.joining("或"));
        } else if (c instanceof Condition.Not n) {
            return "并非(" + condition(n.condition()) + ")";
        }
        throw new IllegalStateException("unknown condition " + c);
    }

    /** A value inside a substituted formula: percentages keep their %, other units are implied by the formula. */
    static String value(Quantity q) {
        return q.unit().isPercent() ? q.display() : Decimals.plain(q.value());
    }
}
