package io.perfeval.dsl;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.dsl.Readings.Clause;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Ordered clauses (reading 1): what each clause gives, exemptions (reading 25) and disqualifiers (reading 29) tried
 * first, a complement read as 否则 (reading 11), and what the cases leave (readings 3, 10, 52). Used by
 * {@link RuleAssembly} over what reading the parts found ({@link Collected}).
 */
final class OrderedClauses extends ReadingStep {


    OrderedClauses(Collected found) {
        super(found);
    }

    /** Ordered clauses (reading 1), with a step deduction standing alone (reading 3) for what they leave. */
    Rule cases(int all) {
        List<Rule.Case> cases = new ArrayList<>();
        List<io.perfeval.core.diag.SourceLocation> caseLocs = new ArrayList<>();
        List<String> caseTexts = new ArrayList<>();
        Rule otherwise = null;
        Condition targetCond = null;
        if (found.clauses.size() == 1 && found.freeStep == null && found.standard == null && found.clauses.get(0).item
                && found.clauses.get(0).outcome instanceof Parts.Outcome o && o.kind() == Parts.OutcomeKind.JUDGE
                && o.low() == null && items.drop(found.clauses.get(0).cond.condition())) {
            // 「…总体建设完善，视情况酌情给分」 alone: the words say what is judged, not when
            Clause b = found.clauses.get(0);
            found.notes.add("「" + span(b.cond.from(), b.cond.to()) + "」：评价人酌情给分所依据的情况");
            return outcome(b);
        }
        List<Clause> ordered = disqualifiersFirst(exemptionsFirst(found.clauses));
        for (int k = 0; k < ordered.size(); k++) {
            Clause b = ordered.get(k);
            Rule then = outcome(b);
            if (b.marker instanceof Parts.Otherwise || (b.negTarget && targetCond != null)
                    || complement(ordered, k)) {
                if (otherwise != null) {
                    throw fail("D014", b.from, b.to, span(b.from, b.to));
                }
                otherwise = then;
                continue;
            }
            if (b.marker instanceof Parts.AllMet) {
                throw fail("D024", b.from, b.to, span(b.from, b.to), "全部符合但没有逐项扣分");
            }
            if (b.cond == null) {
                if (ordered.size() == 1 && found.freeStep == null) {
                    if (b.outcome instanceof Parts.Veto) {
                        throw fail("D037", b.from, b.to, span(b.from, b.to));
                    }
                    return then;
                }
                throw fail("D007", b.from, b.to, span(b.from, b.to));
            }
            if (b.target) {
                targetCond = b.cond.condition();
            }
            for (Rule.Case before : cases) {
                if (ClauseRelations.implies(b.cond.condition(), before.when())) {
                    // 「按时报送的得6分；按时报送且数据准确的得满分」: every case this clause takes, a clause before it has
                    // taken — first that holds decides (reading 1), so it never applies (a second adversarial probe)
                    throw fail("D014", b.from, b.to, span(b.from, b.to));
                }
            }
            cases.add(new Rule.Case(b.cond.condition(), then));
            caseLocs.add(reader.loc(b.from, b.to));
            caseTexts.add(span(b.from, b.to));
        }
        if (found.freeStep != null) {
            startsFromMaxScore(cases, caseTexts, caseLocs);
            if (otherwise != null) {
                throw fail("D024", found.freeStep.from(), found.freeStep.to(),
                        span(found.freeStep.from(), found.freeStep.to()), "否则条款与按档扣分并用");
            }
            otherwise = found.steps().freeDeduction(found.freeStep);
            if (BandCheck.coversEveryValue(cases)) {
                // 「达到100%的得满分；低于100%的得5分；每降低1个百分点扣0.5分」: the clauses take every value, so the
                // steps (reading 3: what they leave) could never apply — a written part dropped without a word
                throw fail("D014", found.freeStep.from(), found.freeStep.to(),
                        span(found.freeStep.from(), found.freeStep.to()));
            }
        } else if (found.standard != null) {
            throw fail("D006", found.standard.from(), found.standard.to(),
                    span(found.standard.from(), found.standard.to()), "");
        }
        if (cases.isEmpty()) {
            if (otherwise == null) {
                throw fail("D006", 0, all, span(0, all), "（没有任何得分条款）");
            }
            return otherwise;
        }
        if (otherwise == null) {
            otherwise = unsaid(cases, caseTexts, targetCond);
        }
        BandCheck.check(cases, otherwise, ctx.path(), reader.diag(), caseLocs, caseTexts);
        return new Rule.Cases(cases, otherwise);
    }

