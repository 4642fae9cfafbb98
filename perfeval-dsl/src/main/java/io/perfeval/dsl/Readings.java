package io.perfeval.dsl;

import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.util.List;

/**
 * The readings: how the parts of a criterion ({@link Parts}) become one rule. Each documented reading of README §3 is
 * one method of the readings, named after it, and pinned by a test; the grammar itself decides nothing of this. The
 * parts are read in text order into clauses (a condition and what it gives), deductions and limits
 * ({@link PartsInOrder}, {@link Deductions}, into {@link Collected}); then the whole is assembled
 * ({@link RuleAssembly}): a formula, deductions, or ordered clauses ({@link OrderedClauses}) — or, for clauses that
 * only describe items, points added per item or levels the evaluator chooses from.
 */
final class Readings {

    private final CriterionReader reader;
    private final CriterionReader.Context ctx;
    private final Collected found;
    private final PartsInOrder parts;
    private final RuleAssembly assembly;
    /** What the text says that the rule does not show by itself ({@link Collected#notes}), for the explanation. */
    final List<String> notes;

    Readings(CriterionReader reader, CriterionReader.Context ctx, Items items) {
        this.reader = reader;
        this.ctx = ctx;
        this.found = new Collected(reader, ctx, items);
        this.parts = new PartsInOrder(found);
        this.assembly = new RuleAssembly(found);
        this.notes = found.notes;
    }

    /** Whether this reads one part of a criterion scored in parts (reading 32): what no clause scores gives 0. */
    Readings asPart() {
        found.part = true;
        return this;
    }

    private PartsBuilder.Stop fail(String code, int from, int to, Object... args) {
        return reader.fail(code, from, to, args);
    }

    private String span(int from, int to) {
        return reader.span(from, to);
    }

    /** A clause: when {@code cond} holds (null: unconditionally), {@code then}. */
    static final class Clause {
        Parts.Cond cond;
        /** 全部符合 or 否则 instead of a condition. */
        Parts.Part marker;
        /** The condition is the declared target (达标) or its negation, read from prose. */
        boolean target;
        boolean negTarget;
        /** The condition is an item the evaluator answers (prose without a declared target). */
        boolean item;
        boolean proseNegative;
        Parts.Part outcome;
        Parts.Step step;
        int from;
        int to;
    }

    Rule assemble(List<Parts.Sentence> sentences) {
        for (int k = 0; k < sentences.size(); k++) {
            for (Parts.Part p : sentences.get(k).parts()) {
                parts.read(p);
            }
            if (parts.pendingCondition() && k + 1 < sentences.size() && bracketedPointsOnly(sentences.get(k + 1))) {
                continue; // 「…制订切实可行的具体实施方案。(6分)」: the points in brackets after 。 are the sentence's
            }
            parts.endSentence();
        }
        if (found.floorAt != null && found.floorAt instanceof Points.Absolute a
                && a.points().compareTo(ctx.maxScore()) == 0) {
            found.floor = true; // 扣满N分为止 with N the 分值 is 扣完为止
            found.floorAt = null;
        }
        if (ctx.target() != null && !found.targetUsed) {
            reader.warn("D031", 0, reader.tokens().text.length(), ctx.indicator());
        }
        if (found.awardsPerCount != null) {
            return assembly.awardsPerCount();
        }
        boolean bonusesOnly = found.hasBonus() && found.clauses.isEmpty() && found.terms.isEmpty()
                && found.formula == null && found.freeStep == null && found.levelTable == null && !found.prop;
        boundByHighest(bonusesOnly);
        if (bonusesOnly) {
            return assembly.bonus(Rule.FixedScore.zero()); // an indicator of bonus points only
        }
        Rule rule = assembly.rule();
        String never = DeductionChecks.stepThatNeverDeducts(rule, ctx.names());
        if (never != null) {
            int all = reader.tokens().text.length();
            throw fail("D076", 0, all, span(0, all), never);
        }
        if (found.judgeMost != null && !found.judgeMostUsed) {
            // 最高N分 said of anything but a judgement has nothing here to bound: say so rather than drop it
            throw fail("D024", found.judgeMost.from(), found.judgeMost.to(),
                    span(found.judgeMost.from(), found.judgeMost.to()), "「最高N分」只能限定酌情给分");
        }
        if (!found.hasBonus() && !(rule instanceof Rule.NotApplicable)) {
            reachesMaxScore(rule);
        }
        limitNote(rule);
        Rule whole = found.hasBonus() ? assembly.bonus(rule) : rule;
        String nested = DeductionChecks.nestedTiers(whole);
        if (nested != null) {
            int all = reader.tokens().text.length();
            throw fail("D086", 0, all, span(0, all), nested);
        }
        return whole;
    }

