package io.perfeval.testkit;

import io.perfeval.core.DataField;
import io.perfeval.core.Indicator;
import io.perfeval.core.analysis.DataDomain;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Values the kit draws or sets, each inside the declared domain ({@link DataDomain}). */
final class KitValues {

    private KitValues() {
    }

    /**
     * One value per period. Series of one pack usually compare period by period: they share a base value per period,
     * so equal values and values a step apart come up often; each inside the series' declared domain.
     */
    static Map<String, BigDecimal> periods(DataField f, Map<String, BigDecimal> schedule, Random r) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (String p : f.periods()) {
            BigDecimal base = schedule.get(p);
            BigDecimal v = switch (r.nextInt(4)) {
                case 0 -> base;
                case 1 -> base.add(new BigDecimal("0.01"));
                case 2 -> base.subtract(new BigDecimal("0.01")).max(BigDecimal.ZERO);
                default -> cents(r, 100);
            };
            values.put(p, inside(f, v));
        }
        return values;
    }

    /** {@code v} moved into the datum's domain: to its nearer end when outside, down to a whole number for counts. */
    static BigDecimal inside(DataField f, BigDecimal v) {
        BigDecimal x = DataDomain.whole(f) ? v.setScale(0, RoundingMode.FLOOR) : v;
        x = DataDomain.upper(f).map(x::min).orElse(x);
        x = DataDomain.lower(f).map(x::max).orElse(x);
        return x;
    }

    /**
     * The score range a judgement may take in every place the leaf's rule asks for one (the ranges'
     * intersection, {@link DataDomain#judgementRanges}), or null when its rule takes no judgement.
     */
    static BigDecimal[] judgementRange(Indicator.Leaf leaf) {
        BigDecimal lo = null;
        BigDecimal hi = null;
        for (DataDomain.Range range : DataDomain.judgementRanges(leaf)) {
            lo = lo == null ? range.lo() : lo.max(range.lo());
            hi = hi == null ? range.hi() : hi.min(range.hi());
        }
        if (lo == null) {
            return null;
        }
        return new BigDecimal[] {lo, hi.max(lo)};
    }

    /**
     * {@code in} with the given answers: a yes/no datum by its name, a checklist item as 「清单名#项号」 (the names
     * {@link PackAnalysis#answers} gives).
     */
    static EvaluationInput answered(EvaluationInput in, Map<String, Boolean> answers) {
        Map<String, Value> data = new LinkedHashMap<>(in.data());
        for (Map.Entry<String, Boolean> a : answers.entrySet()) {
            int hash = a.getKey().lastIndexOf('#');
            if (hash < 0) {
                data.put(a.getKey(), Value.yes(a.getValue()));
            } else {
                String checklist = a.getKey().substring(0, hash);
                Map<Integer, Boolean> items = new TreeMap<>(((Value.Checklist) data.get(checklist)).answers());
                items.put(Integer.parseInt(a.getKey().substring(hash + 1)), a.getValue());
                data.put(checklist, new Value.Checklist(items));
            }
        }
        EvaluationInput.Builder b = EvaluationInput.builder().entity(in.entity());
        data.forEach(b::put);
        in.judgements().forEach(b::judgement);
        return b.build();
    }

    static BigDecimal cents(Random r, int max) {
        return BigDecimal.valueOf(Math.floorMod(r.nextLong(), max * 100L + 1), 2);
    }
}
