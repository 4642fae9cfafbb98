package io.perfeval.examples.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What an executor needs to compile the pack itself: a registered pack's id, or a {@code .perfeval} text with its file
 * name. This small record is what the job broadcasts, never a compiled {@code RulePack} (a Java object graph); each
 * executor JVM compiles it once and keeps it under {@link #key()}.
 *
 * @param id       the registered pack's id, or null for a text
 * @param text     the pack's source text, or null for a registered pack
 * @param fileName the text's file name, for locations in problems ({@code ""} for a registered pack)
 * @param key      what the compiled pack is cached under: {@code registry:ID} or {@code sha256:HEX} of the text
 * @param packHash the compiled pack's content hash as the driver computed it (null until then): an executor whose
 *                 compile gives another hash (another jar, another registry) scores nothing with it
 */
public record PackSpec(String id, String text, String fileName, String key, String packHash) implements Serializable {

    private static final long serialVersionUID = 1L;

    public PackSpec {
        if ((id == null) == (text == null)) {
            throw new IllegalArgumentException("a pack is given by id or by text, exactly one of them");
        }
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(key, "key");
    }

    /** A pack of the class-path registry ({@code PackRegistry.fromClassPath()}), by id. */
    public static PackSpec registered(String id) {
        return new PackSpec(id, null, "", "registry:" + id, null);
    }

    /** A pack given as {@code .perfeval} text. */
    public static PackSpec source(String text, String fileName) {
        return new PackSpec(null, text, fileName, "sha256:" + sha256(text), null);
    }

    /** This spec, carrying the content hash executors must reproduce. */
    PackSpec withPackHash(String hash) {
        return new PackSpec(id, text, fileName, key, hash);
    }

    /** How the pack was named: its id, or its file name. */
    String shown() {
        return id != null ? id : fileName;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }
}
