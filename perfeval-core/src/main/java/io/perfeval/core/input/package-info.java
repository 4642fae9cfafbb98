/**
 * Evaluation inputs: declared data as {@link io.perfeval.core.input.Value}s, judgement scores with reasons, and
 * self-reported scores for the audit. Inputs are plain values; they are checked against a pack's declarations by
 * {@link io.perfeval.core.RulePack#validate} before anything is scored. An input is built by name
 * ({@link io.perfeval.core.input.EvaluationInput#builder()}) or by slot with the builder a pack hands out
 * ({@link io.perfeval.core.RulePack#inputBuilder()}), which that pack reads without looking a name up.
 */
package io.perfeval.core.input;