    /** What the cases leave unsaid when no 否则 says it (readings 10 and 52). */
    private Rule unsaid(List<Rule.Case> cases, List<String> caseTexts, Condition targetCond) {
        // reading 10: a criterion that only says when marks are lost (不得分, 扣…, 否决) gives full marks otherwise;
        // one that also gives points (得满分, 得N分 with N > 0, 酌情) says nothing of the rest: no score there
        boolean allLosing = true;
        for (int k = 0; k < cases.size(); k++) {
            allLosing &= losing(cases.get(k).then()) || deductsByJudgement(caseTexts.get(k));
        }
        Rule otherwise = allLosing ? new Rule.FullMarks() : found.part ? Rule.FixedScore.zero() : new Rule.NoRule();
        if (!allLosing && !found.part && requirementsOnly(cases, targetCond)) {
            // reading 52: points for meeting requirements that are true or false (是否, items the evaluator
            // answers, the declared 达标) are earned by meeting them: the rest, not meeting them, scores none —
            // as an award item does. A number's bands stay open (D015): their rest may be another band.
            otherwise = Rule.FixedScore.zero();
            found.notes.add("未达到所列要求的情形不得分（原文只写了达到要求时的得分）");
        }
        return otherwise;
    }

    /**
     * Steps standing alone deduct from the 分值 (reading 3): the clause the steps count from must give the 分值, else
     * 「耳标佩戴率100%得5分，每降2%扣1分」 would deduct from 10 what the text deducts from 5 (D048).
     */
    private void startsFromMaxScore(List<Rule.Case> cases, List<String> texts,
                                    List<io.perfeval.core.diag.SourceLocation> locs) {
        BigDecimal best = null;
        int at = -1;
        for (int k = 0; k < cases.size(); k++) {
            Rule then = cases.get(k).then();
            BigDecimal p = then instanceof Rule.FullMarks ? ctx.maxScore()
                    : then instanceof Rule.FixedScore f ? f.points() : null;
            if (p != null && (best == null || p.compareTo(best) > 0)) {
                best = p;
                at = k;
            }
        }
        if (best != null && best.signum() > 0 && best.compareTo(ctx.maxScore()) < 0) {
            Clause b = clauseOf(texts.get(at));
            throw fail("D048", b.from, b.to, texts.get(at), Numerals.trim(best), Numerals.trim(ctx.maxScore()));
        }
    }

    private Clause clauseOf(String text) {
        for (Clause b : found.clauses) {
            if (span(b.from, b.to).equals(text)) {
                return b;
            }
        }
        throw new IllegalStateException("no clause " + text);
    }

    /** 「…的，视情况酌情扣分」: a judgement of how much to take away, not of what to give (reading 10). */
    private boolean deductsByJudgement(String clause) {
        for (Clause b : found.clauses) {
            if (span(b.from, b.to).equals(clause) && b.outcome instanceof Parts.Outcome o
                    && o.kind() == Parts.OutcomeKind.JUDGE) {
                return span(o.from(), o.to()).contains("扣");
            }
        }
        return false;
    }

    /** Whether a rule only takes points away: 0 分, deductions, a veto (what reading 10 reads as the losing cases). */
    private static boolean losing(Rule r) {
        return r instanceof Rule.FixedScore f && f.points().signum() == 0 || r instanceof Rule.Deduct
                || r instanceof Rule.LimitedDeduct || r instanceof Rule.Veto || r instanceof Rule.NotApplicable;
    }

