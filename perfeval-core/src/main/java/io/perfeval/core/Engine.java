package io.perfeval.core;

import io.perfeval.core.EvaluationPlan.IndicatorPlan;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.input.Value;
import io.perfeval.core.internal.InputInternals;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.EvaluationRecord;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.Status;
import io.perfeval.core.sheet.TraceEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores one input with one pack's {@link EvaluationPlan}: the plan's nodes evaluate themselves against this object,
 * which holds that evaluation's data by slot, its memo of computed measures and what the rule being applied gave. A new
 * Engine is made per evaluation, so a compiled pack is shared freely between threads. No loops depend on input values:
 * every evaluation visits each node of the finite plan a bounded number of times and always ends.
 */
final class Engine {

    private final EvaluationPlan plan;
    private final EvaluationInput input;
    final boolean tracing;
    /** Whether arithmetic takes the long path where it can ({@link Scaled}; the plan says, read once per plan). */
    final boolean longs;
    /**
     * The second result of the last {@link ExprNode#scaled}: the scale of the long it returned, or {@link Scaled#NONE}
     * with its value in {@link #big}. Fields rather than an object per value, so that longs pass from node to node
     * without allocating; an evaluation runs on one thread, and each caller reads them before evaluating anything else.
     */
    int scale;
    BigDecimal big;
    /**
     * The input's data by field slot, never written here: an input built by slot for this pack is read where it is (a
     * {@code BigDecimal} per number, a {@code boolean[]} per checklist it was given as answers, else a {@link Value});
     * an input built by name, as validation copied its {@code Value}s here.
     */
    private final Object[] data;
    /** Every indicator's score, status, trace and problems, by slot. */
    private final Results results;
    private final EvaluationRecord record;
    /**
     * The judgements the input was given by indicator slot for this pack (then {@link #judgedByName} holds the rest),
     * or null: then the input's judgements are read by name.
     */
    private final Judgement[] judged;
    private final Map<String, Judgement> judgedByName;
    /** The measures computed so far, with their steps. */
    private final Measures measures;
    /** Whether a 一票否决 of the whole evaluation was met. */
    boolean evaluationVetoed;
    /** Whether any indicator was 不适用. */
    boolean notApplicable;
    /** Whether any indicator has a problem to collect into the sheet's list. */
    private boolean indicatorProblems;
    /** The status of the rule last applied ({@link RuleNode#score} returns its points). */
    Status outcome;
    /** The outcome of the rule that decided the indicator being scored when it is the pack's alone, else null. */
    PackOutcome constant;
    /**
     * The most the indicator being scored may score when a bonus lifts it above its 分值
     * ({@link BonusPolicy#ABOVE_MAX}): its 分值 and the bonus's cap; null otherwise (the 分值 bounds it). Kept here, not
     * on the scratch leaf, which every evaluation makes several of.
     */
    BigDecimal ceiling;
    /**
     * The 分值 of the part of a {@link io.perfeval.core.rule.Rule.Sum} being scored, which the rules inside it resolve
     * against ({@link #maxScore}); null outside a part. Here for the same reason as {@link #ceiling}.
     */
    BigDecimal partMax;
    /** The scratch of the indicator being scored, reused from one indicator to the next. */
    private LeafScratch current;
    /** See {@link #discard(LeafScratch)}. */
    private LeafScratch discard;
    /** The evaluation's data and measures for steps that word their operands when read; made on first need. */
    private Recall recall;

    private Engine(EvaluationPlan plan, EvaluationInput input, boolean tracing, Object[] data, BigDecimal[] selfScores,
                   EvaluationRecord record) {
        this.plan = plan;
        this.input = input;
        this.tracing = tracing;
        this.longs = plan.longs;
        this.data = data;
        this.record = record;
        this.measures = new Measures(this, plan, tracing);
        this.results = new Results(plan, selfScores, tracing);
        this.judged = InputInternals.access().judged(input, plan.indicatorKeys);
        this.judgedByName = judged == null ? null : InputInternals.access().judgedByName(input);
    }

