package io.perfeval.rules.hebei;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes {@link DepartmentInput} as JSON with Chinese keys. Reading is strict and says where: malformed
 * JSON, a duplicate key, a wrong type, every unknown key, every checklist answer other than 符合/不符合, judgements
 * without score or reason, and projects without name or amounts are reported together as one
 * {@link InvalidInputException} whose problems name the JSON path (code J…). Numbers are read exactly as
 * {@link BigDecimal}; NaN and Infinity are not JSON and are rejected.
 */
public final class DepartmentInputJson {

    static final String BUNDLE = "io.perfeval.rules.hebei.messages";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // found by unknownKeys instead, all at once
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Keep 10.00 as written: the default node factory strips trailing zeros (10.00 → 1E+1).
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(32).maxNumberLength(40).maxStringLength(200_000).build());
    }

    private DepartmentInputJson() {
    }

    public static DepartmentInput read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Parses {@code json}; {@code source} names it in messages (a file name, a resource, "request"). */
    public static DepartmentInput read(String json, String source) {
        List<Problem> problems = new ArrayList<>();
        DepartmentInput input = null;
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree == null || !tree.isObject()) {
                problems.add(problem("J001", "", source, "顶层必须是 JSON 对象 / the top level must be an object"));
            } else {
                unknownKeys(tree, DepartmentInput.class, "", source, problems);
                input = MAPPER.treeToValue(tree, DepartmentInput.class);
            }
        } catch (JsonMappingException e) {
            problems.add(problem("J003", pointer(e), where(source, e.getLocation()), e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            problems.add(problem("J001", "", where(source, e.getLocation()), e.getOriginalMessage()));
        }
        if (input != null) {
            check(input, source, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return input;
    }

    public static String write(DepartmentInput input) {
        try {
            return MAPPER.writeValueAsString(input) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write input as JSON", e);
        }
    }

    /** What Jackson cannot see: answers, judgements and projects that are present but unusable. */
    private static void check(DepartmentInput in, String source, List<Problem> problems) {
        if (in.checklists() != null) {
            for (Map.Entry<String, List<String>> e : in.checklists().entrySet()) {
                List<String> answers = e.getValue() == null ? List.of() : e.getValue();
                for (int i = 0; i < answers.size(); i++) {
                    String a = answers.get(i);
                    if (!DepartmentInput.MET.equals(a) && !DepartmentInput.NOT_MET.equals(a)) {
                        problems.add(problem("J005", "/检查清单/" + e.getKey() + "/" + i, source, i + 1, a));
                    }
                }
            }
        }
        if (in.judgements() != null) {
            in.judgements().forEach((name, j) -> {
                if (j == null || j.score() == null || j.reason() == null || j.reason().isBlank()) {
                    problems.add(problem("J006", "/酌情得分/" + name, source, name));
                }
            });
        }
        if (in.projects() != null) {
            for (int i = 0; i < in.projects().size(); i++) {
                DepartmentInput.Project p = in.projects().get(i);
                String at = "/分项绩效项目清单/" + i;
                if (p == null || p.name() == null || p.name().isBlank() || p.budget() == null || p.executed() == null) {
                    problems.add(problem("J007", at, source, i + 1));
                    continue;
                }
                for (BigDecimal amount : new BigDecimal[] {p.budget(), p.executed(), p.returned()}) {
                    if (amount != null && amount.signum() < 0) {
                        problems.add(problem("J008", at, source, p.name(), amount.toPlainString()));
                    }
                }
            }
        }
    }

    /**
     * Every key the records do not declare, with its JSON pointer. Done on the tree rather than through Jackson's
     * unknown-property callback, because records are bound through their constructor and Jackson buffers their
     * properties, which leaves the parser elsewhere when the callback runs.
     */
    private static void unknownKeys(JsonNode node, Type type, String at, String source, List<Problem> out) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw.isRecord() && node.isObject()) {
            Map<String, Type> declared = new java.util.HashMap<>();
            for (RecordComponent c : raw.getRecordComponents()) {
                // @JsonProperty has no RECORD_COMPONENT target; Java propagates it to the accessor.
                JsonProperty name = c.getAccessor().getAnnotation(JsonProperty.class);
                declared.put(name == null ? c.getName() : name.value(), c.getGenericType());
            }
            node.fields().forEachRemaining(e -> {
                Type child = declared.get(e.getKey());
                String path = at + "/" + e.getKey();
                if (child == null) {
                    out.add(problem("J002", path, source, e.getKey()));
                } else {
                    unknownKeys(e.getValue(), child, path, source, out);
                }
            });
        } else if (Map.class.isAssignableFrom(raw) && node.isObject() && type instanceof ParameterizedType p) {
            Type value = p.getActualTypeArguments()[1];
            node.fields().forEachRemaining(e -> unknownKeys(e.getValue(), value, at + "/" + e.getKey(), source, out));
        } else if (List.class.isAssignableFrom(raw) && node.isArray() && type instanceof ParameterizedType p) {
            Type element = p.getActualTypeArguments()[0];
            for (int i = 0; i < node.size(); i++) {
                unknownKeys(node.get(i), element, at + "/" + i, source, out);
            }
        }
    }

    /** The JSON pointer of a mapping error: {@code /预算/收入预算数}, {@code /分项绩效项目清单/3/执行数}. */
    private static String pointer(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            out.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        return out.toString();
    }

    private static String where(String source, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return source;
        }
        return source + ":" + location.getLineNr() + ":" + location.getColumnNr();
    }

    private static Problem problem(String code, String path, String where, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = where;
        System.arraycopy(args, 0, all, 1, args.length);
        return Problem.of(BUNDLE, code, Severity.ERROR, path, null, all);
    }
}
