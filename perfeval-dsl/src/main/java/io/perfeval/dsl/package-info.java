/**
 * The perfeval rule-pack language: a Chinese scoring-rule DSL in which official 评价标准 text compiles as written.
 *
 * <p>Public API: {@link io.perfeval.dsl.PackCompiler} (compile a string, file or class-path resource),
 * {@link io.perfeval.dsl.CompileResult} (the pack and every problem), {@link io.perfeval.dsl.Diagnostics} (caret
 * rendering under Chinese text) and {@link io.perfeval.dsl.PackPrinter} (canonical text that compiles back to an
 * equal pack). Everything else here is internal: the parse-tree reader ({@code PackReader}), the criterion word
 * lexer and clause reader ({@code CriterionLexer}, {@code CriterionCompiler}) and their helpers. The generated ANTLR
 * parser lives in {@code io.perfeval.dsl.gen} and only in {@code target/}.
 *
 * <p>Source positions are not part of rule equality: they live in the pack's source map (see
 * {@link io.perfeval.core.RulePack#sourceMap()}), so a printed and re-parsed pack compares equal.
 *
 * <p>The language reference is {@code perfeval-dsl/README.md}.
 */
package io.perfeval.dsl;