    static ScoreSheet evaluate(EvaluationPlan plan, EvaluationInput input, EvaluationOptions options,
                               EvaluationRecord record) {
        // an input built by slot for this pack is read where it is: no copy of its data (issue 21)
        Object[] slots = InputInternals.access().slots(input, plan.fieldNames);
        Object[] data = slots != null ? slots : new Object[plan.fields.length];
        // most inputs report no self-scores: no array per evaluation for them (issue 21)
        BigDecimal[] selfScores = input.selfScores().isEmpty() ? null : new BigDecimal[plan.all.length];
        List<Problem> inputProblems = InputValidator.validate(plan, input, slots, data, selfScores);
        if (!inputProblems.isEmpty() && inputProblems.stream().anyMatch(Problem::isError)) {
            throw new InvalidInputException(inputProblems.stream().filter(Problem::isError).toList());
        }
        return new Engine(plan, input, options.trace(), data, selfScores, record).run();
    }

    private ScoreSheet run() {
        for (IndicatorPlan t : plan.top) {
            score(t);
        }
        if (tracing && current != null) {
            results.tape(current.tape());
        }
        List<Problem> problems = new ArrayList<>();
        if (indicatorProblems) {
            // depth first in table order, as the tree reads
            for (IndicatorPlan p : plan.all) {
                problems.addAll(results.problems(p.slot));
            }
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal applicableMax = BigDecimal.ZERO;
        boolean complete = true;
        for (IndicatorPlan t : plan.top) {
            Status status = results.statuses[t.slot];
            if (status == Status.ERROR) {
                complete = false;
            } else if (status != Status.NOT_APPLICABLE) {
                sum = plus(sum, results.scores[t.slot]);
                if (notApplicable) {
                    applicableMax = applicableMax.add(applicableMax(t));
                }
            }
        }
        if (!notApplicable) {
            // every 三级 indicator counts: the same sum, made once with the plan (unless some could not be scored)
            applicableMax = complete ? plan.fullApplicableMax : applicableMaxOfScored();
        }
        BigDecimal maxTotal = plan.pack.totalScore();
        Optional<BigDecimal> total = Optional.empty();
        boolean rescaled = false;
        if (complete) {
            BigDecimal t = sum;
            if (evaluationVetoed) {
                t = plan.zeroScore;
            } else if (applicableMax.compareTo(maxTotal) != 0 && plan.pack.notApplicablePolicy() == NotApplicablePolicy.RESCALE
                    && applicableMax.signum() > 0) {
                t = Decimals.divide(sum.multiply(maxTotal), applicableMax)
                        .setScale(plan.pack.rounding().scoreScale(), plan.pack.rounding().mode());
                rescaled = true;
            } else if (applicableMax.signum() == 0) {
                complete = false;
                problems.add(Problem.core("R010", Severity.ERROR, "", null));
            }
            t = capped(t, problems);
            total = complete ? Optional.of(t) : Optional.empty();
        }
        Optional<GradeBand> grade = evaluationVetoed ? plan.pack.grades().lowest()
                : total.flatMap(t -> plan.pack.grades().gradeOf(t));
        List<AuditFinding> findings = Audit.findings(plan, results, input, total);
        return Deferred.MAKE.sheet(plan.pack.info(), input.entity(), results, maxTotal, applicableMax, total, rescaled,
                grade, evaluationVetoed, findings, measures.figures(problems), problems, Optional.of(record),
                results.scores, results.statuses);
    }

    /** The total at most the 总分上限 (bonus points lifted it there), saying so among the sheet's problems. */
    private BigDecimal capped(BigDecimal total, List<Problem> problems) {
        BigDecimal cap = plan.maxTotal;
        if (cap == null || total.compareTo(cap) <= 0) {
            return total;
        }
        problems.add(Problem.core("R015", Severity.INFO, "", null, Decimals.trim(total), Decimals.trim(cap)));
        return cap.setScale(plan.scoreScale, plan.roundingMode);
    }

    /** The 分值 of the indicators that could be scored, 不适用 ones counting 0. */
    private BigDecimal applicableMaxOfScored() {
        BigDecimal m = BigDecimal.ZERO;
        for (IndicatorPlan t : plan.top) {
            if (results.statuses[t.slot] != Status.ERROR) {
                m = m.add(applicableMax(t));
            }
        }
        return m;
    }

    private BigDecimal applicableMax(IndicatorPlan p) {
        if (results.statuses[p.slot] == Status.NOT_APPLICABLE) {
            return BigDecimal.ZERO;
        }
        if (p.leaf != null) {
            return p.leaf.maxScore();
        }
        BigDecimal m = BigDecimal.ZERO;
        for (IndicatorPlan c : p.children) {
            m = m.add(applicableMax(c));
        }
        return m;
    }

    private void score(IndicatorPlan indicator) {
        if (indicator.leaf == null) {
            for (IndicatorPlan c : indicator.children) {
                score(c);
            }
            subtotal(indicator);
            return;
        }
        LeafScratch leaf = current != null ? current.next(indicator)
                : (current = tracing ? LeafScratch.tape(indicator, plan.traceSteps)
                        : new LeafScratch(indicator, indicator.pathString, false));
        Status status;
        BigDecimal score;
        ceiling = null;
        try {
            score = settle(indicator.rule, leaf);
            status = outcome;
        } catch (Failure f) {
            constant = null;
            leaf.problem(f.problem);
            if (tracing) {
                // after the steps so far, never merged with them
                leaf.add(new TraceEntry.Note("无法评分：" + f.problem.message()), new Object());
            }
            status = Status.ERROR;
            score = null;
        }
        if (leaf.problems != null) {
            indicatorProblems = true;
            results.problem(indicator.slot, leaf.problems);
        }
        results.scores[indicator.slot] = score;
        results.statuses[indicator.slot] = status;
        if (tracing) {
            int end = leaf.close(constant);
            results.ends[plan.leafOrdinal[indicator.slot]] = end;
            if (end > plan.traceSteps) {
                plan.traceSteps = end;
            }
        }
    }

    private void subtotal(IndicatorPlan g) {
        BigDecimal sum = plan.zeroScore;
        // Scores carry the pack's score scale, so their sum is the sum of their unscaled values at that scale: one
        // number per subtotal instead of one per addition (BigDecimal sums when a score is too long for that).
        long unscaled = 0;
        boolean inLong = true;
        boolean error = false;
        boolean allNotApplicable = true;
        for (IndicatorPlan c : g.children) {
            Status childStatus = results.statuses[c.slot];
            if (childStatus == Status.ERROR) {
                error = true;
            } else if (childStatus != Status.NOT_APPLICABLE) {
                allNotApplicable = false;
                BigDecimal score = results.scores[c.slot];
                // within the plan's bound (scoresFitLong), a score at the score scale is a long at that scale
                if (inLong && score.scale() == plan.scoreScale && (plan.scoresFitLong || score.precision() <= 15)) {
                    unscaled += Scaled.unscaled(score);
                } else {
                    if (inLong) {
                        sum = BigDecimal.valueOf(unscaled, plan.scoreScale);
                        inLong = false;
                    }
                    sum = plus(sum, score);
                }
            }
        }
        if (inLong && !allNotApplicable) {
            sum = BigDecimal.valueOf(unscaled, plan.scoreScale);
        }
        Status status = error ? Status.ERROR : allNotApplicable ? Status.NOT_APPLICABLE : Status.SCORED;
        if (status == Status.NOT_APPLICABLE) {
            notApplicable = true;
        }
        results.scores[g.slot] = status == Status.SCORED ? sum : null;
        results.statuses[g.slot] = status;
    }

    /**
     * Applies {@code rule} as the indicator's rule, or as a rule inside another (a tier, a bonus's base), and gives the
     * score it alone would give the indicator: clamped and rounded, or the pack's finished outcome; null when its
     * outcome ({@link #outcome}) is 不适用. A per-indicator problem is thrown.
     */
    BigDecimal settle(RuleNode rule, LeafScratch leaf) {
        constant = null;
        BigDecimal points = rule.score(this, leaf);
        if (outcome == Status.NOT_APPLICABLE) {
            return null;
        }
        return constant != null && constant.finished != null ? constant.finished : finish(points, leaf);
    }

    /** The 分值 the rule being applied resolves against: the indicator's, or inside a sum the part's. */
    BigDecimal maxScore(LeafScratch leaf) {
        return partMax != null ? partMax : leaf.indicator.leaf.maxScore();
    }

    /** Clamp into [0, 分值] (or the bonus's {@link #ceiling}), saying so in the trace, and apply the declared rounding. */
    BigDecimal finish(BigDecimal raw, LeafScratch leaf) {
        BigDecimal max = ceiling != null ? ceiling : maxScore(leaf);
        BigDecimal clamped = raw;
        if (raw.signum() < 0) {
            clamped = BigDecimal.ZERO;
            if (leaf.tracing) {
                leaf.add(Deferred.MAKE.note(() -> "计算结果 " + Decimals.trim(raw) + " 分低于 0，按 0 分计"), null);
            }
        } else if (raw.compareTo(max) > 0) {
            clamped = max;
            if (leaf.tracing) {
                leaf.add(Deferred.MAKE.note(() -> "计算结果 " + Decimals.trim(raw) + " 分超过分值，按分值 "
                        + Decimals.trim(max) + " 分计"), null);
            }
        }
        return clamped.setScale(plan.scoreScale, plan.roundingMode);
    }

    /** {@code points}, scored: the outcome of the rule being applied. */
    BigDecimal scored(BigDecimal points) {
        outcome = Status.SCORED;
        return points;
    }

    /**
     * {@code a.add(b)}, value and scale, without a new number when one side is a zero of no greater scale (a sum
     * starting from 0.00, a term that deducts nothing): then the sum is the other side as it is.
     */
    static BigDecimal plus(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0 && a.scale() >= b.scale()) {
            return a;
        }
        if (a.signum() == 0 && b.scale() >= a.scale()) {
            return b;
        }
        return a.add(b);
    }

