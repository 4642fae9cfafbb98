package io.perfeval.core;

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
import io.perfeval.core.rule.Unit;
import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.Status;
import io.perfeval.core.sheet.Trace;
import io.perfeval.core.sheet.TraceEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores one input with one pack. A new Engine is made per evaluation and holds only that evaluation's memo of
 * computed measures, so a compiled pack is shared freely between threads. No loops depend on input values: every
 * evaluation visits each node of the finite rule tree a bounded number of times and always ends.
 */
final class Engine {

    private static final Unit ITEMS = Unit.count("项");

    private final RulePack pack;
    private final EvaluationInput input;
    private final Map<String, MeasureValue> measures = new HashMap<>();
    private boolean evaluationVetoed;

    private record MeasureValue(Quantity value, List<TraceEntry> trace) {
    }

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
     * counted twice), by the rule node that produced it: the same node on the same input says the same thing.
     */
    private static final class Leaf {
        final Indicator.Leaf indicator;
        private final List<String> pathParts;
        final List<TraceEntry> trace = new ArrayList<>();
        private final List<Object> keys = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();

        Leaf(Indicator.Leaf indicator, List<String> pathParts) {
            this.indicator = indicator;
            this.pathParts = pathParts;
        }

        String path() {
            return String.join("/", pathParts);
        }

        void add(TraceEntry e) {
            add(e, null);
        }

        void add(TraceEntry e, Object key) {
            for (int i = 0; i < trace.size(); i++) {
                if (trace.get(i) == e || key != null && key.equals(keys.get(i))) {
                    return;
                }
            }
            trace.add(e);
            keys.add(key);
        }

        Failure fail(String code, Object... args) {
            return new Failure(Problem.core(code, Severity.ERROR, path(), null, args));
        }
    }

    private static final TraceEntry.Note SUBTOTAL = new TraceEntry.Note("下级指标得分之和");
    private static final TraceEntry.Note NO_SUBTOTAL = new TraceEntry.Note("下级指标有无法评分项，小计不可得");

    private record Outcome(Status status, BigDecimal points) {
    }

    private Engine(RulePack pack, EvaluationInput input) {
        this.pack = pack;
        this.input = input;
    }

    static ScoreSheet evaluate(RulePack pack, EvaluationInput input) {
        List<Problem> inputProblems = InputValidator.validate(pack, input);
        if (inputProblems.stream().anyMatch(Problem::isError)) {
            throw new InvalidInputException(inputProblems.stream().filter(Problem::isError).toList());
        }
        return new Engine(pack, input).run();
    }

    private ScoreSheet run() {
        List<IndicatorResult> top = new ArrayList<>();
        for (Indicator i : pack.indicators()) {
            top.add(score(i, List.of(i.name())));
        }
        List<Problem> problems = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal applicableMax = BigDecimal.ZERO;
        boolean complete = true;
        for (IndicatorResult r : top) {
            collectProblems(r, problems);
            if (r.status() == Status.ERROR) {
                complete = false;
            } else if (r.status() != Status.NOT_APPLICABLE) {
                sum = sum.add(r.score().orElseThrow());
                applicableMax = applicableMax.add(applicableMax(r));
            }
        }
        BigDecimal maxTotal = pack.totalScore();
        Optional<BigDecimal> total = Optional.empty();
        boolean rescaled = false;
        if (complete) {
            BigDecimal t = sum;
            if (evaluationVetoed) {
                t = BigDecimal.ZERO.setScale(pack.rounding().scoreScale());
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
        List<AuditFinding> findings = audit(top, total, maxTotal);
        return new ScoreSheet(pack.info(), input.entity(), top, maxTotal, applicableMax, total, rescaled, grade,
                evaluationVetoed, findings, figures(problems), problems);
    }

    /**
     * Every declared measure's value, in declaration order: rules use some, and reviewers read the rest (预算执行率).
     * A measure no rule used that cannot be computed is reported as a warning; one a rule used is already an error there.
     */
    private List<TraceEntry.Computed> figures(List<Problem> problems) {
        List<TraceEntry.Computed> out = new ArrayList<>();
        for (Measure m : pack.measures()) {
            MeasureValue mv = measures.get(m.name());
            if (mv == null) {
                try {
                    mv = computeMeasure(m, new Leaf(null, List.of(m.name())));
                    measures.put(m.name(), mv);
                } catch (Failure f) {
                    problems.add(f.problem.withSeverity(Severity.WARNING));
                    continue;
                }
            }
            out.add((TraceEntry.Computed) mv.trace().get(mv.trace().size() - 1));
        }
        return out;
    }

    private static void collectProblems(IndicatorResult r, List<Problem> out) {
        out.addAll(r.problems());
        for (IndicatorResult c : r.children()) {
            collectProblems(c, out);
        }
    }

    private static BigDecimal applicableMax(IndicatorResult r) {
        if (r.status() == Status.NOT_APPLICABLE) {
            return BigDecimal.ZERO;
        }
        if (r.isLeaf()) {
            return r.maxScore();
        }
        BigDecimal m = BigDecimal.ZERO;
        for (IndicatorResult c : r.children()) {
            m = m.add(applicableMax(c));
        }
        return m;
    }

    private IndicatorResult score(Indicator indicator, List<String> path) {
        Optional<BigDecimal> self = Optional.ofNullable(input.selfScores().get(indicator.name()));
        if (indicator instanceof Indicator.Group g) {
            List<IndicatorResult> children = new ArrayList<>();
            for (Indicator c : g.children()) {
                List<String> childPath = new ArrayList<>(path);
                childPath.add(c.name());
                children.add(score(c, childPath));
            }
            return subtotal(g, path, children, self);
        }
        Indicator.Leaf leafIndicator = (Indicator.Leaf) indicator;
        Leaf leaf = new Leaf(leafIndicator, path);
        Status status;
        Optional<BigDecimal> score;
        try {
            Outcome o = rule(leafIndicator.rule(), leaf);
            status = o.status();
            score = status == Status.NOT_APPLICABLE ? Optional.empty() : Optional.of(finish(o.points(), leaf));
        } catch (Failure f) {
            leaf.problems.add(f.problem);
            leaf.trace.add(new TraceEntry.Note("无法评分：" + f.problem.message()));
            status = Status.ERROR;
            score = Optional.empty();
        }
        return new IndicatorResult(path, path.size(), leafIndicator.maxScore(), score, status,
                leafIndicator.criterion(), new Trace(leaf.trace), leaf.problems, self, List.of());
    }

    private IndicatorResult subtotal(Indicator.Group g, List<String> path, List<IndicatorResult> children,
                                     Optional<BigDecimal> self) {
        BigDecimal sum = BigDecimal.ZERO.setScale(pack.rounding().scoreScale());
        boolean error = false;
        boolean allNotApplicable = true;
        for (IndicatorResult c : children) {
            if (c.status() == Status.ERROR) {
                error = true;
            } else if (c.status() != Status.NOT_APPLICABLE) {
                allNotApplicable = false;
                sum = sum.add(c.score().orElseThrow());
            }
        }
        Status status = error ? Status.ERROR : allNotApplicable ? Status.NOT_APPLICABLE : Status.SCORED;
        Optional<BigDecimal> score = status == Status.SCORED ? Optional.of(sum) : Optional.empty();
        Trace trace = new Trace(List.of(status == Status.ERROR ? NO_SUBTOTAL : SUBTOTAL));
        return new IndicatorResult(path, path.size(), g.maxScore(), score, status, "", trace, List.of(), self,
                children);
    }

    /** Clamp into [0, 分值] (saying so in the trace) and apply the pack's declared rounding. */
    private BigDecimal finish(BigDecimal raw, Leaf leaf) {
        BigDecimal max = leaf.indicator.maxScore();
        BigDecimal clamped = raw;
        if (raw.signum() < 0) {
            clamped = BigDecimal.ZERO;
            leaf.add(TraceEntry.Note.deferred(() -> "计算结果 " + Decimals.trim(raw) + " 分低于 0，按 0 分计"));
        } else if (raw.compareTo(max) > 0) {
            clamped = max;
            leaf.add(TraceEntry.Note.deferred(() -> "计算结果 " + Decimals.trim(raw) + " 分超过分值，按分值 "
                    + Decimals.trim(max) + " 分计"));
        }
        return clamped.setScale(pack.rounding().scoreScale(), pack.rounding().mode());
    }

    // ---- rules ----

    private Outcome rule(Rule rule, Leaf leaf) {
        BigDecimal max = leaf.indicator.maxScore();
        if (rule instanceof Rule.FullMarks) {
            leaf.add(new TraceEntry.Decided("得满分", max));
            return scored(max);
        } else if (rule instanceof Rule.FixedScore f) {
            leaf.add(new TraceEntry.Decided(f.points().signum() == 0 ? "不得分" : "得分", f.points()));
            return scored(f.points());
        } else if (rule instanceof Rule.Deduct d) {
            return deduct(d, leaf);
        } else if (rule instanceof Rule.Formula f) {
            return formula(f, leaf);
        } else if (rule instanceof Rule.Cases c) {
            for (Rule.Case k : c.cases()) {
                if (condition(k.when(), leaf)) {
                    return rule(k.then(), leaf);
                }
            }
            return rule(c.otherwise(), leaf);
        } else if (rule instanceof Rule.Judgement j) {
            return judgement(j, leaf);
        } else if (rule instanceof Rule.Veto v) {
            if (v.scope() == Rule.VetoScope.EVALUATION) {
                evaluationVetoed = true;
                leaf.add(new TraceEntry.Note("一票否决：整体评价得 0 分，等级为" + pack.grades().lowest().name()));
            } else {
                leaf.add(new TraceEntry.Note("一票否决：本指标得 0 分"));
            }
            return new Outcome(Status.VETOED, BigDecimal.ZERO);
        } else if (rule instanceof Rule.NotApplicable na) {
            leaf.add(new TraceEntry.Note("不适用：" + na.reason() + "（" + pack.notApplicablePolicy().chinese() + "）"));
            return new Outcome(Status.NOT_APPLICABLE, BigDecimal.ZERO);
        } else if (rule instanceof Rule.NoRule) {
            throw leaf.fail("R002");
        }
        throw new IllegalStateException("unknown rule " + rule);
    }

    private static Outcome scored(BigDecimal points) {
        return new Outcome(Status.SCORED, points);
    }

    private Outcome deduct(Rule.Deduct d, Leaf leaf) {
        BigDecimal max = leaf.indicator.maxScore();
        BigDecimal sum = BigDecimal.ZERO;
        for (DeductionTerm term : d.terms()) {
            sum = sum.add(term instanceof DeductionTerm.PerCount pc ? perCount(pc, leaf)
                    : perStep((DeductionTerm.PerStep) term, leaf));
        }
        BigDecimal total = sum;
        BigDecimal score = max.subtract(total);
        if (score.signum() < 0) {
            if (d.floorAtZero()) {
                leaf.add(TraceEntry.Note.deferred(() -> "扣分合计 " + Decimals.trim(total) + " 分，扣完为止"));
            } else {
                leaf.add(TraceEntry.Note.deferred(() -> "扣分合计 " + Decimals.trim(total) + " 分超过分值 "
                        + Decimals.trim(max) + " 分；评价标准未写明扣完为止，按 0 分计"));
                leaf.problems.add(Problem.core("R005", Severity.WARNING, leaf.path(), null, Decimals.trim(total),
                        Decimals.trim(max)));
            }
            score = BigDecimal.ZERO;
        }
        leaf.add(total.signum() == 0 ? new TraceEntry.Decided("无扣分，得满分", score)
                : TraceEntry.Decided.deferred(() -> "分值 " + Decimals.trim(max) + " 分减扣分 " + Decimals.trim(total)
                        + " 分，得", score));
        return scored(score);
    }

    private BigDecimal perCount(DeductionTerm.PerCount pc, Leaf leaf) {
        Quantity count = expr(pc.count(), leaf);
        if (count.value().signum() < 0) {
            throw leaf.fail("R009", pc.label(), count.display());
        }
        BigDecimal each = pc.each().resolve(leaf.indicator.maxScore());
        BigDecimal amount = count.value().multiply(each);
        if (count.value().signum() > 0) {
            leaf.add(TraceEntry.Deducted.deferred(pc::label,
                    () -> Decimals.trim(count.value()) + count.unit().symbol(), each, amount), pc);
        }
        return amount;
    }

    private BigDecimal perStep(DeductionTerm.PerStep ps, Leaf leaf) {
        Quantity measure = expr(ps.measure(), leaf);
        Quantity reference = expr(ps.reference(), leaf);
        requireComparable(measure, reference, leaf);
        requireComparable(measure, ps.step(), leaf);
        BigDecimal deviation = ps.deviation(measure.base(), reference.base());
        if (deviation.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal steps = ps.steps(deviation);
        BigDecimal each = ps.each().resolve(leaf.indicator.maxScore());
        BigDecimal amount = steps.multiply(each);
        leaf.add(TraceEntry.Deducted.deferred(() -> perStepText(ps, measure, reference, deviation),
                () -> Decimals.trim(steps) + " 档", each, amount), ps);
        return amount;
    }

    private static String perStepText(DeductionTerm.PerStep ps, Quantity measure, Quantity reference,
                                      BigDecimal deviation) {
        Unit stepUnit = ps.step().unit();
        BigDecimal deviationInStepUnit = Decimals.divide(deviation, stepUnit.factor());
        String unitWord = stepUnit.isPercent() ? "个百分点" : stepUnit.symbol();
        return ExprText.symbolic(ps.measure()) + " " + ExprText.value(measure) + " "
                + ps.direction().chinese() + " " + ExprText.value(reference) + " "
                + Decimals.trim(deviationInStepUnit) + unitWord + "，每 " + Decimals.trim(ps.step().value())
                + unitWord + "为一档（" + ps.counting().chinese() + "）";
    }

    private Outcome formula(Rule.Formula f, Leaf leaf) {
        Quantity q = expr(f.score(), leaf);
        if (q.unit().dimension() != Dimension.SCORE) {
            throw leaf.fail("R008", ExprText.symbolic(f.score()), q.unit());
        }
        BigDecimal max = leaf.indicator.maxScore();
        BigDecimal points = q.value();
        List<Quantity> operands = operands(f.score(), leaf);
        if (points.compareTo(max) > 0) {
            if (!f.capAtMax()) {
                throw leaf.fail("R004", Decimals.trim(points), Decimals.trim(max));
            }
            leaf.add(TraceEntry.Decided.deferred(() -> "得分 = " + ExprText.symbolic(f.score()) + " = "
                    + substituted(f.score(), operands) + " = " + Decimals.trim(points) + " 分，超出分值不加分，得", max));
            return scored(max);
        }
        leaf.add(TraceEntry.Decided.deferred(() -> "得分 = " + ExprText.symbolic(f.score()) + " = "
                + substituted(f.score(), operands) + "，得", points));
        return scored(points);
    }

    private Outcome judgement(Rule.Judgement j, Leaf leaf) {
        Judgement given = input.judgements().get(leaf.indicator.name());
        BigDecimal max = leaf.indicator.maxScore();
        BigDecimal lo = j.min().resolve(max);
        BigDecimal hi = j.max().resolve(max);
        if (given == null) {
            throw leaf.fail("R003", Decimals.trim(lo), Decimals.trim(hi));
        }
        if (given.score().compareTo(lo) < 0 || given.score().compareTo(hi) > 0) {
            throw leaf.fail("R007", Decimals.trim(given.score()), Decimals.trim(lo), Decimals.trim(hi));
        }
        leaf.add(TraceEntry.Decided.deferred(() -> "评价人在 " + Decimals.trim(lo) + "–" + Decimals.trim(hi)
                + " 分之间酌情给分（理由：" + given.reason() + "），得", given.score()));
        return scored(given.score());
    }

    // ---- conditions ----

    private boolean condition(Condition c, Leaf leaf) {
        if (c instanceof Condition.Compare cmp) {
            Quantity l = expr(cmp.left(), leaf);
            Quantity r = expr(cmp.right(), leaf);
            requireComparable(l, r, leaf);
            boolean holds = cmp.op().test(l.compareTo(r));
            leaf.add(TraceEntry.Tested.deferred(() -> side(cmp.left(), l) + " " + cmp.op().symbol() + " "
                    + side(cmp.right(), r), holds), cmp);
            return holds;
        } else if (c instanceof Condition.IsYes y) {
            boolean yes = ((Value.YesNo) datum(y.name(), leaf)).yes();
            leaf.add(TraceEntry.Tested.deferred(() -> y.name() + "：" + (yes ? "是" : "否"), yes), y);
            return yes;
        } else if (c instanceof Condition.AllItemsMet a) {
            int failed = failedItems(a.checklist(), a.items(), leaf);
            leaf.add(TraceEntry.Tested.deferred(() -> a.checklist() + (a.items().isEmpty() ? "全部" : "第" + a.items()
                    + "项") + "符合（不符合 " + failed + " 项）", failed == 0), a);
            return failed == 0;
        } else if (c instanceof Condition.All a) {
            for (Condition x : a.conditions()) {
                if (!condition(x, leaf)) {
                    return false;
                }
            }
            return true;
        } else if (c instanceof Condition.Any a) {
            for (Condition x : a.conditions()) {
                if (condition(x, leaf)) {
                    return true;
                }
            }
            return false;
        } else if (c instanceof Condition.Not n) {
            return !condition(n.condition(), leaf);
        }
        throw new IllegalStateException("unknown condition " + c);
    }

    private static String side(Expr e, Quantity value) {
        if (e instanceof Expr.Const) {
            return value.display();
        }
        return ExprText.symbolic(e) + " " + value.display();
    }

    private void requireComparable(Quantity a, Quantity b, Leaf leaf) {
        if (!a.unit().comparableWith(b.unit())) {
            throw leaf.fail("R006", a.display(), b.display());
        }
    }

    // ---- expressions ----

    private Quantity expr(Expr e, Leaf leaf) {
        if (e instanceof Expr.Const c) {
            return c.quantity();
        } else if (e instanceof Expr.Ref r) {
            return ref(r.name(), leaf);
        } else if (e instanceof Expr.PeriodValue p) {
            Value.Series s = (Value.Series) datum(p.series(), leaf);
            return new Quantity(s.values().get(p.period()), pack.field(p.series()).orElseThrow().unit());
        } else if (e instanceof Expr.MaxScore) {
            if (leaf.indicator == null) {
                throw leaf.fail("R012");
            }
            return new Quantity(leaf.indicator.maxScore(), Unit.POINT);
        } else if (e instanceof Expr.Binary b) {
            return binary(b, leaf);
        } else if (e instanceof Expr.CountOf c) {
            int n = 0;
            for (Condition x : c.conditions()) {
                if (condition(x, leaf)) {
                    n++;
                }
            }
            return new Quantity(BigDecimal.valueOf(n), ITEMS);
        } else if (e instanceof Expr.FailedItems f) {
            return new Quantity(BigDecimal.valueOf(failedItems(f.checklist(), f.items(), leaf)), ITEMS);
        }
        throw new IllegalStateException("unknown expression " + e);
    }

    private Quantity binary(Expr.Binary b, Leaf leaf) {
        Quantity l = expr(b.left(), leaf);
        Quantity r = expr(b.right(), leaf);
        Unit unit = UnitAlgebra.result(b.op(), l.unit(), r.unit());
        if (unit == null) {
            throw leaf.fail("R006", l.display(), r.display());
        }
        BigDecimal base = switch (b.op()) {
            case ADD -> l.base().add(r.base());
            case SUBTRACT -> l.base().subtract(r.base());
            case MULTIPLY -> l.base().multiply(r.base());
            case DIVIDE -> {
                if (r.value().signum() == 0) {
                    throw leaf.fail("R001", ExprText.symbolic(b), ExprText.symbolic(b.right()));
                }
                yield Decimals.divide(l.base(), r.base());
            }
        };
        BigDecimal value = unit.factor().compareTo(BigDecimal.ONE) == 0 ? base : Decimals.divide(base, unit.factor());
        return new Quantity(value, unit);
    }

    private Quantity ref(String name, Leaf leaf) {
        Optional<DataField> field = pack.field(name);
        if (field.isPresent()) {
            Value v = datum(name, leaf);
            return new Quantity(((Value.Number) v).value(), field.get().unit());
        }
        MeasureValue mv = measures.get(name);
        if (mv == null) {
            mv = computeMeasure(pack.measure(name).orElseThrow(), leaf);
            measures.put(name, mv);
        }
        List<TraceEntry> steps = mv.trace();
        for (int i = 0; i < steps.size(); i++) {
            leaf.add(steps.get(i));
        }
        return mv.value();
    }

    private MeasureValue computeMeasure(Measure m, Leaf leaf) {
        // Trace entries of the measures this one uses come first, then this one's.
        Leaf scratch = new Leaf(leaf.indicator, leaf.pathParts);
        Quantity raw = expr(m.formula(), scratch);
        Quantity inUnit = raw.in(m.unit());
        Quantity rounded = new Quantity(inUnit.value().setScale(m.scale(), RoundingMode.HALF_UP), m.unit());
        List<TraceEntry> trace = new ArrayList<>(scratch.trace.size() + 1);
        trace.addAll(scratch.trace);
        List<Quantity> operands = operands(m.formula(), leaf);
        trace.add(TraceEntry.Computed.deferred(m.name(), () -> ExprText.symbolic(m.formula()),
                () -> substituted(m.formula(), operands), rounded));
        return new MeasureValue(rounded, List.copyOf(trace));
    }

    /**
     * The values of a formula's operands (data, measures, counts), left to right, kept for the trace's substituted
     * formula. Each is evaluated on a scratch leaf: its own steps are already in the trace where they belong.
     */
    private List<Quantity> operands(Expr e, Leaf leaf) {
        List<Quantity> out = new ArrayList<>(4);
        operands(e, new Leaf(leaf.indicator, leaf.pathParts), out);
        return out;
    }

    private void operands(Expr e, Leaf scratch, List<Quantity> out) {
        if (e instanceof Expr.Binary b) {
            operands(b.left(), scratch, out);
            operands(b.right(), scratch, out);
        } else if (!(e instanceof Expr.Const)) {
            out.add(expr(e, scratch));
        }
    }

    /** The formula with each datum and measure replaced by its value: 1308.05 / 1308.05 × 100%. */
    private static String substituted(Expr e, List<Quantity> operands) {
        return substituted(e, operands.iterator(), 0);
    }

    private static String substituted(Expr e, Iterator<Quantity> operands, int parentPrecedence) {
        if (e instanceof Expr.Binary b) {
            int p = ExprText.precedence(b.op());
            String s = substituted(b.left(), operands, p) + " " + b.op().symbol() + " "
                    + substituted(b.right(), operands, p + 1);
            return p < parentPrecedence ? "(" + s + ")" : s;
        }
        if (e instanceof Expr.Const c) {
            return c.quantity().display();
        }
        return ExprText.value(operands.next());
    }

    private Value datum(String name, Leaf leaf) {
        Value v = input.data().get(name);
        if (v == null) {
            // Validation guarantees presence; keep a clear error rather than an NPE should that ever change.
            throw leaf.fail("R011", name);
        }
        return v;
    }

    private int failedItems(String checklist, List<Integer> items, Leaf leaf) {
        Value.Checklist answers = (Value.Checklist) datum(checklist, leaf);
        DataField field = pack.field(checklist).orElseThrow();
        List<Integer> which = items.isEmpty() ? range(field.items().size()) : items;
        int failed = 0;
        for (Integer item : which) {
            if (!answers.answers().get(item)) {
                failed++;
            }
        }
        if (failed > 0) {
            leaf.add(TraceEntry.Note.deferred(() -> checklist + "不符合：" + failedItemsText(answers, field, which)),
                    List.of(checklist, which));
        }
        return failed;
    }

    private static String failedItemsText(Value.Checklist answers, DataField field, List<Integer> which) {
        List<String> failed = new ArrayList<>();
        for (Integer item : which) {
            if (!answers.answers().get(item)) {
                failed.add("第" + item + "项「" + field.items().get(item - 1) + "」");
            }
        }
        return String.join("；", failed);
    }

    private static final List<List<Integer>> RANGES = ranges(64);

    private static List<Integer> range(int n) {
        return n < RANGES.size() ? RANGES.get(n) : ranges(n + 1).get(n);
    }

    /** 1…n for every n below {@code count}, made once: a checklist's items are counted on every evaluation. */
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

    private List<AuditFinding> audit(List<IndicatorResult> top, Optional<BigDecimal> total, BigDecimal maxTotal) {
        List<AuditFinding> findings = new ArrayList<>();
        for (IndicatorResult r : top) {
            audit(r, findings);
        }
        input.selfTotal().ifPresent(self -> {
            if (total.isEmpty() || self.compareTo(total.get()) != 0) {
                findings.add(new AuditFinding(List.of(), maxTotal, self, total, Trace.EMPTY));
            }
        });
        return findings;
    }

    private static void audit(IndicatorResult r, List<AuditFinding> out) {
        if (r.selfScore().isPresent()) {
            BigDecimal self = r.selfScore().get();
            boolean differs = r.score().map(s -> s.compareTo(self) != 0).orElse(r.status() != Status.NOT_APPLICABLE);
            if (differs || self.compareTo(r.maxScore()) > 0) {
                out.add(new AuditFinding(r.path(), r.maxScore(), self, r.score(), r.trace()));
            }
        }
        for (IndicatorResult c : r.children()) {
            audit(c, out);
        }
    }
}