    /**
     * Whether every case gives fixed points (or full marks) for a requirement met: conditions true or false, none a
     * number's band, no judgement.
     */
    private static boolean requirementsOnly(List<Rule.Case> cases, Condition target) {
        for (Rule.Case c : cases) {
            boolean points = c.then() instanceof Rule.FullMarks
                    || c.then() instanceof Rule.FixedScore f && f.points().signum() > 0;
            // the declared 达标 is the very condition object (not equals(): a record's equals bootstraps method
            // handles on a JVM's first compile, tens of milliseconds)
            if (!points || !(c.when() == target || trueOrFalse(c.when()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean trueOrFalse(Condition c) {
        if (c instanceof Condition.IsYes || c instanceof Condition.AllItemsMet) {
            return true;
        }
        if (c instanceof Condition.Not n) {
            return trueOrFalse(n.condition());
        }
        List<Condition> members = c instanceof Condition.All a ? a.conditions()
                : c instanceof Condition.Any a ? a.conditions() : null;
        if (members == null) {
            return false;
        }
        for (Condition m : members) {
            if (!trueOrFalse(m)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reading 25: a clause that exempts (「没有楼堂馆所项目的部门按满分计算」「本年未发生采购的，此项得满分」, or any 不适用
     * clause) is tried first, wherever it is written: where it holds, the numbers the other clauses compare may not
     * exist.
     */
    private List<Clause> exemptionsFirst(List<Clause> in) {
        List<Clause> first = new ArrayList<>();
        List<Clause> rest = new ArrayList<>();
        for (Clause b : in) {
            if (exempting(b) && (in.indexOf(b) > 0 || isNotApplicable(b))) {
                first.add(b);
            } else {
                rest.add(b);
            }
        }
        first.addAll(rest);
        return first;
    }

    /** A clause that takes every point away: 不得分, 一票否决. */
    static boolean losesAll(Clause b) {
        return b.outcome instanceof Parts.Veto || b.outcome instanceof Parts.Outcome o
                && o.kind() == Parts.OutcomeKind.FIXED && o.points().signum() == 0;
    }

    boolean exempting(Clause b) {
        int from = b.cond == null ? 0 : Math.min(b.from, b.cond.from());
        // 若/如 may have been read as its own word just before the condition
        String before = span(Math.max(0, from - 2), from);
        String cond = b.cond == null ? "" : (before.endsWith("若") || before.endsWith("如") ? "若" : "")
                + span(from, b.cond.to());
        boolean exempts = b.cond != null && cond.matches(EXEMPTS);
        return b.cond != null && (isNotApplicable(b)
                || exempts && b.outcome instanceof Parts.Outcome f && f.kind() == Parts.OutcomeKind.FULL);
    }

    private static boolean isNotApplicable(Clause b) {
        return b.outcome instanceof Parts.Outcome o && o.kind() == Parts.OutcomeKind.NOT_APPLICABLE;
    }

    /** An exempting condition: 没有楼堂馆所项目的, 若实施方案没有该项建设任务, 本年未发生采购的. */
    private static final String EXEMPTS = "^(?:(?:如|若|凡|如果)[^，,；;。]{0,12}?)?(?:没有|无|未发生|不涉及|未涉及|未安排|未开展).*";

    /**
     * Reading 29: a clause that takes every point away (不得分, 一票否决) on a condition about something no earlier clause
     * tests is tried before them: 「抛荒面积控制在0.1%以下的计10分,…或连片抛荒在2亩以上的不计分」 — 2 亩 of 连片抛荒 loses
     * the 10 points whatever the share; read in order, the first clause would give them.
     */
    private List<Clause> disqualifiersFirst(List<Clause> in) {
        List<Clause> first = new ArrayList<>();
        List<Clause> rest = new ArrayList<>();
        java.util.Set<String> tested = new java.util.HashSet<>();
        for (Clause b : in) {
            if (b.cond != null && losesAll(b) && !rest.isEmpty() && b.marker == null
                    && !tested.containsAll(Mentions.of(b.cond.condition()))) {
                first.add(b);
                found.notes.add("「" + span(b.from, b.to) + "」先于前面的条款判断：它的条件涉及前面条款没有检查的数据，"
                        + "成立时不论前面的条款如何都不得分");
            } else {
                if (b.cond != null) {
                    tested.addAll(Mentions.of(b.cond.condition()));
                }
                rest.add(b);
            }
        }
        if (first.isEmpty()) {
            return in;
        }
        // exemptions (reading 25) stay before everything
        List<Clause> out = new ArrayList<>();
        int k = 0;
        while (k < rest.size() && exempting(rest.get(k))) {
            out.add(rest.get(k++));
        }
        out.addAll(first);
        out.addAll(rest.subList(k, rest.size()));
        return out;
    }

    /**
     * Reading 11 for evaluator items: a negative item right after the positive item of a clause that gives full marks
     * or a score is that clause's complement (否则), not a second item: 「编制符合要求的得7分，不符合要求的视具体情况扣分」.
     */
    private boolean complement(List<Clause> ordered, int k) {
        if (k == 0) {
            return false;
        }
        Clause b = ordered.get(k);
        Clause prev = ordered.get(k - 1);
        boolean complement = b.item && b.proseNegative && prev.item && !prev.proseNegative && k == ordered.size() - 1
                && !(b.outcome instanceof Parts.Outcome o && o.kind() == Parts.OutcomeKind.FULL)
                && ClauseRelations.negates(span(b.cond.from(), b.cond.to()), span(prev.cond.from(), prev.cond.to()))
                && items.drop(b.cond.condition());
        if (complement) {
            found.notes.add("「" + span(b.cond.from(), b.cond.to()) + "」读作前一条的反面（否则）");
        }
        return complement;
    }

    Rule outcome(Clause b) {
        Parts.Part o = b.outcome;
        if (o instanceof Parts.Veto v) {
            return new Rule.Veto(v.scope());
        }
        if (o instanceof Parts.Formula f) {
            return new Rule.Formula(points(f.score()), found.cap);
        }
        if (o instanceof Parts.Step s) {
            return found.steps().stepClause(b, s);
        }
        Parts.Outcome out = (Parts.Outcome) o;
        return switch (out.kind()) {
            case FULL -> new Rule.FullMarks();
            case FIXED -> {
                if (out.points().compareTo(ctx.maxScore()) > 0) {
                    throw fail("D042", out.from(), out.to(), span(out.from(), out.to()), Numerals.trim(out.points()),
                            Numerals.trim(ctx.maxScore()));
                }
                yield new Rule.FixedScore(out.points());
            }
            case JUDGE -> out.low() == null ? judged(out) : judgedLoss(out);
            case RANGE -> new Rule.Judgement(out.low(), out.high());
            case SHARE -> new Rule.Judgement(out.low(), out.high());
            case SHARE_OF_MAX -> {
                Points.ShareOfMax p = (Points.ShareOfMax) out.low();
                yield new Rule.Formula(new Expr.Binary(Expr.ArithmeticOp.MULTIPLY, new Expr.Const(Quantity.number(
                        io.perfeval.core.rule.Decimals.divide(p.numerator(), p.denominator()))), new Expr.MaxScore()),
                        false);
            }
            case NOT_APPLICABLE -> new Rule.NotApplicable(notApplicableReason(b));
            case INTERP -> found.steps().interpolated(b);
            case RAMP -> found.steps().ramp(b);
            case PROP -> new Rule.Formula(new Expr.Binary(Expr.ArithmeticOp.MULTIPLY,
                    found.steps().proportional(b.from, b.to), new Expr.MaxScore()), found.cap);
        };
    }

    /**
     * 扣1-3分 on a clause: the evaluator takes away between the two, so scores 分值 − 3 to 分值 − 1 (of a part's 分值 in a
     * sum). A range reaching past the 分值 is refused (D080).
     */
    private Rule judgedLoss(Parts.Outcome out) {
        BigDecimal max = ctx.maxScore();
        BigDecimal most = out.high().resolve(max);
        if (most.compareTo(max) > 0) {
            throw fail("D080", out.from(), out.to(), span(out.from(), out.to()), Numerals.trim(max));
        }
        return new Rule.Judgement(new Points.Absolute(max.subtract(most)),
                new Points.Absolute(max.subtract(out.low().resolve(max))));
    }

    /**
     * 酌情给分: anywhere from 0 to the 分值, or to what 最高N分 says. 「酌情扣分，最多扣3分」: a judged loss of at most
     * 3, so 分值 − 3 to the 分值 — before, the 最多扣 limit bound no deduction and was dropped, and any judgement from 0
     * was taken (a fourth adversarial probe).
     */
    private Rule judged(Parts.Outcome out) {
        if (found.floorAt != null && span(out.from(), out.to()).contains("扣")) {
            BigDecimal max = ctx.maxScore();
            BigDecimal most = found.floorAt.resolve(max);
            if (most.compareTo(max) < 0) {
                found.notes.add("「" + span(found.floorFrom, found.floorTo) + "」：酌情扣分的上限");
                return new Rule.Judgement(new Points.Absolute(max.subtract(most)), Points.full());
            }
        }
        return judged();
    }

    private Rule judged() {
        if (found.judgeMost == null) {
            return Rule.Judgement.anywhere();
        }
        found.judgeMostUsed = true;
        return new Rule.Judgement(new Points.Absolute(BigDecimal.ZERO), found.judgeMost.amount());
    }

    private String notApplicableReason(Clause b) {
        String text = b.cond == null ? "" : span(b.cond.from(), b.cond.to()).replaceFirst("[的者]$", "");
        return text.isBlank() ? "不适用" : text;
    }

    /**
     * Reading 21: 「得分值=种植率×30」 multiplies by the points without saying 分; a bare number multiplying a formula that
     * has no 分值 and no points in it is those points.
     */
    static Expr points(Expr score) {
        if (mentionsPoints(score) || !(score instanceof Expr.Binary b) || b.op() != Expr.ArithmeticOp.MULTIPLY) {
            return score;
        }
        if (b.right() instanceof Expr.Const c && c.quantity().unit().equals(io.perfeval.core.rule.Unit.NUMBER)) {
            return new Expr.Binary(b.op(), b.left(), new Expr.Const(new Quantity(c.quantity().value(),
                    io.perfeval.core.rule.Unit.POINT)));
        }
        if (b.left() instanceof Expr.Const c && c.quantity().unit().equals(io.perfeval.core.rule.Unit.NUMBER)) {
            return new Expr.Binary(b.op(), new Expr.Const(new Quantity(c.quantity().value(),
                    io.perfeval.core.rule.Unit.POINT)), b.right());
        }
        return score;
    }

    private static boolean mentionsPoints(Expr e) {
        if (e instanceof Expr.MaxScore) {
            return true;
        }
        if (e instanceof Expr.Const c) {
            return c.quantity().unit().equals(io.perfeval.core.rule.Unit.POINT);
        }
        if (e instanceof Expr.Binary b) {
            return mentionsPoints(b.left()) || mentionsPoints(b.right());
        }
        if (e instanceof Expr.Min m) {
            return mentionsPoints(m.left()) || mentionsPoints(m.right());
        }
        if (e instanceof Expr.Max m) {
            return mentionsPoints(m.left()) || mentionsPoints(m.right());
        }
        return e instanceof Expr.Abs a && mentionsPoints(a.value());
    }
}
