package io.perfeval.core.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the analysis decided about one 三级指标: the lowest and highest score its rule gives over the declared input
 * domain (after the evaluator's clamp and the pack's rounding; a judgement counts with its whole range), each shown by
 * a witness the evaluator confirmed ({@code lowest}, {@code highest}); and the direction of the score in each number
 * the rule compares. That no input scores beyond them is what the exhaustive lattice shows; that they are scored is
 * what the witnesses show, and {@code exact} says whether the two agree.
 *
 * @param path       indicator path, 过程/预算执行/资金结余结转率
 * @param exhaustive false when the rule has too many independent inputs to enumerate (or the analysis stopped at its
 *                   work limit); min and max are then absent
 * @param min        lowest score, null when no input was found that scores (or the analysis was not exhaustive)
 * @param max        highest score, null likewise
 * @param trends     per axis name, how the score moves as that number grows
 * @param lowest     an input that scores {@code min}, confirmed by the evaluator
 * @param highest    an input that scores {@code max}, confirmed by the evaluator
 * @param exact      whether {@code min} and {@code max} are also the bounds the lattice gives (nothing scores beyond
 *                   them); false when the lattice's extreme was not reached by any input built for it, or a random
 *                   input scored beyond it — the range is then only what was seen, each end still witnessed
 */
public record LeafSummary(String path, BigDecimal maxScore, boolean exhaustive, BigDecimal min, BigDecimal max,
                          Map<String, Trend> trends, List<String> axes, Optional<Witness> lowest,
                          Optional<Witness> highest, boolean exact) {

    public LeafSummary {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(maxScore, "maxScore");
        trends = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(trends));
        axes = List.copyOf(axes);
        Objects.requireNonNull(lowest, "lowest");
        Objects.requireNonNull(highest, "highest");
    }

    /** A summary without witnesses (as before witnesses were kept). */
    public LeafSummary(String path, BigDecimal maxScore, boolean exhaustive, BigDecimal min, BigDecimal max,
                       Map<String, Trend> trends, List<String> axes) {
        this(path, maxScore, exhaustive, min, max, trends, axes, Optional.empty(), Optional.empty(),
                exhaustive && min != null);
    }
}
