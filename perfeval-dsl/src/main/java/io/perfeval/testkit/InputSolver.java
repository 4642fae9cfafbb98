package io.perfeval.testkit;

import io.perfeval.core.DataField;
import io.perfeval.core.DataType;
import io.perfeval.core.Indicator;
import io.perfeval.core.Measure;
import io.perfeval.core.RulePack;
import io.perfeval.core.analysis.Axis;
import io.perfeval.core.analysis.DataDomain;
import io.perfeval.core.analysis.PackAnalysis;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.Expr;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds valid inputs for a pack, steering chosen measures to chosen values exactly: a measure is a formula over
 * declared data, and the usual shapes (a / b × 100%, sums and differences of amounts) are solved backwards for the data,
 * picking denominators so that every datum stays a valid number of its type. What is not steered is drawn at random,
 * with numbers the rules compare directly drawn at their thresholds and the nearest values either side.
 */
final class InputSolver {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    final RulePack pack;
    final PackAnalysis analysis;
    private final Set<String> divisors = new HashSet<>();

    InputSolver(RulePack pack) {
        this.pack = pack;
        this.analysis = PackAnalysis.analyze(pack);
        for (Measure m : pack.measures()) {
            collectDivisors(m.formula(), false);
        }
    }

    /** Data that are a whole denominator (a zero there is a division by zero; a zero term of a sum is not). */
    private void collectDivisors(Expr e, boolean denominator) {
        if (e instanceof Expr.Ref r && denominator) {
            divisors.add(r.name());
        } else if (e instanceof Expr.Binary b) {
            collectDivisors(b.left(), false);
            collectDivisors(b.right(), b.op() == Expr.ArithmeticOp.DIVIDE);
        }
    }

    /** Measure axes: the measures rules compare, in declaration order. */
    List<Axis> measureAxes() {
        List<Axis> out = new ArrayList<>();
        for (Axis a : analysis.axes().values()) {
            if (pack.measure(a.name()).isPresent()) {
                out.add(a);
            }
        }
        return out;
    }

    /** A value of {@code axis} at one of its thresholds or a step either side (mostly), or anywhere in its domain. */
    BigDecimal biased(Axis axis, Random r) {
        BigDecimal v;
        if (!axis.thresholds().isEmpty() && r.nextInt(10) < 7) {
            BigDecimal t = axis.thresholds().get(r.nextInt(axis.thresholds().size()));
            v = t.add(axis.step().multiply(BigDecimal.valueOf(r.nextInt(3) - 1L)));
        } else {
            BigDecimal lo = axis.lower().orElse(axis.thresholds().isEmpty() ? BigDecimal.ZERO
                    : axis.thresholds().get(0).subtract(new BigDecimal("20")));
            BigDecimal top = axis.thresholds().isEmpty() ? new BigDecimal("200")
                    : axis.thresholds().get(axis.thresholds().size() - 1).multiply(BigDecimal.valueOf(2))
                    .add(BigDecimal.TEN);
            BigDecimal hi = axis.upper().orElse(top.max(lo.add(BigDecimal.ONE)));
            long steps = hi.subtract(lo).divide(axis.step(), 0, RoundingMode.FLOOR).longValue();
            v = lo.add(axis.step().multiply(BigDecimal.valueOf(Math.floorMod(r.nextLong(), Math.max(1, steps + 1)))));
        }
        return axis.admits(v) ? v : axis.lower().orElse(v.max(BigDecimal.ZERO));
    }

