package io.perfeval.dsl;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Condition.Comparison;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.DeductionTerm.Direction;
import io.perfeval.core.rule.DeductionTerm.StepCounting;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.util.List;

/**
 * The step readings: where steps count from and what they count (readings 2, 3, 5, 16, 17, 24, 36), proportional
 * scores (37), and the deduction limits (22). Made by {@link Collected#steps()} once the parts of a criterion are read into
 * clauses, over that state; it adds its notes to the reading's.
 */
final class Steps {

    private final CriterionReader reader;
    private final CriterionReader.Context ctx;
    private final List<Readings.Clause> clauses;
    private final List<String> notes;
    private final Parts.Standard standard;
    private final boolean floor;
    private final Points floorAt;
    private final int floorFrom;
    private final int floorTo;

    Steps(CriterionReader reader, CriterionReader.Context ctx, List<Readings.Clause> clauses, List<String> notes,
          Parts.Standard standard, boolean floor, Points floorAt, int floorFrom, int floorTo) {
        this.reader = reader;
        this.ctx = ctx;
        this.clauses = clauses;
        this.notes = notes;
        this.standard = standard;
        this.floor = floor;
        this.floorAt = floorAt;
        this.floorFrom = floorFrom;
        this.floorTo = floorTo;
    }

    private PartsBuilder.Stop fail(String code, int from, int to, Object... args) {
        return reader.fail(code, from, to, args);
    }

    private String span(int from, int to) {
        return reader.span(from, to);
    }

    /** A fixed score that is the 分值. */
    private boolean fullScore(Parts.Outcome o) {
        return o.kind() == Parts.OutcomeKind.FIXED && o.points() != null && o.points().compareTo(ctx.maxScore()) == 0;
    }

    /** 扣满N分为止 / 最多扣N分 below the 分值: the deductions stop at N (reading 22). */
    Rule limited(Rule.Deduct d) {
        if (floorAt == null) {
            return d;
        }
        BigDecimal n = floorAt.resolve(ctx.maxScore());
        if (n.signum() <= 0 || n.compareTo(ctx.maxScore()) > 0) {
            throw fail("D024", floorFrom, floorTo, span(floorFrom, floorTo), "扣分上限须大于0且不超过分值");
        }
        if (n.compareTo(ctx.maxScore()) == 0) {
            return new Rule.Deduct(d.terms(), true);
        }
        return new Rule.LimitedDeduct(d, floorAt);
    }

    /** Reading 2: 「在0分和满分之间确定」 computed by the step deduction after it, or else a judgement. */
    Rule interpolated(Readings.Clause b) {
        if (b.step == null) {
            return Rule.Judgement.anywhere();
        }
        if (b.cond == null || b.cond.lower() == null && b.cond.upper() == null) {
            throw fail("D032", b.from, b.to, span(b.from, b.to));
        }
        Direction dir = b.step.direction() != null ? b.step.direction()
                : b.cond.lower() != null && fullMarksAt(b.cond.lower(), true) ? Direction.ABOVE : Direction.BELOW;
        Quantity ref = dir == Direction.BELOW ? b.cond.upper() : b.cond.lower();
        if (ref == null || b.cond.subject() == null) {
            throw fail("D032", b.from, b.to, span(b.from, b.to));
        }
        Parts.Part interp = b.outcome;
        notes.add("「" + span(interp.from(), interp.to()) + "」：由后面的「" + span(b.step.from(), b.step.to())
                + "」算出，从 " + ref.display() + " 起算");
        return limited(new Rule.Deduct(List.of(new DeductionTerm.PerStep(stepOn(b.step, b.cond.subject()),
                new Expr.Const(ref), dir, b.step.size(), b.step.amount(), counting(b.step))), floor));
    }

