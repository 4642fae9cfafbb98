package io.perfeval.core.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How a leaf indicator (三级指标) is scored: the compiled form of its 评价标准. Every scoring method of the official
 * templates is one of these records or a composition of them. Immutable, structurally equal, free of source
 * positions (those live in the pack's source map), and finite: evaluating a rule always terminates.
 *
 * <p>Scores produced by a rule are clamped by the evaluator to [0, 分值]; a clamp is recorded in the trace, never
 * silent.
 */
public sealed interface Rule {

    /**
     * Calls the visitor's method for this rule's kind. Every kind has its own method, so a kind added here fails to
     * compile in every visitor that does not handle it: Java 17 has no pattern switch over a sealed interface, and
     * this is the exhaustive switch the evaluation plan, the checks, the analysis and the printer are written with.
     */
    <R> R accept(Visitor<R> v);

    /** One method per kind of rule; see {@link #accept}. */
    interface Visitor<R> {
        R fullMarks(FullMarks r);

        R fixedScore(FixedScore r);

        R deduct(Deduct r);

        R limitedDeduct(LimitedDeduct r);

        R formula(Formula r);

        R cases(Cases r);

        R judgement(Judgement r);

        R judgementWithin(JudgementWithin r);

        R levels(Levels r);

        R awards(Awards r);

        R bonus(Bonus r);

        R sum(Sum r);

        R veto(Veto r);

        R notApplicable(NotApplicable r);

        R noRule(NoRule r);
    }

    /** 得满分. */
    record FullMarks() implements Rule {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.fullMarks(this);
        }

    }

    /** A fixed score: 得0分, 不得分, 得2分. */
    record FixedScore(BigDecimal points) implements Rule {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.fixedScore(this);
        }

        public FixedScore {
            Objects.requireNonNull(points, "points");
            if (points.signum() < 0) {
                throw new IllegalArgumentException("a fixed score must not be negative: " + points);
            }
        }

        public static FixedScore zero() {
            return new FixedScore(BigDecimal.ZERO);
        }
    }

    /**
     * Full marks less every term's deductions. {@code floorAtZero} is 扣完为止: without it, deductions that exceed the
     * 分值 are still clamped at 0 by the evaluator, but the trace says the text did not allow for it.
     */
    record Deduct(List<DeductionTerm> terms, boolean floorAtZero) implements Rule {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.deduct(this);
        }

        public Deduct {
            terms = List.copyOf(terms);
            if (terms.isEmpty()) {
                throw new IllegalArgumentException("Deduct needs at least one term");
            }
        }
    }

    /**
     * A score given by a formula: 得分 = 覆盖率 × 分值 (完成率法), 按比例得分. {@code capAtMax}: 超出总分值不加分 /
     * 以总分为上限 — without it, a result above 分值 is an error, not a silent cap.
     */
    record Formula(Expr score, boolean capAtMax) implements Rule {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.formula(this);
        }

        public Formula {
            Objects.requireNonNull(score, "score");
        }
    }

    /**
     * Ordered clauses: the first whose condition holds decides; {@code otherwise} applies when none does
     * ({@link NoRule} when the text gives nothing for that case).
     */
    record Cases(List<Case> cases, Rule otherwise) implements Rule {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.cases(this);
        }

        public Cases {
            cases = List.copyOf(cases);
            Objects.requireNonNull(otherwise, "otherwise");
            if (cases.isEmpty()) {
                throw new IllegalArgumentException("Cases needs at least one case");
            }
        }
    }

    /** One clause of {@link Cases}: when the condition holds, the rule decides. */
    record Case(Condition when, Rule then) {
        public Case {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(then, "then");
        }
    }

    /**
     * A score the evaluator gives by judgement (酌情扣分, 根据实际情况设置, 80%以上（8分到10分）) within
     * [{@code min}, {@code max}], always with a written reason supplied in the input.
     */
    record Judgement(Points min, Points max) implements Rule {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.judgement(this);
        }

        public Judgement {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
        }

        /** Anywhere from 0 to the 分值. */
        public static Judgement anywhere() {
            return new Judgement(new Points.Absolute(BigDecimal.ZERO), Points.full());
        }
    }

    /** 一票否决: the indicator scores 0, and with {@link VetoScope#EVALUATION} the whole evaluation does. */
    record Veto(VetoScope scope) implements Rule {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.veto(this);
        }

        public Veto {
            Objects.requireNonNull(scope, "scope");
        }
    }

    /** 不适用: the indicator is excluded and the pack's {@code NotApplicablePolicy} applies to the total. */
    record NotApplicable(String reason) implements Rule {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.notApplicable(this);
        }

        public NotApplicable {
            Names.require(reason, "reason");
        }
    }

    /** The text gives no score for this case: evaluating it is a per-indicator error (无对应评分规则). */
    record NoRule() implements Rule {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.noRule(this);
        }

    }

    /**
     * Deductions with a limit below the 分值: 「最多扣3分」, 「扣完3分为止」 on a 5-point indicator. The score is the 分值
     * less the smaller of the terms' deductions and {@code limit}, so it never falls below 分值 − limit (and never below
     * 0). The limit must not exceed the 分值 (a limit equal to it is {@code Deduct(terms, true)}: 扣完为止).
     */
    record LimitedDeduct(Deduct deduct, Points limit) implements Rule {
        public LimitedDeduct {
            Objects.requireNonNull(deduct, "deduct");
            Objects.requireNonNull(limit, "limit");
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.limitedDeduct(this);
        }
    }

    /**
     * A tier, then discretion inside it: 「…得6分，存在问题的，酌情扣分」. The {@code tier} rule is evaluated first; the
     * evaluator then gives a judgement (with its reason) within [0, the tier's score], which is the indicator's score.
     * The judgement can only lower the tier, never leave it. A tier that gives no score (不适用, an error) gives that.
     */
    record JudgementWithin(Rule tier) implements Rule {
        public JudgementWithin {
            Objects.requireNonNull(tier, "tier");
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.judgementWithin(this);
        }
    }

    /**
     * Levels chosen by the evaluator, each with a fixed score or a share band of the 分值: 「好：4分；较好：3分；一般：2分；差：0分」,
     * 「规范的得5分，较规范的得3分，不规范的不得分」, 「达成年度指标的，按分值的100%-80%计分；部分达成…80%-60%；未达成…60%-0」. The
     * evaluator's judgement (score and reason) must lie within some level's [min, max]; the trace names the level or
     * levels that contain it (at a shared band edge, both). Levels are listed as the text lists them.
     */
    record Levels(List<Level> levels) implements Rule {
        public Levels {
            levels = List.copyOf(levels);
            if (levels.isEmpty()) {
                throw new IllegalArgumentException("Levels needs at least one level");
            }
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.levels(this);
        }
    }

    /** One level of {@link Levels}: its label as written and its score, fixed ({@code min} equal to {@code max}) or a band. */
    record Level(String label, Points min, Points max) {
        public Level {
            Names.require(label, "label");
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
        }
    }

    /**
     * Points awarded per item met, added up, the sum capped at the 分值: 「制度健全（2分），执行到位（1分），台账完整（1分）」,
     * 「1、资料是否齐全（1分）；2、记录是否及时（1分）」. Each award's condition decides alone; an exception inside an item
     * (「本年未发生采购的，此项得满分」) is part of that item's condition (or-ed with it).
     */
    record Awards(List<Award> awards) implements Rule {
        public Awards {
            awards = List.copyOf(awards);
            if (awards.isEmpty()) {
                throw new IllegalArgumentException("Awards needs at least one award");
            }
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.awards(this);
        }
    }

    /** One item of {@link Awards} or {@link Bonus}: what it is called, when it is met and what it gives. */
    record Award(String label, Condition when, Points points) {
        public Award {
            Names.require(label, "label");
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(points, "points");
        }
    }

    /**
     * Bonus points on top of a rule: 「获得省级表彰的加1分，最高加2分」 ({@code awards}), 「大于目标值的，每增加1%加1分，最高加2分」
     * and 「升类的，每个断面加5分」 ({@code terms}: per step or per count, counted as a deduction's terms count them, the
     * points added instead of deducted). The score is {@code base}'s score plus the points of every award met and of
     * every term, the added points capped at {@code cap}. Whether the result may exceed the 分值 is the pack's {@code BonusPolicy}: by default
     * it is capped at the 分值 (a bonus only makes up points lost elsewhere).
     */
    record Bonus(Rule base, List<Award> awards, List<DeductionTerm> terms, Points cap) implements Rule {
        public Bonus {
            Objects.requireNonNull(base, "base");
            awards = List.copyOf(awards);
            terms = List.copyOf(terms);
            Objects.requireNonNull(cap, "cap");
            if (awards.isEmpty() && terms.isEmpty()) {
                throw new IllegalArgumentException("Bonus needs at least one award or term");
            }
        }

        /** Bonus points for awards only, as before terms could add. */
        public Bonus(Rule base, List<Award> awards, Points cap) {
            this(base, awards, List.of(), cap);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.bonus(this);
        }
    }

    /**
     * Parts scored separately, each against its own 分值, and added (分项计分): 「镇区车行15分钟内可到达…得0.5分,15—30分钟到达得0.3分,
     * 30分钟以上不得分;镇区内部交通组织合理得0.5分;镇区人均道路面积达15平方米得0.5分」 (1.5 points: a ladder of cases on one
     * number, then two awards), 「…总体建设完善,视情况酌情给分,最高1分;自来水普及率达95%以上,得0.5分;…」 (an evaluator's
     * judgement of 0 to 1 point, then awards).
     *
     * <p>Each part's rule is evaluated as if it were a leaf whose 分值 is the part's {@code max}: points written as a
     * share of the 分值 (扣分值的十分之一), 得满分 and 分值 in a formula all mean the part's {@code max}, not the
     * indicator's. Each part's score is clamped to [0, {@code max}] (a clamp is recorded in the trace, never silent),
     * then the parts are added; the indicator's own clamp to [0, 分值] applies to the sum as to every rule. Parts are not
     * rounded on their own: the sum is, once, as every score is. The trace gives every part its label and the steps its
     * rule took, then each part's score and their sum.
     *
     * <p>A part whose rule asks for the evaluator's judgement (酌情, 档次, discretion within a tier) takes the indicator's
     * judgement: the input has one judgement per indicator, so the pack's checks refuse a sum with more than one such
     * part. They also refuse parts whose 分值 do not add up to the 分值 the sum is scored against (the indicator's, or
     * the enclosing part's for a sum inside a part), a part whose rule is or holds a whole-indicator outcome (一票否决,
     * 不适用, 加分) or is no rule at all, and two parts of one label. A part's rule may itself be a sum.
     */
    record Sum(List<Part> parts) implements Rule {
        public Sum {
            parts = List.copyOf(parts);
            if (parts.size() < 2) {
                throw new IllegalArgumentException("Sum needs at least two parts: " + parts.size());
            }
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.sum(this);
        }
    }

    /** One part of {@link Sum}: what it is called, its own 分值 (above 0, exactly as written) and how it is scored. */
    record Part(String label, BigDecimal max, Rule rule) {
        public Part {
            Names.require(label, "label");
            Objects.requireNonNull(max, "max");
            Objects.requireNonNull(rule, "rule");
            if (max.signum() <= 0) {
                throw new IllegalArgumentException("a part's 分值 must be above 0: " + max);
            }
        }
    }

    /** What a 一票否决 zeroes: the indicator alone, or the whole evaluation. */
    enum VetoScope {
        INDICATOR, EVALUATION
    }
}
