/**
 * Evaluation results: the {@link io.perfeval.core.sheet.ScoreSheet} with one
 * {@link io.perfeval.core.sheet.IndicatorResult} per indicator, structured {@link io.perfeval.core.sheet.Trace}s that
 * render to Chinese on demand, and {@link io.perfeval.core.sheet.AuditFinding}s for self-scores that disagree with
 * the rules. All immutable.
 */
package io.perfeval.core.sheet;