    /**
     * An input with each measure or datum in {@code targets} (axis name → value in the axis's unit) exactly at its
     * value, or null when the declarations do not allow it. With {@code steerOthers}, other measures are steered to
     * biased values too where that does not conflict.
     */
    EvaluationInput generate(Random r, Map<String, BigDecimal> targets, boolean steerOthers) {
        // Drawn first and apart from solving, so inputs built from the same Random differ only where steered.
        long rest = r.nextLong();
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> t : targets.entrySet()) {
            if (!steer(t.getKey(), t.getValue(), numbers, r)) {
                return null;
            }
        }
        if (steerOthers) {
            List<Axis> others = new ArrayList<>(measureAxes());
            Collections.shuffle(others, r);
            for (Axis a : others) {
                if (!targets.containsKey(a.name()) && r.nextInt(10) < 7) {
                    Map<String, BigDecimal> copy = new LinkedHashMap<>(numbers);
                    if (steer(a.name(), biased(a, r), copy, r)) {
                        numbers = copy;
                    }
                }
            }
        }
        return build(numbers, rest);
    }

    private boolean steer(String axis, BigDecimal value, Map<String, BigDecimal> numbers, Random r) {
        var field = pack.field(axis);
        if (field.isPresent()) {
            return assign(field.get(), value.multiply(field.get().unit().factor()), numbers);
        }
        var m = pack.measure(axis);
        return m.isPresent() && solveMeasure(m.get(), value.multiply(m.get().unit().factor()), numbers, r);
    }

    private boolean solveMeasure(Measure m, BigDecimal base, Map<String, BigDecimal> numbers, Random r) {
        BigDecimal inUnit = Decimals.divide(base, m.unit().factor());
        if (inUnit.stripTrailingZeros().scale() > m.scale()) {
            return false; // not a value the measure's rounding can show
        }
        return solve(m.formula(), base, numbers, r);
    }

    /** Makes {@code e} (in base units) equal {@code target} by assigning unassigned data; false when impossible. */
    private boolean solve(Expr e, BigDecimal target, Map<String, BigDecimal> numbers, Random r) {
        BigDecimal known = value(e, numbers);
        if (known != null) {
            return known.compareTo(target) == 0;
        }
        if (e instanceof Expr.Ref ref) {
            var f = pack.field(ref.name());
            if (f.isPresent()) {
                return assign(f.get(), target, numbers);
            }
            return pack.measure(ref.name()).map(m -> solveMeasure(m, target, numbers, r)).orElse(false);
        }
        if (!(e instanceof Expr.Binary b)) {
            return false;
        }
        BigDecimal left = value(b.left(), numbers);
        BigDecimal right = value(b.right(), numbers);
        switch (b.op()) {
            case MULTIPLY -> {
                if (right != null && right.signum() != 0) {
                    BigDecimal q = exact(target, right);
                    return q != null && solve(b.left(), q, numbers, r);
                }
                if (left != null && left.signum() != 0) {
                    BigDecimal q = exact(target, left);
                    return q != null && solve(b.right(), q, numbers, r);
                }
                return false;
            }
            case DIVIDE -> {
                BigDecimal d = right;
                if (d == null) {
                    d = denominator(b.right(), r);
                    if (!solve(b.right(), d, numbers, r)) {
                        return false;
                    }
                }
                return d.signum() != 0 && solve(b.left(), target.multiply(d), numbers, r);
            }
            case ADD, SUBTRACT -> {
                return sum(b, left, right, target, numbers, r);
            }
            default -> {
                return false;
            }
        }
    }

    /** A sum or difference: one side known, both free (split), or the same number on both sides (m + m = 2m). */
    private boolean sum(Expr.Binary b, BigDecimal left, BigDecimal right, BigDecimal target,
                        Map<String, BigDecimal> numbers, Random r) {
        boolean add = b.op() == Expr.ArithmeticOp.ADD;
        if (left == null && right == null && b.left().equals(b.right())) {
            return add ? solve(b.left(), target.divide(BigDecimal.valueOf(2)), numbers, r) : target.signum() == 0;
        }
        if (left == null && right == null && shareARef(b.left(), b.right())) {
            return false; // solving the sides apart would take one number for two, and down a chain branch 2^n times
        }
        switch (b.op()) {
            case ADD -> {
                if (left != null) {
                    return solve(b.right(), target.subtract(left), numbers, r);
                }
                if (right != null) {
                    return solve(b.left(), target.subtract(right), numbers, r);
                }
                return split(b.left(), b.right(), target, BigDecimal.ONE, numbers, r);
            }
            case SUBTRACT -> {
                if (left != null) {
                    return solve(b.right(), left.subtract(target), numbers, r);
                }
                if (right != null) {
                    return solve(b.left(), target.add(right), numbers, r);
                }
                return split(b.left(), b.right(), target, BigDecimal.ONE.negate(), numbers, r);
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean shareARef(Expr a, Expr b) {
        Set<String> left = new HashSet<>();
        refs(a, left);
        Set<String> right = new HashSet<>();
        refs(b, right);
        left.retainAll(right);
        return !left.isEmpty();
    }

    private static void refs(Expr e, Set<String> out) {
        if (e instanceof Expr.Ref ref) {
            out.add(ref.name());
        } else if (e instanceof Expr.Binary b) {
            refs(b.left(), out);
            refs(b.right(), out);
        }
    }

    /**
     * left + sign × right = target with both free: try a share of the target (or, for a difference, an extra amount)
     * on the right first, then zero, keeping every datum non-negative where it must be.
     */
    private boolean split(Expr left, Expr right, BigDecimal target, BigDecimal sign, Map<String, BigDecimal> numbers,
                          Random r) {
        BigDecimal magnitude = target.abs().max(TEN_THOUSAND);
        // Often nothing on the right: small targets stay reachable when the other side is shared with a later solve.
        int tenths = r.nextInt(3) == 0 ? 0 : r.nextInt(10);
        BigDecimal share = magnitude.multiply(BigDecimal.valueOf(tenths)).divide(BigDecimal.TEN, 0, RoundingMode.FLOOR);
        List<BigDecimal> tries = new ArrayList<>();
        if (sign.signum() > 0) {
            tries.add(target.signum() >= 0 ? share.min(target.setScale(0, RoundingMode.FLOOR)) : target);
            tries.add(BigDecimal.ZERO);
        } else {
            BigDecimal need = target.signum() < 0 ? target.negate() : BigDecimal.ZERO;
            tries.add(need.add(share));
            tries.add(need);
        }
        for (BigDecimal rv : tries) {
            Map<String, BigDecimal> copy = new LinkedHashMap<>(numbers);
            if (solve(right, rv, copy, r) && solve(left, target.subtract(sign.multiply(rv)), copy, r)) {
                numbers.clear();
                numbers.putAll(copy);
                return true;
            }
        }
        return false;
    }

    /** A round positive denominator in base units: whole thousands of the unit of the first datum below. */
    private BigDecimal denominator(Expr e, Random r) {
        BigDecimal factor = BigDecimal.ONE;
        DataField f = firstField(e);
        if (f != null) {
            factor = f.unit().factor();
        }
        return TEN_THOUSAND.multiply(BigDecimal.valueOf(1L + r.nextInt(20))).multiply(factor);
    }

    private DataField firstField(Expr e) {
        if (e instanceof Expr.Ref ref) {
            var f = pack.field(ref.name());
            if (f.isPresent()) {
                return f.get();
            }
            return pack.measure(ref.name()).map(m -> firstField(m.formula())).orElse(null);
        }
        if (e instanceof Expr.Binary b) {
            DataField f = firstField(b.left());
            return f != null ? f : firstField(b.right());
        }
        return null;
    }

    private static BigDecimal exact(BigDecimal a, BigDecimal b) {
        try {
            return a.divide(b, MathContext.UNLIMITED);
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private boolean assign(DataField f, BigDecimal base, Map<String, BigDecimal> numbers) {
        BigDecimal v = exact(base, f.unit().factor());
        if (v == null || !f.type().isNumeric() || v.stripTrailingZeros().scale() > 10 || !valid(f, v)) {
            return false;
        }
        BigDecimal old = numbers.get(f.name());
        if (old != null) {
            return old.compareTo(v) == 0;
        }
        numbers.put(f.name(), v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros());
        return true;
    }

    /** Inside the declared domain ({@link DataDomain}, the definition the analysis's witnesses use), never 0 where divided. */
    private boolean valid(DataField f, BigDecimal v) {
        return DataDomain.admits(f, v) && !(divisors.contains(f.name()) && v.signum() == 0);
    }

    /** The value of an expression in base units when everything it reads is assigned, else null. */
    private BigDecimal value(Expr e, Map<String, BigDecimal> numbers) {
        return value(e, numbers, new HashMap<>());
    }

    /** {@code measures} keeps each measure's value (or null) once computed: a measure used twice is computed once. */
    private BigDecimal value(Expr e, Map<String, BigDecimal> numbers, Map<String, BigDecimal> measures) {
        if (e instanceof Expr.Const c) {
            return c.quantity().base();
        } else if (e instanceof Expr.Ref ref) {
            var f = pack.field(ref.name());
            if (f.isPresent()) {
                BigDecimal v = numbers.get(ref.name());
                return v == null ? null : v.multiply(f.get().unit().factor());
            }
            if (measures.containsKey(ref.name())) {
                return measures.get(ref.name());
            }
            Measure m = pack.measure(ref.name()).orElse(null);
            BigDecimal raw = m == null ? null : value(m.formula(), numbers, measures);
            BigDecimal v = raw == null ? null : Decimals.divide(raw, m.unit().factor())
                    .setScale(m.scale(), RoundingMode.HALF_UP).multiply(m.unit().factor());
            measures.put(ref.name(), v);
            return v;
        } else if (e instanceof Expr.Binary b) {
            BigDecimal l = value(b.left(), numbers, measures);
            BigDecimal r = l == null ? null : value(b.right(), numbers, measures);
            if (r == null) {
                return null;
            }
            return switch (b.op()) {
                case ADD -> l.add(r);
                case SUBTRACT -> l.subtract(r);
                case MULTIPLY -> l.multiply(r);
                case DIVIDE -> r.signum() == 0 ? null : Decimals.divide(l, r);
            };
        }
        return null;
    }

    // ---- everything else, at random ----

    private EvaluationInput build(Map<String, BigDecimal> numbers, long seed) {
        EvaluationInput.Builder in = EvaluationInput.builder().entity("perfeval-testkit");
        Map<String, BigDecimal> schedule = new HashMap<>();
        Random shared = new Random(seed);
        for (String p : pack.fields().stream().flatMap(f -> f.periods().stream()).distinct().toList()) {
            schedule.put(p, KitValues.cents(shared, 100));
        }
        for (DataField f : pack.fields()) {
            // One Random per datum: what one datum draws never depends on which others were steered.
            Random r = new Random(seed * 31 + f.name().hashCode());
            switch (f.type()) {
                case YES_NO -> in.yes(f.name(), r.nextInt(4) != 0);
                case CHECKLIST -> {
                    Map<Integer, Boolean> answers = new TreeMap<>();
                    boolean allMet = r.nextInt(3) == 0;
                    for (int i = 1; i <= f.items().size(); i++) {
                        answers.put(i, allMet || r.nextInt(5) != 0);
                    }
                    in.put(f.name(), new Value.Checklist(answers));
                }
                case SERIES -> in.put(f.name(), new Value.Series(KitValues.periods(f, schedule, r)));
                default -> in.put(f.name(), new Value.Number(numbers.containsKey(f.name()) ? numbers.get(f.name())
                        : number(f, r)));
            }
        }
        judgements(in, seed);
        return in.build();
    }

    /** A judgement for every indicator whose rule takes one, inside a range its rule allows, at the score's scale. */
    private void judgements(EvaluationInput.Builder in, long seed) {
        int scale = pack.rounding().scoreScale();
        for (Indicator.Leaf leaf : pack.leaves()) {
            BigDecimal[] range = KitValues.judgementRange(leaf);
            if (range != null) {
                Random r = new Random(seed * 31 + leaf.name().hashCode());
                BigDecimal lo = range[0].setScale(scale, RoundingMode.CEILING);
                BigDecimal hi = range[1].setScale(scale, RoundingMode.FLOOR).max(lo);
                BigDecimal v = switch (r.nextInt(3)) {
                    case 0 -> lo;
                    case 1 -> hi;
                    default -> lo.add(hi.subtract(lo).multiply(BigDecimal.valueOf(r.nextInt(101)))
                            .divide(BigDecimal.valueOf(100), scale, RoundingMode.DOWN));
                };
                in.judgement(leaf.name(), v.toPlainString(), "perfeval-testkit 生成的酌情分 / generated judgement");
            }
        }
    }

    /** A value inside the datum's domain: near the thresholds it is compared with, else anywhere plausible. */
    private BigDecimal number(DataField f, Random r) {
        Axis axis = analysis.axes().get(f.name());
        BigDecimal v;
        if (axis != null) {
            v = biased(axis, r);
        } else if (f.type() == DataType.COUNT) {
            v = BigDecimal.valueOf(r.nextInt(1000));
        } else if (f.type() == DataType.PERCENTAGE) {
            v = KitValues.cents(r, 120);
        } else {
            v = KitValues.cents(r, 100000);
        }
        v = KitValues.inside(f, v);
        if (divisors.contains(f.name()) && v.signum() == 0) {
            BigDecimal one = KitValues.inside(f, BigDecimal.ONE);
            v = one.signum() != 0 ? one : v;
        }
        return v;
    }

}
