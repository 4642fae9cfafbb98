package io.perfeval.dsl;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Expr;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The declared names a condition or an expression mentions (data, series, checklists), for readings that ask whether
 * two clauses test the same thing. A visitor over both sealed trees, so a kind added to either fails to compile here.
 */
final class Mentions implements Condition.Visitor<Void>, Expr.Visitor<Void> {

    private final Set<String> names = new LinkedHashSet<>();

    private Mentions() {
    }

    static Set<String> of(Condition c) {
        Mentions m = new Mentions();
        c.accept(m);
        return m.names;
    }

    static Set<String> of(Expr e) {
        Mentions m = new Mentions();
        e.accept(m);
        return m.names;
    }

    @Override
    public Void compare(Condition.Compare e) {
        e.left().accept(this);
        return e.right().accept(this);
    }

    @Override
    public Void isYes(Condition.IsYes e) {
        names.add(e.name());
        return null;
    }

    @Override
    public Void allItemsMet(Condition.AllItemsMet e) {
        names.add(e.checklist());
        return null;
    }

    @Override
    public Void all(Condition.All e) {
        for (Condition c : e.conditions()) {
            c.accept(this);
        }
        return null;
    }

    @Override
    public Void any(Condition.Any e) {
        for (Condition c : e.conditions()) {
            c.accept(this);
        }
        return null;
    }

    @Override
    public Void not(Condition.Not e) {
        return e.condition().accept(this);
    }

    @Override
    public Void constant(Expr.Const e) {
        return null;
    }

    @Override
    public Void ref(Expr.Ref e) {
        names.add(e.name());
        return null;
    }

    @Override
    public Void periodValue(Expr.PeriodValue e) {
        names.add(e.series());
        return null;
    }

    @Override
    public Void maxScore(Expr.MaxScore e) {
        return null;
    }

    @Override
    public Void binary(Expr.Binary e) {
        e.left().accept(this);
        return e.right().accept(this);
    }

    @Override
    public Void countOf(Expr.CountOf e) {
        for (Condition c : e.conditions()) {
            c.accept(this);
        }
        return null;
    }

    @Override
    public Void failedItems(Expr.FailedItems e) {
        names.add(e.checklist());
        return null;
    }

    @Override
    public Void min(Expr.Min e) {
        e.left().accept(this);
        return e.right().accept(this);
    }

    @Override
    public Void max(Expr.Max e) {
        e.left().accept(this);
        return e.right().accept(this);
    }

    @Override
    public Void abs(Expr.Abs e) {
        return e.value().accept(this);
    }
}
