package io.perfeval.dsl;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.dsl.Readings.Clause;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What deductions, steps, limits and bonuses read as (readings 2, 3, 7, 12, 16, 22, 23, 31, 43, 50, 51, 53, 54): each
 * takes the clause being read ({@link PartsInOrder}) as its condition or refuses what it cannot take, and adds what it
 * reads to what was found ({@link Collected}).
 */
final class Deductions extends ReadingStep {

    private final PartsInOrder order;

    Deductions(PartsInOrder order, Collected found) {
        super(found);
        this.order = order;
    }

    /** Readings 2, 3 and 16: where a step deduction belongs. */
    void step(Parts.Step s) {
        if (s.typo() != null) {
            reader.warn("D011", s.from(), s.to(), span(s.from(), s.to()), s.typo());
        }
        if (s.adds()) {
            bonusStep(s);
            return;
        }
        if (order.pending != null || order.proseFrom >= 0 || order.pendingMarker != null) {
            // 大于100%每增加0.1个百分点扣0.1分: the condition written before the steps is their clause's
            Clause b = new Clause();
            b.step = s;
            b.outcome = s;
            b.from = PartsInOrder.firstOf(order.pendingFrom, order.proseFrom, s.from());
            b.to = s.to();
            order.takeCondition(b, false);
            if (b.cond == null) {
                throw fail("D045", b.from, s.from(), span(b.from, s.from()), span(s.from(), s.to()));
            }
            if (order.heading != null) {
                order.underHeading(b);
            }
            found.clauses.add(b);
            order.resetClause();
        } else if (order.heading != null) {
            order.notUnderHeading(s);
        } else if (order.openInterp() != null) {
            order.openInterp().step = s;
        } else if (found.freeStep == null) {
            found.freeStep = s;
        } else {
            throw fail("D024", s.from(), s.to(), span(s.from(), s.to()), "两处按档扣分");
        }
    }

