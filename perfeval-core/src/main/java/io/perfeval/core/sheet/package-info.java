/**
 * Evaluation results: the {@link io.perfeval.core.sheet.ScoreSheet} with one
 * {@link io.perfeval.core.sheet.IndicatorResult} per indicator, structured {@link io.perfeval.core.sheet.Trace}s that
 * render to Chinese on demand, and {@link io.perfeval.core.sheet.AuditFinding}s for self-scores that disagree with
 * the rules. All immutable. A sheet's scores and statuses can also be read flat, by the indicator index the pack hands
 * out ({@link io.perfeval.core.sheet.ScoreSheet#scores()}, {@link io.perfeval.core.RulePack#indicatorIndex}), which
 * on the evaluator's sheets does not build the tree of results.
 */
package io.perfeval.core.sheet;
