/**
 * Hebei rule packs, the typed department self-evaluation input model and its JSON binding, and a department scored
 * together with the projects of its list that carry their own 项目支出绩效自评表 ({@link
 * io.perfeval.rules.hebei.DepartmentEvaluation}, which scores them with the project template of {@code
 * io.perfeval.rules.national}). Depends on perfeval-dsl and perfeval-core. The typed input ({@link
 * io.perfeval.rules.hebei.DepartmentInput.Builder}) and the JSON document ({@link
 * io.perfeval.rules.hebei.DepartmentInputJson}) are checked by one validation (package-private
 * {@code DepartmentChecks}): the same codes and messages, located by the record's key path or by JSON pointer; the
 * builder's keyed-section names are the constants of {@link io.perfeval.rules.hebei.ShijiazhuangKeys}.
 */
package io.perfeval.rules.hebei;