    /** {@code v} as {@link ExprNode#scaled} gives it: its unscaled long and {@link #scale}, or NONE and {@link #big}. */
    long longOf(BigDecimal v) {
        if (Scaled.fits(v)) {
            scale = v.scale();
            return Scaled.unscaled(v);
        }
        scale = Scaled.NONE;
        big = v;
        return 0;
    }

    /** The evaluator's judgement of the indicator being scored, or null when the input gives none. */
    Judgement judgement(LeafScratch leaf) {
        if (judged != null) {
            Judgement j = judged[leaf.indicator.slot];
            return j != null ? j : judgedByName.get(leaf.indicator.key);
        }
        return input.judgements().get(leaf.indicator.key);
    }

    /** A numeric datum. */
    BigDecimal number(int slot, String name, LeafScratch leaf) {
        Object v = slot < 0 ? null : data[slot];
        if (v instanceof BigDecimal x) {
            return x;
        }
        if (v instanceof Value.Number n) {
            return n.value();
        }
        return ((Value.Number) datum(slot, name, leaf)).value();
    }

    /**
     * A datum as it was given: a {@code BigDecimal}, a checklist's {@code boolean[]} (see {@link #data}) or a
     * {@link Value}.
     */
    Object given(int slot, String name, LeafScratch leaf) {
        Object v = slot < 0 ? null : data[slot];
        if (v == null) {
            // Validation guarantees presence; keep a clear error rather than an NPE should that ever change.
            throw leaf.fail("R011", name);
        }
        return v;
    }

