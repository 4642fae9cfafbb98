package io.perfeval.core.sheet;

import io.perfeval.core.diag.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a score sheet: an indicator with its 分值, its score (absent when it could not be scored or is not
 * applicable), status, the verbatim 评价标准, the trace, its problems, the self-reported score if one was given, and —
 * for 一级/二级 indicators — the children whose scores it sums.
 *
 * @param path  names from the 一级 indicator down to this one
 * @param level 1 for 一级指标, 2 for 二级, 3 for 三级 …
 */
public record IndicatorResult(List<String> path, int level, BigDecimal maxScore, Optional<BigDecimal> score,
                              Status status, String criterion, Trace trace, List<Problem> problems,
                              Optional<BigDecimal> selfScore, List<IndicatorResult> children) {

    public IndicatorResult {
        path = List.copyOf(path);
        Objects.requireNonNull(maxScore);
        Objects.requireNonNull(score);
        Objects.requireNonNull(status);
        Objects.requireNonNull(criterion);
        Objects.requireNonNull(trace);
        problems = List.copyOf(problems);
        Objects.requireNonNull(selfScore);
        children = List.copyOf(children);
    }

    public String name() {
        return path.get(path.size() - 1);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** {@code 过程/预算执行/收入预算完成率}. */
    public String pathString() {
        return String.join("/", path);
    }
}
