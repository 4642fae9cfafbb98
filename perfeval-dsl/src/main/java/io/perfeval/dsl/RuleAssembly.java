package io.perfeval.dsl;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.dsl.Readings.Clause;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembling the rule from what reading the parts found ({@link Collected}): a level table, a formula, deductions (by
 * bands of one number or added up), awards per count, or ordered clauses ({@link OrderedClauses}) — and bonuses on top.
 */
final class RuleAssembly extends ReadingStep {

    private final OrderedClauses cases;

    RuleAssembly(Collected found) {
        super(found);
        this.cases = new OrderedClauses(found);
    }

    Rule rule() {
        int all = reader.tokens().text.length();
        bareBounds();
        if (found.levelTable != null) {
            return new ItemScores(reader, ctx, items, found.clauses, found.notes, found.part).levels(found.levelTable);
        }
        // formulas (完成率法)
        if (found.formula != null || found.prop) {
            // 「按完成率计分，完成率在60%以下的不得分」: the method stated alone is the rule, whatever clause follows it —
            // the clauses are what is tried before it (a floor, 不适用, a veto) or refused beside it (D024). Read only
            // when nothing else was written, it was dropped beside a clause: 61% scored 10 (a second adversarial probe)
            return formula(all);
        }
        // deductions only (the clauses are the no-deduction case: 全部符合得满分)
        if (!found.terms.isEmpty()) {
            return deductions(all);
        }
        Rule items = found.clauses.isEmpty() || found.freeStep != null || found.standard != null ? null
                : new ItemScores(reader, ctx, this.items, found.clauses, found.notes, found.part).read();
        if (items != null) {
            return items;
        }
        return cases.cases(all);
    }

    /** A formula (完成率法), with what is tried before it (readings 25 and 29). */
    private Rule formula(int all) {
        if (!found.terms.isEmpty()) {
            throw fail("D024", 0, all, span(0, all), "公式与逐项扣分并用");
        }
        List<Rule.Case> exemptions = new ArrayList<>();
        for (Clause b : found.clauses) {
            if (cases.exempting(b)) {
                // reading 25: 「若实施方案没有该项建设任务的，不扣分」 beside a formula is tried before it
                exemptions.add(new Rule.Case(b.cond.condition(), cases.outcome(b)));
            } else if (b.cond != null && b.marker == null && OrderedClauses.losesAll(b)) {
                // reading 29 beside a formula: 「得分=满意度×分值。满意度低于60%不得分。」
                exemptions.add(new Rule.Case(b.cond.condition(), cases.outcome(b)));
                found.notes.add("「" + span(b.from, b.to) + "」先于公式判断：成立时不得分");
            } else {
                throw fail("D024", 0, all, span(0, all), "公式与分段条款并用");
            }
        }
        Expr score = found.formula != null ? OrderedClauses.points(found.formula.score())
                : new Expr.Binary(Expr.ArithmeticOp.MULTIPLY, found.steps().proportional(0, all),
                        new Expr.MaxScore());
        if (found.propText != null) {
            found.notes.add("「" + found.propText + "」：" + (found.formula != null ? "按所写的公式计分"
                    : "得分 = " + PackPrinter.expr(score) + "（按本指标的计算指标）"));
        }
        Rule f = new Rule.Formula(score, found.cap);
        return exemptions.isEmpty() ? f : new Rule.Cases(exemptions, f);
    }

