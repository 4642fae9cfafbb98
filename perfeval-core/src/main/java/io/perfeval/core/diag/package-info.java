/**
 * Diagnostics shared by every perfeval module: {@link io.perfeval.core.diag.Problem} values with stable codes and
 * bilingual messages (resource bundles {@code messages_zh_CN.properties} for pack authors and {@code messages.properties}
 * in English for developers), and the exceptions thrown at the edge that carry all problems at once.
 */
package io.perfeval.core.diag;
