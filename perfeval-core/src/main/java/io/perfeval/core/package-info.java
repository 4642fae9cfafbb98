/**
 * perfeval-core: the indicator system ({@link io.perfeval.core.RulePack}, {@link io.perfeval.core.Indicator}), declared
 * input data and measures, and the exact evaluator. The rule tree lives in {@code io.perfeval.core.rule}, inputs in
 * {@code io.perfeval.core.input}, results in {@code io.perfeval.core.sheet}, diagnostics in
 * {@code io.perfeval.core.diag}. A pack whose indicators each project declares (项目支出绩效自评表) carries an
 * {@link io.perfeval.core.IndicatorTemplate}; {@link io.perfeval.core.RulePack#bind} places one project's
 * {@link io.perfeval.core.DeclaredIndicator}s under it and gives an ordinary pack.
 *
 * <p>Depends on nothing of ours and on no library at all (the build bans ANTLR and every other perfeval module here).
 * Everything public is immutable; all arithmetic is exact decimal with declared rounding: {@link java.math.BigDecimal},
 * or internally scaled {@code long}s where they give the very same number ({@code Scaled}), never doubles.
 */
package io.perfeval.core;
