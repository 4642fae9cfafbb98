package io.perfeval.core.sheet;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What an audited result needs to be reproduced later: which pack (id, version and the SHA-256 of its canonical
 * content), which input (the SHA-256 of its canonical encoding) and which library version scored it. Two evaluations
 * with the same three hashes and version give byte-identical sheets.
 *
 * <p>The hashes are over perfeval-core's own canonical encoding of the pack's rule tree and of the input (see
 * {@code RELIABILITY.md} in perfeval-core), not over a file's text: comments, layout and alias spellings do not change
 * them, and a pack built in code has one too. Any change to what scores — a threshold, a 分值, a rounding, a
 * 不适用条件 — changes the pack hash.
 *
 * <p>The evaluator makes records whose hashes are computed on first read ({@link #deferred}) and then kept: hashing an
 * input costs more than scoring it, and a batch seldom reads every record. Packs and inputs are immutable, so a hash
 * read later is the hash of what was scored. Immutable and thread-safe; equality is over the five values.
 */
public final class EvaluationRecord {

    private final String packId;
    private final String packVersion;
    private final LazyText packHash;
    private final LazyText inputHash;
    private final String libraryVersion;

    public EvaluationRecord(String packId, String packVersion, String packHash, String inputHash,
                            String libraryVersion) {
        this(packId, packVersion, LazyText.of(Objects.requireNonNull(packHash, "packHash")),
                LazyText.of(Objects.requireNonNull(inputHash, "inputHash")), libraryVersion);
    }

    private EvaluationRecord(String packId, String packVersion, LazyText packHash, LazyText inputHash,
                             String libraryVersion) {
        this.packId = Objects.requireNonNull(packId, "packId");
        this.packVersion = Objects.requireNonNull(packVersion, "packVersion");
        this.packHash = packHash;
        this.inputHash = inputHash;
        this.libraryVersion = Objects.requireNonNull(libraryVersion, "libraryVersion");
    }

    /**
     * A record whose hashes are computed when first read (each at most once per record, by any thread). The suppliers
     * must be pure: they are called outside any lock and may, under a race, be called twice with the same result.
     */
    public static EvaluationRecord deferred(String packId, String packVersion, Supplier<String> packHash,
                                            Supplier<String> inputHash, String libraryVersion) {
        return new EvaluationRecord(packId, packVersion, LazyText.deferred(packHash), LazyText.deferred(inputHash),
                libraryVersion);
    }

    public String packId() {
        return packId;
    }

    public String packVersion() {
        return packVersion;
    }

    /** SHA-256 (hex) of the pack's canonical content. */
    public String packHash() {
        return packHash.get();
    }

    /** SHA-256 (hex) of the input's canonical encoding. */
    public String inputHash() {
        return inputHash.get();
    }

    public String libraryVersion() {
        return libraryVersion;
    }

    /** One line for sheets and logs: 规则包 id 版本 · pack sha256:… · input sha256:… · perfeval x.y.z. */
    public String render() {
        return "规则包 " + packId + " " + packVersion + " · pack sha256:" + packHash() + " · input sha256:"
                + inputHash() + " · perfeval " + libraryVersion;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof EvaluationRecord r && packId.equals(r.packId)
                && packVersion.equals(r.packVersion) && libraryVersion.equals(r.libraryVersion)
                && packHash().equals(r.packHash()) && inputHash().equals(r.inputHash());
    }

    @Override
    public int hashCode() {
        return Objects.hash(packId, packVersion, packHash(), inputHash(), libraryVersion);
    }

    @Override
    public String toString() {
        return "EvaluationRecord[packId=" + packId + ", packVersion=" + packVersion + ", packHash=" + packHash()
                + ", inputHash=" + inputHash() + ", libraryVersion=" + libraryVersion + "]";
    }
}