    /** Deductions only (the clauses are the no-deduction case), by bands of one number (reading 44) or added up. */
    private Rule deductions(int all) {
        List<Rule.Case> disqualifiers = new ArrayList<>();
        List<String> disqualifierNotes = new ArrayList<>();
        for (Clause b : found.clauses) {
            if (b.outcome instanceof Parts.Outcome o
                    && (o.kind() == Parts.OutcomeKind.FULL || found.fullScore(o))) {
                String gate = b.cond == null ? null : gate(b.cond.condition());
                if (gate != null) {
                    // reading 56: 「有责任区和责任人划分表得1分,漏一处扣1分」 — the table is the condition of the
                    // points, not the absence of deductions; dropped, a pack without it would score 1
                    throw fail("D070", b.from, b.to, span(b.from, b.to), gate);
                }
                String unmet = b.cond == null ? null
                        : DeductionChecks.fullMarksUnmetWithoutDeduction(b.cond.condition(), found.terms);
                if (unmet != null) {
                    // the same over yes/no data the deductions do name: 「合理…的得2分。因…不合理,…,产生恶劣影响的,扣2分」
                    throw fail("D075", b.from, b.to, span(b.from, b.to), unmet);
                }
                found.notes.add("「" + span(b.from, b.to) + "」：即没有扣分时得满分");
                if (b.cond != null) {
                    dropItems(b.cond.condition()); // it describes full marks; nobody answers its items
                }
            } else if (b.cond != null && b.marker == null && OrderedClauses.losesAll(b)) {
                // reading 29 beside deductions: 「强制险缺失的，不得分；其他保险缺失的，每项扣1分」
                disqualifiers.add(new Rule.Case(b.cond.condition(), cases.outcome(b)));
                disqualifierNotes.add("「" + span(b.from, b.to) + "」先于扣分判断：成立时不得分");
            } else if (b.outcome instanceof Parts.Outcome o && o.kind() == Parts.OutcomeKind.FIXED
                    && o.points().compareTo(ctx.maxScore()) > 0) {
                // 「…,得3分,不符合要求的,发现一处扣0.5分」 on a 2-point row: the points the text gives when nothing is
                // deducted are above the 分值 — say that, not that the two kinds of clause cannot be combined
                throw fail("D042", o.from(), o.to(), span(b.from, b.to), Numerals.trim(o.points()),
                        Numerals.trim(ctx.maxScore()));
            } else {
                throw fail("D024", b.from, b.to, span(b.from, b.to), "逐项扣分与分段得分并用");
            }
        }
        if (found.freeStep != null) {
            throw fail("D024", found.freeStep.from(), found.freeStep.to(),
                    span(found.freeStep.from(), found.freeStep.to()), "逐项扣分与按档扣分并用");
        }
        List<Rule.Case> bands = bands();
        if (bands == null) {
            String nested = nestedBareThresholds();
            if (nested != null) {
                // 「迟报1天扣3分,迟报2天扣10分,迟报3天及以上扣20分」: as thresholds reached they add up (3 days: 33),
                // as bands they do not; the words do not say which
                throw fail("D077", 0, all, span(0, all), nested);
            }
        }
        String on = bands == null ? null : comparedNumber(bands.get(0).when());
        List<Rule.Case> fullBands = new ArrayList<>();
        for (Clause b : found.clauses) {
            if (on != null && b.cond != null && b.marker == null && b.outcome instanceof Parts.Outcome o
                    && (o.kind() == Parts.OutcomeKind.FULL || found.fullScore(o))
                    && on.equals(comparedNumber(b.cond.condition()))) {
                fullBands.add(new Rule.Case(b.cond.condition(), new Rule.FullMarks()));
            }
        }
        List<Rule.Case> sameDisqualifiers = new ArrayList<>();
        List<Rule.Case> otherDisqualifiers = new ArrayList<>();
        List<String> otherNotes = new ArrayList<>();
        for (int k = 0; k < disqualifiers.size(); k++) {
            Rule.Case d = disqualifiers.get(k);
            boolean same = on != null && on.equals(comparedNumber(d.when()));
            (same ? sameDisqualifiers : otherDisqualifiers).add(d);
            if (!same) {
                otherNotes.add(disqualifierNotes.get(k));
            }
        }
        if (bands != null && bands.size() + fullBands.size() + sameDisqualifiers.size() >= 2) {
            // a 不得分 band of the same number is the last band, not judged before the deductions: only the others are
            found.notes.addAll(otherNotes);
            List<Rule.Case> sameNumber = new ArrayList<>(fullBands);
            sameNumber.addAll(bands);
            sameNumber.addAll(sameDisqualifiers);
            String gap = BandCheck.deductionGap(sameNumber);
            if (gap != null) {
                // reading 44 scores a value no band covers as nothing deducted: between two bands that is a guess
                throw fail("D074", 0, all, span(0, all), gap);
            }
            List<Rule.Case> losing = new ArrayList<>(bands);
            losing.addAll(sameDisqualifiers);
            String bottom = lossAtTheBottom(fullBands, losing);
            if (bottom != null) {
                // 「逾期1个月以内的扣1分，逾期1个月以上的不得分」: the lightest loss band reaches down to 0 — no 逾期 at all
                // lost 1 point, where the text takes points for 逾期 only
                throw fail("D087", 0, all, span(0, all), bottom);
            }
            // 「95%以上不扣分,90%-95%之间扣2分,90%以下不得分」「5%以内扣1分,5%-10%之间扣3分,10%以上不得分」:
            // deductions by bands of one number are alternatives, the first band that holds decides (reading 44),
            // not additions; its full-marks band comes first and its 不得分 band last, as written
            List<Rule.Case> ordered = new ArrayList<>(otherDisqualifiers);
            List<Rule.Case> last = new ArrayList<>();
            for (Rule.Case d : sameDisqualifiers) {
                // 「低于90%的扣2分，低于60%的不得分」: a 不得分 band inside a deduction's band is judged before it — placed
                // last it was never reached (50% scored 8). Added up or as tiers, the nested band scores 0 either way
                (nestedInABand(d, bands) ? ordered : last).add(d);
            }
            ordered.addAll(fullBands);
            ordered.addAll(bands);
            ordered.addAll(last);
            found.notes.add("按同一数值分档扣分：各档依次判断，先满足的一档决定得分（扣分不累加）");
            return new Rule.Cases(ordered, new Rule.FullMarks());
        }
        found.notes.addAll(disqualifierNotes);
        Rule deduct = found.steps().limited(new Rule.Deduct(found.terms, found.floor));
        return disqualifiers.isEmpty() ? deduct : new Rule.Cases(disqualifiers, deduct);
    }

