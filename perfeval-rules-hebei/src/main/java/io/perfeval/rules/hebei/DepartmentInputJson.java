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
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.input.EvaluationInput;
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
        if (json.length() > MAX_DOCUMENT) {
            throw new InvalidInputException(List.of(problem("J016", "", source, json.length(), MAX_DOCUMENT)));
        }
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree == null || !tree.isObject()) {
                problems.add(problem("J001", "", source, "顶层必须是 JSON 对象 / the top level must be an object"));
            } else {
                shape(tree, DepartmentInput.class, "", source, problems);
                if (problems.stream().allMatch(p -> p.code().equals("J002"))) {
                    // bound only when every value has the right type (wrong types are reported above, all of them);
                    // unknown keys are ignored by binding, so the checks below still run and report together
                    input = MAPPER.treeToValue(tree, DepartmentInput.class);
                }
            }
        } catch (JsonMappingException e) {
            problems.add(problem("J003", pointer(e), where(source, e.getLocation()), pointer(e), e.getOriginalMessage()));
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

    /**
     * Reads {@code json} for {@code pack} and returns the input to score, or throws one {@link InvalidInputException}
     * with every problem found: those of {@link #read}, an input written for another pack or pack version (规则包 is
     * the pack id, optionally {@code id@版本}), scores with more decimals than the pack's rounding, percentages over
     * 100 % where a share cannot exceed it, and every problem the pack's own validation finds (missing data, negative
     * amounts, counts that are not whole), each naming its JSON field. Nothing is scored unless all of it is clean.
     */
    public static EvaluationInput readFor(String json, String source, RulePack pack) {
        // a document that cannot be read throws here with all of its own problems; the pack's checks need a document
        DepartmentInput in = read(json, source);
        List<Problem> problems = new ArrayList<>();
        String wanted = pack.info().id();
        if (in.packId() == null || in.packId().isBlank()) {
            problems.add(problem("J013", "/规则包", source, wanted + "@" + pack.info().version()));
        } else {
            String[] idVersion = in.packId().strip().split("@", 2);
            if (!idVersion[0].equals(wanted) || (idVersion.length == 2 && !idVersion[1].equals(pack.info().version()))) {
                problems.add(problem("J014", "/规则包", source, in.packId(), wanted + "@" + pack.info().version()));
            }
        }
        int scale = pack.rounding().scoreScale();
        if (in.judgements() != null) {
            in.judgements().forEach((name, j) -> {
                if (j != null && j.score() != null) {
                    decimals(j.score(), scale, "/酌情得分/" + name + "/得分", source, problems);
                }
            });
        }
        if (in.selfScores() != null) {
            in.selfScores().forEach((name, x) -> decimals(x, scale, "/自评得分/" + name, source, problems));
        }
        decimals(in.selfTotal(), scale, "/自评合计", source, problems);
        atMostHundred(in.satisfaction(), "/社会公众满意度", source, problems);
        if (in.schedule() != null) {
            in.schedule().forEach((period, x) -> atMostHundred(x, "/序时进度/" + period, source, problems));
        }
        EvaluationInput input = in.toEvaluationInput();
        for (Problem p : pack.validate(input)) {
            if (p.isError()) {
                String at = pointerOf(p.code(), p.subject());
                problems.add(problem("J015", at, source, at, p.code(), p.message(), p.englishMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return input;
    }

    private static void decimals(BigDecimal x, int scale, String at, String source, List<Problem> out) {
        if (x != null && x.stripTrailingZeros().scale() > scale) {
            out.add(problem("J017", at, source, at, x.toPlainString(), scale));
        }
    }

    private static void atMostHundred(BigDecimal x, String at, String source, List<Problem> out) {
        if (x != null && x.compareTo(HUNDRED) > 0) {
            out.add(problem("J018", at, source, at, x.toPlainString()));
        }
    }

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** Where a datum of the Shijiazhuang pack comes from in the JSON form, for messages. */
    private static final Map<String, String> POINTERS = Map.ofEntries(
            Map.entry("年初预算数", "/预算/年初预算数"), Map.entry("调整后预算数", "/预算/调整后预算数"),
            Map.entry("可剔除的预算调整数", "/预算/可剔除的预算调整数"), Map.entry("收入预算数", "/预算/收入预算数"),
            Map.entry("年初结转和结余", "/决算/年初结转和结余"), Map.entry("收入预算完成数", "/决算/本年收入"),
            Map.entry("本年支出", "/决算/本年支出"), Map.entry("支出进度", "/支出进度"), Map.entry("序时进度", "/序时进度"),
            Map.entry("三公经费预算数", "/三公经费/预算数"), Map.entry("三公经费实际支出数", "/三公经费/实际支出数"),
            Map.entry("政府采购预算数", "/政府采购/预算数"), Map.entry("实际政府采购金额", "/政府采购/实际金额"),
            Map.entry("总体绩效目标合格", "/绩效目标/总体绩效目标合格"),
            Map.entry("分项绩效目标合格", "/绩效目标/分项绩效目标合格"),
            Map.entry("不合格项目目标数", "/分项绩效项目清单"), Map.entry("已自评项目数", "/分项绩效项目清单"),
            Map.entry("应自评项目数", "/分项绩效项目清单"), Map.entry("意见建议采纳数", "/意见建议/采纳数"),
            Map.entry("意见建议总数", "/意见建议/总数"), Map.entry("社会公众满意度", "/社会公众满意度"));

    private static String pointerOf(String code, String datum) {
        switch (code) {
            case "I010", "I011", "I012", "I017":
                return "/酌情得分/" + datum;
            case "I013", "I014":
                return "/自评得分/" + datum;
            case "I006", "I007":
                return "/检查清单/" + datum;
            default:
                break;
        }
        String base = datum.contains("[") ? datum.substring(0, datum.indexOf('[')) : datum;
        String p = POINTERS.get(base);
        if (p != null) {
            return datum.contains("[") ? p + "/" + datum.substring(datum.indexOf('[') + 1, datum.length() - 1) : p;
        }
        return "/" + datum; // a checklist, 是否事项 or 产出数量 entry, a judgement or self-score: named as written
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
            node.fields().forEachRemaining(e -> shape(e.getValue(), value, at + "/" + e.getKey(), source, out));
        } else if (List.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            if (!node.isArray()) {
                out.add(problem("J003", at, source, at, "应为数组，实际为" + kind(node)));
                return;
            }
            Type element = p.getActualTypeArguments()[0];
            for (int i = 0; i < node.size(); i++) {
                shape(node.get(i), element, at + "/" + i, source, out);
            }
        } else if (raw == BigDecimal.class || raw == Integer.class) {
            if (node.isTextual() && NOT_A_NUMBER.matcher(node.asText().strip()).matches()) {
                out.add(problem("J010", at, source, at, node.asText()));
            } else if (!node.isNumber()) {
                out.add(problem("J003", at, source, at, "应为数值，实际为" + kind(node)));
            } else {
                BigDecimal x = node.decimalValue();
                if (!EvaluationInput.withinLimits(x)) {
                    out.add(problem("J011", at, source, at, node.asText(), EvaluationInput.MAX_DECIMALS));
                } else if (x.signum() < 0) {
                    // every figure of the department form is an amount, a count, a percentage or a score
                    out.add(problem("J012", at, source, at, x.toPlainString()));
                } else if (raw == Integer.class && (x.stripTrailingZeros().scale() > 0 || x.compareTo(MAX_INT) > 0)) {
                    out.add(problem("J003", at, source, at, "应为整数，实际为 " + x.toPlainString()));
                }
            }
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
            for (RecordComponent c : raw.getRecordComponents()) {
                // @JsonProperty has no RECORD_COMPONENT target; Java propagates it to the accessor.
                JsonProperty name = c.getAccessor().getAnnotation(JsonProperty.class);
                declared.put(name == null ? c.getName() : name.value(), c.getGenericType());
            }
            return Map.copyOf(declared);
        }
    };

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
