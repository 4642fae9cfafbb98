package io.perfeval.core.analysis;

import io.perfeval.core.DataField;
import io.perfeval.core.Indicator;
import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Inputs drawn at random inside the declared domains and scored once for the whole pack: a check on the lattice from
 * outside it. A sampled score above the highest (or below the lowest) the lattice found means the lattice missed
 * something; the range then takes the sample as its witness and is not called exact, and W112/W113 are not claimed.
 * The draw is seeded by the pack's content, so an analysis is repeatable.
 */
final class Samples {

    static final int COUNT = 24;

    /** One sampled input and its sheet. */
    record Sample(EvaluationInput input, ScoreSheet sheet) {
    }

    private final List<Sample> samples = new ArrayList<>();

    Samples(RulePack pack, Budget budget, Confirmer confirmer) {
        Random r = new Random(pack.indicatorNames().hashCode() * 31L + pack.fields().size());
        for (int i = 0; i < COUNT; i++) {
            EvaluationInput in = draw(pack, r);
            ScoreSheet sheet = confirmer.score(in);
            if (sheet != null) {
                samples.add(new Sample(in, sheet));
            }
        }
    }

    /** The scored results of the leaf at {@code path} over all samples. */
    List<Map.Entry<Sample, IndicatorResult>> of(String path) {
        List<Map.Entry<Sample, IndicatorResult>> out = new ArrayList<>();
        for (Sample s : samples) {
            for (IndicatorResult r : s.sheet().leaves()) {
                if (r.pathString().equals(path) && (r.status() == Status.SCORED || r.status() == Status.VETOED)
                        && r.score().isPresent()) {
                    out.add(Map.entry(s, r));
                }
            }
        }
        return out;
    }

    private static EvaluationInput draw(RulePack pack, Random r) {
        EvaluationInput.Builder in = EvaluationInput.builder().entity("perfeval-analysis");
        for (DataField f : pack.fields()) {
            switch (f.type()) {
                case YES_NO -> in.yes(f.name(), r.nextBoolean());
                case CHECKLIST -> {
                    Map<Integer, Boolean> answers = new TreeMap<>();
                    for (int i = 1; i <= f.items().size(); i++) {
                        answers.put(i, r.nextInt(3) != 0);
                    }
                    in.put(f.name(), new Value.Checklist(answers));
                }
                case SERIES -> {
                    Map<String, BigDecimal> values = new LinkedHashMap<>();
                    for (String p : f.periods()) {
                        values.put(p, number(f, r));
                    }
                    in.put(f.name(), new Value.Series(values));
                }
                default -> in.put(f.name(), Value.number(number(f, r)));
            }
        }
        int scale = pack.rounding().scoreScale();
        for (Indicator.Leaf l : pack.leaves()) {
            List<DataDomain.Range> ranges = DataDomain.judgementRanges(l);
            if (!ranges.isEmpty()) {
                DataDomain.Range range = ranges.get(r.nextInt(ranges.size()));
                BigDecimal lo = range.lo().setScale(scale, RoundingMode.CEILING);
                BigDecimal hi = range.hi().setScale(scale, RoundingMode.FLOOR).max(lo);
                BigDecimal v = lo.add(hi.subtract(lo).multiply(BigDecimal.valueOf(r.nextInt(101)))
                        .divide(BigDecimal.valueOf(100), scale, RoundingMode.DOWN));
                in.judgement(l.name(), v.min(l.maxScore()).toPlainString(), Defaults.REASON);
            }
        }
        return in.build();
    }

    /** A value inside the datum's domain: 0 now and then, else of a random magnitude with two decimals. */
    static BigDecimal number(DataField f, Random r) {
        BigDecimal lo = DataDomain.lower(f).orElse(BigDecimal.ZERO);
        BigDecimal hi = DataDomain.upper(f).orElse(null);
        BigDecimal span = BigDecimal.TEN.pow(1 + r.nextInt(5));
        BigDecimal top = hi != null ? hi : lo.add(span);
        BigDecimal v = r.nextInt(8) == 0 ? lo
                : lo.add(top.subtract(lo).multiply(BigDecimal.valueOf(r.nextInt(10_001))).divide(BigDecimal.valueOf(
                        10_000), 2, RoundingMode.DOWN));
        if (DataDomain.whole(f)) {
            v = v.setScale(0, RoundingMode.DOWN);
        }
        return DataDomain.admits(f, v) ? v : lo;
    }
}
