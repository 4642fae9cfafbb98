package io.perfeval.core;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The indicator template (指标模板) of a project self-evaluation (项目支出绩效自评表): the indicators are not fixed by
 * the pack but declared by each project under fixed headings (产出指标 / 数量指标 …), and the template fixes how any
 * indicator of a kind is scored. A pack with a template is bound to one project's indicators with
 * {@link RulePack#bind}, which gives an ordinary pack.
 *
 * @param share    the part of the 总分 the declared indicators divide among themselves (90 of 100 in the national table)
 * @param headings the 一级 headings, each with its 二级 headings, in table order
 * @param kinds    per kind of indicator, the rule that scores it
 */
public record IndicatorTemplate(BigDecimal share, List<Heading> headings, List<Kind> kinds) {

    /** The name the kinds' rules use for an indicator's 实际完成值 (bound to each indicator's own datum). */
    public static final String ACTUAL = "实际完成值";
    /** The name the kinds' rules use for an indicator's 年度指标值 (bound to each indicator's own datum). */
    public static final String TARGET = "指标值";

    public IndicatorTemplate {
        Objects.requireNonNull(share, "share");
        if (share.signum() <= 0) {
            throw new IllegalArgumentException("a template's share must be positive");
        }
        headings = List.copyOf(headings);
        kinds = List.copyOf(kinds);
        if (headings.isEmpty() || kinds.isEmpty()) {
            throw new IllegalArgumentException("a template needs headings and kinds");
        }
    }

    /**
     * A fixed heading: a 一级 heading (产出指标) with its 二级 headings (数量指标 …), or a 二级 heading with none.
     *
     * @param maxScore the heading's 分值 where the template fixes it, else {@code null} (the project divides the share)
     */
    public record Heading(String name, BigDecimal maxScore, List<Heading> children) {
        public Heading {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a heading needs a name");
            }
            if (maxScore != null && maxScore.signum() <= 0) {
                throw new IllegalArgumentException(name + ": 分值 must be positive");
            }
            children = List.copyOf(children);
        }

        public Optional<BigDecimal> fixedMax() {
            return Optional.ofNullable(maxScore);
        }
    }

    /**
     * A kind of indicator (类型) and the rule that scores every indicator of that kind.
     *
     * @param name       as the template calls it: 正向, 反向, 定性
     * @param directions the target directions of the kind (≥ > = for 正向); empty for a qualitative kind (定性), whose
     *                   target is words and whose result is the evaluator's judgement
     * @param criterion  the 评价标准 as the template writes it, verbatim
     * @param rule       the compiled criterion, over {@link #ACTUAL}, {@link #TARGET} and the 分值
     */
    public record Kind(String name, List<Condition.Comparison> directions, String criterion, Rule rule) {
        public Kind {
            Objects.requireNonNull(name, "name");
            directions = List.copyOf(directions);
            criterion = criterion == null ? "" : criterion;
            Objects.requireNonNull(rule, "rule");
        }

        public boolean qualitative() {
            return directions.isEmpty();
        }
    }

    /** The kind whose directions include {@code direction}. */
    public Optional<Kind> kindFor(Condition.Comparison direction) {
        return kinds.stream().filter(k -> k.directions().contains(direction)).findFirst();
    }

    /** The qualitative kind (定性), if the template has one. */
    public Optional<Kind> qualitativeKind() {
        return kinds.stream().filter(Kind::qualitative).findFirst();
    }

    /** The 一级 heading named {@code name}. */
    public Optional<Heading> heading(String name) {
        return headings.stream().filter(h -> h.name().equals(name)).findFirst();
    }
}
