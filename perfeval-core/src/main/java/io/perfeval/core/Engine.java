package io.perfeval.core;

import io.perfeval.core.EvaluationPlan.IndicatorPlan;
import io.perfeval.core.EvaluationPlan.MeasurePlan;
import io.perfeval.core.EvaluationPlan.Node;
import io.perfeval.core.TraceSteps.Step;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.input.Value;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Dimension;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.EvaluationRecord;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.Status;
import io.perfeval.core.sheet.Trace;
import io.perfeval.core.sheet.TraceEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Scores one input with one pack's {@link EvaluationPlan}. A new Engine is made per evaluation and holds only that
 * evaluation's data by slot and its memo of computed measures, so a compiled pack is shared freely between threads. No
 * loops depend on input values: every evaluation visits each node of the finite plan a bounded number of times and
 * always ends.
 */
final class Engine {

    private final EvaluationPlan plan;
    private final RulePack pack;
    private final EvaluationInput input;
    private final boolean tracing;
    /** The input's data by field slot, filled by validation. */
    private final Value[] data;
    /** Each numeric datum's value by field slot, read from {@code data} on first reference. */
    private final BigDecimal[] numbers;
    /** Every indicator's score, status, trace and problems, by slot. */
    private final Results results;
    private final EvaluationRecord record;
    /** Measures computed so far by slot, and the trace steps that produced each (when tracing). */
    private final BigDecimal[] measures;
    private final Object[][] measureSteps;
    private boolean evaluationVetoed;
    /** Whether any indicator has a problem to collect into the sheet's list. */
    private boolean indicatorProblems;
    /** Whether any indicator was 不适用. */
    private boolean notApplicable;
    /** The status of the rule last applied ({@link #rule} returns its points). */
    private Status outcome;
    /** The rule node that decided the indicator being scored when its outcome is the pack's alone, else null. */
    private Node constant;
    /** The scratch of the indicator being scored, reused from one indicator to the next. */
    private Leaf current;
    /** See {@link #discard(Leaf)}. */
    private Leaf discard;
    /** Scratch leaves for measures being computed, by nesting depth (when tracing). */
    private Leaf[] scratches = new Leaf[4];
    private int depth;

    /** A per-indicator failure: caught where the indicator is scored and turned into an ERROR line. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Problem problem;

        Failure(Problem problem) {
            super(problem.englishMessage(), null, false, false);
            this.problem = problem;
        }
    }

    /**
     * Per-leaf scratch: the trace being written and the problems met. Trace entries word themselves only when read, so
     * a step is recorded once by identity or, for entries that could repeat (a condition tested again, a checklist
     * counted twice), by the rule node that produced it: the same node on the same input says the same thing. The plan
     * gives structurally equal nodes one key object, so keys compare by identity. Callers check {@code tracing}
     * before making an entry, so that without the trace (or on a discard leaf) none is made.
     */
    private static final class Leaf {
        IndicatorPlan indicator;
        private String path;
        final boolean tracing;
        /** Steps: a {@link TraceEntry}, or a {@link Step} that makes it when the trace is read. */
        private Object[] trace;
        private Object[] keys;
        private int size;
        /** Bit i: measure slot i's steps are in this trace (measures 0…63). */
        long measuresAdded;
        List<Problem> problems;

        Leaf(IndicatorPlan indicator, String path, boolean tracing) {
            this.indicator = indicator;
            this.path = path;
            this.tracing = tracing;
        }

        String path() {
            return path;
        }

        /** Ready for another indicator: one leaf serves every indicator of an evaluation in turn. */
        Leaf reset(IndicatorPlan next) {
            return reset(next, next.pathString);
        }

        Leaf reset(IndicatorPlan next, String nextPath) {
            indicator = next;
            path = nextPath;
            size = 0;
            measuresAdded = 0;
            problems = null;
            return this;
        }

        BigDecimal maxScore() {
            return indicator.leaf.maxScore();
        }

        /** A step the plan or a measure made, which may already be here: recorded once, by identity. */
        void add(Object e) {
            if (!tracing) {
                return;
            }
            for (int i = 0; i < size; i++) {
                if (trace[i] == e) {
                    return;
                }
            }
            append(e, null);
        }

        /**
         * A step just made for this leaf, recorded unless a step of the same {@code key} (the same rule node on the
         * same input, so the same words) is here; with no key, it is new by construction.
         */
        void add(TraceEntry e, Object key) {
            addStep(e, key);
        }

