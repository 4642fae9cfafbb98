package io.perfeval.core;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import io.perfeval.core.sheet.Trace;
import io.perfeval.core.sheet.TraceEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pack's rule tree resolved once for evaluation: every datum, measure and indicator is an int slot, every name in a
 * formula is resolved to its slot, points such as 分值的十分之一 and the constant trace steps are made once. The
 * evaluator walks these nodes instead of looking names up in maps on every reference. Derived from the public rule
 * tree, never exposed, immutable (all fields final, so safely published however it is shared) and built at most once
 * per pack ({@link RulePack} makes it on first evaluation). The one exception is wording kept for traces
 * ({@link Node#said()}, a measure's formula text): made on first use into volatile fields, the same text whichever
 * thread makes it.
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
    /** Per field slot: {@link DataField#nonNegative()}, asked for every datum of every input. */
    final boolean[] nonNegative;
    final Map<String, Integer> fieldSlots;
    final MeasurePlan[] measures;
    final IndicatorPlan[] top;
    /** Every indicator, depth first in table order; an indicator's slot is its index here. */
    final IndicatorPlan[] all;
    final Map<String, IndicatorPlan> indicatorsByName;
    final int scoreScale;
    final RoundingMode roundingMode;
    final BigDecimal zeroScore;
    /** The applicable 分值 when every indicator is scored and none is 不适用: the sum of every 三级 分值. */
    final BigDecimal fullApplicableMax;

    EvaluationPlan(RulePack pack) {
        this.pack = pack;
        this.fields = pack.fields().toArray(DataField[]::new);
        this.fieldSlots = new HashMap<>();
        this.fieldKeys = new String[fields.length];
        this.nonNegative = new boolean[fields.length];
        for (int i = 0; i < fields.length; i++) {
            fieldSlots.put(fields[i].name(), i);
            fieldKeys[i] = fields[i].name().intern();
            nonNegative[i] = fields[i].nonNegative();
        }
        Map<String, Integer> measureSlots = new HashMap<>();
        List<Measure> ms = pack.measures();
        for (int i = 0; i < ms.size(); i++) {
            measureSlots.put(ms.get(i).name(), i);
        }
        this.scoreScale = pack.rounding().scoreScale();
        this.roundingMode = pack.rounding().mode();
        this.zeroScore = BigDecimal.ZERO.setScale(scoreScale);
        Resolver r = new Resolver(measureSlots);
        this.measures = new MeasurePlan[ms.size()];
        for (int i = 0; i < measures.length; i++) {
            Measure m = ms.get(i);
            measures[i] = new MeasurePlan(i, m, r.expr(m.formula(), null), List.of(m.name()));
        }
        List<IndicatorPlan> flat = new ArrayList<>();
        this.indicatorsByName = new HashMap<>();
        List<Indicator> tops = pack.indicators();
        this.top = new IndicatorPlan[tops.size()];
        for (int i = 0; i < top.length; i++) {
            top[i] = indicator(tops.get(i), List.of(tops.get(i).name()), r, flat);
        }
        this.all = flat.toArray(IndicatorPlan[]::new);
        BigDecimal sum = BigDecimal.ZERO;
        for (Indicator t : tops) {
            sum = sum.add(leafMaxSum(t));
        }
        this.fullApplicableMax = sum;
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

    private IndicatorPlan indicator(Indicator i, List<String> path, Resolver r, List<IndicatorPlan> flat) {
        int slot = flat.size();
        flat.add(null);
        IndicatorPlan out;
        if (i instanceof Indicator.Group g) {
            IndicatorPlan[] children = new IndicatorPlan[g.children().size()];
            for (int c = 0; c < children.length; c++) {
                List<String> childPath = new ArrayList<>(path);
                childPath.add(g.children().get(c).name());
                children[c] = indicator(g.children().get(c), List.copyOf(childPath), r, flat);
            }
            out = new IndicatorPlan(slot, i, path, null, children, null, false);
        } else {
            Indicator.Leaf l = (Indicator.Leaf) i;
            out = new IndicatorPlan(slot, i, path, l, null, r.rule(l.rule(), l), RuleWalk.usesJudgement(l.rule()));
        }
        flat.set(slot, out);
        // interned, like the field names, so that names from literals or Jackson match by identity
        indicatorsByName.put(i.name().intern(), out);
        return out;
    }

    /**
     * Whether operands in {@code l} and {@code r} may skip base units: the same power-of-ten factor on both sides, and a
     * sum or difference kept in that unit, or a quotient that is a plain number ({@link Engine#sameScale}).
     */
    static boolean sameScale(Expr.ArithmeticOp op, Unit l, Unit r, Unit result) {
        BigDecimal f = l.factor();
        if (op == Expr.ArithmeticOp.MULTIPLY || !f.equals(r.factor()) || !powerOfTen(f)) {
            return false;
        }
        return op == Expr.ArithmeticOp.DIVIDE ? result.factor().compareTo(BigDecimal.ONE) == 0
                : result.factor().equals(f);
    }

    /** A formula's operands other than constants, left to right: what its substituted wording shows values for. */
    static Node[] operandsOf(Node formula) {
        List<Node> out = new ArrayList<>();
        operandsOf(formula, out);
        return out.toArray(Node[]::new);
    }

    private static void operandsOf(Node e, List<Node> out) {
        if (e.kind == Node.BINARY) {
            operandsOf(e.kids[0], out);
            operandsOf(e.kids[1], out);
        } else if (e.kind != Node.CONST) {
            out.add(e);
        }
    }

    static boolean powerOfTen(BigDecimal factor) {
        return factor.signum() > 0 && factor.precision() == 1 && factor.unscaledValue().intValue() == 1;
    }

    IndicatorPlan indicator(String name) {
        return indicatorsByName.get(name);
    }

    /** Resolves names to slots and interns condition keys, so that equal conditions share one key object. */
    private final class Resolver {
        private final Map<String, Integer> measureSlots;
        private final Map<Object, Object> keys = new HashMap<>();
        private final Unit[] measureUnits;

        Resolver(Map<String, Integer> measureSlots) {
            this.measureSlots = measureSlots;
            this.measureUnits = new Unit[measureSlots.size()];
            for (Measure m : pack.measures()) {
                measureUnits[measureSlots.get(m.name())] = m.unit();
            }
        }

        /**
         * {@code n}, a rule whose outcome is the pack's alone, with that outcome made once: the score as the
         * evaluator's clamp and rounding give it (only where they have nothing to say: {@code points} within
         * [0, 分值]; {@code points} is null for 不适用) and the trace of its one step.
         */
        private Node outcome(Node n, BigDecimal points, BigDecimal max) {
            if (points != null && points.signum() >= 0 && points.compareTo(max) <= 0) {
                n.finished = Optional.of(points.setScale(scoreScale, roundingMode));
            }
            n.single = new Trace(List.of(n.entry));
            return n;
        }

        /** One object per distinct (structurally equal) key: the engine compares keys by identity. */
        private Object key(Object k) {
            return keys.computeIfAbsent(k, x -> x);
        }

        Node rule(Rule rule, Indicator.Leaf leaf) {
            BigDecimal max = leaf.maxScore();
            if (rule instanceof Rule.FullMarks) {
                return outcome(new Node(Node.FULL, rule).entry(new TraceEntry.Decided("得满分", max)), max, max);
            } else if (rule instanceof Rule.FixedScore f) {
                return outcome(new Node(Node.FIXED, rule)
                        .entry(new TraceEntry.Decided(f.points().signum() == 0 ? "不得分" : "得分", f.points())),
                        f.points(), max);
            } else if (rule instanceof Rule.Deduct d) {
                Node n = new Node(Node.DEDUCT, rule);
                n.kids = new Node[d.terms().size()];
                for (int i = 0; i < n.kids.length; i++) {
                    n.kids[i] = term(d.terms().get(i), max);
                }
                // 无扣分: the score is the 分值 less a zero deduction, as the arithmetic would give it
                BigDecimal full = max.subtract(BigDecimal.ZERO);
                return outcome(n.entry(new TraceEntry.Decided("无扣分，得满分", full)), full, max);
            } else if (rule instanceof Rule.Formula f) {
                Node n = new Node(Node.FORMULA, rule);
                n.kids = new Node[] {expr(f.score(), leaf)};
                n.operands = operandsOf(n.kids[0]);
                return n;
            } else if (rule instanceof Rule.Cases c) {
                Node n = new Node(Node.CASES, rule);
                int k = c.cases().size();
                n.kids = new Node[2 * k + 1];
                for (int i = 0; i < k; i++) {
                    n.kids[2 * i] = condition(c.cases().get(i).when(), leaf);
                    n.kids[2 * i + 1] = rule(c.cases().get(i).then(), leaf);
                }
                n.kids[2 * k] = rule(c.otherwise(), leaf);
                return n;
            } else if (rule instanceof Rule.Judgement j) {
                Node n = new Node(Node.JUDGEMENT, rule);
                n.lo = j.min().resolve(max);
                n.hi = j.max().resolve(max);
                return n;
            } else if (rule instanceof Rule.Veto v) {
                return outcome(new Node(Node.VETO, rule).entry(v.scope() == Rule.VetoScope.EVALUATION
                        ? new TraceEntry.Note("一票否决：整体评价得 0 分，等级为" + pack.grades().lowest().name())
                        : new TraceEntry.Note("一票否决：本指标得 0 分")), BigDecimal.ZERO, max);
            } else if (rule instanceof Rule.NotApplicable na) {
                return outcome(new Node(Node.NOT_APPLICABLE, rule).entry(new TraceEntry.Note(
                        "不适用：" + na.reason() + "（" + pack.notApplicablePolicy().chinese() + "）")), null, max);
            } else if (rule instanceof Rule.NoRule) {
                return new Node(Node.NO_RULE, rule);
            }
            throw new IllegalStateException("unknown rule " + rule);
        }

        private Node term(DeductionTerm term, BigDecimal max) {
            if (term instanceof DeductionTerm.PerCount pc) {
                Node n = new Node(Node.PER_COUNT, pc);
                n.kids = new Node[] {expr(pc.count(), null)};
                n.each = pc.each().resolve(max);
                n.key = key(pc);
                return n;
            }
            DeductionTerm.PerStep ps = (DeductionTerm.PerStep) term;
            Node n = new Node(Node.PER_STEP, ps);
            n.kids = new Node[] {expr(ps.measure(), null), expr(ps.reference(), null)};
            n.comparable = comparable(n.kids[0].unit, n.kids[1].unit);
            n.stepComparable = comparable(n.kids[0].unit, ps.step().unit());
            n.each = ps.each().resolve(max);
            n.key = key(ps);
            return n;
        }

        Node condition(Condition c, Indicator.Leaf leaf) {
            if (c instanceof Condition.Compare cmp) {
                Node n = new Node(Node.COMPARE, c);
                n.kids = new Node[] {expr(cmp.left(), leaf), expr(cmp.right(), leaf)};
                n.key = key(cmp);
                n.comparable = comparable(n.kids[0].unit, n.kids[1].unit);
                n.direct = n.comparable && n.kids[0].unit.factor().equals(n.kids[1].unit.factor());
                return n;
            } else if (c instanceof Condition.IsYes y) {
                Node n = new Node(Node.IS_YES, c);
                n.slot = fieldSlot(y.name());
                n.key = key(y);
                return n;
            } else if (c instanceof Condition.AllItemsMet a) {
                Node n = checklist(new Node(Node.ALL_ITEMS_MET, c), a.checklist(), a.items());
                n.key = key(a);
                return n;
            } else if (c instanceof Condition.All a) {
                return group(new Node(Node.ALL, c), a.conditions(), leaf);
            } else if (c instanceof Condition.Any a) {
                return group(new Node(Node.ANY, c), a.conditions(), leaf);
            } else if (c instanceof Condition.Not not) {
                Node n = new Node(Node.NOT, c);
                n.kids = new Node[] {condition(not.condition(), leaf)};
                return n;
            }
            throw new IllegalStateException("unknown condition " + c);
        }

        private Node group(Node n, List<Condition> conditions, Indicator.Leaf leaf) {
            n.kids = new Node[conditions.size()];
            for (int i = 0; i < n.kids.length; i++) {
                n.kids[i] = condition(conditions.get(i), leaf);
            }
            return n;
        }

        /** The checklist's slot, its declaration and the item numbers counted (every item when none are listed). */
        private Node checklist(Node n, String checklist, List<Integer> items) {
            n.slot = fieldSlot(checklist);
            n.field = n.slot < 0 ? null : fields[n.slot];
            n.items = n.field == null ? items : items.isEmpty() ? Engine.range(n.field.items().size()) : items;
            n.itemsKey = key(List.of(checklist, n.items));
            return n;
        }

        Node expr(Expr e, Indicator.Leaf leaf) {
            if (e instanceof Expr.Const c) {
                Node n = new Node(Node.CONST, e).unit(c.quantity().unit());
                n.quantity = c.quantity();
                n.value = c.quantity().value();
                n.base = c.quantity().base();
                return n;
            } else if (e instanceof Expr.Ref ref) {
                int field = fieldSlot(ref.name());
                if (field >= 0) {
                    Node n = new Node(Node.FIELD, e).unit(fields[field].unit());
                    n.slot = field;
                    return n;
                }
                Integer measure = measureSlots.get(ref.name());
                Node n = new Node(measure == null ? Node.UNRESOLVED : Node.MEASURE, e)
                        .unit(measure == null ? null : measureUnits[measure]);
                n.slot = measure == null ? -1 : measure;
                return n;
            } else if (e instanceof Expr.PeriodValue p) {
                Node n = new Node(Node.PERIOD, e);
                n.slot = fieldSlot(p.series());
                return n.unit(n.slot < 0 ? null : fields[n.slot].unit());
            } else if (e instanceof Expr.MaxScore) {
                return new Node(Node.MAX_SCORE, e).unit(Unit.POINT);
            } else if (e instanceof Expr.Binary b) {
                Node n = new Node(Node.BINARY, e);
                n.kids = new Node[] {expr(b.left(), leaf), expr(b.right(), leaf)};
                n.op = b.op();
                Unit l = n.kids[0].unit;
                Unit r = n.kids[1].unit;
                n.unit(l == null || r == null ? null : UnitAlgebra.result(b.op(), l, r));
                n.sameScale = n.unit != null && sameScale(b.op(), l, r, n.unit);
                return n;
            } else if (e instanceof Expr.CountOf c) {
                return group(new Node(Node.COUNT_OF, e).unit(ITEMS), c.conditions(), leaf);
            } else if (e instanceof Expr.FailedItems f) {
                return checklist(new Node(Node.FAILED_ITEMS, e).unit(ITEMS), f.checklist(), f.items());
            }
            throw new IllegalStateException("unknown expression " + e);
        }

        /** Whether both units are known (a failing operand fails first) and may be compared. */
        private static boolean comparable(Unit a, Unit b) {
            return a != null && b != null && a.comparableWith(b);
        }

        private int fieldSlot(String name) {
            Integer slot = fieldSlots.get(name);
            return slot == null ? -1 : slot;
        }
    }

    /** A declared measure with its resolved formula. */
    static final class MeasurePlan {
        final int slot;
        final Measure measure;
        final Node formula;
        final List<String> path;
        /** Whether the formula's value is already in the measure's unit, so no conversion precedes the rounding. */
        final boolean inUnit;
        /**
         * For a rate written 完成数 / 预算数 × 100% (operands of one power-of-ten unit, times a constant equal to 1 in a
         * unit of power-of-ten factor, in the measure's unit): the power of ten the quotient is shifted by (2 for %),
         * so that {@link Rates#rate} computes the rounded rate at once; -1 for any other formula.
         */
        final int rateShift;
        /** See {@link #operandsOf}. */
        final Node[] operands;
        /**
         * The formula's wording, for every trace step of this measure: made when first read, then kept (the same text
         * whichever thread makes it, so a race only makes it twice).
         */
        final java.util.function.Supplier<String> formulaText;
        private volatile String wording;

        MeasurePlan(int slot, Measure measure, Node formula, List<String> path) {
            this.slot = slot;
            this.measure = measure;
            this.formula = formula;
            this.path = path;
            this.inUnit = measure.unit().equals(formula.unit);
            this.operands = operandsOf(formula);
            this.rateShift = rateShift(formula, inUnit);
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

        private static int rateShift(Node f, boolean inUnit) {
            if (!inUnit || f.kind != Node.BINARY || f.op != Expr.ArithmeticOp.MULTIPLY) {
                return -1;
            }
            Node quotient = f.kids[0];
            Node constant = f.kids[1];
            if (quotient.kind != Node.BINARY || quotient.op != Expr.ArithmeticOp.DIVIDE || !quotient.sameScale
                    || !quotient.baseIsValue || constant.kind != Node.CONST
                    || constant.base.compareTo(BigDecimal.ONE) != 0 || !powerOfTen(f.unit.factor())) {
                return -1;
            }
            // factor 10^-k: a value in this unit is its base value shifted k places (k = 2 for %)
            int k = f.unit.factor().scale();
            return k >= 0 && k <= 4 ? k : -1;
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
        final Node rule;
        final boolean usesJudgement;

        IndicatorPlan(int slot, Indicator indicator, List<String> path, Indicator.Leaf leaf, IndicatorPlan[] children,
                   Node rule, boolean usesJudgement) {
            this.slot = slot;
            this.indicator = indicator;
            this.path = path;
            this.pathString = String.join("/", path);
            this.key = indicator.name().intern();
            this.leaf = leaf;
            this.children = children;
            this.rule = rule;
            this.usesJudgement = usesJudgement;
        }
    }

    /**
     * One resolved node of a rule, condition, deduction term or expression; {@code kind} says which and which fields
     * are set. {@code source} is the public tree node it came from, for the trace's wording and for error messages.
     * Fields are written only while the plan is built.
     */
    static final class Node {
        // rules
        static final int FULL = 0;
        static final int FIXED = 1;
        static final int DEDUCT = 2;
        static final int FORMULA = 3;
        static final int CASES = 4;
        static final int JUDGEMENT = 5;
        static final int VETO = 6;
        static final int NOT_APPLICABLE = 7;
        static final int NO_RULE = 8;
        // deduction terms
        static final int PER_COUNT = 10;
        static final int PER_STEP = 11;
        // conditions
        static final int COMPARE = 20;
        static final int IS_YES = 21;
        static final int ALL_ITEMS_MET = 22;
        static final int ALL = 23;
        static final int ANY = 24;
        static final int NOT = 25;
        // expressions
        static final int CONST = 30;
        static final int FIELD = 31;
        static final int MEASURE = 32;
        static final int PERIOD = 33;
        static final int MAX_SCORE = 34;
        static final int BINARY = 35;
        static final int COUNT_OF = 36;
        static final int FAILED_ITEMS = 37;
        static final int UNRESOLVED = 38;

        final int kind;
        final Object source;
        Node[] kids;
        /** Field or measure slot, -1 when the name is not declared. */
        int slot = -1;
        /**
         * An expression's unit, known from the declarations alone (null when an operand cannot be evaluated or the
         * units do not combine): the evaluator carries bare values and makes a {@link Quantity} only to word a step.
         */
        Unit unit;
        /** Whether the unit's factor is 1, so that the value is its own base-unit value. */
        boolean baseIsValue;
        Expr.ArithmeticOp op;
        /** An arithmetic node whose operands' values combine directly ({@link EvaluationPlan#sameScale}). */
        boolean sameScale;
        /** A comparison's or a per-step term's operands are of comparable units; {@code direct}: of one factor. */
        boolean comparable;
        boolean direct;
        boolean stepComparable;
        /** A constant's value. */
        BigDecimal value;
        /** A formula rule's operands ({@link EvaluationPlan#operandsOf}). */
        Node[] operands;
        Quantity quantity;
        DataField field;
        List<Integer> items;
        /** The trace de-duplication key of a condition or term; {@code itemsKey} that of a checklist's failures. */
        Object key;
        Object itemsKey;
        BigDecimal each;
        /** A constant's value in its dimension's base unit. */
        BigDecimal base;
        BigDecimal lo;
        BigDecimal hi;
        /** A trace step that depends on nothing but the pack, made once. */
        TraceEntry entry;
        /** See {@link #said()}. */
        private volatile String said;
        /**
         * For a rule whose outcome depends on nothing but the pack (得满分, 得 2 分, 无扣分, 一票否决, 不适用): the
         * score as the evaluator's clamp and rounding give it ({@code null} when those have something to say), and the
         * trace of that one step, made once.
         */
        Optional<BigDecimal> finished;
        Trace single;

        Node(int kind, Object source) {
            this.kind = kind;
            this.source = source;
        }

        Node unit(Unit u) {
            this.unit = u;
            this.baseIsValue = u != null && u.factor().compareTo(BigDecimal.ONE) == 0;
            return this;
        }

        /** {@code v}, a value of this expression, in its dimension's base unit. */
        BigDecimal base(BigDecimal v) {
            return kind == CONST ? base : baseIsValue ? v : v.multiply(unit.factor());
        }

        Node entry(TraceEntry e) {
            this.entry = e;
            return this;
        }

        /**
         * The part of a trace step's wording that depends on the pack alone: a constant's whole text (95%); an
         * expression's text and a space, which its value follows (收入预算完成率 ); a per-step term's measure, likewise;
         * a formula rule's 得分 = 覆盖率 × 分值 = . Made when a step first words it, not with the plan (a first
         * evaluation that words nothing makes no text), then kept: every thread makes the same text, so a race only
         * makes it twice.
         */
        String said() {
            String text = said;
            if (text == null) {
                text = switch (kind) {
                    case CONST -> quantity.display();
                    case PER_STEP -> ExprText.symbolic(((DeductionTerm.PerStep) source).measure()) + " ";
                    case FORMULA -> "得分 = " + ExprText.symbolic(((Rule.Formula) source).score()) + " = ";
                    default -> ExprText.symbolic((Expr) source) + " ";
                };
                said = text;
            }
            return text;
        }
    }
}
