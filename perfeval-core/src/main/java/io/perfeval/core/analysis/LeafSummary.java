package io.perfeval.core.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the analysis decided about one 三级指标: the exact lowest and highest score its rule can give over the declared
 * input domain (after the evaluator's clamp and the pack's rounding; a judgement counts with its whole range), and the
 * direction of the score in each number the rule compares.
 *
 * @param path       indicator path, 过程/预算执行/资金结余结转率
 * @param exhaustive false when the rule has too many independent inputs to enumerate; min and max are then absent
 * @param min        lowest reachable score, null when nothing is reachable or the analysis was not exhaustive
 * @param max        highest reachable score, null likewise
 * @param trends     per axis name, how the score moves as that number grows
 */
public record LeafSummary(String path, BigDecimal maxScore, boolean exhaustive, BigDecimal min, BigDecimal max,
                          Map<String, Trend> trends, List<String> axes) {

    public LeafSummary {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(maxScore, "maxScore");
        trends = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(trends));
        axes = List.copyOf(axes);
    }
}
