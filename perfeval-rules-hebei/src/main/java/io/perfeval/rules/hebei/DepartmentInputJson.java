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
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.InputProblems;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Utf8Text;
import io.perfeval.core.rule.Decimals;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
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

    /** Largest document read, in characters: a department form is a few kilobytes. */
    static final int MAX_DOCUMENT = 2_000_000;

    // No default typing (polymorphic type ids are never read), so a document cannot name classes to instantiate.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
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
                .maxNestingDepth(32).maxNumberLength(40).maxStringLength(200_000)
                .maxDocumentLength(MAX_DOCUMENT).build());
    }

    private DepartmentInputJson() {
    }

    /** Reads {@code file} through {@link #text(InputStream, String)}, so a huge or non-UTF-8 file is refused early. */
    public static DepartmentInput read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(text(in, file.toString()), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * The document in {@code in} as text, read as UTF-8 (a byte-order mark is dropped) while counting: a document of
     * more than {@value #MAX_DOCUMENT} characters is refused (J022) once that many have been read, before the rest is in
     * memory, and bytes that are not UTF-8 are refused with their offset, line and column (J021). {@code source} names
     * the document in the problems. Does not close {@code in}.
     */
    public static String text(InputStream in, String source) throws IOException {
        Utf8Text.Result r = Utf8Text.read(in, MAX_DOCUMENT);
        if (r instanceof Utf8Text.Text t) {
            return t.text();
        } else if (r instanceof Utf8Text.NotUtf8 bad) {
            throw new InvalidInputException(List.of(problem("J021", "", source, bad.byteOffset(), bad.line(),
                    bad.column())));
        }
        throw new InvalidInputException(List.of(problem("J022", "", source, MAX_DOCUMENT)));
    }

    /**
     * Parses {@code json}; {@code source} names it in messages (a file name, a resource, "request"). The record is
     * checked by the same validation as {@link DepartmentInput.Builder#build()} (numbers, one source per datum,
     * answers, judgements, projects, shares over 100 %), its problems named by JSON pointer.
     */
    public static DepartmentInput read(String json, String source) {
        return checked(json, source, null);
    }

    /**
     * The record bound from {@code json} without its checks, or null when it cannot be bound: for a reader that
     * collects the document's problems with {@link #readFor} and goes on to what the record carries (a line's 项目自评).
     */
    static DepartmentInput boundOrNull(String json, String source) {
        return parse(json, source, new ArrayList<>());
    }

    /** The document parsed, bound and checked for {@code pack} (null: the checks that need no pack). */
    private static DepartmentInput checked(String json, String source, RulePack pack) {
        List<Problem> problems = new ArrayList<>();
        DepartmentInput input = parse(json, source, problems);
        if (input != null) {
            // the pack's checks need a clean document; an unknown key (J002) is reported with the record's problems
            problems.addAll(DepartmentChecks.check(input, problems.isEmpty() ? pack : null, source,
                    DepartmentChecks.Place.JSON));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return input;
    }

    /** The record bound from {@code json}, or null when it cannot be bound; the document's problems in {@code problems}. */
    private static DepartmentInput parse(String json, String source, List<Problem> problems) {
        DepartmentInput input = null;
        if (json.length() > MAX_DOCUMENT) {
            throw new InvalidInputException(List.of(problem("J016", "", source, json.length(), MAX_DOCUMENT)));
        }
        try {
            // a byte-order mark is not JSON, but editors on Windows write one: it says nothing, so it is dropped
            JsonNode tree = MAPPER.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
            if (tree == null || !tree.isObject()) {
                problems.add(problem("J001", "", source, "顶层必须是 JSON 对象 / the top level must be an object"));
            } else {
                shape(tree, DepartmentInput.class, "", source, problems);
                if (problems.stream().allMatch(p -> p.code().equals("J002"))) {
                    // bound only when every value has the right type (wrong types are reported above, all of them);
                    // unknown keys are ignored by binding, so the checks still run and report together
                    input = MAPPER.treeToValue(tree, DepartmentInput.class);
                }
            }
        } catch (JsonMappingException e) {
            problems.add(problem("J003", pointer(e), where(source, e.getLocation()), pointer(e), e.getOriginalMessage()));
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            // a number of 10^5 digits is over the length limit: found again token by token, to name its path and place
            problems.add(e.getMessage().startsWith("Number value length") ? unreadableNumber(json, source, e.getMessage())
                    : problem("J001", "", where(source, e.getLocation()), e.getOriginalMessage()));
        } catch (NumberFormatException e) {
            // 1e-2147483648, whose scale no BigDecimal holds (Jackson throws this one unwrapped): located as above
            problems.add(unreadableNumber(json, source, e.getMessage()));
        } catch (JsonProcessingException e) {
            problems.add(problem("J001", "", where(source, e.getLocation()), e.getOriginalMessage()));
        }
        return input;
    }

    /**
     * Reads {@code json} for {@code pack} and returns the input to score, or throws one {@link InvalidInputException}
     * with every problem found: those of {@link #read}, an input written for another pack or pack version (规则包 is
     * the pack id, optionally {@code id@版本}), scores with more decimals than the pack's rounding, and every problem
     * the pack's own validation finds (missing data, unknown names with the nearest declared one, counts that are not
     * whole, values out of their declared range), each naming its JSON field. The checks are those of
     * {@link DepartmentInput#toEvaluationInput(RulePack)}, run by the same code. Nothing is scored unless all of it is
     * clean.
     */
    public static EvaluationInput readFor(String json, String source, RulePack pack) {
        return checked(json, source, pack).filled().input();
    }

    /**
     * The JSON Schema (draft 2020-12) of the department input document, with the project input's schema for the
     * 项目自评 a line of 分项绩效项目清单 may carry.
     */
    public static String schema() {
        return DepartmentSchema.text();
    }

    public static String write(DepartmentInput input) {
        try {
            return MAPPER.writeValueAsString(input) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write input as JSON", e);
        }
    }

    /**
     * Every key the records do not declare, every value of the wrong JSON type ("123" for a number, 1 for 是/否),
     * 'NaN'/'Infinity' written as strings, numbers beyond any budget figure and negative numbers — each with its JSON
     * pointer, all at once. Done on the tree rather than through Jackson's callbacks, because Jackson stops at the first
     * mapping error and buffers record properties, which leaves the parser elsewhere when a callback runs.
     */
    private static void shape(JsonNode node, Type type, String at, String source, List<Problem> out) {
        if (node == null || node.isNull()) {
            return; // absent: the pack's validation names every datum it needs (I001)
        }
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw.isRecord()) {
            if (!node.isObject()) {
                out.add(problem("J003", at, source, at, "应为对象，实际为" + kind(node)));
                return;
            }
            Map<String, Type> declared = DECLARED.get(raw);
            node.fields().forEachRemaining(e -> {
                if (InputProblems.full(out)) {
                    return;
                }
                Type child = declared.get(e.getKey());
                String path = at + "/" + e.getKey();
                if (child == null) {
                    out.add(problem("J002", path, source, e.getKey()));
                } else {
                    shape(e.getValue(), child, path, source, out);
                }
            });
        } else if (Map.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            if (!node.isObject()) {
                out.add(problem("J003", at, source, at, "应为对象，实际为" + kind(node)));
                return;
            }
            Type value = p.getActualTypeArguments()[1];
            for (var it = node.fields(); it.hasNext() && !InputProblems.full(out); ) {
                Map.Entry<String, JsonNode> e = it.next();
                shape(e.getValue(), value, at + "/" + e.getKey(), source, out);
            }
        } else if (List.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            if (!node.isArray()) {
                out.add(problem("J003", at, source, at, "应为数组，实际为" + kind(node)));
                return;
            }
            Type element = p.getActualTypeArguments()[0];
            for (int i = 0; i < node.size() && !InputProblems.full(out); i++) {
                shape(node.get(i), element, at + "/" + i, source, out);
            }
        } else if (raw == BigDecimal.class || raw == Integer.class) {
            if (node.isTextual() && NOT_A_NUMBER.matcher(node.asText().strip()).matches()) {
                out.add(problem("J010", at, source, at, node.asText()));
            } else if (!node.isNumber()) {
                out.add(problem("J003", at, source, at, "应为数值，实际为" + kind(node)));
            } else {
                BigDecimal x = node.decimalValue();
                // the typed path's rule for a number (J011, J012), met here before binding so that every one is found
                Problem bad = DepartmentChecks.number(x, at, source, DepartmentChecks.Place.JSON);
                if (bad != null) {
                    out.add(bad);
                } else if (raw == Integer.class && (x.stripTrailingZeros().scale() > 0 || x.compareTo(MAX_INT) > 0)) {
                    out.add(problem("J003", at, source, at, "应为整数，实际为 " + Decimals.shown(x)));
                }
            }
        } else if (raw == JsonNode.class && !node.isObject()) {
            // a carried document (项目自评): its own keys are read by DepartmentEvaluation against its own schema
            out.add(problem("J003", at, source, at, "应为对象，实际为" + kind(node)));
        } else if (raw == Boolean.class && !node.isBoolean()) {
            out.add(problem("J003", at, source, at, "应为 true 或 false，实际为" + kind(node)));
        } else if (raw == String.class && !node.isTextual()) {
            out.add(problem("J003", at, source, at, "应为字符串，实际为" + kind(node)));
        }
    }

    /**
     * The JSON keys a record declares, with their types: fixed per class, so reflected once (reflecting them for every
     * document cost more than a millisecond each, most of the time a Spark job spent per department).
     */
    static final ClassValue<Map<String, Type>> DECLARED = new ClassValue<>() {
        @Override
        protected Map<String, Type> computeValue(Class<?> raw) {
            Map<String, Type> declared = new java.util.HashMap<>();
            COMPONENTS.get(raw).forEach((key, c) -> declared.put(key, c.getGenericType()));
            return Map.copyOf(declared);
        }
    };

    /** The components of a record by their JSON key, reflected once per class. */
    private static final ClassValue<Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> raw) {
            Map<String, RecordComponent> declared = new java.util.HashMap<>();
            for (RecordComponent c : raw.getRecordComponents()) {
                declared.put(key(c), c);
            }
            return Map.copyOf(declared);
        }
    };

    /** The JSON key of a record component: its {@code @JsonProperty}, else its name. */
    static String key(RecordComponent c) {
        // @JsonProperty has no RECORD_COMPONENT target; Java propagates it to the accessor.
        JsonProperty name = c.getAccessor().getAnnotation(JsonProperty.class);
        return name == null ? c.getName() : name.value();
    }

    /** The component of record class {@code raw} whose JSON key is {@code key}, or null. */
    static RecordComponent component(Class<?> raw, String key) {
        return COMPONENTS.get(raw).get(key);
    }

    private static final java.util.regex.Pattern NOT_A_NUMBER =
            java.util.regex.Pattern.compile("(?i)[+-]?(nan|inf|infinity|∞)");
    /** Beyond any budget figure (in 万元 a trillion-fold state budget), or finer than exact scoring needs. */
    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);

    private static String kind(JsonNode node) {
        if (node.isTextual()) {
            String t = node.asText();
            return "字符串「" + (t.length() > 20 ? t.substring(0, 20) + "…" : t) + "」";
        } else if (node.isBoolean()) {
            return "布尔值 " + node.asText();
        } else if (node.isNumber()) {
            return "数值 " + node.asText();
        } else if (node.isArray()) {
            return "数组";
        } else if (node.isObject()) {
            return "对象";
        }
        return node.getNodeType().toString();
    }

    /**
     * The number that made the tree reader fail, found again token by token so that the problem names its JSON path and
     * line: J011 for a number longer than the limit (its first digits and its length quoted), J023 for one whose
     * exponent no {@link BigDecimal} holds. Any other failure is the tree reader's own (J001, {@code why}).
     */
    private static Problem unreadableNumber(String json, String source, String why) {
        try (com.fasterxml.jackson.core.JsonParser p = MAPPER.createParser(json)) {
            while (true) {
                com.fasterxml.jackson.core.JsonToken t;
                try {
                    t = p.nextToken();
                } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
                    String at = p.getParsingContext().pathAsPointer().toString();
                    return problem("J011", at, where(source, p.currentLocation()), at,
                            Decimals.shown(numberAt(json, p.currentTokenLocation())), EvaluationInput.MAX_DECIMALS);
                }
                if (t == null) {
                    break;
                }
                if (t.isNumeric()) {
                    try {
                        p.getDecimalValue();
                    } catch (NumberFormatException e) {
                        String at = p.getParsingContext().pathAsPointer().toString();
                        return problem("J023", at, where(source, p.currentTokenLocation()), at,
                                Decimals.shown(p.getText()));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the tree reader failed on something else; reported as it said below
        }
        return problem("J001", "", source, Decimals.shown(String.valueOf(why)));
    }

    /** The number written at or after {@code where} in {@code json}: its sign, digits, point and exponent. */
    private static String numberAt(String json, JsonLocation where) {
        int from = (int) Math.max(0, Math.min(json.length(), where.getCharOffset()));
        while (from < json.length() && "-0123456789".indexOf(json.charAt(from)) < 0) {
            from++;
        }
        int to = from;
        while (to < json.length() && "+-0123456789.eE".indexOf(json.charAt(to)) >= 0) {
            to++;
        }
        return json.substring(from, to);
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