    /**
     * What steps count: the subject of the clause they belong to; one written before 每 (「完成率每降低…」) must be that
     * very subject — steps on one number counted from another's bound would score silently wrong (D024).
     */
    private Expr stepOn(Parts.Step s, Expr clauseSubject) {
        if (s.subject() == null || clauseSubject == null) {
            return clauseSubject != null ? clauseSubject : s.subject();
        }
        if (!PackPrinter.expr(s.subject()).equals(PackPrinter.expr(clauseSubject))) {
            throw fail("D024", s.from(), s.to(), span(s.from(), s.to()), "按档扣分写明的对象（"
                    + PackPrinter.expr(s.subject()) + "）与它所属条款比较的对象（" + PackPrinter.expr(clauseSubject)
                    + "）不同");
        }
        return clauseSubject;
    }

    /**
     * A condition with its own step deduction (「大于100%每增加0.1个百分点扣0.1分」): the steps count from the condition's
     * bound. When the steps go out of the condition's region instead (「完成500吨以上，每少50吨扣2分」, reading 24), the
     * condition is where full marks are, and the steps count from its bound below it.
     */
    Rule stepClause(Readings.Clause b, Parts.Step s) {
        Direction dir = s.direction() == null ? Direction.ABOVE : s.direction();
        Expr ref = reference(b.cond, dir == Direction.BELOW ? Direction.BELOW : Direction.ABOVE);
        if (ref == null || b.cond.subject() == null) {
            throw fail("D032", b.from, b.to, span(b.from, b.to));
        }
        Readings.Clause above = lowerBandBeyond(b, dir);
        if (above != null) {
            // 「…95%-85%之间的,每降低1个百分点扣0.5分;85%以下的,每降低1个百分点扣1分」: steps counted from 85% start
            // from the 分值 again, so 84% (9) outscored 85% (5); from the band's score at 85%, or from the 分值? (D088)
            throw fail("D088", b.from, b.to, span(b.from, b.to), span(above.from, above.to));
        }
        return limited(new Rule.Deduct(List.of(new DeductionTerm.PerStep(stepOn(s, b.cond.subject()),
                ref, dir, s.size(), s.amount(), counting(s))), floor));
    }

    /**
     * Another clause on the same number, on the side the steps of {@code b} count away from, that scores below the 分值
     * (a fixed score or steps of its own): the steps of {@code b} would start from the 分值 past a band that already
     * scores less. Null when there is none.
     */
    private Readings.Clause lowerBandBeyond(Readings.Clause b, Direction dir) {
        Quantity from = dir == Direction.BELOW ? b.cond.upper() : b.cond.lower();
        if (from == null || dir == Direction.EITHER) {
            return null;
        }
        for (Readings.Clause c : clauses) {
            // subjects by name: a record's equals would spin classes on the first compile (PreloadTest)
            if (c == b || c.cond == null || !(c.cond.subject() instanceof Expr.Ref r1)
                    || !(b.cond.subject() instanceof Expr.Ref r2) || !r1.name().equals(r2.name())) {
                continue;
            }
            boolean beyond = dir == Direction.BELOW ? c.cond.lower() != null && c.cond.lower().compareTo(from) >= 0
                    : c.cond.upper() != null && c.cond.upper().compareTo(from) <= 0;
            boolean less = c.outcome instanceof Parts.Step || c.outcome instanceof Parts.Outcome o
                    && o.kind() == Parts.OutcomeKind.FIXED && o.points() != null && !fullScore(o);
            if (beyond && less) {
                return c;
            }
        }
        return null;
    }

    /**
     * Where steps in {@code dir} count from: the bound the condition sets on that side — a number (超过95%) or a declared
     * one (大于目标值) — or null when the condition sets none there.
     */
    static Expr reference(Parts.Cond cond, Direction dir) {
        Quantity bound = dir == Direction.ABOVE ? cond.lower() : cond.upper();
        if (bound != null) {
            return new Expr.Const(bound);
        }
        if (cond.condition() instanceof Condition.Compare c && c.left().equals(cond.subject())
                && !(c.right() instanceof Expr.Const)) {
            boolean above = c.op() == Comparison.GT || c.op() == Comparison.GE;
            boolean below = c.op() == Comparison.LT || c.op() == Comparison.LE;
            if (dir == Direction.ABOVE && above || dir == Direction.BELOW && below) {
                return c.right();
            }
        }
        return null;
    }


