package io.perfeval.core.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows a score formula without a cap up to where it meets the 分值. The lattice holds the formula's values near
 * the thresholds and far away; between a point it scores and a point where it goes over the 分值, the formula passes
 * every value in between (it is continuous there), so halving the segment between them finds the highest score it
 * gives below the cap — 分值 × 完成率 × 满意度 reaches 90 at 100% × 100%, though no lattice point says so.
 */
final class CapApproach {

    private static final int HALVINGS = 80;
    private static final int SEGMENTS = 6;

    private final LeafClaims claims;
    private final Witnesses witnesses;

    CapApproach(LeafClaims claims, Witnesses witnesses) {
        this.claims = claims;
        this.witnesses = witnesses;
    }

    /** A confirmed witness scoring more than {@code best}, found between scored and over-cap points, or null. */
    Witness toward(List<Integer> reachSorted, Witness best) {
        LeafRun run = claims.run;
        BigDecimal top = best.score().orElseThrow();
        Witness found = null;
        int segments = 0;
        for (int over = 0; over < run.outcomes.length && segments < SEGMENTS; over++) {
            if (run.outcomes[over].kind() != Outcome.Kind.OVER_CAP) {
                continue;
            }
            Integer from = sameAnswers(reachSorted, over);
            if (from == null) {
                continue;
            }
            segments++;
            Evaluator.Point p = halve(run.point(from), run.point(over));
            Outcome o = new Evaluator(run.a, p).evaluate();
            if (o.single() && o.lo().compareTo(top) > 0) {
                Witness w = witnesses.at(run, p, o, true, null, null, List.of());
                if (w != null) {
                    found = w;
                    top = o.lo();
                }
            }
        }
        return found;
    }

    /** The best-scoring reachable point with the same yes/no answers as {@code over}. */
    private Integer sameAnswers(List<Integer> reachSorted, int over) {
        int mask = (1 << claims.run.atomCount) - 1;
        for (int idx : reachSorted) {
            if ((idx & mask) == (over & mask) && claims.run.outcomes[idx].single()) {
                return idx;
            }
        }
        return null;
    }

    /** The last scored point on the way from {@code scored} to {@code over}, each axis on its own step. */
    private Evaluator.Point halve(Evaluator.Point scored, Evaluator.Point over) {
        BigDecimal lo = BigDecimal.ZERO;
        BigDecimal hi = BigDecimal.ONE;
        Evaluator.Point best = scored;
        for (int i = 0; i < HALVINGS; i++) {
            BigDecimal mid = lo.add(hi).divide(BigDecimal.valueOf(2));
            Evaluator.Point p = along(scored, over, mid);
            if (p.equals(best)) {
                lo = mid;
                continue;
            }
            if (new Evaluator(claims.run.a, p).evaluate().reachable()) {
                lo = mid;
                best = p;
            } else {
                hi = mid;
            }
        }
        return best;
    }

    private Evaluator.Point along(Evaluator.Point a, Evaluator.Point b, BigDecimal t) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (AxisBuilder ax : claims.run.axes) {
            BigDecimal x = a.values().get(ax.name);
            BigDecimal y = b.values().get(ax.name);
            values.put(ax.name, ax.snap(x.add(y.subtract(x).multiply(t)), RoundingMode.FLOOR).stripTrailingZeros());
        }
        return new Evaluator.Point(values, a.atoms());
    }
}