    /**
     * Reading 57: 「100%计满分,每低于5%扣2分」 — a number alone before full marks, with the criterion's step after it: the
     * step's direction says which side of the number is full marks (每低于: at or above it), on the step's subject (or
     * the omitted one). A number alone is no item for the evaluator to answer: without such a step it is refused (D071).
     */
    private void bareBounds() {
        for (Clause b : found.clauses) {
            Quantity q = b.item && b.cond != null ? bareBound(b.cond.from(), b.cond.to()) : null;
            if (q == null) {
                continue;
            }
            Parts.Step s = found.freeStep;
            boolean full = b.outcome instanceof Parts.Outcome o
                    && (o.kind() == Parts.OutcomeKind.FULL || found.fullScore(o));
            if (s == null || s.direction() == null || s.direction() == DeductionTerm.Direction.EITHER || !full) {
                throw fail("D071", b.from, b.to, span(b.cond.from(), b.cond.to()), span(b.from, b.to));
            }
            Expr subject = s.subject() != null ? s.subject() : found.steps().proportional(b.cond.from(), b.cond.to());
            boolean below = s.direction() == DeductionTerm.Direction.BELOW;
            Condition c = new Condition.Compare(below ? Condition.Comparison.GE : Condition.Comparison.LE, subject,
                    new Expr.Const(q));
            dropItems(b.cond.condition());
            b.item = false;
            b.cond = new Parts.Cond(c, subject, below ? q : null, below ? null : q, List.of(c), null, b.cond.from(),
                    b.cond.to());
            found.notes.add("「" + span(b.from, b.to) + "」：即 " + PackPrinter.condition(c) + "（「" + span(s.from(), s.to())
                    + "」" + (below ? "向下" : "向上") + "计档）");
        }
    }

    /** The number written alone between {@code from} and {@code to} (「100%」「3个」), or null. */
    private Quantity bareBound(int from, int to) {
        List<CriterionTokens.Tok> in = new ArrayList<>();
        for (CriterionTokens.Tok t : reader.tokens().tokens()) {
            if (t.from >= from && t.to <= to) {
                in.add(t);
            }
        }
        if (in.size() > 1 && in.get(in.size() - 1).getType() == CriterionParser.DE) {
            // 「2次的得2分」: a number and its unit with 的 is as much a number alone (an item of it scored 「2次的」 by the
            // evaluator's answer, and 3 次 scored 1 behind 「1次」, the adversarial probe's A16)
            in.remove(in.size() - 1);
        }
        if (in.isEmpty() || in.size() > 2 || in.get(0).getType() != CriterionParser.NUM
                || !(in.get(0).value instanceof CriterionTokens.Num n) || n.value() == null) {
            return null;
        }
        if (in.size() == 1) {
            return n.percent() ? new Quantity(n.value(), io.perfeval.core.rule.Unit.PERCENT) : null;
        }
        CriterionTokens.Tok u = in.get(1);
        if (u.getType() == CriterionParser.PERCENT) {
            return new Quantity(n.value(), io.perfeval.core.rule.Unit.PERCENT);
        }
        return u.getType() == CriterionParser.UNIT && u.value instanceof io.perfeval.core.rule.Unit unit
                ? new Quantity(n.value(), unit) : null;
    }

    /**
     * The declared data a full-marks clause's condition tests that no deduction counts (joined with 、), or null: such
     * a condition is more than 「nothing to deduct」, and reading it as that would drop it.
     */
    private String gate(Condition c) {
        java.util.Set<String> tested = new java.util.LinkedHashSet<>();
        for (String n : Mentions.of(c)) {
            NameTable.Entry e = ctx.names().get(NameTable.normal(n));
            if (e != null && e.kind() != NameTable.Kind.CHECKLIST) {
                tested.add(n); // (no lambda: this runs in a JVM's first compile, PreloadTest)
            }
        }
        for (DeductionTerm t : found.terms) {
            tested.removeAll(Mentions.of(t instanceof DeductionTerm.PerCount pc ? pc.count()
                    : ((DeductionTerm.PerStep) t).measure()));
        }
        return tested.isEmpty() ? null : String.join("、", tested);
    }

