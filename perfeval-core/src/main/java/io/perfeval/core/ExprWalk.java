package io.perfeval.core;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Expr;
import java.util.List;

/** {@link RuleWalk}: adds each expression before its parts, walking into the conditions of counts. */
final class ExprWalk implements Expr.Visitor<Void>, Condition.Visitor<Void> {
    private final List<Expr> out;

    ExprWalk(List<Expr> out) {
        this.out = out;
    }

    private Void add(Expr e) {
        out.add(e);
        return null;
    }

    private Void both(Expr e, Expr left, Expr right) {
        out.add(e);
        left.accept(this);
        return right.accept(this);
    }

    private Void each(List<Condition> conditions) {
        for (Condition c : conditions) {
            c.accept(this);
        }
        return null;
    }

    @Override
    public Void constant(Expr.Const e) {
        return add(e);
    }

    @Override
    public Void ref(Expr.Ref e) {
        return add(e);
    }

    @Override
    public Void periodValue(Expr.PeriodValue e) {
        return add(e);
    }

    @Override
    public Void maxScore(Expr.MaxScore e) {
        return add(e);
    }

    @Override
    public Void binary(Expr.Binary e) {
        return both(e, e.left(), e.right());
    }

    @Override
    public Void countOf(Expr.CountOf e) {
        add(e);
        return each(e.conditions());
    }

    @Override
    public Void failedItems(Expr.FailedItems e) {
        return add(e);
    }

    @Override
    public Void min(Expr.Min e) {
        return both(e, e.left(), e.right());
    }

    @Override
    public Void max(Expr.Max e) {
        return both(e, e.left(), e.right());
    }

    @Override
    public Void abs(Expr.Abs e) {
        add(e);
        return e.value().accept(this);
    }

    @Override
    public Void compare(Condition.Compare c) {
        c.left().accept(this);
        return c.right().accept(this);
    }

    @Override
    public Void isYes(Condition.IsYes c) {
        return null;
    }

    @Override
    public Void allItemsMet(Condition.AllItemsMet c) {
        return null;
    }

    @Override
    public Void all(Condition.All c) {
        return each(c.conditions());
    }

    @Override
    public Void any(Condition.Any c) {
        return each(c.conditions());
    }

    @Override
    public Void not(Condition.Not c) {
        return c.condition().accept(this);
    }
}