    /** A sentence that is only points in brackets: 「(6分)」. */
    private boolean bracketedPointsOnly(Parts.Sentence s) {
        if (s.marker() != null || s.parts().size() != 1 || !(s.parts().get(0) instanceof Parts.Outcome o)
                || o.kind() != Parts.OutcomeKind.FIXED) {
            return false;
        }
        if (span(o.from(), o.from() + 1).equals("(") || span(o.from(), o.from() + 1).equals("（")) {
            return true; // 「(2分)」 as a part: its brackets are its own
        }
        // a sentence in brackets is read as its inside (reading 46): the brackets are in the text as written
        String written = ctx.criterion();
        int before = reader.tokens().orig(o.from()) - 1;
        while (before >= 0 && Character.isWhitespace(written.charAt(before))) {
            before--;
        }
        return before >= 0 && (written.charAt(before) == '(' || written.charAt(before) == '（');
    }

    /**
     * 「最高N分」 (or 最高不超过、累计不超过、以N分为限) where no judgement takes it: what it bounds follows from what the
     * criterion scores with — bonuses alone (their cap), deductions (what they may take off), or a formula whose 分值 is N
     * (its score goes no higher). Anything else leaves it unused, and {@link #assemble} refuses it (D024).
     */
    private void boundByHighest(boolean bonusesOnly) {
        Parts.Limit most = found.judgeMost;
        if (most == null) {
            return;
        }
        String said = span(most.from(), most.to());
        if (bonusesOnly) {
            if (found.bonusCap != null) {
                throw fail("D024", most.from(), most.to(), said, "两处加分上限");
            }
            // 「每提请1个企业加0.5分,最高不超过2分」 (before, the bonus-only path returned without reading it)
            found.bonusCap = most.amount();
            found.judgeMostUsed = true;
            notes.add("「" + said + "」：加分的上限");
        } else if (!found.terms.isEmpty() && !found.hasBonus() && found.floorAt == null && !found.judges()) {
            // 「每次扣2分,累计不超过4分」「最高不超过5分」 after deductions and nothing to judge
            found.floorAt = most.amount();
            found.floorFrom = most.from();
            found.floorTo = most.to();
            found.judgeMostUsed = true;
        } else if ((found.formula != null || found.prop) && found.terms.isEmpty() && !found.judges()
                && most.amount().resolve(ctx.maxScore()).compareTo(ctx.maxScore()) == 0) {
            // 「得分=…×50,最高得50分」 with the 分值 50
            found.cap = true;
            found.judgeMostUsed = true;
            notes.add("「" + said + "」：得分不超过分值");
        }
    }

    /**
     * A criterion's rule can give its 分值: read so that it never can, it was read wrong — 「…得10分；…得10分」 of a
     * 20-point indicator read as either-or instead of added up — or the 分值 is wrong (D049).
     */
    private void reachesMaxScore(Rule rule) {
        BigDecimal highest = Highest.of(rule, ctx.maxScore());
        if (highest.compareTo(ctx.maxScore()) < 0) {
            int all = reader.tokens().text.length();
            throw fail("D049", 0, all, span(0, all), Numerals.trim(highest), Numerals.trim(ctx.maxScore()));
        }
    }

    /** A limit that has nothing to limit in the rule read: said in the notes, so the words are not lost from view. */
    private void limitNote(Rule rule) {
        if (found.limitPart == null) {
            return;
        }
        String text = PackPrinter.rule(rule);
        String words = span(found.limitPart.from(), found.limitPart.to());
        if (found.limitPart.kind() == Parts.LimitKind.CAP && !text.contains("封顶")) {
            notes.add("「" + words + "」：本条的得分本就不超过分值");
        } else if ((found.limitPart.kind() == Parts.LimitKind.FLOOR
                || found.limitPart.kind() == Parts.LimitKind.MOST_DEDUCT) && !text.contains("扣分｛")) {
            notes.add("「" + words + "」：本条没有按项或按档的扣分可限，得分本就不低于 0 分");
        } else if (found.limitPart.kind() == Parts.LimitKind.MOST_BONUS && !text.contains("加分")) {
            // 「得分=完成率×分值，最高加2分」: nothing is added, so the cap bounds nothing — said, not dropped
            notes.add("「" + words + "」：本条没有加分可限");
        }
    }
}
