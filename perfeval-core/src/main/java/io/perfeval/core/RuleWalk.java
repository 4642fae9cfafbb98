package io.perfeval.core;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists every rule, condition and expression below a rule, for checks that need the whole tree. Plain lists rather
 * than callbacks: every pack is checked once, in a JVM that may be compiling its first pack, where each lambda would
 * be one more class spun at run time (BENCHMARKS.md, issue 8).
 */
final class RuleWalk {

    private RuleWalk() {
    }

    static boolean usesJudgement(Rule rule) {
        for (Rule r : rules(rule)) {
            if (r instanceof Rule.Judgement) {
                return true;
            }
        }
        return false;
    }

    /** {@code rule} and every rule below it (the branches of 分情况), outermost first. */
    static List<Rule> rules(Rule rule) {
        List<Rule> out = new ArrayList<>();
        addRules(rule, out);
        return out;
    }

    private static void addRules(Rule rule, List<Rule> out) {
        out.add(rule);
        if (rule instanceof Rule.Cases c) {
            for (Rule.Case k : c.cases()) {
                addRules(k.then(), out);
            }
            addRules(c.otherwise(), out);
        }
    }

    /**
     * Every condition the rule tests, with the conditions inside it and inside the expressions it evaluates: rule by
     * rule outermost first, each condition before its parts.
     */
    static List<Condition> conditions(Rule rule) {
        List<Condition> out = new ArrayList<>();
        for (Rule r : rules(rule)) {
            if (r instanceof Rule.Cases c) {
                for (Rule.Case k : c.cases()) {
                    addConditions(k.when(), out);
                }
            } else if (r instanceof Rule.Formula f) {
                addConditions(f.score(), out);
            } else if (r instanceof Rule.Deduct d) {
                for (DeductionTerm t : d.terms()) {
                    if (t instanceof DeductionTerm.PerCount pc) {
                        addConditions(pc.count(), out);
                    } else if (t instanceof DeductionTerm.PerStep ps) {
                        addConditions(ps.measure(), out);
                        addConditions(ps.reference(), out);
                    }
                }
            }
        }
        return out;
    }

    /** {@code c} and every condition inside it (also inside the counts of its comparisons), each before its parts. */
    static List<Condition> conditions(Condition c) {
        List<Condition> out = new ArrayList<>();
        addConditions(c, out);
        return out;
    }

    private static void addConditions(Condition c, List<Condition> out) {
        out.add(c);
        if (c instanceof Condition.Compare cmp) {
            addConditions(cmp.left(), out);
            addConditions(cmp.right(), out);
        } else if (c instanceof Condition.All a) {
            for (Condition x : a.conditions()) {
                addConditions(x, out);
            }
        } else if (c instanceof Condition.Any a) {
            for (Condition x : a.conditions()) {
                addConditions(x, out);
            }
        } else if (c instanceof Condition.Not n) {
            addConditions(n.condition(), out);
        }
    }

    /** The conditions inside an expression (those a 满足…的项数 count tests), each with its parts. */
    private static void addConditions(Expr e, List<Condition> out) {
        if (e instanceof Expr.Binary b) {
            addConditions(b.left(), out);
            addConditions(b.right(), out);
        } else if (e instanceof Expr.CountOf c) {
            for (Condition x : c.conditions()) {
                addConditions(x, out);
            }
        }
    }

    /** {@code e} and every expression inside it, also inside the conditions of a count, each before its parts. */
    static List<Expr> exprs(Expr e) {
        List<Expr> out = new ArrayList<>();
        addExprs(e, out);
        return out;
    }

    private static void addExprs(Expr e, List<Expr> out) {
        out.add(e);
        if (e instanceof Expr.Binary b) {
            addExprs(b.left(), out);
            addExprs(b.right(), out);
        } else if (e instanceof Expr.CountOf c) {
            for (Condition x : c.conditions()) {
                addExprs(x, out);
            }
        }
    }

    private static void addExprs(Condition c, List<Expr> out) {
        if (c instanceof Condition.Compare cmp) {
            addExprs(cmp.left(), out);
            addExprs(cmp.right(), out);
        } else if (c instanceof Condition.All a) {
            for (Condition x : a.conditions()) {
                addExprs(x, out);
            }
        } else if (c instanceof Condition.Any a) {
            for (Condition x : a.conditions()) {
                addExprs(x, out);
            }
        } else if (c instanceof Condition.Not n) {
            addExprs(n.condition(), out);
        }
    }
}
