/**
 * Evaluation inputs: declared data as {@link io.perfeval.core.input.Value}s, judgement scores with reasons, and
 * self-reported scores for the audit. Inputs are plain values; they are checked against a pack's declarations by
 * {@link io.perfeval.core.RulePack#validate} before anything is scored.
 */
package io.perfeval.core.input;
