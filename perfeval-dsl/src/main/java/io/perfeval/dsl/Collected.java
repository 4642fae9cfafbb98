package io.perfeval.dsl;

import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Rule;
import io.perfeval.dsl.Readings.Clause;
import java.util.ArrayList;
import java.util.List;

/**
 * What reading the parts of a criterion in order found ({@link PartsInOrder}, {@link Deductions}): the clauses, the
 * deductions, bonuses and limits, the formula, the notes — the state the pieces of the readings share, and the rule is
 * assembled from ({@link RuleAssembly}, {@link OrderedClauses}). Made by {@link Readings}, one per criterion read.
 */
final class Collected {

    final CriterionReader reader;
    final CriterionReader.Context ctx;
    final Items items;

    Collected(CriterionReader reader, CriterionReader.Context ctx, Items items) {
        this.reader = reader;
        this.ctx = ctx;
        this.items = items;
    }

    /** Whether this reads one part of a criterion scored in parts (reading 32): what no clause scores gives 0. */
    boolean part;

    /** What reading the parts in order found. */
    final List<Clause> clauses = new ArrayList<>();
    final List<DeductionTerm> terms = new ArrayList<>();
    final List<Rule.Award> bonuses = new ArrayList<>();
    /** Readings 50 and 51: 大于目标值的，每增加1%加1分 / 每个断面加5分. */
    final List<DeductionTerm> bonusTerms = new ArrayList<>();
    Points bonusCap;
    boolean floor;
    Points floorAt;
    int floorFrom = -1;
    int floorTo = -1;
    boolean cap;
    boolean prop;
    Parts.Formula formula;
    Parts.Standard standard;
    Parts.Step freeStep;
    /** The words of 采用完成率法计分, for the notes. */
    String propText;
    /** The limit written (扣完为止 …), for saying so when there is nothing for it to limit. */
    Parts.Limit limitPart;
    Parts.LevelTable levelTable;
    boolean targetUsed;
    /** 「视情况酌情给分，最高1分」: what the judgement gives at most (reading 32 also takes it as a part's 分值). */
    Parts.Limit judgeMost;
    /** A per-count award (「每次得0.5分」, reading 53), the last one read; null when there is none. */
    Parts.Deduction awardsPerCount;
    /** Conditions of deductions that are a number written without a comparison word (「迟报2天扣10分」), by identity. */
    final List<io.perfeval.core.rule.Condition> bareThresholds = new java.util.ArrayList<>();
    boolean judgeMostUsed;
    /**
     * What the text says that the rule does not show by itself — prose read as the declared target, a standard that
     * restates the full-marks bound, a subject written as a topic, a limit with nothing to limit — worded for the
     * explanation, so that every part of the text is visible in how it was read.
     */
    final List<String> notes = new ArrayList<>();

    /** The step readings (2, 3, 5, 17, 22, 24, 36, 37) over what reading the parts in order found. */
    Steps steps() {
        return new Steps(reader, ctx, clauses, notes, standard, floor, floorAt, floorFrom, floorTo);
    }

    boolean fullScore(Parts.Outcome o) {
        return o.kind() == Parts.OutcomeKind.FIXED && o.points() != null && o.points().compareTo(ctx.maxScore()) == 0;
    }

    /** Whether a clause leaves its points to the evaluator (酌情扣分). */
    boolean judges() {
        for (Clause b : clauses) {
            if (b.outcome instanceof Parts.Outcome o && o.kind() == Parts.OutcomeKind.JUDGE) {
                return true;
            }
        }
        return false;
    }

    boolean hasBonus() {
        return !bonuses.isEmpty() || !bonusTerms.isEmpty();
    }
}