    /** Readings 7 and 12: what a deduction counts. */
    void deduction(Parts.Deduction d) {
        order.notUnderHeading(d);
        // reading 51: 「每个断面加5分」 counts as a deduction counts, its points a bonus; reading 53: 「每次得0.5分」 the
        // same, its points earned from nothing up to the 分值
        List<DeductionTerm> into = d.adds() ? found.bonusTerms : found.terms;
        if (d.awards()) {
            found.awardsPerCount = d;
        }
        if (d.counted() == Parts.Counted.EACH_TIME && d.count() instanceof Expr.Ref r && order.proseFrom < 0
                && onlySaysCounted(order.pending, r.name())) {
            // 「不符合要求的,发现一处扣0.5分」 with 用语 「不符合要求」：处数 ≥ 1处 and 「发现一处」：处数: the condition only
            // says there is one to count, which each deduction per count already means (the thirteenth holdout's D045s)
            found.notes.add("「" + span(order.pendingFrom, order.pendingTo) + "」：即所数的「" + r.name() + "」不为0");
            order.resetClause();
        }
        if (d.counted() == Parts.Counted.FAIL_ITEM || d.counted() == Parts.Counted.BACKREF
                || d.counted() == Parts.Counted.EACH_TIME && d.count() != null) {
            // the deduction says what it counts itself: nothing written before it may be dropped
            order.nothingPending(d);
        }
        order.absorbProse();
        int before = PartsInOrder.firstOf(order.pendingFrom, order.proseFrom, d.from());
        if (d.counted() == Parts.Counted.PLAIN && before < d.from() && (order.proseFrom >= 0 || order.pending != null)
                && eachInProse(before, d.from())) {
            // 「…,每滞留半个月扣0.5分」: a deduction per something the words count, which no declared number says;
            // read as one condition it would deduct once however many there are (D034)
            throw fail("D034", before, d.to(), span(before, d.to()));
        }
        if (d.counted() == Parts.Counted.FAIL_ITEM || d.counted() == Parts.Counted.BACKREF) {
            into.add(new DeductionTerm.PerCount("不符合项", items.failedItems(d.from()), d.amount()));
        } else if (d.counted() == Parts.Counted.EACH_TIME && d.count() != null) {
            countedByName(d, into);
        } else if (d.counted() == Parts.Counted.EACH_TIME && shortfallBelowABound(d)) {
            // 「全年2次以上得1分,少一次扣0.5分」 with 计分对象 the count of what is done: one short of the clause's
            // bound is a step of one below it (reading 3), not a count of the 计分对象's occurrences
            String said = span(d.countFrom(), countEnd(d));
            step(new Parts.Step(DeductionTerm.Direction.BELOW, new Quantity(BigDecimal.ONE, subjectUnit()), false,
                    null, null, null, d.amount(), d.adds(), "每" + said, d.countFrom(), d.to()));
            return;
        } else if (d.counted() == Parts.Counted.EACH_TIME && countedSubject() != null) {
            // reading 31: 「六个责任体系目标责任书缺一项扣0.5分」 with 计分对象 a declared count: the words say what the
            // count counts
            if (order.pending != null && !onlySaysCounted(order.pending, countedSubject())) {
                // 「超过3处的,每处扣1分」「未按时上报的,每处扣0.5分」: a condition the count does not imply — each one
                // counted only while it holds, or each one beyond it? Read as the count's label it was dropped, and 2
                // 处 lost 2 points where the text takes none (D085)
                throw fail("D085", order.pendingFrom, d.to(), span(order.pendingFrom, d.to()), countedSubject());
            }
            int from = PartsInOrder.firstOf(order.pendingFrom, order.proseFrom, d.from());
            found.notes.add("「" + span(from, d.to()) + "」：按计分对象「" + ctx.subject() + "」的个数" + (d.adds() ? "加分" : "扣分"));
            int to = Math.max(order.pendingTo, order.proseTo);
            into.add(new DeductionTerm.PerCount(to > from ? label(from, to) : ctx.subject(),
                    new Expr.Ref(countedSubject()), d.amount()));
        } else if (order.pending != null && d.counted() == Parts.Counted.EACH_TIME && order.pending.list().size() < 2) {
            // 「…的，有一户扣2分」: per occurrence, but what is written before is one condition, true or not — read as
            // a count it would deduct once however many there are (D034: declare the count and point 用语 at it)
            throw fail("D034", order.pendingFrom, d.to(), span(order.pendingFrom, d.to()));
        } else if (order.pending != null) {
            // 支出进度未达到序时进度的，每次扣1分 / A和B不合格各扣2分: each listed condition that holds counts; …的扣2分
            // with several conditions (「制定了方案，但任务不明确，责任未落实的，扣2分」) deducts once when they hold together
            List<Condition> counted = d.counted() == Parts.Counted.EACH_PREFIX || d.counted() == Parts.Counted.EACH_TIME
                    ? order.pending.list() : List.of(order.pending.condition());
            if (counted.size() == 1 && bareThreshold(order.pending)) {
                found.bareThresholds.add(counted.get(0));
            }
            into.add(new DeductionTerm.PerCount(label(order.pendingFrom, order.pendingTo), new Expr.CountOf(counted),
                    d.amount()));
        } else if (order.proseFrom >= 0 && d.counted() == Parts.Counted.EACH_TIME) {
            throw fail("D034", order.proseFrom, d.to(), span(order.proseFrom, d.to()));
        } else if (order.proseFrom >= 0 && d.counted() == Parts.Counted.EACH_PREFIX && countedSubject() != null) {
            // reading 54: 「教育、组织、群众工作不力各扣1分」 with 计分对象 a declared count: it counts the listed failings
            found.notes.add("「" + span(order.proseFrom, d.to()) + "」：按计分对象「" + ctx.subject() + "」的个数"
                    + (d.adds() ? "加分" : "扣分"));
            into.add(new DeductionTerm.PerCount(label(order.proseFrom, order.proseTo), new Expr.Ref(countedSubject()),
                    d.amount()));
        } else if (order.proseFrom >= 0) {
            countedInProse(d, into);
        } else {
            throw fail("D006", d.from(), d.to(), span(d.from(), d.to()), "（没有说明按什么扣分）");
        }
        order.resetClause();
    }

