/**
 * The national project self-evaluation template (项目支出绩效自评表, 财预〔2020〕10号) and the typed input of a
 * project self-evaluation with its JSON binding. It lives in perfeval-rules-hebei because the repository's top level is
 * fixed (no new module) and the Hebei packs and cases are its first users; the package keeps it apart from the Hebei
 * packs so that a national module can take it over unchanged.
 */
package io.perfeval.rules.national;
