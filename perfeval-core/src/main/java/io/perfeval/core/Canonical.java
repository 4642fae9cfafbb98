package io.perfeval.core;

import io.perfeval.core.input.EvaluationInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The canonical encoding behind the evaluation record's hashes. The core cannot see the DSL's printer, and packs built
 * in code need a hash too, so the encoding is defined over the core's own value types: every record as its type and
 * components in declaration order, numbers as plain decimals without trailing zeros, strings quoted and escaped,
 * maps of input data sorted by key. Nothing in it depends on the default locale, the platform or hash-map order.
 */
final class Canonical {

    /** The library version, from the build-filtered resource ("unknown" when run from an unfiltered tree). */
    static final String LIBRARY_VERSION = readVersion();

    /** Record components per class, looked up once: getRecordComponents copies and allocates on every call. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private Canonical() {
    }

    static String packHash(RulePack p) {
        StringBuilder out = new StringBuilder("perfeval-pack/1\n");
        encode(p.info(), out);
        encode(p.rounding(), out);
        encode(p.grades(), out);
        encode(p.totalScore(), out);
        encode(p.notApplicablePolicy(), out);
        if (p.bonusPolicy() != BonusPolicy.WITHIN_MAX || p.maxTotal().isPresent()) {
            // only when declared: the hashes of packs without bonus points stay what they were
            encode(p.bonusPolicy(), out);
            encode(p.maxTotal().orElse(null), out);
        }
        encode(p.fields(), out);
        encode(p.measures(), out);
        encode(p.indicators(), out);
        if (p.template().isPresent()) {
            encode(p.template().get(), out); // only when declared: other packs' hashes stay what they were
        }
        return sha256(out.toString());
    }

    static String inputHash(EvaluationInput in) {
        StringBuilder out = new StringBuilder("perfeval-input/1\n");
        encode(in.entity(), out);
        encode(new TreeMap<>(in.data()), out);
        encode(new TreeMap<>(in.judgements()), out);
        encode(new TreeMap<>(in.selfScores()), out);
        encode(in.selfTotal().orElse(null), out);
        return sha256(out.toString());
    }

    static void encode(Object o, StringBuilder out) {
        if (o == null) {
            out.append("null");
        } else if (o instanceof String s) {
            out.append('"');
            // char by char: surrogates are above 0x20 and pass through in pairs, as code points would
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        } else if (o instanceof BigDecimal d) {
            out.append(d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
        } else if (o instanceof Integer || o instanceof Long || o instanceof Boolean) {
            out.append(o);
        } else if (o instanceof Enum<?> e) {
            out.append(e.getDeclaringClass().getName()).append('.').append(e.name());
        } else if (o instanceof List<?> l) {
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                encode(l.get(i), out);
            }
            out.append(']');
        } else if (o instanceof Map<?, ?> m) {
            // maps in the value types are sorted (TreeMap) or insertion-ordered by declaration; sort for certainty
            Map<String, Object> sorted = new TreeMap<>();
            m.forEach((k, v) -> {
                StringBuilder key = new StringBuilder();
                encode(k, key);
                sorted.put(key.toString(), v);
            });
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(e.getKey()).append(':');
                encode(e.getValue(), out);
            }
            out.append('}');
        } else if (o instanceof Record r) {
            out.append(r.getClass().getName()).append('(');
            RecordComponent[] cs = COMPONENTS.get(r.getClass());
            for (int i = 0; i < cs.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cs[i].getName()).append('=');
                try {
                    encode(cs[i].getAccessor().invoke(r), out);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + cs[i], e);
                }
            }
            out.append(')');
        } else {
            // every value type of the core is a record, an enum or one of the above; anything else is a bug here
            throw new IllegalStateException("no canonical encoding for " + o.getClass().getName());
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static String readVersion() {
        try (InputStream in = Canonical.class.getResourceAsStream("perfeval-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
