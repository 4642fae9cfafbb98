package io.perfeval.core;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Quantity;
import java.util.List;

/** Chinese renderings of formulas and conditions for traces and messages. */
final class ExprText {

    private ExprText() {
    }

    static String symbolic(Expr e) {
        return symbolic(e, 0);
    }

    private static String symbolic(Expr e, int parentPrecedence) {
        return e.accept(new Symbolic(parentPrecedence));
    }

    static int precedence(Expr.ArithmeticOp op) {
        return switch (op) {
            case ADD, SUBTRACT -> 1;
            case MULTIPLY, DIVIDE -> 2;
        };
    }

    /** {@code text} in brackets when an operator of {@code precedence} sits inside one of {@code parentPrecedence}. */
    static String bracketed(String text, int precedence, int parentPrecedence) {
        return precedence < parentPrecedence ? "(" + text + ")" : text;
    }

    /** 较小值(a, b), 较大值(a, b), |a|: the forms a trace writes {@code Min}, {@code Max} and {@code Abs} in. */
    static String extremum(boolean min, String left, String right) {
        return (min ? "较小值(" : "较大值(") + left + ", " + right + ")";
    }

    static String absolute(String value) {
        return "|" + value + "|";
    }

    static String condition(Condition c) {
        return c.accept(CONDITION);
    }

    private static String joined(List<Condition> conditions, String with) {
        StringBuilder s = new StringBuilder();
        for (Condition c : conditions) {
            if (s.length() > 0) {
                s.append(with);
            }
            s.append(condition(c));
        }
        return s.toString();
    }

    /** A value inside a substituted formula: percentages keep their %, other units are implied by the formula. */
    static String value(Quantity q) {
        return q.unit().isPercent() ? q.display() : Decimals.plain(q.value());
    }

    /** An expression written with names, inside an operator of {@code parent} precedence. */
    private static final class Symbolic implements Expr.Visitor<String> {
        private final int parent;

        Symbolic(int parent) {
            this.parent = parent;
        }

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
            return e.series() + "[" + e.period() + "]";
        }

        @Override
        public String maxScore(Expr.MaxScore e) {
            return "分值";
        }

        @Override
        public String binary(Expr.Binary b) {
            int precedence = precedence(b.op());
            String s = symbolic(b.left(), precedence) + " " + b.op().symbol() + " "
                    + symbolic(b.right(), precedence + 1);
            return bracketed(s, precedence, parent);
        }

        @Override
        public String countOf(Expr.CountOf c) {
            return "符合条件的个数(" + joined(c.conditions(), "；") + ")";
        }

        @Override
        public String failedItems(Expr.FailedItems f) {
            return f.checklist() + "不符合项数";
        }

        @Override
        public String min(Expr.Min e) {
            return extremum(true, symbolic(e.left()), symbolic(e.right()));
        }

        @Override
        public String max(Expr.Max e) {
            return extremum(false, symbolic(e.left()), symbolic(e.right()));
        }

        @Override
        public String abs(Expr.Abs e) {
            return absolute(symbolic(e.value()));
        }
    }

    private static final Condition.Visitor<String> CONDITION = new Condition.Visitor<>() {
        @Override
        public String compare(Condition.Compare cmp) {
            return symbolic(cmp.left()) + " " + cmp.op().symbol() + " " + symbolic(cmp.right());
        }

        @Override
        public String isYes(Condition.IsYes y) {
            return y.name() + "为是";
        }

        @Override
        public String allItemsMet(Condition.AllItemsMet a) {
            return a.checklist() + (a.items().isEmpty() ? "全部" : "第" + a.items() + "项") + "符合";
        }

        @Override
        public String all(Condition.All a) {
            return joined(a.conditions(), "且");
        }

        @Override
        public String any(Condition.Any a) {
            return joined(a.conditions(), "或");
        }

        @Override
        public String not(Condition.Not n) {
            return "并非(" + condition(n.condition()) + ")";
        }
    };
}
