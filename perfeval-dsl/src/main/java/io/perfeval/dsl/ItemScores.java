package io.perfeval.dsl;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Readings 18 and 19: clauses that only say what an item or a level scores — points awarded per item met and added up,
 * or levels the evaluator chooses one of, and the grade table 「分为…分别计…」. Made by {@link RuleAssembly} once the parts of
 * a criterion are read into clauses; it decides between awards, levels and ordered clauses (null), or refuses (D038,
 * D039, D052).
 */
final class ItemScores {

    private final CriterionReader reader;
    private final CriterionReader.Context ctx;
    private final Items items;
    private final List<Readings.Clause> clauses;
    private final List<String> notes;
    /** Read as a part of a 分项计分 (reading 32). */
    private final boolean part;

    ItemScores(CriterionReader reader, CriterionReader.Context ctx, Items items, List<Readings.Clause> clauses,
               List<String> notes, boolean part) {
        this.reader = reader;
        this.ctx = ctx;
        this.items = items;
        this.clauses = clauses;
        this.notes = notes;
        this.part = part;
    }

    private PartsBuilder.Stop fail(String code, int from, int to, Object... args) {
        return reader.fail(code, from, to, args);
    }

    private String span(int from, int to) {
        return reader.span(from, to);
    }

    /**
     * Reading 18: clauses that only describe items, each with a score, are either points added per item met (the
     * scores add up to the 分值: 「①…1分；②…1分；③…1分」) or levels the evaluator chooses one of (the highest score is the
     * 分值 and some level gives less: 「目的明确(1分)；目的含糊(0.5分)；未明确(0分)」). Null when the clauses are not such.
     */
    Rule read() {
        List<Readings.Clause> scored = new ArrayList<>();
        boolean typed = false;
        List<Readings.Clause> candidates = clauses;
        Readings.Clause closing = clauses.get(clauses.size() - 1);
        if (clauses.size() > 1 && closing.marker instanceof Parts.Otherwise && closing.outcome instanceof Parts.Outcome z
                && z.kind() == Parts.OutcomeKind.FIXED && z.points().signum() == 0) {
            // 「…得1分,…得1分,否则不得分」: what awards give when none is met anyway
            candidates = clauses.subList(0, clauses.size() - 1);
        }
        for (Readings.Clause b : candidates) {
            if (b.cond == null || b.marker != null || b.target || b.negTarget
                    || !(b.outcome instanceof Parts.Outcome o) || o.kind() == Parts.OutcomeKind.JUDGE
                    || o.kind() == Parts.OutcomeKind.INTERP || o.kind() == Parts.OutcomeKind.RAMP
                    || o.kind() == Parts.OutcomeKind.PROP || o.kind() == Parts.OutcomeKind.NOT_APPLICABLE) {
                return null;
            }
            typed |= !b.item;
            scored.add(b);
        }
        closingZero = candidates != clauses ? closing : null;
        if (typed || scored.size() == 1) {
            // conditions on the data (「…安排了投入,得4分。…达到10%以上,得2分。」): points awarded per condition met,
            // added up, when each gives stated points, together the 分值, and no two test the same number (a ladder of
            // one number is ordered clauses, reading 1)
            return typedAwards(scored);
        }
        if (scored.size() == 2 && !scored.get(0).proseNegative && scored.get(1).proseNegative
                && ClauseRelations.negates(span(scored.get(1).cond.from(), scored.get(1).cond.to()),
                        span(scored.get(0).cond.from(), scored.get(0).cond.to()))) {
            return null; // a clause and its complement (reading 11)
        }
        BigDecimal max = ctx.maxScore();
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal highest = BigDecimal.ZERO;
        boolean allFixed = true;
        boolean allPositive = true;
        boolean lower = false;
        for (Readings.Clause b : scored) {
            Parts.Outcome o = (Parts.Outcome) b.outcome;
            BigDecimal hi = o.kind() == Parts.OutcomeKind.FULL ? max : high(o).resolve(max);
            BigDecimal lo = o.kind() == Parts.OutcomeKind.FULL ? max : o.low().resolve(max);
            allFixed &= o.kind() == Parts.OutcomeKind.FULL || o.kind() == Parts.OutcomeKind.FIXED;
            allPositive &= lo.signum() > 0;
            lower |= hi.compareTo(max) < 0;
            sum = sum.add(hi);
            highest = highest.max(hi);
        }
        if (allFixed && allPositive && sum.compareTo(max) == 0) {
            return awards(scored);
        }
        if (highest.compareTo(max) == 0 && lower && part) {
            // inside a part (reading 32) the items are ordered clauses, the first that holds scores, none gives 0: the
            // evaluator answers items, and the one judgement of the indicator stays free for a judged part
            return null;
        }
        if (highest.compareTo(max) == 0 && lower) {
            return levels(scored);
        }
        Readings.Clause first = scored.get(0);
        Readings.Clause last = scored.get(scored.size() - 1);
        throw fail("D038", first.from, last.to, span(first.from, last.to), Numerals.trim(sum), Numerals.trim(highest),
                Numerals.trim(max));
    }

