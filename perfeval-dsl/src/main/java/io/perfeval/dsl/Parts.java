package io.perfeval.dsl;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm.Direction;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.util.List;

/**
 * The constituents a criterion's parse tree is made of, with names resolved and numbers read, in text order: what the
 * readings ({@link Readings}) assemble into a rule. Spans are [from, to) in the criterion's normalised text.
 */
final class Parts {

    private Parts() {
    }

    /** One sentence (split at ；。 and numbered items): its item number when numbered, and its parts. */
    record Sentence(BigDecimal marker, List<Part> parts, int from, int to) {
        boolean numbered() {
            return marker != null;
        }

        /** Whether any part gives, takes or computes points (a sentence without one states a requirement). */
        boolean scores() {
            for (Part p : parts) {
                if (p.scoring()) {
                    return true;
                }
            }
            return false;
        }
    }

    sealed interface Part {
        int from();

        int to();

        default boolean scoring() {
            return false;
        }
    }

    /**
     * A typed condition; {@code subject}, {@code lower} and {@code upper} are set when it compares one subject with
     * written bounds; {@code list} is what a per-count deduction counts (each yes/no or each period); {@code join} is
     * 且/或 written before it (null: none).
     */
    record Cond(Condition condition, Expr subject, Quantity lower, Quantity upper, List<Condition> list,
                Boolean join, int from, int to) implements Part {
        Cond withJoin(Boolean j) {
            return new Cond(condition, subject, lower, upper, list, j, from, to);
        }
    }

    /** Prose: text the language does not read word by word; {@code negative} when it says 不/未/没有/无. */
    record Prose(int from, int to, boolean negative, Boolean join) implements Part {
    }

    /** 「X达标」「X不达标」: the indicator's declared target (达标), or its negation, said of a named number. */
    record Target(boolean met, int from, int to) implements Part {
    }

    /** SHARE is a band of the 分值 the evaluator chooses in; SHARE_OF_MAX a fixed share of it (得60%分值). */
    enum OutcomeKind { FULL, FIXED, RANGE, JUDGE, INTERP, RAMP, PROP, SHARE, SHARE_OF_MAX, NOT_APPLICABLE }

    /** An outcome: 得满分, 得N分, (8分到10分), 酌情扣分, 在0分和满分之间确定, 按比例减分/得分, 按分值的100%-80%计分, 不适用. */
    record Outcome(OutcomeKind kind, Points low, Points high, boolean thisItem, int from, int to) implements Part {
        @Override
        public boolean scoring() {
            return true;
        }

        /** The fixed score, for FULL (null: the 分值) and FIXED. */
        BigDecimal points() {
            return low instanceof Points.Absolute a ? a.points() : null;
        }
    }

    /** 「山区…牧区:覆盖用户达到300户的得10分,299-271户的得9分」: a condition heading its sentence, for all its clauses. */
    record Heading(Cond cond, int from, int to) implements Part {
        @Override
        public boolean scoring() {
            return false;
        }
    }

    /** 执行率=实际支出/预算数×100%: a measure's formula written out, the one the pack computes (scores nothing). */
    record Definition(int from, int to) implements Part {
        @Override
        public boolean scoring() {
            return false;
        }
    }

    /**
     * 每降低一个百分点，扣分值的十分之一 / 每五个百分点为档，每档扣… / 实际完成情况与计划每相差3%，扣1分 / 每增加1%加1分
     * ({@code adds}: the steps' points are a bonus). {@code measure}/{@code reference}: a deviation (X与Y每相差);
     * {@code subject}: what the steps count when written before 每 (完成率每降低…), else null and the readings take the
     * clause's subject.
     */
    record Step(Direction direction, Quantity size, boolean banded, Expr measure, Expr reference, Expr subject,
                Points amount, boolean adds, String typo, int from, int to) implements Part {
        @Override
        public boolean scoring() {
            return true;
        }
    }

    enum Counted { PLAIN, EACH_PREFIX, EACH_TIME, FAIL_ITEM, BACKREF }

    /** 扣N分, with what it counts: 各扣 / 每次扣 / 每个项目目标扣 / 一项不符合扣 / 以上情况每出现一例…扣. */
    /**
     * {@code adds}: 每个断面加5分, the points a bonus (reading 51); {@code awards}: 每次得0.5分, points earned per count
     * within the 分值 (reading 53; {@code adds} too); {@code verbFrom}: where its 扣, 加 or 得 begins.
     */
    record Deduction(Counted counted, Expr count, Points amount, boolean adds, boolean awards, int countFrom,
                     int verbFrom, int from, int to)
            implements Part {
        @Override
        public boolean scoring() {
            return true;
        }
    }

    enum LimitKind { FLOOR, MOST_DEDUCT, MOST_BONUS, CAP, MOST_SCORE }

    /** 扣完为止 (amount null) / 扣满N分为止 / 最多扣N分 / 最高加N分 / 满分为止 / 最高1分 (what 酌情给分 gives at most). */
    record Limit(LimitKind kind, Points amount, int from, int to) implements Part {
        @Override
        public boolean scoring() {
            return true;
        }
    }

    /** 加N分. */
    record Bonus(Points amount, int from, int to) implements Part {
        @Override
        public boolean scoring() {
            return true;
        }
    }

    /** 得分=…. */
    record Formula(Expr score, int from, int to) implements Part {
        @Override
        public boolean scoring() {
            return true;
        }
    }

    /** 一票否决; {@code consequences} is what follows it in its sentence (scoring nothing), or null. */
    record Veto(Rule.VetoScope scope, int from, int to) implements Part {
        @Override
        public boolean scoring() {
            return true;
        }
    }

    /** 以80%为标准. */
    record Standard(Quantity quantity, int from, int to) implements Part {
    }

    /** 基准分10分: the score the criterion starts from, which must be the 分值. */
    record BaseScore(BigDecimal points, int from, int to) implements Part {
    }

    /** 对…进行考核 / …之日起: the scope, scoring nothing. */
    record Scope(int from, int to) implements Part {
    }

    /** 注：… / 例如… / 并可…: a note, scoring nothing. */
    record Note(int from, int to) implements Part {
    }

    /** A subject written alone (「项目投资计划完成率,100%:5分;…」): what the clauses after it compare. */
    record Topic(int from, int to) implements Part {
    }

    /** 否则 / 其余 / 其他情况. */
    record Otherwise(int from, int to) implements Part {
    }

    /** 全部符合 (of the criterion's numbered items). */
    record AllMet(int from, int to) implements Part {
    }

    /** 分别得6分、4分和2分: one score for each bound of the list comparison before it. */
    record Respective(List<BigDecimal> scores, int from, int to) implements Part {
        @Override
        public boolean scoring() {
            return true;
        }
    }

    /** 分为优、良、中、差四档，分别计6分、4.5分、3分、0分. */
    record LevelTable(List<String> labels, List<BigDecimal> scores, int from, int to) implements Part {
        @Override
        public boolean scoring() {
            return true;
        }
    }
}
