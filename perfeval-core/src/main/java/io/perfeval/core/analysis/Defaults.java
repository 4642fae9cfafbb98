package io.perfeval.core.analysis;

import io.perfeval.core.DataField;
import io.perfeval.core.DataType;
import io.perfeval.core.Indicator;
import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.core.rule.Expr;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The plain values a witness gives whatever its claim leaves free, inside {@link DataDomain}: 100 of an amount or a
 * count, 50% of a percentage, 50 per period of a series, 是 for a yes/no, 符合 for every checklist item, and for each
 * indicator that takes a judgement the lowest score its rule allows there; never 0 for a datum some measure divides by.
 */
final class Defaults {

    static final String REASON = "perfeval 分析构造的见证输入 / a witness input built by the analysis";
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal FIFTY = new BigDecimal("50");

    private Defaults() {
    }

    /** The datum's plain value in its unit. */
    static BigDecimal value(DataField f, Set<String> divisors) {
        BigDecimal v = f.type() == DataType.PERCENTAGE || f.type() == DataType.SERIES ? FIFTY : HUNDRED;
        BigDecimal lo = DataDomain.lower(f).orElse(null);
        BigDecimal hi = DataDomain.upper(f).orElse(null);
        if (hi != null && v.compareTo(hi) > 0) {
            v = hi;
        }
        if (lo != null && v.compareTo(lo) < 0) {
            v = lo;
        }
        if (DataDomain.whole(f)) {
            v = v.setScale(0, RoundingMode.CEILING);
        }
        if (v.signum() == 0 && divisors.contains(f.name()) && DataDomain.admits(f, BigDecimal.ONE)) {
            v = BigDecimal.ONE;
        }
        return v;
    }

    /** The data that some measure divides by (a whole denominator or a term of one). */
    static Set<String> divisors(RulePack pack) {
        Set<String> out = new HashSet<>();
        for (var m : pack.measures()) {
            divisors(m.formula(), false, out);
        }
        return out;
    }

    private static void divisors(Expr e, boolean below, Set<String> out) {
        if (e instanceof Expr.Ref r && below) {
            out.add(r.name());
        } else if (e instanceof Expr.Binary b) {
            divisors(b.left(), below, out);
            divisors(b.right(), below || b.op() == Expr.ArithmeticOp.DIVIDE, out);
        } else {
            for (Expr x : Rules.parts(e).exprs()) {
                divisors(x, below, out);
            }
        }
    }

    /**
     * The input: what {@code a} assigns, plain values for the rest, and judgements: {@code judgement} for
     * {@code leaf} when given, the lowest allowed for every other indicator that takes one.
     */
    static EvaluationInput input(Assignment a, Set<String> divisors, Indicator.Leaf leaf, BigDecimal judgement) {
        RulePack pack = a.pack;
        EvaluationInput.Builder in = EvaluationInput.builder().entity("perfeval-analysis");
        for (DataField f : pack.fields()) {
            switch (f.type()) {
                case YES_NO -> in.yes(f.name(), a.yes.getOrDefault(f.name(), Boolean.TRUE));
                case CHECKLIST -> {
                    Map<Integer, Boolean> answers = new TreeMap<>(a.items.getOrDefault(f.name(), Map.of()));
                    for (int i = 1; i <= f.items().size(); i++) {
                        answers.putIfAbsent(i, Boolean.TRUE);
                    }
                    in.put(f.name(), new Value.Checklist(answers));
                }
                case SERIES -> {
                    Map<String, BigDecimal> values = new LinkedHashMap<>(a.series.getOrDefault(f.name(), Map.of()));
                    for (String p : f.periods()) {
                        values.putIfAbsent(p, value(f, divisors));
                    }
                    in.put(f.name(), new Value.Series(values));
                }
                default -> in.put(f.name(), Value.number(a.numbers.getOrDefault(f.name(), value(f, divisors))));
            }
        }
        int scale = pack.rounding().scoreScale();
        for (Indicator.Leaf l : pack.leaves()) {
            if (l == leaf && judgement != null) {
                in.judgement(l.name(), judgement.toPlainString(), REASON);
            } else if (DataDomain.takesJudgement(l)) {
                BigDecimal lo = DataDomain.judgementRanges(l).get(0).lo().setScale(scale, RoundingMode.CEILING);
                in.judgement(l.name(), lo.min(l.maxScore()).toPlainString(), REASON);
            }
        }
        return in.build();
    }

    /** The same input without the judgement for {@code indicator} (for a probe whose rule takes none). */
    static EvaluationInput withoutJudgement(EvaluationInput input, String indicator) {
        EvaluationInput.Builder b = EvaluationInput.builder().entity(input.entity());
        input.data().forEach(b::put);
        input.judgements().forEach((k, v) -> {
            if (!k.equals(indicator)) {
                b.judgement(k, v);
            }
        });
        return b.build();
    }
}