    /** Awards over conditions of the data, or null when the clauses are not such (they stay ordered clauses). */
    private Rule typedAwards(List<Readings.Clause> scored) {
        BigDecimal sum = BigDecimal.ZERO;
        // subjects by their canonical text: hashing rule records would bootstrap method handles in a first compile
        java.util.Set<String> subjects = new java.util.HashSet<>();
        List<Readings.Clause> given = new ArrayList<>();
        List<Rule.Case> disqualifiers = new ArrayList<>();
        for (Readings.Clause b : scored) {
            Parts.Outcome o = (Parts.Outcome) b.outcome;
            if (o.kind() == Parts.OutcomeKind.FIXED && o.points().signum() == 0 && !b.item) {
                if (negatesAnAward(b.cond.condition(), scored)) {
                    // reading 59: 「制定好村级工作方案计0.5分,无方案不计分」 — the award's own 0 when it is not met, said
                    // again; read as a disqualifier it took every other award away too
                    notes.add("「" + span(b.from, b.to) + "」：即前面那一项未做到时该项不得分");
                    continue;
                }
                // reading 29 beside awards: 「…得10分；…得10分，没有中转站不得分」 — no award where it holds
                disqualifiers.add(new Rule.Case(b.cond.condition(), new Rule.FixedScore(BigDecimal.ZERO)));
                continue;
            }
            if (o.kind() != Parts.OutcomeKind.FIXED || o.points().signum() <= 0) {
                return null;
            }
            if (b.cond.subject() != null && !subjects.add(PackPrinter.expr(b.cond.subject()))) {
                return null;
            }
            sum = sum.add(o.points());
            given.add(b);
        }
        if (given.isEmpty() || sum.compareTo(ctx.maxScore()) != 0 || !disqualifiers.isEmpty() && given.size() < 2) {
            // one award and a zero clause are a ladder's two ends, what lies between is not said (reading 1)
            return null;
        }
        Rule awards = awards(given);
        if (disqualifiers.isEmpty()) {
            return awards;
        }
        for (Readings.Clause b : scored) {
            if (!given.contains(b)) {
                notes.add("「" + span(b.from, b.to) + "」先于各项判断：成立时不得分");
            }
        }
        return new Rule.Cases(disqualifiers, awards);
    }

    /** Whether {@code zero} is the negation of the condition of an award among {@code scored} (by canonical text). */
    private static boolean negatesAnAward(Condition zero, List<Readings.Clause> scored) {
        String said = PackPrinter.condition(zero);
        for (Readings.Clause b : scored) {
            if (b.cond != null && b.outcome instanceof Parts.Outcome o && o.kind() == Parts.OutcomeKind.FIXED
                    && o.points().signum() > 0) {
                Condition award = b.cond.condition();
                if (said.equals(PackPrinter.condition(new Condition.Not(award)))
                        || award instanceof Condition.Not n && said.equals(PackPrinter.condition(n.condition()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Points high(Parts.Outcome o) {
        return o.high() != null ? o.high() : o.low();
    }

    /** The closing 「否则不得分」 of a list of awards, said in the notes when the awards are read. */
    private Readings.Clause closingZero;

    private Rule awards(List<Readings.Clause> scored) {
        if (closingZero != null) {
            notes.add("「" + span(closingZero.from, closingZero.to) + "」：各项都不符合时得 0 分");
        }
        List<Rule.Award> awards = new ArrayList<>();
        for (Readings.Clause b : scored) {
            Parts.Outcome o = (Parts.Outcome) b.outcome;
            negatedWeight(b, o);
            Points pts = o.kind() == Parts.OutcomeKind.FULL ? Points.full() : o.low();
            awards.add(new Rule.Award(itemLabel(b), b.cond.condition(), pts));
        }
        return new Rule.Awards(awards);
    }

    /**
     * 「1、…未按照办法调整领导分工(4分)；2、…」: an item stated as a failing with a bare weight after it. Added up as an
     * award it would give the points when the failing holds; tables that write this mostly mean a deduction (or the
     * weight of the opposite). 「未发生事故，得4分」 says 得 and is read as written; a bare weight is refused (D052).
     */
    private void negatedWeight(Readings.Clause b, Parts.Outcome o) {
        boolean negated = b.cond.condition() instanceof Condition.Not || b.item && b.proseNegative;
        if (negated && o.kind() == Parts.OutcomeKind.FIXED
                && span(o.from(), o.to()).matches("[(（]?\\d+(?:\\.\\d+)?分[)）]?")) {
            throw fail("D052", b.from, o.to(), span(b.cond.from(), b.cond.to()), span(o.from(), o.to()));
        }
    }

    private Rule levels(List<Readings.Clause> scored) {
        List<Rule.Level> levels = new ArrayList<>();
        for (Readings.Clause b : scored) {
            Parts.Outcome o = (Parts.Outcome) b.outcome;
            Points lo = o.kind() == Parts.OutcomeKind.FULL ? Points.full() : o.low();
            Points hi = o.kind() == Parts.OutcomeKind.FULL ? Points.full() : high(o);
            levels.add(new Rule.Level(itemLabel(b), lo, hi));
        }
        // a level is chosen by the evaluator, not answered item by item: the items made for them are taken back
        for (int k = scored.size() - 1; k >= 0; k--) {
            items.drop(scored.get(k).cond.condition());
        }
        return new Rule.Levels(levels);
    }

    private String itemLabel(Readings.Clause b) {
        String label = span(b.cond.from(), b.cond.to()).strip().replaceFirst("[的者，,:：]+$", "");
        return label.isEmpty() ? "第" + (clauses.indexOf(b) + 1) + "项" : label;
    }

    /** 分为优、良、中、差四档，分别计6分、4.5分、3分、0分. */
    Rule levels(Parts.LevelTable t) {
        if (t.labels().size() != t.scores().size()) {
            throw fail("D039", t.from(), t.to(), span(t.from(), t.to()), t.labels().size(), t.scores().size());
        }
        List<Rule.Level> levels = new ArrayList<>();
        for (int i = 0; i < t.labels().size(); i++) {
            Points p = new Points.Absolute(t.scores().get(i));
            levels.add(new Rule.Level(t.labels().get(i), p, p));
        }
        return new Rule.Levels(levels);
    }
}
