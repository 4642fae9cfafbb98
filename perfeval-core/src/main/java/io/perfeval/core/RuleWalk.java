package io.perfeval.core;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists every rule, condition and expression below a rule, for checks that need the whole tree. Plain lists rather
 * than callbacks: every pack is checked once, in a JVM that may be compiling its first pack, where each lambda would
 * be one more class spun at run time (BENCHMARKS.md, issue 8). The walks are visitors, so a kind added to the tree
 * fails to compile here until it is walked.
 */
final class RuleWalk {

    private RuleWalk() {
    }

    /**
     * Whether evaluating the rule can ask for the evaluator's judgement: 酌情给分, an evaluator's level (等级), or
     * discretion inside a tier.
     */
    static boolean usesJudgement(Rule rule) {
        return rule.accept(NEEDS_JUDGEMENT);
    }

    /**
     * The largest 加分上限 of any bonus in the rule, resolved against {@code max}; 0 when there is none. (The checks
     * refuse a bonus inside a part of a {@link Rule.Sum}: a bonus lifts a whole indicator.)
     */
    static BigDecimal bonusCap(Rule rule, BigDecimal max) {
        BigDecimal cap = BigDecimal.ZERO;
        for (Rule r : sameMax(rule)) {
            if (r instanceof Rule.Bonus b) {
                cap = cap.max(b.cap().resolve(max));
            }
        }
        return cap;
    }

    /**
     * {@code rule} and every rule below it, outermost first: the branches of 分情况, a tier below its judgement, the
     * base of a bonus, the parts of a sum. The deductions of a {@link Rule.LimitedDeduct} are part of it, not a rule of
     * their own.
     */
    static List<Rule> rules(Rule rule) {
        List<Rule> out = new ArrayList<>();
        rule.accept(new Rules(out, true));
        return out;
    }

    /**
     * As {@link #rules(Rule)}, but only the rules scored against the same 分值 as {@code rule}: a {@link Rule.Sum} is
     * listed without the rules of its parts, each of which is scored against the part's own 分值.
     */
    static List<Rule> sameMax(Rule rule) {
        List<Rule> out = new ArrayList<>();
        rule.accept(new Rules(out, false));
        return out;
    }

    /**
     * Every condition the rule tests, with the conditions inside it and inside the expressions it evaluates: rule by
     * rule outermost first, each condition before its parts.
     */
    static List<Condition> conditions(Rule rule) {
        List<Condition> out = new ArrayList<>();
        ConditionWalk walk = new ConditionWalk(out);
        for (Rule r : rules(rule)) {
            r.accept(walk);
        }
        return out;
    }

    /** {@code c} and every condition inside it (also inside the counts of its comparisons), each before its parts. */
    static List<Condition> conditions(Condition c) {
        List<Condition> out = new ArrayList<>();
        c.accept(new ConditionWalk(out));
        return out;
    }

    /** {@code e} and every expression inside it, also inside the conditions of a count, each before its parts. */
    static List<Expr> exprs(Expr e) {
        List<Expr> out = new ArrayList<>();
        e.accept(new ExprWalk(out));
        return out;
    }

    /** Whether a rule or a rule below it takes the evaluator's judgement. */
    private static final Rule.Visitor<Boolean> NEEDS_JUDGEMENT = new Rule.Visitor<>() {
        @Override
        public Boolean fullMarks(Rule.FullMarks r) {
            return false;
        }

        @Override
        public Boolean fixedScore(Rule.FixedScore r) {
            return false;
        }

        @Override
        public Boolean deduct(Rule.Deduct r) {
            return false;
        }

        @Override
        public Boolean limitedDeduct(Rule.LimitedDeduct r) {
            return false;
        }

        @Override
        public Boolean formula(Rule.Formula r) {
            return false;
        }

        @Override
        public Boolean cases(Rule.Cases r) {
            for (Rule.Case k : r.cases()) {
                if (k.then().accept(this)) {
                    return true;
                }
            }
            return r.otherwise().accept(this);
        }

        @Override
        public Boolean judgement(Rule.Judgement r) {
            return true;
        }

        @Override
        public Boolean judgementWithin(Rule.JudgementWithin r) {
            return true;
        }

        @Override
        public Boolean levels(Rule.Levels r) {
            return true;
        }

        @Override
        public Boolean awards(Rule.Awards r) {
            return false;
        }

        @Override
        public Boolean bonus(Rule.Bonus r) {
            return r.base().accept(this);
        }

        @Override
        public Boolean sum(Rule.Sum r) {
            for (Rule.Part p : r.parts()) {
                if (p.rule().accept(this)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Boolean veto(Rule.Veto r) {
            return false;
        }

        @Override
        public Boolean notApplicable(Rule.NotApplicable r) {
            return false;
        }

        @Override
        public Boolean noRule(Rule.NoRule r) {
            return false;
        }
    };

    /** Adds each rule visited and walks into the rules it holds ({@code intoParts}: also into a sum's parts). */
    private static final class Rules implements Rule.Visitor<Void> {
        private final List<Rule> out;
        private final boolean intoParts;

        Rules(List<Rule> out, boolean intoParts) {
            this.out = out;
            this.intoParts = intoParts;
        }

        private Void add(Rule r) {
            out.add(r);
            return null;
        }

        @Override
        public Void fullMarks(Rule.FullMarks r) {
            return add(r);
        }

        @Override
        public Void fixedScore(Rule.FixedScore r) {
            return add(r);
        }

        @Override
        public Void deduct(Rule.Deduct r) {
            return add(r);
        }

        @Override
        public Void limitedDeduct(Rule.LimitedDeduct r) {
            return add(r);
        }

        @Override
        public Void formula(Rule.Formula r) {
            return add(r);
        }

        @Override
        public Void cases(Rule.Cases r) {
            add(r);
            for (Rule.Case k : r.cases()) {
                k.then().accept(this);
            }
            return r.otherwise().accept(this);
        }

        @Override
        public Void judgement(Rule.Judgement r) {
            return add(r);
        }

        @Override
        public Void judgementWithin(Rule.JudgementWithin r) {
            add(r);
            return r.tier().accept(this);
        }

        @Override
        public Void levels(Rule.Levels r) {
            return add(r);
        }

        @Override
        public Void awards(Rule.Awards r) {
            return add(r);
        }

        @Override
        public Void bonus(Rule.Bonus r) {
            add(r);
            return r.base().accept(this);
        }

        @Override
        public Void sum(Rule.Sum r) {
            add(r);
            if (intoParts) {
                for (Rule.Part p : r.parts()) {
                    p.rule().accept(this);
                }
            }
            return null;
        }

        @Override
        public Void veto(Rule.Veto r) {
            return add(r);
        }

        @Override
        public Void notApplicable(Rule.NotApplicable r) {
            return add(r);
        }

        @Override
        public Void noRule(Rule.NoRule r) {
            return add(r);
        }
    }

}
