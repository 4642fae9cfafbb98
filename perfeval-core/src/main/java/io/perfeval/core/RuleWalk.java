package io.perfeval.core;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Rule;
import java.util.List;
import java.util.function.Consumer;

/** Visits every rule, condition and expression below a rule, for checks that need the whole tree. */
final class RuleWalk {

    private RuleWalk() {
    }

    static boolean usesJudgement(Rule rule) {
        boolean[] found = {false};
        rules(rule, r -> found[0] |= r instanceof Rule.Judgement);
        return found[0];
    }

    static void rules(Rule rule, Consumer<Rule> visit) {
        visit.accept(rule);
        if (rule instanceof Rule.Cases c) {
            for (Rule.Case k : c.cases()) {
                rules(k.then(), visit);
            }
            rules(c.otherwise(), visit);
        }
    }

    /** Every expression (and every expression inside a condition) the rule evaluates, outermost first. */
    static void exprs(Rule rule, Consumer<Expr> visit, Consumer<Condition> visitCondition) {
        rules(rule, r -> {
            if (r instanceof Rule.Cases c) {
                for (Rule.Case k : c.cases()) {
                    condition(k.when(), visit, visitCondition);
                }
            } else if (r instanceof Rule.Formula f) {
                expr(f.score(), visit, visitCondition);
            } else if (r instanceof Rule.Deduct d) {
                for (DeductionTerm t : d.terms()) {
                    if (t instanceof DeductionTerm.PerCount pc) {
                        expr(pc.count(), visit, visitCondition);
                    } else if (t instanceof DeductionTerm.PerStep ps) {
                        expr(ps.measure(), visit, visitCondition);
                        expr(ps.reference(), visit, visitCondition);
                    }
                }
            }
        });
    }

    static void expr(Expr e, Consumer<Expr> visit, Consumer<Condition> visitCondition) {
        visit.accept(e);
        if (e instanceof Expr.Binary b) {
            expr(b.left(), visit, visitCondition);
            expr(b.right(), visit, visitCondition);
        } else if (e instanceof Expr.CountOf c) {
            for (Condition x : c.conditions()) {
                condition(x, visit, visitCondition);
            }
        }
    }

    static void condition(Condition c, Consumer<Expr> visit, Consumer<Condition> visitCondition) {
        visitCondition.accept(c);
        if (c instanceof Condition.Compare cmp) {
            expr(cmp.left(), visit, visitCondition);
            expr(cmp.right(), visit, visitCondition);
        } else if (c instanceof Condition.All || c instanceof Condition.Any) {
            List<Condition> parts = c instanceof Condition.All a ? a.conditions() : ((Condition.Any) c).conditions();
            for (Condition x : parts) {
                condition(x, visit, visitCondition);
            }
        } else if (c instanceof Condition.Not n) {
            condition(n.condition(), visit, visitCondition);
        }
    }
}
