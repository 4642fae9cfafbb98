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
 * read later is the hash of what was scored. A hash is held as its Supplier until first read and then as its String (a
 * benign race, as in {@link TraceEntry}: every thread computes the same String). Immutable and thread-safe; equality
 * is over the five values.
 */
public final class EvaluationRecord {

    private final String packId;
    private final String packVersion;
    /** Each hash as its String, or as the Supplier that computes it until first read. */
    private Object packHash;
    private Object inputHash;
    private final String libraryVersion;

    public EvaluationRecord(String packId, String packVersion, String packHash, String inputHash,
                            String libraryVersion) {
        this(packId, packVersion, (Object) Objects.requireNonNull(packHash, "packHash"),
                Objects.requireNonNull(inputHash, "inputHash"), libraryVersion);
    }

    private EvaluationRecord(String packId, String packVersion, Object packHash, Object inputHash,
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
    static EvaluationRecord deferred(String packId, String packVersion, Supplier<String> packHash,
                                            Supplier<String> inputHash, String libraryVersion) {
        return new EvaluationRecord(packId, packVersion, (Object) Objects.requireNonNull(packHash, "packHash"),
                Objects.requireNonNull(inputHash, "inputHash"), libraryVersion);
    }

    public String packId() {
        return packId;
    }

    public String packVersion() {
        return packVersion;
    }

    /** SHA-256 (hex) of the pack's canonical content. */
    public String packHash() {
        Object h = packHash;
        return h instanceof String s ? s : (String) (packHash = LazyText.word(h));
    }

    /** SHA-256 (hex) of the input's canonical encoding. */
    public String inputHash() {
        Object h = inputHash;
        return h instanceof String s ? s : (String) (inputHash = LazyText.word(h));
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
