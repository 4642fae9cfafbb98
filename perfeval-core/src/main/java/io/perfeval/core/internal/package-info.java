/**
 * <strong>Not API.</strong> What perfeval-core's own packages share with each other and with nobody else; left out of
 * the Javadoc and of the public API list, and may change in any release.
 */
package io.perfeval.core.internal;