    /** Reading 50: a bonus step counted from {@code reference} on {@code subject}, in {@code dir}. */
    DeductionTerm.PerStep bonusStep(Parts.Step s, Expr subject, Expr reference, Direction dir) {
        return new DeductionTerm.PerStep(stepOn(s, subject), reference, dir, s.size(), s.amount(), counting(s));
    }

    /** Reading 17: 「15-30日按比例减分」 is linear from full marks at the end next to the full-marks clause to 0. */
    Rule ramp(Readings.Clause b) {
        if (b.cond == null || b.cond.lower() == null || b.cond.upper() == null) {
            throw fail("D032", b.from, b.to, span(b.from, b.to));
        }
        Quantity lo = b.cond.lower();
        Quantity hi = b.cond.upper();
        boolean fullBelow = fullMarksAt(lo, true);
        Direction dir = fullBelow ? Direction.ABOVE : Direction.BELOW;
        BigDecimal width = hi.in(lo.unit()).value().subtract(lo.value());
        Quantity unitStep = new Quantity(BigDecimal.ONE, lo.unit());
        return new Rule.Deduct(List.of(new DeductionTerm.PerStep(b.cond.subject(), new Expr.Const(fullBelow ? lo : hi),
                dir, unitStep, new Points.ShareOfMax(BigDecimal.ONE, width), StepCounting.PROPORTIONAL)), true);
    }

    /** Whether some full-marks clause covers values at or below (or above) {@code q}. */
    private boolean fullMarksAt(Quantity q, boolean below) {
        for (Readings.Clause b : clauses) {
            if (b.outcome instanceof Parts.Outcome o && o.kind() == Parts.OutcomeKind.FULL && b.cond != null
                    && b.cond.condition() instanceof Condition.Compare c
                    && c.right() instanceof Expr.Const k && k.quantity().compareTo(q) == 0) {
                return below ? (c.op() == Comparison.LE || c.op() == Comparison.LT)
                        : (c.op() == Comparison.GE || c.op() == Comparison.GT);
            }
        }
        return false;
    }

    /** Reading 4: 为档 needs a declared 档的计法; steps of a unit otherwise count proportionally (reading 2). */
    private StepCounting counting(Parts.Step step) {
        if (ctx.counting() != null) {
            return ctx.counting();
        }
        if (step.banded()) {
            throw fail("D009", step.from(), step.to(), span(step.from(), step.to()));
        }
        if (!oneUnit(step)) {
            // 「每降低5个百分点扣1分」: a partial step of five counts in proportion, as begun, or not at all? The words say
            // no more than 「为档」 does (reading 4). Packs compiled so before, so it stays the reading, said aloud (D089)
            reader.warn("D089", step.from(), step.to(), span(step.from(), step.to()));
        }
        return StepCounting.PROPORTIONAL;
    }

    /**
     * Whether a step is at most one unit of its number (每降低1个百分点, 每少1次, 每增加0.1个百分点), or its size is
     * unsaid: what reading 2 counts in proportion. Larger steps (每降低5个百分点) leave the partial step open (D089).
     */
    private static boolean oneUnit(Parts.Step step) {
        return step.size() == null || step.size().value().compareTo(BigDecimal.ONE) <= 0;
    }

    /** The measure 按比例得分 applies to: 计分对象, else the indicator's own measure (D012 otherwise). */
    Expr proportional(int from, int to) {
        if (ctx.subject() != null) {
            return new Expr.Ref(ctx.subject());
        }
        NameTable.Entry own = ctx.names().get(NameTable.normal(ctx.indicator()));
        if (own != null && own.kind() == NameTable.Kind.NUMERIC) {
            return new Expr.Ref(own.name());
        }
        // else the last subject written (「资金到位率达100%得满分，未达100%的按比例得分」), when it is a rate: a share of
        // the 分值 in proportion to an amount or a count would need its scale said
        Expr last = reader.lastSubject();
        if (last instanceof Expr.Ref r) {
            NameTable.Entry e = ctx.names().get(NameTable.normal(r.name()));
            if (e != null && e.kind() == NameTable.Kind.NUMERIC && e.unit() != null && e.unit().isPercent()) {
                return last;
            }
        }
        throw fail("D012", from, to, span(from, to));
    }