        /**
         * A step of this leaf's own, as {@link #add(TraceEntry, Object)}, whose entry {@code step} makes only when the
         * trace is read: a batch that never opens a sheet makes one object per step, not an entry and its wording.
         */
        void add(Step step, Object key) {
            addStep(step, key);
        }

        private void addStep(Object e, Object key) {
            if (!tracing) {
                return;
            }
            if (key != null) {
                for (int i = 0; i < size; i++) {
                    if (keys[i] == key) {
                        return;
                    }
                }
            }
            append(e, key);
        }

        private void append(Object e, Object key) {
            if (trace == null) {
                trace = new Object[8];
                keys = new Object[8];
            }
            if (size == trace.length) {
                trace = java.util.Arrays.copyOf(trace, size * 2);
                keys = java.util.Arrays.copyOf(keys, size * 2);
            }
            trace[size] = e;
            keys[size] = key;
            size++;
        }

        /** The steps so far, in order (a new array: the caller keeps it). */
        Object[] entries() {
            return java.util.Arrays.copyOf(trace, size);
        }

        /**
         * The trace as the results keep it: the one made with the plan when the only step is {@code constant}'s, else
         * the steps (a new array), which become a {@link Trace} only when the tree or a finding needs one.
         */
        Object traced(Node constant) {
            if (!tracing || size == 0) {
                return Trace.EMPTY;
            }
            if (size == 1 && constant != null && trace[0] == constant.entry) {
                return constant.single;
            }
            return java.util.Arrays.copyOf(trace, size);
        }

        void problem(Problem p) {
            if (problems == null) {
                problems = new ArrayList<>(2);
            }
            problems.add(p);
        }

        List<Problem> problems() {
            return problems == null ? List.of() : problems;
        }

        Failure fail(String code, Object... args) {
            return new Failure(Problem.core(code, Severity.ERROR, path(), null, args));
        }
    }

    private static final TraceEntry.Note SUBTOTAL = new TraceEntry.Note("下级指标得分之和");
    private static final TraceEntry.Note NO_SUBTOTAL = new TraceEntry.Note("下级指标有无法评分项，小计不可得");
    private static final Trace SUBTOTAL_TRACE = new Trace(List.of(SUBTOTAL));
    private static final Trace NO_SUBTOTAL_TRACE = new Trace(List.of(NO_SUBTOTAL));


    private Engine(EvaluationPlan plan, EvaluationInput input, boolean tracing, Value[] data,
                   BigDecimal[] selfScores, EvaluationRecord record) {
        this.plan = plan;
        this.pack = plan.pack;
        this.input = input;
        this.tracing = tracing;
        this.data = data;
        this.record = record;
        this.numbers = new BigDecimal[plan.fields.length];
        this.measures = new BigDecimal[plan.measures.length];
        this.measureSteps = tracing ? new Object[plan.measures.length][] : null;
        this.results = new Results(plan, selfScores, tracing);
    }

    static ScoreSheet evaluate(EvaluationPlan plan, EvaluationInput input, EvaluationOptions options,
                               EvaluationRecord record) {
        Value[] data = new Value[plan.fields.length];
        BigDecimal[] selfScores = new BigDecimal[plan.all.length];
        List<Problem> inputProblems = InputValidator.validate(plan, input, data, selfScores);
        if (!inputProblems.isEmpty() && inputProblems.stream().anyMatch(Problem::isError)) {
            throw new InvalidInputException(inputProblems.stream().filter(Problem::isError).toList());
        }
        return new Engine(plan, input, options.trace(), data, selfScores, record).run();
    }

    /**
     * What scoring gave each indicator, by slot, kept with the sheet: its tree of {@link IndicatorResult}s is built
     * from these when first read ({@link ScoreSheet#deferred}), and these are dropped then. Written only by the
     * evaluation that made them, before the sheet is returned.
     */
    static final class Results implements Supplier<List<IndicatorResult>> {
        private final EvaluationPlan plan;
        final BigDecimal[] scores;
        final Status[] statuses;
        /**
         * Per slot a {@link Trace}, or the steps not yet made into one (entries, and {@link Step}s that make theirs);
         * null without the trace.
         */
        final Object[] traces;
        final List<?>[] problems;
        final BigDecimal[] selfScores;

        Results(EvaluationPlan plan, BigDecimal[] selfScores, boolean tracing) {
            this.plan = plan;
            int n = plan.all.length;
            this.scores = new BigDecimal[n];
            this.statuses = new Status[n];
            this.traces = tracing ? new Object[n] : null;
            this.problems = new List<?>[n];
            this.selfScores = selfScores;
        }

