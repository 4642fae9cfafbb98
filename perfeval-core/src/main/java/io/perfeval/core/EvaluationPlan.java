package io.perfeval.core;

import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A pack's rule tree resolved once for evaluation, in the manner of cel-java's interpretables: every datum, measure and
 * indicator is an int slot, and every rule, condition, deduction term and expression is a small immutable node of its
 * own class that evaluates itself ({@link RuleNode}, {@link CondNode}, {@link DeductNodes.Term}, {@link ExprNode}),
 * with its names resolved to slots, its points (分值的十分之一) and units resolved, and its pack-only outcomes made
 * once. The {@link Planner} makes the nodes with the rule tree's visitors, so a kind of rule, condition or expression
 * added to the tree fails to compile there until the plan handles it.
 *
 * <p>Derived from the public rule tree, never exposed, immutable (all fields final, so safely published however it is
 * shared) and built at most once per pack ({@link RulePack} makes it on first evaluation). The one exception is wording
 * kept for traces ({@link ExprNode#said()} and the like, a measure's formula text): made on first use into volatile
 * fields, the same text whichever thread makes it; and {@link #traceSteps}, a capacity hint.
 */
final class EvaluationPlan {

    /** The unit of a count of conditions or checklist items. */
    static final Unit ITEMS = Unit.count("项");

    final RulePack pack;
    final DataField[] fields;
    /**
     * The names the input is read by, interned: inputs built from literals or read by Jackson (which interns field
     * names) then match by identity and the map lookup skips comparing characters.
     */
    final String[] fieldKeys;
    /**
     * The data names by slot, unmodifiable: the layout of the inputs this pack's {@code inputBuilder()} makes, which
     * validation recognises by identity and reads by slot.
     */
    final List<String> fieldNames;
    /** By field slot, a series' period names (the declaration's own list) and an empty list for other data. */
    final List<List<String>> fieldPeriods;
    /** Per field slot: {@link DataField#nonNegative()}, asked for every datum of every input. */
    final boolean[] nonNegative;
    /** Per field slot: whether the datum is a number ({@link DataType#isNumeric()}), likewise. */
    final boolean[] numeric;
    /**
     * Whether every score, subtotal and total of this pack has fewer than 15 digits at the score scale, so that
     * subtotals sum scores as longs without asking each score's precision: scores are clamped to [0, most], and the
     * 分值 and bonus caps bound the most.
     */
    final boolean scoresFitLong;
    final Map<String, Integer> fieldSlots;
    final MeasurePlan[] measures;
    final IndicatorPlan[] top;
    /** Every indicator, depth first in table order; an indicator's slot is its index here. */
    final IndicatorPlan[] all;
    final Map<String, IndicatorPlan> indicatorsByName;
    /**
     * The indicator names by slot, interned and unmodifiable: the order judgements are given in by slot
     * ({@code RulePack.inputBuilder()}), which validation and the evaluator recognise by identity.
     */
    final List<String> indicatorKeys;
    final int scoreScale;
    final RoundingMode roundingMode;
    final BigDecimal zeroScore;
    /** The applicable 分值 when every indicator is scored and none is 不适用: the sum of every 三级 分值. */
    final BigDecimal fullApplicableMax;
    /** 总分上限, or null: the total's cap when bonus points may lift it ({@link BonusPolicy#ABOVE_MAX}). */
    final BigDecimal maxTotal;
    /**
     * The most the total may be, for the audit of a self-reported total: the 总分, or under
     * {@link BonusPolicy#ABOVE_MAX} the 总分上限 when declared, else the 总分 and every bonus cap.
     */
    final BigDecimal totalMost;
    /**
     * Whether evaluations of this plan take the long path where it is exact ({@link Scaled}): on unless the system
     * property {@value Scaled#PROPERTY} is {@code false} when the plan is made, which the differential test uses to
     * score the same departments both ways.
     */
    final boolean longs;
    /**
     * By indicator slot, the 三级 indicator's place among the 三级 indicators in scoring order (depth first, table
     * order), where the results find the end of its steps on the evaluation's trace tape; -1 for a group.
     */
    final int[] leafOrdinal;
    final int leafCount;
    /**
     * The most trace steps an evaluation has recorded so far, which the next evaluation's tape starts with, so that it
     * seldom grows. A hint only: it changes how long an array is, never what is recorded, and an int is written whole,
     * so racing evaluations at worst grow their tape once more.
     */
    int traceSteps = 64;

    EvaluationPlan(RulePack pack) {
        this.pack = pack;
        this.longs = Scaled.enabled();
        this.fields = pack.fields().toArray(DataField[]::new);
        this.fieldSlots = new HashMap<>();
        this.fieldKeys = new String[fields.length];
        this.nonNegative = new boolean[fields.length];
        this.numeric = new boolean[fields.length];
        for (int i = 0; i < fields.length; i++) {
            numeric[i] = fields[i].type().isNumeric();
            fieldSlots.put(fields[i].name(), i);
            fieldKeys[i] = fields[i].name().intern();
            nonNegative[i] = fields[i].nonNegative();
        }
        this.fieldNames = List.of(fieldKeys);
        List<List<String>> periods = new ArrayList<>(fields.length);
        for (DataField f : fields) {
            periods.add(f.periods());
        }
        this.fieldPeriods = List.copyOf(periods);
        this.scoreScale = pack.rounding().scoreScale();
        this.roundingMode = pack.rounding().mode();
        this.zeroScore = BigDecimal.ZERO.setScale(scoreScale);
        Planner planner = new Planner(pack, fields, fieldSlots);
        List<Measure> ms = pack.measures();
        this.measures = new MeasurePlan[ms.size()];
        for (int i = 0; i < measures.length; i++) {
            measures[i] = new MeasurePlan(i, ms.get(i), planner.expr(ms.get(i).formula()));
        }
        List<IndicatorPlan> flat = new ArrayList<>();
        this.indicatorsByName = new HashMap<>();
        List<Indicator> tops = pack.indicators();
        this.top = new IndicatorPlan[tops.size()];
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        for (int i = 0; i < top.length; i++) {
            top[i] = indicator(tops.get(i), List.of(tops.get(i).name()), planner, flat);
            sum = sum.add(leafMaxSum(tops.get(i)));
            bonus = bonus.add(top[i].most.subtract(tops.get(i).maxScore()));
        }
        this.all = flat.toArray(IndicatorPlan[]::new);
        String[] keys = new String[all.length];
        for (IndicatorPlan p : all) {
            keys[p.slot] = p.key;
        }
        this.indicatorKeys = List.of(keys);
        this.leafOrdinal = new int[all.length];
        int leaves = 0;
        for (IndicatorPlan p : all) {
            leafOrdinal[p.slot] = p.leaf == null ? -1 : leaves++;
        }
        this.leafCount = leaves;
        this.fullApplicableMax = sum;
        this.maxTotal = pack.maxTotal().orElse(null);
        this.totalMost = maxTotal != null ? maxTotal
                : bonus.signum() == 0 ? pack.totalScore() : pack.totalScore().add(bonus);
        BigDecimal allMost = BigDecimal.ZERO;
        for (IndicatorPlan p : top) {
            allMost = allMost.add(p.most);
        }
        // every unscaled score, and any sum of them, below 10^15: the bound the subtotal asked of each score's precision
        this.scoresFitLong = scoreScale >= 0 && scoreScale <= Scaled.MAX_SCALE
                && allMost.max(totalMost).movePointRight(scoreScale).compareTo(BigDecimal.TEN.pow(15)) < 0;
    }

    /** The 分值 of an indicator's 三级 indicators summed in table order, as the evaluator sums them. */
    private static BigDecimal leafMaxSum(Indicator i) {
        if (i instanceof Indicator.Group g) {
            BigDecimal m = BigDecimal.ZERO;
            for (Indicator c : g.children()) {
                m = m.add(leafMaxSum(c));
            }
            return m;
        }
        return i.maxScore();
    }

    private IndicatorPlan indicator(Indicator i, List<String> path, Planner planner, List<IndicatorPlan> flat) {
        int slot = flat.size();
        flat.add(null);
        IndicatorPlan out;
        if (i instanceof Indicator.Group g) {
            IndicatorPlan[] children = new IndicatorPlan[g.children().size()];
            BigDecimal most = g.maxScore();
            for (int c = 0; c < children.length; c++) {
                List<String> childPath = new ArrayList<>(path);
                childPath.add(g.children().get(c).name());
                children[c] = indicator(g.children().get(c), List.copyOf(childPath), planner, flat);
                if (children[c].most != children[c].indicator.maxScore()) {
                    // the bonus points below: a group may exceed its 分值 by them
                    most = most.add(children[c].most.subtract(children[c].indicator.maxScore()));
                }
            }
            out = new IndicatorPlan(slot, i, path, null, children, null, false, most);
        } else {
            Indicator.Leaf l = (Indicator.Leaf) i;
            BigDecimal cap = pack.bonusPolicy() == BonusPolicy.ABOVE_MAX ? RuleWalk.bonusCap(l.rule(), l.maxScore())
                    : BigDecimal.ZERO;
            BigDecimal most = cap.signum() == 0 ? l.maxScore() : l.maxScore().add(cap);
            out = new IndicatorPlan(slot, i, path, l, null, planner.rule(l.rule(), l.maxScore()),
                    RuleWalk.usesJudgement(l.rule()), most);
        }
        flat.set(slot, out);
        // interned, like the field names, so that names from literals or Jackson match by identity
        indicatorsByName.put(i.name().intern(), out);
        return out;
    }

    IndicatorPlan indicator(String name) {
        return indicatorsByName.get(name);
    }

    /** A declared measure with its resolved formula. */
    static final class MeasurePlan {
        final int slot;
        final Measure measure;
        final ExprNode formula;
        final List<String> path;
        /** Whether the formula's value is already in the measure's unit, so no conversion precedes the rounding. */
        final boolean inUnit;
        /**
         * For a rate written 完成数 / 预算数 × 100% (operands of one power-of-ten unit, times a constant equal to 1 in a
         * unit of power-of-ten factor, in the measure's unit): the power of ten the quotient is shifted by (2 for %),
         * so that {@link Rates#rate} computes the rounded rate at once; -1 for any other formula.
         */
        final int rateShift;
        /** The quotient of such a rate, whose operands {@link Rates#rate} divides; null for any other formula. */
        final ExprNodes.Binary quotient;
        /** See {@link ExprNode#operands}. */
        final ExprNode[] operands;
        /** Whether the trace reads the operands' values when worded ({@link Recall}). */
        final boolean recallable;
        /**
         * The formula's wording, for every trace step of this measure: made when first read, then kept (the same text
         * whichever thread makes it, so a race only makes it twice).
         */
        final Supplier<String> formulaText;
        private volatile String wording;

        MeasurePlan(int slot, Measure measure, ExprNode formula) {
            this.slot = slot;
            this.measure = measure;
            this.formula = formula;
            this.path = List.of(measure.name());
            this.inUnit = formula.unit != null && measure.unit().equals(formula.unit.unit().orElse(null));
            List<ExprNode> ops = new ArrayList<>();
            formula.operands(ops);
            this.operands = ops.toArray(ExprNode[]::new);
            this.recallable = Recall.recallable(operands);
            this.quotient = rateQuotient(formula, inUnit);
            this.rateShift = quotient == null ? -1 : formula.factor().scale();
            this.formulaText = this::formulaWords;
        }

        private String formulaWords() {
            String words = wording;
            if (words == null) {
                words = ExprText.symbolic(measure.formula());
                wording = words;
            }
            return words;
        }

        /** The quotient of a rate {@link #rateShift} can compute, or null. */
        private static ExprNodes.Binary rateQuotient(ExprNode f, boolean inUnit) {
            if (!inUnit || !(f instanceof ExprNodes.Binary product) || product.op != Expr.ArithmeticOp.MULTIPLY
                    || !(product.left instanceof ExprNodes.Binary quotient)
                    || !(product.right instanceof ExprNodes.Const constant)) {
                return null;
            }
            if (quotient.op != Expr.ArithmeticOp.DIVIDE || !quotient.sameScale || !quotient.baseIsValue
                    || constant.baseValue.compareTo(BigDecimal.ONE) != 0
                    || !ExprNodes.Binary.powerOfTen(f.factor())) {
                return null;
            }
            // factor 10^-k: a value in this unit is its base value shifted k places (k = 2 for %)
            int k = f.factor().scale();
            return k >= 0 && k <= 4 ? quotient : null;
        }
    }

    /** An indicator: its slot, path (immutable, shared by every sheet) and, for a 三级指标, its resolved rule. */
    static final class IndicatorPlan {
        final int slot;
        final Indicator indicator;
        final List<String> path;
        final String pathString;
        /** The name the input's judgements and self-scores are read by, interned. */
        final String key;
        final Indicator.Leaf leaf;
        final IndicatorPlan[] children;
        final RuleNode rule;
        final boolean usesJudgement;
        /**
         * The most this indicator may score: its 分值, or under {@link BonusPolicy#ABOVE_MAX} its 分值 and its bonus cap
         * (a group: its children's); the audit's bound for a self-score.
         */
        final BigDecimal most;

        IndicatorPlan(int slot, Indicator indicator, List<String> path, Indicator.Leaf leaf, IndicatorPlan[] children,
                      RuleNode rule, boolean usesJudgement, BigDecimal most) {
            this.slot = slot;
            this.indicator = indicator;
            this.path = path;
            this.pathString = String.join("/", path);
            this.key = indicator.name().intern();
            this.leaf = leaf;
            this.children = children;
            this.rule = rule;
            this.usesJudgement = usesJudgement;
            this.most = most;
        }
    }
}
