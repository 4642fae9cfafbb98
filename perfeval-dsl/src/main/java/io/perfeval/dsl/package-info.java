/**
 * The perfeval rule-pack language: a Chinese scoring-rule DSL in which official 评价标准 text compiles as written.
 *
 * <p>Public API: {@link io.perfeval.dsl.PackCompiler} (compile a string, file or class-path resource),
 * {@link io.perfeval.dsl.CompileResult} (the pack and every problem), {@link io.perfeval.dsl.Diagnostics} (caret
 * rendering under Chinese text) and {@link io.perfeval.dsl.PackPrinter} (canonical text that compiles back to an
 * equal pack). Everything else here is internal: the pack file's parse-tree reader ({@code PackReader}, with
 * {@code RuleForm} for the canonical rule form of 规则：, {@code TemplateReader} for 指标模板) and the
 * criterion reader — the token source ({@code CriterionTokens}, over the text as read, {@code NormalText}, with
 * {@code TextAhead} for what the text holds after a position) over the
 * pack's names and the phrase lexicon ({@code Lexicon}, {@code criterion-lexicon.txt}), the criterion grammar ({@code CriterionParser.g4}), the parse
 * tree made into typed parts ({@code PartsBuilder}, with {@code Conditions} for conditions and formulas;
 * {@code Parts}), and the readings that assemble them into a rule ({@code Readings}: {@code PartsInOrder} reads the
 * parts in order into clauses, with {@code Deductions} for deductions, steps, limits and bonuses, into
 * {@code Collected}; {@code RuleAssembly} assembles the rule from it, with {@code OrderedClauses} for ordered clauses,
 * {@code Steps} for the step readings, {@code ItemScores} for awards and levels, {@code SumReading} for 分项计分, and
 * {@code Items} for the items the evaluator answers), and the grammars' prediction tables
({@code PredictionTable}, written by {@code PredictionTableWriter} during the build). Depends on perfeval-core
 * only (and the ANTLR runtime). The ANTLR lexer, parsers and visitors are generated into this package, only in
 * {@code target/}, and made package-private by the build: they are not part of the API.
 *
 * <p>Source positions are not part of rule equality: they live in the pack's source map (see
 * {@link io.perfeval.core.RulePack#sourceMap()}), so a printed and re-parsed pack compares equal.
 *
 * <p>The language reference is {@code perfeval-dsl/README.md}.
 */
package io.perfeval.dsl;