        /**
         * The indicator's trace, made into a {@link Trace} once; its entries are made from the steps when they are
         * first read, so reading scores makes none.
         */
        Trace trace(int slot) {
            if (traces == null) {
                return Trace.EMPTY;
            }
            Object t = traces[slot];
            if (t instanceof Trace made) {
                return made;
            }
            Object[] steps = (Object[]) t;
            Trace made = Trace.deferred(() -> entries(steps));
            traces[slot] = made;
            return made;
        }

        private static List<TraceEntry> entries(Object[] steps) {
            TraceEntry[] entries = new TraceEntry[steps.length];
            for (int i = 0; i < steps.length; i++) {
                entries[i] = steps[i] instanceof Step step ? step.make() : (TraceEntry) steps[i];
            }
            return List.of(entries);
        }

        @SuppressWarnings("unchecked")
        List<Problem> problems(int slot) {
            List<?> p = problems[slot];
            return p == null ? List.of() : (List<Problem>) p;
        }

        @Override
        public List<IndicatorResult> get() {
            IndicatorResult[] top = new IndicatorResult[plan.top.length];
            for (int i = 0; i < top.length; i++) {
                top[i] = result(plan.top[i]);
            }
            return List.of(top);
        }

        private IndicatorResult result(IndicatorPlan p) {
            List<IndicatorResult> children = List.of();
            String criterion = "";
            if (p.leaf == null) {
                IndicatorResult[] c = new IndicatorResult[p.children.length];
                for (int i = 0; i < c.length; i++) {
                    c[i] = result(p.children[i]);
                }
                children = List.of(c);
            } else {
                criterion = p.leaf.criterion();
            }
            return new IndicatorResult(p.path, p.path.size(), p.indicator.maxScore(),
                    Optional.ofNullable(scores[p.slot]), statuses[p.slot], criterion, trace(p.slot), problems(p.slot),
                    Optional.ofNullable(selfScores[p.slot]), children);
        }
    }

