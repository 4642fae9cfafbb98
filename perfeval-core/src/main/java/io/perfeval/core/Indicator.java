package io.perfeval.core;

import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A node of the indicator system (指标体系): a {@link Group} (一级 or 二级指标, whose 分值 is shared by its children) or a
 * {@link Leaf} (三级指标: 指标内容, 评价标准 verbatim, and the rule compiled from it). Levels follow from depth, so
 * templates with two or four levels fit too.
 */
public sealed interface Indicator {

    String name();

    /** 分值: the most this indicator can score. */
    BigDecimal maxScore();

    /** An 一级 or 二级指标: its score is the sum of its children's (its subtotal). */
    record Group(String name, BigDecimal maxScore, List<Indicator> children) implements Indicator {
        public Group {
            requireName(name);
            requireMax(name, maxScore);
            children = List.copyOf(children);
            if (children.isEmpty()) {
                throw new IllegalArgumentException(name + ": a group indicator needs children");
            }
        }
    }

    /**
     * @param description 指标内容, kept verbatim
     * @param criterion   评价标准, kept verbatim as the official table writes it
     * @param rule        the compiled 评价标准
     */
    record Leaf(String name, BigDecimal maxScore, String description, String criterion, Rule rule)
            implements Indicator {
        public Leaf {
            requireName(name);
            requireMax(name, maxScore);
            description = description == null ? "" : description;
            criterion = criterion == null ? "" : criterion;
            Objects.requireNonNull(rule, "rule");
        }
    }

    private static void requireName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an indicator needs a name");
        }
    }

    private static void requireMax(String name, BigDecimal maxScore) {
        Objects.requireNonNull(maxScore, "maxScore");
        if (maxScore.signum() <= 0) {
            throw new IllegalArgumentException(name + ": 分值 must be positive");
        }
    }
}