    /**
     * Two deductions of one number each written as the number alone (read as reached, ≥): the first's subject, else
     * null. Such thresholds nest, so both deduct for a value past the second, where the table meant bands.
     */
    private String nestedBareThresholds() {
        String subject = null;
        int bare = 0;
        for (DeductionTerm t : found.terms) {
            if (t instanceof DeductionTerm.PerCount pc && pc.count() instanceof Expr.CountOf c
                    && c.conditions().size() == 1 && bare(c.conditions().get(0))) {
                String on = comparedNumber(c.conditions().get(0));
                if (on != null && (subject == null || subject.equals(on))) {
                    subject = on;
                    bare++;
                }
            }
        }
        return bare >= 2 ? subject : null;
    }

    /** By identity: a record's {@code equals} would set up method handles on a JVM's first compile (PreloadTest). */
    private boolean bare(Condition c) {
        for (Condition b : found.bareThresholds) {
            if (b == c) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reading 44: deductions, each of a fixed number of points once, on conditions that compare one and the same number
     * (bands), as ordered clauses giving the 分值 less the deduction; null when the deductions are not such.
     */
    private List<Rule.Case> bands() {
        if (found.terms.isEmpty()) {
            return null;
        }
        String subject = null;
        List<Rule.Case> out = new ArrayList<>();
        for (DeductionTerm t : found.terms) {
            if (!(t instanceof DeductionTerm.PerCount pc) || !(pc.count() instanceof Expr.CountOf c)
                    || c.conditions().size() != 1 || !(pc.each() instanceof Points.Absolute a)) {
                return null;
            }
            String on = comparedNumber(c.conditions().get(0));
            if (on == null || subject != null && !subject.equals(on)) {
                return null;
            }
            subject = on;
            BigDecimal left = ctx.maxScore().subtract(a.points()).max(BigDecimal.ZERO);
            out.add(new Rule.Case(c.conditions().get(0), new Rule.FixedScore(left)));
        }
        // bands meet at most at an end; 「低于90%扣2分，低于80%扣5分」 nest, and may well add up: not bands
        for (int i = 0; i < out.size(); i++) {
            for (int j = i + 1; j < out.size(); j++) {
                if (overlap(range(out.get(i).when()), range(out.get(j).when()))) {
                    return null;
                }
            }
        }
        return out;
    }

    /**
     * The condition of a loss band with no lower end whose loss is the lightest while the bands above it lose more (so
     * the number measures a failing), when no full-marks band lies at or below it: it takes in 0 and everything under
     * it, which then lose points the text gives for the failing only (D087). Null when there is none.
     */
    private String lossAtTheBottom(List<Rule.Case> fullBands, List<Rule.Case> losing) {
        for (Rule.Case a : losing) {
            Quantity[] ra = range(a.when());
            if (ra[0] != null || !(a.then() instanceof Rule.FixedScore fa) || fa.points().compareTo(ctx.maxScore()) >= 0) {
                continue;
            }
            boolean heavierAbove = false;
            for (Rule.Case b : losing) {
                heavierAbove |= b != a && range(b.when())[0] != null && b.then() instanceof Rule.FixedScore fb
                        && fb.points().compareTo(fa.points()) < 0;
            }
            boolean fullBelow = false;
            for (Rule.Case f : fullBands) {
                Quantity[] rf = range(f.when());
                fullBelow |= rf[0] == null || ra[1] == null || rf[0].compareTo(ra[1]) <= 0;
            }
            if (heavierAbove && !fullBelow) {
                return PackPrinter.condition(a.when());
            }
        }
        return null;
    }

    /** Whether {@code zero}'s values share more than an end with one of {@code bands}. */
    private static boolean nestedInABand(Rule.Case zero, List<Rule.Case> bands) {
        for (Rule.Case b : bands) {
            if (overlap(range(zero.when()), range(b.when()))) {
                return true;
            }
        }
        return false;
    }

    /** The values a condition on one number admits, as [low, high] (null: unbounded), ends included or not. */
    private static Quantity[] range(Condition c) {
        if (c instanceof Condition.Compare k && k.right() instanceof Expr.Const v) {
            Quantity q = v.quantity();
            return switch (k.op()) {
                case GE, GT -> new Quantity[] {q, null};
                case LE, LT -> new Quantity[] {null, q};
                case EQ -> new Quantity[] {q, q};
                default -> new Quantity[] {null, null};
            };
        }
        Quantity[] r = {null, null};
        if (c instanceof Condition.All all) {
            for (Condition x : all.conditions()) {
                Quantity[] one = range(x);
                r[0] = r[0] == null || one[0] != null && one[0].compareTo(r[0]) > 0 ? (one[0] != null ? one[0] : r[0])
                        : r[0];
                r[1] = r[1] == null || one[1] != null && one[1].compareTo(r[1]) < 0 ? (one[1] != null ? one[1] : r[1])
                        : r[1];
            }
        }
        return r;
    }

    /** Whether two ranges share more than an end. */
    private static boolean overlap(Quantity[] a, Quantity[] b) {
        Quantity low = a[0] == null ? b[0] : b[0] == null ? a[0] : a[0].compareTo(b[0]) >= 0 ? a[0] : b[0];
        Quantity high = a[1] == null ? b[1] : b[1] == null ? a[1] : a[1].compareTo(b[1]) <= 0 ? a[1] : b[1];
        return low == null || high == null || low.compareTo(high) < 0;
    }

    /** The number a condition compares with constants (the text of its one subject), or null. */
    private static String comparedNumber(Condition c) {
        if (c instanceof Condition.Compare k && k.right() instanceof Expr.Const) {
            return PackPrinter.expr(k.left());
        }
        if (c instanceof Condition.All all) {
            String on = null;
            for (Condition x : all.conditions()) {
                String one = comparedNumber(x);
                if (one == null || on != null && !on.equals(one)) {
                    return null;
                }
                on = one;
            }
            return on;
        }
        return null;
    }

    /** Takes back the items made for a condition that scores nothing (the last made, in reverse order). */
    private void dropItems(Condition c) {
        if (c instanceof Condition.All a) {
            for (int k = a.conditions().size() - 1; k >= 0; k--) {
                dropItems(a.conditions().get(k));
            }
        } else {
            items.drop(c);
        }
    }

    /**
     * Reading 53: 「党委政府主要领导作出批示的，每次得0.5分；其他领导…每次得0.2分」 — points earned per count, from none up to
     * the 分值 (or a lower 最高得N分), whatever the pack's bonus policy: they are the indicator's score, not a bonus on
     * it. Only alone: beside clauses, deductions or a formula the text would leave open what they add to (D024).
     */
    Rule awardsPerCount() {
        Parts.Deduction d = found.awardsPerCount;
        if (!found.clauses.isEmpty() || !found.terms.isEmpty() || found.formula != null || found.freeStep != null
                || found.levelTable != null || found.prop || !found.bonuses.isEmpty() || found.bonusCap != null) {
            throw fail("D024", d.from(), d.to(), span(d.from(), d.to()), "按次得分与其他计分条款并用（请把按次得分单列为一个指标，或用 规则：写明两者如何合计）");
        }
        Points cap = new Points.ShareOfMax(BigDecimal.ONE, BigDecimal.ONE);
        if (found.judgeMost != null) {
            // 「最多得2分」: the most the counts earn, never above the 分值
            found.judgeMostUsed = true;
            if (found.judgeMost.amount().resolve(ctx.maxScore()).compareTo(ctx.maxScore()) < 0) {
                cap = found.judgeMost.amount();
            } else {
                found.notes.add("「" + span(found.judgeMost.from(), found.judgeMost.to()) + "」：按次得分最多得分值");
            }
        } else {
            found.notes.add("按次得分未写上限：最多得分值");
        }
        return new Rule.Bonus(Rule.FixedScore.zero(), List.of(), found.bonusTerms, cap);
    }

    /**
     * Readings 23 and 50: bonus points on top of the rest, capped by 最高加N分; else awards alone by their sum, and steps
     * (which have no sum) by the 分值 — a bonus never doubles an indicator silently: a higher cap must be written.
     */
    Rule bonus(Rule base) {
        Points cap = found.bonusCap;
        if (cap == null && !found.bonusTerms.isEmpty()) {
            cap = new Points.ShareOfMax(BigDecimal.ONE, BigDecimal.ONE);
            found.notes.add("按档或按个数加分未写上限：加分最多为分值");
        } else if (cap == null) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Rule.Award a : found.bonuses) {
                sum = sum.add(a.points().resolve(ctx.maxScore()));
            }
            cap = new Points.Absolute(sum);
        }
        return new Rule.Bonus(base, found.bonuses, found.bonusTerms, cap);
    }
}
