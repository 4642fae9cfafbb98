package io.perfeval.core;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rule with the data it reads renamed: a template kind's rule over 实际完成值 and 指标值 becomes one declared
 * indicator's rule over its own two data ({@link TemplateBinding}). Everything else — scores, conditions, labels — is
 * kept as it is; a name not in the map stays.
 */
final class Renamed implements Rule.Visitor<Rule>, Condition.Visitor<Condition>, Expr.Visitor<Expr>,
        DeductionTerm.Visitor<DeductionTerm> {

    private final Map<String, String> names;

    private Renamed(Map<String, String> names) {
        this.names = names;
    }

    static Rule rule(Rule rule, Map<String, String> names) {
        return rule.accept(new Renamed(names));
    }

    private String name(String n) {
        return names.getOrDefault(n, n);
    }

    private List<Condition> conditions(List<Condition> in) {
        List<Condition> out = new ArrayList<>(in.size());
        for (Condition c : in) {
            out.add(c.accept(this));
        }
        return out;
    }

    private List<Rule.Award> awards(List<Rule.Award> in) {
        List<Rule.Award> out = new ArrayList<>(in.size());
        for (Rule.Award a : in) {
            out.add(new Rule.Award(a.label(), a.when().accept(this), a.points()));
        }
        return out;
    }

    private Rule.Deduct deduction(Rule.Deduct r) {
        List<DeductionTerm> terms = new ArrayList<>(r.terms().size());
        for (DeductionTerm t : r.terms()) {
            terms.add(t.accept(this));
        }
        return new Rule.Deduct(terms, r.floorAtZero());
    }

    // ---- rules

    @Override
    public Rule fullMarks(Rule.FullMarks r) {
        return r;
    }

    @Override
    public Rule fixedScore(Rule.FixedScore r) {
        return r;
    }

    @Override
    public Rule deduct(Rule.Deduct r) {
        return deduction(r);
    }

    @Override
    public Rule limitedDeduct(Rule.LimitedDeduct r) {
        return new Rule.LimitedDeduct(deduction(r.deduct()), r.limit());
    }

    @Override
    public Rule formula(Rule.Formula r) {
        return new Rule.Formula(r.score().accept(this), r.capAtMax());
    }

    @Override
    public Rule cases(Rule.Cases r) {
        List<Rule.Case> cases = new ArrayList<>(r.cases().size());
        for (Rule.Case c : r.cases()) {
            cases.add(new Rule.Case(c.when().accept(this), c.then().accept(this)));
        }
        return new Rule.Cases(cases, r.otherwise().accept(this));
    }

    @Override
    public Rule judgement(Rule.Judgement r) {
        return r;
    }

    @Override
    public Rule judgementWithin(Rule.JudgementWithin r) {
        return new Rule.JudgementWithin(r.tier().accept(this));
    }

    @Override
    public Rule levels(Rule.Levels r) {
        return r;
    }

    @Override
    public Rule awards(Rule.Awards r) {
        return new Rule.Awards(awards(r.awards()));
    }

    @Override
    public Rule bonus(Rule.Bonus r) {
        return new Rule.Bonus(r.base().accept(this), awards(r.awards()), r.cap());
    }

    @Override
    public Rule sum(Rule.Sum r) {
        List<Rule.Part> parts = new ArrayList<>(r.parts().size());
        for (Rule.Part p : r.parts()) {
            parts.add(new Rule.Part(p.label(), p.max(), p.rule().accept(this)));
        }
        return new Rule.Sum(parts);
    }

    @Override
    public Rule veto(Rule.Veto r) {
        return r;
    }

    @Override
    public Rule notApplicable(Rule.NotApplicable r) {
        return r;
    }

    @Override
    public Rule noRule(Rule.NoRule r) {
        return r;
    }

    // ---- deduction terms

    @Override
    public DeductionTerm perCount(DeductionTerm.PerCount e) {
        return new DeductionTerm.PerCount(e.label(), e.count().accept(this), e.each());
    }

    @Override
    public DeductionTerm perStep(DeductionTerm.PerStep e) {
        return new DeductionTerm.PerStep(e.measure().accept(this), e.reference().accept(this), e.direction(),
                e.step(), e.each(), e.counting());
    }

    // ---- conditions

    @Override
    public Condition compare(Condition.Compare e) {
        return new Condition.Compare(e.op(), e.left().accept(this), e.right().accept(this));
    }

    @Override
    public Condition isYes(Condition.IsYes e) {
        return new Condition.IsYes(name(e.name()));
    }

    @Override
    public Condition allItemsMet(Condition.AllItemsMet e) {
        return new Condition.AllItemsMet(name(e.checklist()), e.items());
    }

    @Override
    public Condition all(Condition.All e) {
        return new Condition.All(conditions(e.conditions()));
    }

    @Override
    public Condition any(Condition.Any e) {
        return new Condition.Any(conditions(e.conditions()));
    }

    @Override
    public Condition not(Condition.Not e) {
        return new Condition.Not(e.condition().accept(this));
    }

    // ---- expressions

    @Override
    public Expr constant(Expr.Const e) {
        return e;
    }

    @Override
    public Expr ref(Expr.Ref e) {
        return new Expr.Ref(name(e.name()));
    }

    @Override
    public Expr periodValue(Expr.PeriodValue e) {
        return new Expr.PeriodValue(name(e.series()), e.period());
    }

    @Override
    public Expr maxScore(Expr.MaxScore e) {
        return e;
    }

    @Override
    public Expr binary(Expr.Binary e) {
        return new Expr.Binary(e.op(), e.left().accept(this), e.right().accept(this));
    }

    @Override
    public Expr countOf(Expr.CountOf e) {
        return new Expr.CountOf(conditions(e.conditions()));
    }

    @Override
    public Expr failedItems(Expr.FailedItems e) {
        return new Expr.FailedItems(name(e.checklist()), e.items());
    }

    @Override
    public Expr min(Expr.Min e) {
        return new Expr.Min(e.left().accept(this), e.right().accept(this));
    }

    @Override
    public Expr max(Expr.Max e) {
        return new Expr.Max(e.left().accept(this), e.right().accept(this));
    }

    @Override
    public Expr abs(Expr.Abs e) {
        return new Expr.Abs(e.value().accept(this));
    }
}
