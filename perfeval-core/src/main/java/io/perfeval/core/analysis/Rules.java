package io.perfeval.core.analysis;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a rule tree as the analysis walks it: what each node holds directly, said once per kind through the
 * trees' visitors, so a kind added to {@link Rule}, {@link Condition}, {@link Expr} or {@link DeductionTerm} fails to
 * compile here until the analysis says what it holds.
 */
final class Rules {

    private Rules() {
    }

    /** What one rule node holds directly: the rules below it, the conditions it tests and the numbers it reads. */
    record Parts(List<Rule> rules, List<Condition> conditions, List<Expr> exprs) {
        static final Parts NONE = new Parts(List.of(), List.of(), List.of());
    }

    /** A rule with the 分值 its points resolve against: the leaf's, or inside a {@link Rule.Sum} its part's. */
    record Scoped(Rule rule, BigDecimal max) {
    }

    /**
     * {@code rule} and every rule below it (clauses' branches, a tier, a bonus's base, a sum's parts), outermost first.
     */
    static List<Rule> all(Rule rule) {
        List<Rule> out = new ArrayList<>();
        add(rule, out);
        return out;
    }

    private static void add(Rule rule, List<Rule> out) {
        out.add(rule);
        for (Rule r : parts(rule).rules()) {
            add(r, out);
        }
    }

    static Parts parts(Rule rule) {
        return rule.accept(PARTS);
    }

    /** As {@link #all}, each rule with the 分值 it is scored against: {@code max} outside every sum's parts. */
    static List<Scoped> scoped(Rule rule, BigDecimal max) {
        List<Scoped> out = new ArrayList<>();
        addScoped(rule, max, out);
        return out;
    }

    private static void addScoped(Rule rule, BigDecimal max, List<Scoped> out) {
        out.add(new Scoped(rule, max));
        if (rule instanceof Rule.Sum s) {
            for (Rule.Part p : s.parts()) {
                addScoped(p.rule(), p.max(), out);
            }
            return;
        }
        for (Rule r : parts(rule).rules()) {
            addScoped(r, max, out);
        }
    }

    /** Whether the rule asks the evaluator for a judgement somewhere (酌情, a level, discretion within a tier). */
    static boolean takesJudgement(Rule rule) {
        for (Rule r : all(rule)) {
            if (r instanceof Rule.Judgement || r instanceof Rule.JudgementWithin || r instanceof Rule.Levels) {
                return true;
            }
        }
        return false;
    }

    /** The numbers a deduction term reads: a count, or a measure and its reference. */
    static List<Expr> exprs(DeductionTerm t) {
        return t.accept(new DeductionTerm.Visitor<>() {
            @Override
            public List<Expr> perCount(DeductionTerm.PerCount e) {
                return List.of(e.count());
            }

            @Override
            public List<Expr> perStep(DeductionTerm.PerStep e) {
                return List.of(e.measure(), e.reference());
            }
        });
    }

    private static List<Expr> termExprs(Rule.Deduct d) {
        List<Expr> out = new ArrayList<>();
        for (DeductionTerm t : d.terms()) {
            out.addAll(exprs(t));
        }
        return out;
    }

    private static List<Condition> awardConditions(List<Rule.Award> awards) {
        List<Condition> out = new ArrayList<>();
        for (Rule.Award a : awards) {
            out.add(a.when());
        }
        return out;
    }

    private static final Rule.Visitor<Parts> PARTS = new Rule.Visitor<>() {
        @Override
        public Parts fullMarks(Rule.FullMarks r) {
            return Parts.NONE;
        }

        @Override
        public Parts fixedScore(Rule.FixedScore r) {
            return Parts.NONE;
        }

        @Override
        public Parts deduct(Rule.Deduct r) {
            return new Parts(List.of(), List.of(), termExprs(r));
        }

        @Override
        public Parts limitedDeduct(Rule.LimitedDeduct r) {
            return new Parts(List.of(r.deduct()), List.of(), List.of());
        }

        @Override
        public Parts formula(Rule.Formula r) {
            return new Parts(List.of(), List.of(), List.of(r.score()));
        }

        @Override
        public Parts cases(Rule.Cases r) {
            List<Rule> rules = new ArrayList<>();
            List<Condition> conditions = new ArrayList<>();
            for (Rule.Case k : r.cases()) {
                conditions.add(k.when());
                rules.add(k.then());
            }
            rules.add(r.otherwise());
            return new Parts(rules, conditions, List.of());
        }

        @Override
        public Parts judgement(Rule.Judgement r) {
            return Parts.NONE;
        }

        @Override
        public Parts judgementWithin(Rule.JudgementWithin r) {
            return new Parts(List.of(r.tier()), List.of(), List.of());
        }

        @Override
        public Parts levels(Rule.Levels r) {
            return Parts.NONE;
        }

        @Override
        public Parts awards(Rule.Awards r) {
            return new Parts(List.of(), awardConditions(r.awards()), List.of());
        }

        @Override
        public Parts bonus(Rule.Bonus r) {
            List<Expr> exprs = new ArrayList<>();
            for (DeductionTerm t : r.terms()) {
                exprs.addAll(exprs(t));
            }
            return new Parts(List.of(r.base()), awardConditions(r.awards()), exprs);
        }

        @Override
        public Parts sum(Rule.Sum r) {
            List<Rule> rules = new ArrayList<>();
            for (Rule.Part p : r.parts()) {
                rules.add(p.rule());
            }
            return new Parts(rules, List.of(), List.of());
        }

        @Override
        public Parts veto(Rule.Veto r) {
            return Parts.NONE;
        }

        @Override
        public Parts notApplicable(Rule.NotApplicable r) {
            return Parts.NONE;
        }

        @Override
        public Parts noRule(Rule.NoRule r) {
            return Parts.NONE;
        }
    };