    /** Readings 3 and 5: a step deduction standing alone applies to what no clause scores, from the full-marks bound. */
    /**
     * 「培训次数超过4次的得满分，每少1次扣2分」: a count's full marks begin at the first whole count past a strict bound
     * (5 次), and the steps count from there — from 4 they gave 4 次 full marks, which the text denies (a third
     * adversarial probe). A bound that includes its number, or a number that is not a count, is kept as written.
     */
    private static Quantity firstWholeCount(Condition full, Quantity bound, Direction dir) {
        if (bound == null || !(full instanceof Condition.Compare c) || !(c.right() instanceof Expr.Const k)
                || k.quantity().unit().dimension() != io.perfeval.core.rule.Dimension.COUNT
                || bound.value().stripTrailingZeros().scale() > 0) {
            return bound;
        }
        if (dir == Direction.BELOW && c.op() == Comparison.GT) {
            return new Quantity(bound.value().add(BigDecimal.ONE), bound.unit());
        }
        if (dir == Direction.ABOVE && c.op() == Comparison.LT) {
            return new Quantity(bound.value().subtract(BigDecimal.ONE), bound.unit());
        }
        return bound;
    }

    Rule freeDeduction(Parts.Step step) {
        Direction dir = step.direction() == null ? Direction.BELOW : step.direction();
        if (step.measure() != null) {
            // 实际完成情况与计划每相差3%: the deviation of one datum from another (reading 16)
            return limited(new Rule.Deduct(List.of(new DeductionTerm.PerStep(step.measure(), step.reference(), dir,
                    step.size(), step.amount(), counting(step))), floor));
        }
        Readings.Clause full = null;
        for (Readings.Clause b : clauses) {
            boolean fullMarks = b.outcome instanceof Parts.Outcome o && (o.kind() == Parts.OutcomeKind.FULL
                    || fullScore(o));
            if (fullMarks && b.cond != null) {
                full = b;
                break;
            }
        }
        Quantity threshold = null;
        Expr subject = null;
        if (full != null) {
            subject = full.cond.subject();
            threshold = dir == Direction.BELOW ? full.cond.lower() : full.cond.upper();
            threshold = firstWholeCount(full.cond.condition(), threshold, dir);
        }
        subject = stepOn(step, subject);
        if (subject == null) {
            subject = reader.lastSubject() != null ? reader.lastSubject() : proportional(step.from(), step.to());
        }
        Quantity ref = ctx.reference() != null ? ctx.reference() : threshold;
        if (standard != null && (threshold == null || standard.quantity().compareTo(threshold) != 0)) {
            if (ctx.reference() == null || ctx.counting() == null) {
                throw fail("D010", standard.from(), standard.to(), span(standard.from(), standard.to()),
                        standard.quantity().display(), threshold == null ? "?" : threshold.display());
            }
            // the declared reading must agree with the standard: it is the first band's far end
            Quantity firstBandEnd = new Quantity(dir == Direction.BELOW
                    ? ref.value().subtract(step.size().in(ref.unit()).value())
                    : ref.value().add(step.size().in(ref.unit()).value()), ref.unit());
            if (firstBandEnd.compareTo(standard.quantity()) != 0 && ref.compareTo(standard.quantity()) != 0) {
                throw fail("D010", standard.from(), standard.to(), span(standard.from(), standard.to()),
                        standard.quantity().display(), ref.display());
            }
            notes.add("「" + span(standard.from(), standard.to()) + "」读作扣分的起点与档的计法，按声明（扣分起点 "
                    + ref.display() + "，" + ctx.counting().chinese() + "）");
        } else if (standard != null) {
            notes.add("「" + span(standard.from(), standard.to()) + "」：即得满分的界限 " + threshold.display()
                    + "，按档扣分从这里算起");
        }
        if (ref == null) {
            throw fail("D032", step.from(), step.to(), span(step.from(), step.to()));
        }
        return limited(new Rule.Deduct(List.of(new DeductionTerm.PerStep(subject, new Expr.Const(ref), dir,
                step.size(), step.amount(), counting(step))), floor));
    }
}
