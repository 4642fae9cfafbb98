/**
 * Hebei rule packs, the typed department self-evaluation input model and its JSON binding, and a department scored
 * together with the projects of its list that carry their own 项目支出绩效自评表 ({@link
 * io.perfeval.rules.hebei.DepartmentEvaluation}, which scores them with the project template of {@code
 * io.perfeval.rules.national}). Depends on perfeval-dsl and perfeval-core.
 */
package io.perfeval.rules.hebei;