    /** What a condition holds directly: the conditions inside it and the numbers it compares. */
    static Parts parts(Condition c) {
        return c.accept(new Condition.Visitor<>() {
            @Override
            public Parts compare(Condition.Compare e) {
                return new Parts(List.of(), List.of(), List.of(e.left(), e.right()));
            }

            @Override
            public Parts isYes(Condition.IsYes e) {
                return Parts.NONE;
            }

            @Override
            public Parts allItemsMet(Condition.AllItemsMet e) {
                return Parts.NONE;
            }

            @Override
            public Parts all(Condition.All e) {
                return new Parts(List.of(), e.conditions(), List.of());
            }

            @Override
            public Parts any(Condition.Any e) {
                return new Parts(List.of(), e.conditions(), List.of());
            }

            @Override
            public Parts not(Condition.Not e) {
                return new Parts(List.of(), List.of(e.condition()), List.of());
            }
        });
    }

    /** What an expression holds directly: the expressions inside it and the conditions it counts. */
    static Parts parts(Expr e) {
        return e.accept(new Expr.Visitor<>() {
            @Override
            public Parts constant(Expr.Const x) {
                return Parts.NONE;
            }

            @Override
            public Parts ref(Expr.Ref x) {
                return Parts.NONE;
            }

            @Override
            public Parts periodValue(Expr.PeriodValue x) {
                return Parts.NONE;
            }

            @Override
            public Parts maxScore(Expr.MaxScore x) {
                return Parts.NONE;
            }

            @Override
            public Parts binary(Expr.Binary x) {
                return new Parts(List.of(), List.of(), List.of(x.left(), x.right()));
            }

            @Override
            public Parts countOf(Expr.CountOf x) {
                return new Parts(List.of(), x.conditions(), List.of());
            }

            @Override
            public Parts failedItems(Expr.FailedItems x) {
                return Parts.NONE;
            }

            @Override
            public Parts min(Expr.Min x) {
                return new Parts(List.of(), List.of(), List.of(x.left(), x.right()));
            }

            @Override
            public Parts max(Expr.Max x) {
                return new Parts(List.of(), List.of(), List.of(x.left(), x.right()));
            }

            @Override
            public Parts abs(Expr.Abs x) {
                return new Parts(List.of(), List.of(), List.of(x.value()));
            }
        });
    }

    /** The names (data and measures) an expression refers to directly, in order, duplicates kept. */
    static void refs(Expr e, List<String> out) {
        if (e instanceof Expr.Ref r) {
            out.add(r.name());
        } else if (e instanceof Expr.PeriodValue p) {
            out.add(p.series());
        } else if (e instanceof Expr.FailedItems f) {
            out.add(f.checklist());
        }
        Parts p = parts(e);
        for (Expr x : p.exprs()) {
            refs(x, out);
        }
        for (Condition c : p.conditions()) {
            refs(c, out);
        }
    }

    static void refs(Condition c, List<String> out) {
        if (c instanceof Condition.IsYes y) {
            out.add(y.name());
        } else if (c instanceof Condition.AllItemsMet a) {
            out.add(a.checklist());
        }
        Parts p = parts(c);
        for (Expr x : p.exprs()) {
            refs(x, out);
        }
        for (Condition x : p.conditions()) {
            refs(x, out);
        }
    }

    /** Every name a leaf's rule reads directly (not through measures), duplicates kept. */
    static List<String> refs(Rule rule) {
        List<String> out = new ArrayList<>();
        for (Rule r : all(rule)) {
            Parts p = parts(r);
            p.conditions().forEach(c -> refs(c, out));
            p.exprs().forEach(x -> refs(x, out));
        }
        return out;
    }
}