    /** What 每… counts when the deduction names it (a declared count, or a quantity counted by its unit). */
    private void countedByName(Parts.Deduction d, List<DeductionTerm> into) {
        String label = reader.span(d.countFrom(), countEnd(d)).replaceFirst("^每(?:出现一个|发现一个|有一个|个)?", "");
        NameTable.Entry counted = d.count() instanceof Expr.Ref r ? ctx.names().get(NameTable.normal(r.name()))
                : null;
        io.perfeval.core.rule.Unit u = counted == null ? null : counted.unit();
        if (u != null && u.dimension() != io.perfeval.core.rule.Dimension.COUNT) {
            // 「每迟报一天扣1分」 with 迟报 the declared 迟报天数: one deduction per unit of a quantity — steps of one
            // unit from none (reading 43), not a count of items
            into.add(new DeductionTerm.PerStep(d.count(), new Expr.Const(new Quantity(BigDecimal.ZERO, u)),
                    DeductionTerm.Direction.ABOVE, new Quantity(BigDecimal.ONE, u), d.amount(),
                    ctx.counting() != null ? ctx.counting() : DeductionTerm.StepCounting.PROPORTIONAL));
        } else {
            into.add(new DeductionTerm.PerCount(label.isEmpty() ? "次数" : label, d.count(), d.amount()));
        }
    }

    /** What a deduction after prose counts: the listed failings, or the prose read as one item. */
    private void countedInProse(Parts.Deduction d, List<DeductionTerm> into) {
        List<int[]> members = d.counted() == Parts.Counted.EACH_PREFIX && ctx.target() == null
                ? Items.listMembers(reader.tokens().tokens(), order.proseFrom, order.proseTo) : List.of();
        List<Condition> counted = new ArrayList<>();
        if (members.size() >= 2) {
            // reading 54: 「无专人、无方案、无记录各扣1分」: each listed failing is an item the evaluator answers, and
            // each that holds deducts — read as one item it would deduct once however many fail
            for (int[] m : members) {
                counted.add(items.item(span(m[0], m[1]), m[0], m[1]));
            }
        } else {
            Clause b = new Clause();
            order.prose(b, order.proseFrom, order.proseTo, false);
            counted.add(b.cond.condition());
        }
        into.add(new DeductionTerm.PerCount(label(order.proseFrom, order.proseTo), new Expr.CountOf(counted),
                d.amount()));
    }

    /** Whether 每 is written in the prose of [from, to) (not inside a declared name or 用语). */
    private boolean eachInProse(int from, int to) {
        for (CriterionTokens.Tok t : reader.tokens().tokens()) {
            if (t.from >= from && t.to <= to && (t.getType() == CriterionParser.WORD
                    || t.getType() == CriterionParser.EACH) && t.getText().contains("每")) {
                return true;
            }
        }
        return false;
    }

    /**
     * 「每提请1个企业加0.5分」「每引进1个项目(经认定)得2分」 where 每 ran into the words after it: a score per count of
     * what the words say, which read as one condition would score once however many there are (D034) — refused here,
     * before a clause or a bonus takes the words as its condition. 每年、每季度 and the lexicon's other words are not
     * counts.
     */
    void perCountInProse(int to) {
        int from = PartsInOrder.firstOf(order.pendingFrom, order.proseFrom, to);
        boolean each = false;
        for (CriterionTokens.Tok t : reader.tokens().tokens()) {
            if (t.from < from || t.to > to) {
                continue;
            }
            if ((t.getType() == CriterionParser.WORD || t.getType() == CriterionParser.EACH)
                    && t.getText().startsWith("每") && !ordinaryWord(t.getText())) {
                each = true;
            } else if (each && t.getType() == CriterionParser.NUM) {
                throw fail("D034", from, to, span(from, to));
            }
        }
    }

