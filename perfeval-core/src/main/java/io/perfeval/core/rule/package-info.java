/**
 * The rule tree: what a 评价标准 compiles to. Sealed interfaces of records — {@link io.perfeval.core.rule.Rule},
 * {@link io.perfeval.core.rule.Condition}, {@link io.perfeval.core.rule.Expr},
 * {@link io.perfeval.core.rule.DeductionTerm}, {@link io.perfeval.core.rule.Points} — with structural equality and no
 * source positions (those live in the pack's source map, so a printed and re-parsed tree compares equal).
 * Numbers are {@link io.perfeval.core.rule.Quantity} values with a {@link io.perfeval.core.rule.Unit}.
 */
package io.perfeval.core.rule;
