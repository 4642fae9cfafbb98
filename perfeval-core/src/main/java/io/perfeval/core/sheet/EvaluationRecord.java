package io.perfeval.core.sheet;

import java.util.Objects;

/**
 * What an audited result needs to be reproduced later: which pack (id, version and the SHA-256 of its canonical
 * content), which input (the SHA-256 of its canonical encoding) and which library version scored it. Two evaluations
 * with the same three hashes and version give byte-identical sheets.
 *
 * <p>The hashes are over perfeval-core's own canonical encoding of the pack's rule tree and of the input (see
 * {@code RELIABILITY.md} in perfeval-core), not over a file's text: comments, layout and alias spellings do not change
 * them, and a pack built in code has one too. Any change to what scores — a threshold, a 分值, a rounding, a
 * 不适用条件 — changes the pack hash.
 */
public record EvaluationRecord(String packId, String packVersion, String packHash, String inputHash,
                               String libraryVersion) {

    public EvaluationRecord {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(packVersion, "packVersion");
        Objects.requireNonNull(packHash, "packHash");
        Objects.requireNonNull(inputHash, "inputHash");
        Objects.requireNonNull(libraryVersion, "libraryVersion");
    }

    /** One line for sheets and logs: 规则包 id 版本 · pack sha256:… · input sha256:… · perfeval x.y.z. */
    public String render() {
        return "规则包 " + packId + " " + packVersion + " · pack sha256:" + packHash + " · input sha256:" + inputHash
                + " · perfeval " + libraryVersion;
    }
}