    private boolean ordinaryWord(String text) {
        for (Lexicon.Spelling s : ctx.lexicon().startingAt(text, 0)) {
            if (s.type() == CriterionParser.WORD && s.text().equals(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code d} counts one short (少一次, 缺一项) of the 计分对象 while a clause of this criterion bounds that
     * count from below (「2次以上得1分」): the count is of what is done, and the shortfall is below the bound.
     */
    private boolean shortfallBelowABound(Parts.Deduction d) {
        String subject = countedSubject();
        if (subject == null || d.count() != null || d.adds()) {
            return false;
        }
        String said = span(d.countFrom(), countEnd(d));
        if (!said.startsWith("少") && !said.startsWith("缺")) {
            return false;
        }
        if (ctx.reference() != null) {
            // 「少一次扣5分」 with 扣分起点：2次 declared: the shortfall is below that start (read as a count of the
            // 计分对象, every meeting held was a deduction — the sixth holdout's H6-037)
            return true;
        }
        for (Clause c : found.clauses) {
            if (c.cond != null && c.cond.lower() != null && c.cond.subject() instanceof Expr.Ref r
                    && r.name().equals(subject)) {
                return true;
            }
        }
        return false;
    }

    private io.perfeval.core.rule.Unit subjectUnit() {
        return ctx.names().get(ctx.subject()).unit();
    }

    /** The declared 计分对象 when it is a count (件、项、户 …), else null. */
    /**
     * Whether {@code pending} says only that {@code counted} is not 0 (处数 ≥ 1处, 处数 > 0): what any deduction per
     * count already means, so reading it as the count's words loses nothing.
     */
    private static boolean onlySaysCounted(Parts.Cond pending, String counted) {
        if (pending == null || pending.list().size() != 1
                || !(pending.condition() instanceof Condition.Compare k) || !(k.left() instanceof Expr.Ref r)
                || !(r.name().equals(counted) || NameTable.normal(r.name()).equals(NameTable.normal(counted)))
                || !(k.right() instanceof Expr.Const c)) {
            return false;
        }
        BigDecimal v = c.quantity().value();
        return k.op() == Condition.Comparison.GE && v.compareTo(BigDecimal.ONE) == 0
                || k.op() == Condition.Comparison.GT && v.signum() == 0;
    }

    private String countedSubject() {
        if (ctx.subject() == null) {
            return null;
        }
        // the 计分对象 is the declared name as written (PackReader resolves it), 數 and all: not its normal spelling
        NameTable.Entry e = ctx.names().get(ctx.subject());
        return e != null && e.kind() == NameTable.Kind.NUMERIC && e.unit() != null
                && e.unit().dimension() == io.perfeval.core.rule.Dimension.COUNT ? e.name() : null;
    }

    /** What a per-count deduction counts, as written, without a trailing 的. */
    private String label(int from, int to) {
        return span(from, to).strip().replaceFirst("[的者]+$", "");
    }

    /** Where the counted words of 每个项目目标扣0.5分 end: before 扣. */
    private int countEnd(Parts.Deduction d) {
        String t = reader.tokens().text;
        if (d.adds()) {
            // 「…的,每次得0.5分」「每个断面加5分」: up to the 得 or 加 of the points
            return d.verbFrom();
        }
        int k = t.indexOf('扣', d.countFrom());
        return k < 0 || k > d.to() ? d.to() : k;
    }

    void limit(Parts.Limit l) {
        order.once(l, l.kind() == Parts.LimitKind.CAP ? "封顶" : l.kind() == Parts.LimitKind.MOST_BONUS ? "加分上限"
                : l.kind() == Parts.LimitKind.MOST_SCORE ? "得分上限" : "扣分下限");
        found.limitPart = l;
        switch (l.kind()) {
            case FLOOR -> {
                if (l.amount() == null) {
                    found.floor = true;
                    found.notes.add("「" + span(l.from(), l.to()) + "」：扣分到 0 分为止");
                } else {
                    found.floorAt = l.amount();
                    found.floorFrom = l.from();
                    found.floorTo = l.to();
                }
            }
            case MOST_DEDUCT -> {
                found.floorAt = l.amount();
                found.floorFrom = l.from();
                found.floorTo = l.to();
            }
            case MOST_BONUS -> found.bonusCap = l.amount();
            case MOST_SCORE -> found.judgeMost = l;
            case CAP -> {
                found.cap = true;
                found.notes.add("「" + span(l.from(), l.to()) + "」：得分不超过分值");
            }
        }
    }

    /**
     * Reading 50: 「大于目标值的，每增加1%加1分」 adds points per step beyond the condition's bound, counted as a step
     * deduction's steps are (reading 2, 4), on top of the rest like reading 23's bonus. The condition must say where the
     * steps count from: a bound (超过95%的) or a declared number (大于目标值的); without one the steps are refused (D032),
     * never counted from a guess.
     */
    private void bonusStep(Parts.Step s) {
        order.notUnderHeading(s);
        Clause b = new Clause();
        b.from = PartsInOrder.firstOf(order.pendingFrom, order.proseFrom, s.from());
        b.to = s.to();
        order.takeCondition(b, false);
        if (b.cond == null) {
            throw fail("D032", b.from, b.to, span(b.from, b.to));
        }
        DeductionTerm.Direction dir = s.direction() == null ? DeductionTerm.Direction.ABOVE : s.direction();
        if (dir == DeductionTerm.Direction.EITHER) {
            throw fail("D024", s.from(), s.to(), span(s.from(), s.to()), "加分的档须写明增加或减少的方向");
        }
        Expr reference = Steps.reference(b.cond, dir);
        if (reference == null || b.cond.subject() == null) {
            throw fail("D032", b.from, b.to, span(b.from, b.to));
        }
        found.bonusTerms.add(found.steps().bonusStep(s, b.cond.subject(), reference, dir));
        order.resetClause();
    }

    /** Reading 23: 加N分 after a condition is a bonus on top of the rest. */
    void bonusAward(Parts.Bonus b) {
        order.notUnderHeading(b);
        order.absorbProse();
        perCountInProse(b.to());
        Condition when;
        String label;
        if (order.pending != null) {
            when = order.pending.condition();
            label = span(order.pendingFrom, order.pendingTo);
        } else if (order.proseFrom >= 0) {
            label = span(order.proseFrom, order.proseTo);
            when = items.item(label, order.proseFrom, order.proseTo);
        } else {
            throw fail("D007", b.from(), b.to(), span(b.from(), b.to()));
        }
        found.bonuses.add(new Rule.Award(label, when, b.amount()));
        order.resetClause();
    }

    /** A condition that is a number reached, written without a comparison word: 「迟报2天」 (read as 迟报天数 ≥ 2日). */
    private boolean bareThreshold(Parts.Cond c) {
        if (!(c.condition() instanceof Condition.Compare k) || k.op() != Condition.Comparison.GE
                || !(k.right() instanceof io.perfeval.core.rule.Expr.Const)) {
            return false;
        }
        return !reader.tokens().anyWithin(c.from(), c.to(), COMPARISONS);
    }

    private static final int[] COMPARISONS = {CriterionParser.GE, CriterionParser.GT, CriterionParser.LE,
        CriterionParser.LT, CriterionParser.EQ, CriterionParser.NE, CriterionParser.ABOVE, CriterionParser.BELOW,
        CriterionParser.BETWEEN, CriterionParser.TO, CriterionParser.POS, CriterionParser.INCL, CriterionParser.EXCL};
}