    /** A datum as its {@link Value}. */
    Value datum(int slot, String name, LeafScratch leaf) {
        Object v = given(slot, name, leaf);
        return v instanceof BigDecimal x ? new Value.Number(x)
                : v instanceof boolean[] met ? InputInternals.access().checklist(met) : (Value) v;
    }

    /**
     * A leaf that keeps nothing, for evaluating again what was already evaluated (a formula's operands, for its
     * substituted text): no trace step is made there. It takes {@code leaf}'s indicator and path, for 分值 and errors.
     */
    LeafScratch discard(LeafScratch leaf) {
        LeafScratch d = discard;
        if (d == null) {
            d = discard = new LeafScratch(leaf.indicator, leaf.path(), false);
        }
        d.serve(leaf);
        return d;
    }

    /** A measure's value, computed once per evaluation; its steps are added to each leaf's trace once. */
    BigDecimal measure(int slot, LeafScratch leaf) {
        return measures.value(slot, leaf);
    }

    /**
     * What a trace step keeps to word a formula's operands with their values: the evaluation's {@link Recall} when
     * every operand is a datum or a measure (read when the step is worded), else the values ({@link #operands}).
     */
    Object operandValues(ExprNode[] operands, boolean recallable, LeafScratch leaf) {
        if (!recallable) {
            return operands(operands, leaf);
        }
        Recall r = recall;
        if (r == null) {
            r = new Recall(data, measures.values);
            recall = r;
        }
        return r;
    }

    /**
     * The values of a formula's operands (data, measures, counts; {@code operands}, which the plan lists left to right),
     * kept for the trace's substituted formula. Each is evaluated on a scratch leaf: its own steps are already in the
     * trace where they belong.
     */
    BigDecimal[] operands(ExprNode[] operands, LeafScratch leaf) {
        BigDecimal[] out = new BigDecimal[operands.length];
        LeafScratch scratch = discard(leaf);
        for (int i = 0; i < out.length; i++) {
            out[i] = operands[i].value(this, scratch);
        }
        return out;
    }
}
