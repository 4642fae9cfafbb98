package io.perfeval.dsl;

import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;

/**
 * An upper bound of what a rule read from a criterion can give, counting on the data for the rest: stated points where
 * the rule states them, the 分值 where the data decide (a deduction, a formula, a judgement). A bound below the 分值
 * means the criterion as read can never earn full marks — the reader takes that as a sign of a wrong reading (D049).
 * Not the analysis's exact maximum: only what the words fix.
 */
final class Highest implements Rule.Visitor<BigDecimal> {

    private final BigDecimal max;

    private Highest(BigDecimal max) {
        this.max = max;
    }

    static BigDecimal of(Rule rule, BigDecimal max) {
        return rule.accept(new Highest(max)).min(max);
    }

    private BigDecimal resolve(Points p) {
        return p.resolve(max);
    }

    @Override
    public BigDecimal fullMarks(Rule.FullMarks r) {
        return max;
    }

    @Override
    public BigDecimal fixedScore(Rule.FixedScore r) {
        return r.points();
    }

    @Override
    public BigDecimal deduct(Rule.Deduct r) {
        return max;
    }

    @Override
    public BigDecimal limitedDeduct(Rule.LimitedDeduct r) {
        return max;
    }

    @Override
    public BigDecimal formula(Rule.Formula r) {
        return max;
    }

    @Override
    public BigDecimal cases(Rule.Cases r) {
        BigDecimal best = r.otherwise().accept(this);
        for (Rule.Case c : r.cases()) {
            best = best.max(c.then().accept(this));
        }
        return best;
    }

    @Override
    public BigDecimal judgement(Rule.Judgement r) {
        return resolve(r.max());
    }

    @Override
    public BigDecimal judgementWithin(Rule.JudgementWithin r) {
        return r.tier().accept(this);
    }

    @Override
    public BigDecimal levels(Rule.Levels r) {
        BigDecimal best = BigDecimal.ZERO;
        for (Rule.Level l : r.levels()) {
            best = best.max(resolve(l.max()));
        }
        return best;
    }

    @Override
    public BigDecimal awards(Rule.Awards r) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Rule.Award a : r.awards()) {
            sum = sum.add(resolve(a.points()));
        }
        return sum;
    }

    @Override
    public BigDecimal bonus(Rule.Bonus r) {
        return max;
    }

    @Override
    public BigDecimal sum(Rule.Sum r) {
        BigDecimal total = BigDecimal.ZERO;
        for (Rule.Part p : r.parts()) {
            total = total.add(Highest.of(p.rule(), p.max()));
        }
        return total;
    }

    @Override
    public BigDecimal veto(Rule.Veto r) {
        return BigDecimal.ZERO;
    }

    @Override
    public BigDecimal notApplicable(Rule.NotApplicable r) {
        // where it holds the indicator is not scored: it gives nothing towards the 分值
        return BigDecimal.ZERO;
    }

    @Override
    public BigDecimal noRule(Rule.NoRule r) {
        return BigDecimal.ZERO;
    }
}
