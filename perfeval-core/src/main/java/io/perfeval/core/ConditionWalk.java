package io.perfeval.core;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Rule;
import java.util.List;

/**
 * {@link RuleWalk}: adds the conditions of one rule (not of the rules below it: {@link RuleWalk#conditions(Rule)}
 * visits each), of a condition with its parts, and of the counts inside expressions.
 */
final class ConditionWalk implements Rule.Visitor<Void>, Condition.Visitor<Void>,
        Expr.Visitor<Void>, DeductionTerm.Visitor<Void> {
    private final List<Condition> out;

    ConditionWalk(List<Condition> out) {
        this.out = out;
    }

    private Void none() {
        return null;
    }

    private Void each(List<Condition> conditions) {
        for (Condition c : conditions) {
            c.accept(this);
        }
        return null;
    }

    private Void terms(List<DeductionTerm> terms) {
        for (DeductionTerm t : terms) {
            t.accept(this);
        }
        return null;
    }

    private Void awards(List<Rule.Award> awards) {
        for (Rule.Award a : awards) {
            a.when().accept(this);
        }
        return null;
    }

    // rules: their own conditions only

    @Override
    public Void fullMarks(Rule.FullMarks r) {
        return none();
    }

    @Override
    public Void fixedScore(Rule.FixedScore r) {
        return none();
    }

    @Override
    public Void deduct(Rule.Deduct r) {
        return terms(r.terms());
    }

    @Override
    public Void limitedDeduct(Rule.LimitedDeduct r) {
        return terms(r.deduct().terms());
    }

    @Override
    public Void formula(Rule.Formula r) {
        return r.score().accept(this);
    }

    @Override
    public Void cases(Rule.Cases r) {
        for (Rule.Case k : r.cases()) {
            k.when().accept(this);
        }
        return null;
    }

    @Override
    public Void judgement(Rule.Judgement r) {
        return none();
    }

    @Override
    public Void judgementWithin(Rule.JudgementWithin r) {
        return none();
    }

    @Override
    public Void levels(Rule.Levels r) {
        return none();
    }

    @Override
    public Void awards(Rule.Awards r) {
        return awards(r.awards());
    }

    @Override
    public Void bonus(Rule.Bonus r) {
        terms(r.terms());
        return awards(r.awards());
    }

    @Override
    public Void sum(Rule.Sum r) {
        return none();
    }

    @Override
    public Void veto(Rule.Veto r) {
        return none();
    }

    @Override
    public Void notApplicable(Rule.NotApplicable r) {
        return none();
    }

    @Override
    public Void noRule(Rule.NoRule r) {
        return none();
    }

    // deduction terms: the conditions inside their expressions

    @Override
    public Void perCount(DeductionTerm.PerCount t) {
        return t.count().accept(this);
    }

    @Override
    public Void perStep(DeductionTerm.PerStep t) {
        t.measure().accept(this);
        return t.reference().accept(this);
    }

    // conditions: each before its parts

    @Override
    public Void compare(Condition.Compare c) {
        out.add(c);
        c.left().accept(this);
        return c.right().accept(this);
    }

    @Override
    public Void isYes(Condition.IsYes c) {
        out.add(c);
        return null;
    }

    @Override
    public Void allItemsMet(Condition.AllItemsMet c) {
        out.add(c);
        return null;
    }

    @Override
    public Void all(Condition.All c) {
        out.add(c);
        return each(c.conditions());
    }

    @Override
    public Void any(Condition.Any c) {
        out.add(c);
        return each(c.conditions());
    }

    @Override
    public Void not(Condition.Not c) {
        out.add(c);
        return c.condition().accept(this);
    }

    // expressions: the conditions a 满足…的项数 count tests

    @Override
    public Void constant(Expr.Const e) {
        return none();
    }

    @Override
    public Void ref(Expr.Ref e) {
        return none();
    }

    @Override
    public Void periodValue(Expr.PeriodValue e) {
        return none();
    }

    @Override
    public Void maxScore(Expr.MaxScore e) {
        return none();
    }

    @Override
    public Void binary(Expr.Binary e) {
        e.left().accept(this);
        return e.right().accept(this);
    }

    @Override
    public Void countOf(Expr.CountOf e) {
        return each(e.conditions());
    }

    @Override
    public Void failedItems(Expr.FailedItems e) {
        return none();
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