    private ScoreSheet run() {
        for (IndicatorPlan t : plan.top) {
            score(t);
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
        BigDecimal maxTotal = pack.totalScore();
        Optional<BigDecimal> total = Optional.empty();
        boolean rescaled = false;
        if (complete) {
            BigDecimal t = sum;
            if (evaluationVetoed) {
                t = plan.zeroScore;
            } else if (applicableMax.compareTo(maxTotal) != 0 && pack.notApplicablePolicy() == NotApplicablePolicy.RESCALE
                    && applicableMax.signum() > 0) {
                t = Decimals.divide(sum.multiply(maxTotal), applicableMax)
                        .setScale(pack.rounding().scoreScale(), pack.rounding().mode());
                rescaled = true;
            } else if (applicableMax.signum() == 0) {
                complete = false;
                problems.add(Problem.core("R010", Severity.ERROR, "", null));
            }
            total = complete ? Optional.of(t) : Optional.empty();
        }
        Optional<GradeBand> grade = evaluationVetoed ? Optional.of(pack.grades().lowest())
                : total.flatMap(t -> pack.grades().gradeOf(t));
        List<AuditFinding> findings = audit(total, maxTotal);
        return ScoreSheet.deferred(pack.info(), input.entity(), results, maxTotal, applicableMax, total, rescaled,
                grade, evaluationVetoed, findings, figures(problems), problems, Optional.of(record));
    }

    /**
     * Every declared measure's value, in declaration order: rules use some, and reviewers read the rest (预算执行率).
     * A measure no rule used that cannot be computed is reported as a warning; one a rule used is already an error there.
     * Without the trace the measures are still computed, for the same warnings, but no figure is kept.
     */
    private Supplier<List<TraceEntry.Computed>> figures(List<Problem> problems) {
        Object[] lasts = tracing ? new Object[plan.measures.length] : null;
        int n = 0;
        for (MeasurePlan m : plan.measures) {
            if (measures[m.slot] == null) {
                try {
                    computeMeasure(m, new Leaf(null, m.measure.name(), tracing));
                } catch (Failure f) {
                    problems.add(f.problem.withSeverity(Severity.WARNING));
                    continue;
                }
            }
            if (tracing) {
                Object[] steps = measureSteps[m.slot];
                lasts[n++] = steps[steps.length - 1];
            }
        }
        if (!tracing) {
            return List::of;
        }
        int count = n;
        // each measure's own step, made into its entry when the figures are first read
        return () -> {
            TraceEntry.Computed[] out = new TraceEntry.Computed[count];
            for (int i = 0; i < count; i++) {
                out[i] = (TraceEntry.Computed) (lasts[i] instanceof Step step ? step.make() : lasts[i]);
            }
            return List.of(out);
        };
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
        Leaf leaf = current == null ? current = new Leaf(indicator, indicator.pathString, tracing)
                : current.reset(indicator);
        Status status;
        BigDecimal score;
        constant = null;
        try {
            BigDecimal points = rule(indicator.rule, leaf);
            status = outcome;
            score = status == Status.NOT_APPLICABLE ? null
                    : constant != null && constant.finished != null ? constant.finished.get()
                    : finish(points, leaf);
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
            results.problems[indicator.slot] = leaf.problems;
        }
        results.scores[indicator.slot] = score;
        results.statuses[indicator.slot] = status;
        if (tracing) {
            results.traces[indicator.slot] = leaf.traced(constant);
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
                if (inLong && score.scale() == plan.scoreScale && score.precision() <= 15) {
                    unscaled += Rates.unscaled(score);
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
        if (tracing) {
            results.traces[g.slot] = status == Status.ERROR ? NO_SUBTOTAL_TRACE : SUBTOTAL_TRACE;
        }
    }

    /** Clamp into [0, 分值] (saying so in the trace) and apply the pack's declared rounding. */
    private BigDecimal finish(BigDecimal raw, Leaf leaf) {
        BigDecimal max = leaf.maxScore();
        BigDecimal clamped = raw;
        if (raw.signum() < 0) {
            clamped = BigDecimal.ZERO;
            if (leaf.tracing) {
                leaf.add(TraceEntry.Note.deferred(() -> "计算结果 " + Decimals.trim(raw) + " 分低于 0，按 0 分计"), null);
            }
        } else if (raw.compareTo(max) > 0) {
            clamped = max;
            if (leaf.tracing) {
                leaf.add(TraceEntry.Note.deferred(() -> "计算结果 " + Decimals.trim(raw) + " 分超过分值，按分值 "
                        + Decimals.trim(max) + " 分计"), null);
            }
        }
        return clamped.setScale(plan.scoreScale, pack.rounding().mode());
    }

    // ---- rules ----

    private BigDecimal rule(Node rule, Leaf leaf) {
        switch (rule.kind) {
            case Node.FULL:
                leaf.add(rule.entry);
                constant = rule;
                return scored(leaf.maxScore());
            case Node.FIXED:
                leaf.add(rule.entry);
                constant = rule;
                return scored(((Rule.FixedScore) rule.source).points());
            case Node.DEDUCT:
                return deduct(rule, leaf);
            case Node.FORMULA:
                return formula(rule, leaf);
            case Node.CASES: {
                Node[] k = rule.kids;
                int cases = (k.length - 1) / 2;
                for (int i = 0; i < cases; i++) {
                    if (condition(k[2 * i], leaf)) {
                        return rule(k[2 * i + 1], leaf);
                    }
                }
                return rule(k[k.length - 1], leaf);
            }
            case Node.JUDGEMENT:
                return judgement(rule, leaf);
            case Node.VETO:
                if (((Rule.Veto) rule.source).scope() == Rule.VetoScope.EVALUATION) {
                    evaluationVetoed = true;
                }
                leaf.add(rule.entry);
                constant = rule;
                outcome = Status.VETOED;
                return BigDecimal.ZERO;
            case Node.NOT_APPLICABLE:
                leaf.add(rule.entry);
                constant = rule;
                outcome = Status.NOT_APPLICABLE;
                notApplicable = true;
                return BigDecimal.ZERO;
            case Node.NO_RULE:
                throw leaf.fail("R002");
            default:
                throw new IllegalStateException("unknown rule " + rule.source);
        }
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

    private BigDecimal scored(BigDecimal points) {
        outcome = Status.SCORED;
        return points;
    }

    private BigDecimal deduct(Node d, Leaf leaf) {
        BigDecimal max = leaf.maxScore();
        BigDecimal sum = BigDecimal.ZERO;
        for (Node term : d.kids) {
            sum = plus(sum, term.kind == Node.PER_COUNT ? perCount(term, leaf) : perStep(term, leaf));
        }
        BigDecimal total = sum;
        // no deduction: the 分值 itself when a zero of no greater scale is taken from it, as subtract would give it
        BigDecimal score = total.signum() == 0 && max.scale() >= total.scale() ? max : max.subtract(total);
        if (score.signum() < 0) {
            if (((Rule.Deduct) d.source).floorAtZero()) {
                if (leaf.tracing) {
                    leaf.add(TraceEntry.Note.deferred(() -> "扣分合计 " + Decimals.trim(total) + " 分，扣完为止"), null);
                }
            } else {
                if (leaf.tracing) {
                    leaf.add(TraceEntry.Note.deferred(() -> "扣分合计 " + Decimals.trim(total) + " 分超过分值 "
                            + Decimals.trim(max) + " 分；评价标准未写明扣完为止，按 0 分计"), null);
                }
                leaf.problem(Problem.core("R005", Severity.WARNING, leaf.path(), null, Decimals.trim(total),
                        Decimals.trim(max)));
            }
            score = BigDecimal.ZERO;
        }
        // the shared 无扣分 outcome unless zero deductions of another scale gave the score another scale
        if (total.signum() == 0 && score.equals(((TraceEntry.Decided) d.entry).score())) {
            constant = d;
        }
        if (leaf.tracing) {
            BigDecimal s = score;
            if (total.signum() != 0) {
                leaf.add(new TraceSteps.Deduction(max, total, s), null);
            } else if (s.equals(((TraceEntry.Decided) d.entry).score())) {
                leaf.add(d.entry);
            } else {
                leaf.add(new TraceEntry.Decided("无扣分，得满分", s), null);
            }
        }
        return scored(score);
    }

    private BigDecimal perCount(Node term, Leaf leaf) {
        DeductionTerm.PerCount pc = (DeductionTerm.PerCount) term.source;
        Node countNode = term.kids[0];
        BigDecimal count = expr(countNode, leaf);
        if (count.signum() < 0) {
            throw leaf.fail("R009", pc.label(), display(countNode, count));
        }
        BigDecimal each = term.each;
        BigDecimal amount = count.multiply(each);
        if (leaf.tracing && count.signum() > 0) {
            leaf.add(new TraceSteps.PerCount(pc, count, countNode.unit, each, amount), term.key);
        }
        return amount;
    }

    private BigDecimal perStep(Node term, Leaf leaf) {
        DeductionTerm.PerStep ps = (DeductionTerm.PerStep) term.source;
        Node mn = term.kids[0];
        Node rn = term.kids[1];
        BigDecimal mv = expr(mn, leaf);
        BigDecimal rv = expr(rn, leaf);
        if (!term.comparable) {
            throw incomparable(mn, mv, rn, rv, leaf);
        }
        if (!term.stepComparable) {
            throw leaf.fail("R006", display(mn, mv), ps.step().display());
        }
        BigDecimal mb = mn.base(mv);
        BigDecimal rb = rn.base(rv);
        int side = mb.compareTo(rb);
        if (side == 0 || ps.direction() == DeductionTerm.Direction.BELOW && side > 0
                || ps.direction() == DeductionTerm.Direction.ABOVE && side < 0) {
            // on the reference or on its harmless side: no deviation, nothing deducted (as deviation() gives)
            return BigDecimal.ZERO;
        }
        BigDecimal deviation = ps.deviation(mb, rb);
        if (deviation.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal steps = ps.steps(deviation);
        BigDecimal each = term.each;
        BigDecimal amount = steps.multiply(each);
        if (leaf.tracing) {
            leaf.add(new TraceSteps.PerStep(term, mv, rv, deviation, steps, amount), term.key);
        }
        return amount;
    }

    private BigDecimal formula(Node node, Leaf leaf) {
        Rule.Formula f = (Rule.Formula) node.source;
        Node scoreNode = node.kids[0];
        BigDecimal points = expr(scoreNode, leaf);
        if (scoreNode.unit.dimension() != Dimension.SCORE) {
            throw leaf.fail("R008", ExprText.symbolic(f.score()), scoreNode.unit);
        }
        BigDecimal max = leaf.maxScore();
        BigDecimal[] operands = leaf.tracing ? operands(node.operands, leaf) : null;
        if (points.compareTo(max) > 0) {
            if (!f.capAtMax()) {
                throw leaf.fail("R004", Decimals.trim(points), Decimals.trim(max));
            }
            if (leaf.tracing) {
                leaf.add(TraceEntry.Decided.deferred(() -> node.said()
                        + TraceSteps.substituted(f.score(), node.operands, operands) + " = " + Decimals.trim(points)
                        + " 分，超出分值不加分，得",
                        max), null);
            }
            return scored(max);
        }
        if (leaf.tracing) {
            leaf.add(new TraceSteps.Formula(node, operands, points), null);
        }
        return scored(points);
    }

    private BigDecimal judgement(Node node, Leaf leaf) {
        Judgement given = input.judgements().get(leaf.indicator.key);
        BigDecimal lo = node.lo;
        BigDecimal hi = node.hi;
        if (given == null) {
            throw leaf.fail("R003", Decimals.trim(lo), Decimals.trim(hi));
        }
        if (given.score().compareTo(lo) < 0 || given.score().compareTo(hi) > 0) {
            throw leaf.fail("R007", Decimals.trim(given.score()), Decimals.trim(lo), Decimals.trim(hi));
        }
        if (leaf.tracing) {
            leaf.add(new TraceSteps.Judged(lo, hi, given), null);
        }
        return scored(given.score());
    }

    // ---- conditions ----

    private boolean condition(Node c, Leaf leaf) {
        switch (c.kind) {
            case Node.COMPARE: {
                Condition.Compare cmp = (Condition.Compare) c.source;
                Node ln = c.kids[0];
                Node rn = c.kids[1];
                BigDecimal l = expr(ln, leaf);
                BigDecimal r = expr(rn, leaf);
                if (!c.comparable) {
                    throw incomparable(ln, l, rn, r, leaf);
                }
                boolean holds = cmp.op().test(c.direct ? l.compareTo(r) : ln.base(l).compareTo(rn.base(r)));
                if (leaf.tracing) {
                    leaf.add(new TraceSteps.Compare(cmp, ln, l, rn, r, holds), c.key);
                }
                return holds;
            }
            case Node.IS_YES: {
                Condition.IsYes y = (Condition.IsYes) c.source;
                boolean yes = ((Value.YesNo) datum(c.slot, y.name(), leaf)).yes();
                if (leaf.tracing) {
                    leaf.add(new TraceSteps.IsYes(y, yes), c.key);
                }
                return yes;
            }
            case Node.ALL_ITEMS_MET: {
                Condition.AllItemsMet a = (Condition.AllItemsMet) c.source;
                int failed = failedItems(c, a.checklist(), leaf);
                if (leaf.tracing) {
                    leaf.add(new TraceSteps.AllItems(a, failed), c.key);
                }
                return failed == 0;
            }
            case Node.ALL:
                for (Node x : c.kids) {
                    if (!condition(x, leaf)) {
                        return false;
                    }
                }
                return true;
            case Node.ANY:
                for (Node x : c.kids) {
                    if (condition(x, leaf)) {
                        return true;
                    }
                }
                return false;
            case Node.NOT:
                return !condition(c.kids[0], leaf);
            default:
                throw new IllegalStateException("unknown condition " + c.source);
        }
    }

    /** R006: the values' units do not compare or combine (found from the declarations, worded with the values). */
    private static Failure incomparable(Node a, BigDecimal av, Node b, BigDecimal bv, Leaf leaf) {
        return leaf.fail("R006", display(a, av), display(b, bv));
    }

    private static String display(Node n, BigDecimal v) {
        return Decimals.plain(v) + n.unit.symbol();
    }

    // ---- expressions ----

    /** The value of {@code e} in its unit, which the plan knows ({@code e.unit}). */
    private BigDecimal expr(Node e, Leaf leaf) {
        switch (e.kind) {
            case Node.CONST:
                return e.value;
            case Node.FIELD: {
                BigDecimal v = numbers[e.slot];
                if (v == null) {
                    v = ((Value.Number) datum(e.slot, ((Expr.Ref) e.source).name(), leaf)).value();
                    numbers[e.slot] = v;
                }
                return v;
            }
            case Node.MEASURE:
                return measure(e.slot, leaf);
            case Node.PERIOD: {
                Expr.PeriodValue p = (Expr.PeriodValue) e.source;
                Value.Series s = (Value.Series) datum(e.slot, p.series(), leaf);
                return s.values().get(p.period());
            }
            case Node.MAX_SCORE:
                if (leaf.indicator == null) {
                    throw leaf.fail("R012");
                }
                return leaf.maxScore();
            case Node.BINARY:
                return binary(e, leaf);
            case Node.COUNT_OF: {
                int n = 0;
                for (Node x : e.kids) {
                    if (condition(x, leaf)) {
                        n++;
                    }
                }
                return BigDecimal.valueOf(n);
            }
            case Node.FAILED_ITEMS:
                return BigDecimal.valueOf(failedItems(e, ((Expr.FailedItems) e.source).checklist(), leaf));
            case Node.UNRESOLVED:
                // the pack's checks reject undeclared names; as before the plan, fail plainly should one slip through
                throw new java.util.NoSuchElementException("undeclared name " + ((Expr.Ref) e.source).name());
            default:
                throw new IllegalStateException("unknown expression " + e.source);
        }
    }

    private BigDecimal binary(Node node, Leaf leaf) {
        Node ln = node.kids[0];
        Node rn = node.kids[1];
        BigDecimal l = expr(ln, leaf);
        BigDecimal r = expr(rn, leaf);
        if (node.unit == null) {
            throw incomparable(ln, l, rn, r, leaf);
        }
        Expr.ArithmeticOp op = node.op;
        if (op == Expr.ArithmeticOp.DIVIDE && r.signum() == 0) {
            Expr.Binary b = (Expr.Binary) node.source;
            throw leaf.fail("R001", ExprText.symbolic(b), ExprText.symbolic(b.right()));
        }
        if (node.sameScale) {
            BigDecimal direct = sameScale(op, l, r);
            if (direct != null) {
                return direct;
            }
        }
        BigDecimal lb = ln.base(l);
        BigDecimal rb = rn.base(r);
        BigDecimal base = switch (op) {
            case ADD -> lb.add(rb);
            case SUBTRACT -> lb.subtract(rb);
            case MULTIPLY -> lb.multiply(rb);
            case DIVIDE -> Decimals.divide(lb, rb);
        };
        return node.baseIsValue ? base : Decimals.divide(base, node.unit.factor());
    }

    /**
     * Operands in units with the same power-of-ten factor (万元 and 万元, % and %; the plan says when,
     * {@link EvaluationPlan#sameScale}) need no base-unit values: the sum or difference of the values, in the left unit,
     * and the quotient of the values, a plain number, are the very digits and scale that going through the base unit
     * and back gives (both shift every scale by the same power of ten, and {@link Decimals#divide} sees the same
     * digits). Null when a sum has more digits than a division keeps, which the base-unit route would round.
     */
    static BigDecimal sameScale(Expr.ArithmeticOp op, BigDecimal l, BigDecimal r) {
        if (op == Expr.ArithmeticOp.DIVIDE) {
            return Decimals.divide(l, r);
        }
        BigDecimal v = op == Expr.ArithmeticOp.ADD ? l.add(r) : l.subtract(r);
        return v.precision() <= Decimals.DIVISION.getPrecision() ? v : null;
    }

    /**
     * A leaf that keeps nothing, for evaluating again what was already evaluated (a formula's operands, for its
     * substituted text): no trace step is made there. It takes {@code leaf}'s indicator and path, for 分值 and errors.
     */
    private Leaf discard(Leaf leaf) {
        Leaf d = discard;
        if (d == null) {
            d = discard = new Leaf(leaf.indicator, leaf.path(), false);
        }
        d.indicator = leaf.indicator;
        d.path = leaf.path();
        return d;
    }

    private BigDecimal measure(int slot, Leaf leaf) {
        BigDecimal v = measures[slot];
        if (v == null) {
            v = computeMeasure(plan.measures[slot], leaf);
        }
        if (tracing) {
            // a measure's steps are added once per leaf, however often its rules refer to it
            long bit = slot < 64 ? 1L << slot : 0;
            if ((leaf.measuresAdded & bit) == 0) {
                for (Object step : measureSteps[slot]) {
                    leaf.add(step);
                }
                leaf.measuresAdded |= bit;
            }
        }
        return v;
    }

    /** Computes and keeps a measure's value and, when tracing, its steps. */
    private BigDecimal computeMeasure(MeasurePlan mp, Leaf leaf) {
        if (!tracing) {
            return computeMeasure(mp, discard(leaf), null);
        }
        // Trace entries of the measures this one uses come first, then this one's; measures nest, so one scratch
        // leaf per depth, reused.
        if (depth == scratches.length) {
            scratches = java.util.Arrays.copyOf(scratches, depth * 2);
        }
        Leaf scratch = scratches[depth];
        scratch = scratch == null ? scratches[depth] = new Leaf(leaf.indicator, leaf.path(), true)
                : scratch.reset(leaf.indicator, leaf.path());
        depth++;
        try {
            return computeMeasure(mp, scratch, leaf);
        } finally {
            depth--;
        }
    }

    /** {@code leaf} is the one the measure is asked for when tracing, else null. */
    private BigDecimal computeMeasure(MeasurePlan mp, Leaf scratch, Leaf leaf) {
        Measure m = mp.measure;
        BigDecimal rounded;
        if (mp.rateShift >= 0) {
            Node quotient = mp.formula.kids[0];
            BigDecimal a = expr(quotient.kids[0], scratch);
            BigDecimal b = expr(quotient.kids[1], scratch);
            if (b.signum() == 0) {
                // the general route says which division by zero, with the same words
                binary(quotient, scratch);
            }
            rounded = Rates.rate(a, b, mp.rateShift, m.scale());
        } else {
            BigDecimal raw = expr(mp.formula, scratch);
            BigDecimal inUnit = mp.inUnit ? raw
                    : new Quantity(raw, mp.formula.unit).in(m.unit()).value();
            rounded = inUnit.setScale(m.scale(), RoundingMode.HALF_UP);
        }
        measures[mp.slot] = rounded;
        if (tracing) {
            scratch.add(new TraceSteps.Measured(mp, operands(mp.operands, leaf), rounded), null);
            measureSteps[mp.slot] = scratch.entries();
        }
        return rounded;
    }

    /**
     * The values of a formula's operands (data, measures, counts; {@code operands}, which the plan lists left to right),
     * kept for the trace's substituted formula. Each is evaluated on a scratch leaf: its own steps are already in the
     * trace where they belong.
     */
    private BigDecimal[] operands(Node[] operands, Leaf leaf) {
        BigDecimal[] out = new BigDecimal[operands.length];
        Leaf scratch = discard(leaf);
        for (int i = 0; i < out.length; i++) {
            out[i] = expr(operands[i], scratch);
        }
        return out;
    }

    private Value datum(int slot, String name, Leaf leaf) {
        Value v = slot < 0 ? null : data[slot];
        if (v == null) {
            // Validation guarantees presence; keep a clear error rather than an NPE should that ever change.
            throw leaf.fail("R011", name);
        }
        return v;
    }

    private int failedItems(Node node, String checklist, Leaf leaf) {
        Value.Checklist answers = (Value.Checklist) datum(node.slot, checklist, leaf);
        DataField field = node.field;
        List<Integer> which = node.items;
        int failed = 0;
        for (int i = 0; i < which.size(); i++) {
            if (!answers.answers().get(which.get(i))) {
                failed++;
            }
        }
        if (leaf.tracing && failed > 0) {
            leaf.add(new TraceSteps.FailedItems(checklist, answers, field, which), node.itemsKey);
        }
        return failed;
    }

    private static final List<List<Integer>> RANGES = ranges(64);

    /** 1…n, immutable; shared for the usual sizes. */
    static List<Integer> range(int n) {
        return n < RANGES.size() ? RANGES.get(n) : ranges(n + 1).get(n);
    }

    /** 1…n for every n below {@code count}, made once. */
    private static List<List<Integer>> ranges(int count) {
        List<List<Integer>> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            List<Integer> r = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                r.add(i);
            }
            out.add(List.copyOf(r));
        }
        return List.copyOf(out);
    }

    // ---- audit ----

    private List<AuditFinding> audit(Optional<BigDecimal> total, BigDecimal maxTotal) {
        List<AuditFinding> findings = List.of();
        if (!input.selfScores().isEmpty()) {
            // only self-reported scores are audited, depth first in table order
            for (IndicatorPlan p : plan.all) {
                BigDecimal self = results.selfScores[p.slot];
                if (self == null) {
                    continue;
                }
                BigDecimal score = results.scores[p.slot];
                boolean differs = score != null ? score.compareTo(self) != 0
                        : results.statuses[p.slot] != Status.NOT_APPLICABLE;
                if (differs || self.compareTo(p.indicator.maxScore()) > 0) {
                    if (findings.isEmpty()) {
                        findings = new ArrayList<>();
                    }
                    findings.add(new AuditFinding(p.path, p.indicator.maxScore(), self, Optional.ofNullable(score),
                            results.trace(p.slot)));
                }
            }
        }
        if (input.selfTotal().isPresent()) {
            BigDecimal self = input.selfTotal().get();
            if (total.isEmpty() || self.compareTo(total.get()) != 0) {
                if (findings.isEmpty()) {
                    findings = new ArrayList<>();
                }
                findings.add(new AuditFinding(List.of(), maxTotal, self, total, Trace.EMPTY));
            }
        }
        return findings;
    }
}
