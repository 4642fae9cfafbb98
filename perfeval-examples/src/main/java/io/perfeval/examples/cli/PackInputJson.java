package io.perfeval.examples.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.input.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The input of any pack as one JSON document, for the packs that have no typed model of their own (every pack but
 * the Hebei one): {@code 数据} holds the pack's declared data under their declared names — exactly the object that
 * {@code perfeval schema --pack ID} describes — beside the same envelope keys the Hebei input uses:
 *
 * <pre>{"规则包": "hunan/yueyang/department", "单位名称": "…",
 *  "数据": {"在职人员控制率": 102.5, "资金使用合规性": ["符合", "符合", "不符合", "符合", "符合"], …},
 *  "酌情得分": {"指标": {"得分": 1.5, "理由": "…"}}, "自评得分": {"指标": 5}, "自评合计": 30}</pre>
 *
 * Values are read by their JSON shape (number, boolean, array of 符合/不符合, object of period → number); whether each
 * matches what the pack declares is the pack's own input check (I…), which names the datum and suggests a near name.
 * Numbers are read as exact decimals, never through {@code double}. Every structural problem is reported at once,
 * each with its JSON path.
 */
final class PackInputJson {

    /** The key that tells this document from a Hebei {@code DepartmentInput}. */
    static final String DATA = "数据";

    /** The Hebei reader's limit, kept the same for both kinds of input. */
    private static final int MAX_DOCUMENT = 2_000_000;

    private static final List<String> KEYS = List.of("规则包", "单位名称", DATA, "酌情得分", "自评得分", "自评合计");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        // the Hebei reader's limits: a number of more than 40 characters is refused (J011, located) before it is a
        // BigDecimal, whichever kind of document it is in
        MAPPER.getFactory().setStreamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                .maxNestingDepth(32).maxNumberLength(40).maxStringLength(200_000)
                .maxDocumentLength(MAX_DOCUMENT).build());
    }

    /** The document read: the pack it names (may be null) and the evaluation input. */
    record Read(String packId, EvaluationInput input) {
    }

    private final String source;
    private final List<Problem> problems = new ArrayList<>();
    private String packId;

    private PackInputJson(String source) {
        this.source = source;
    }

    /**
     * The parsed tree, or null when the text is too long or not JSON: the Hebei reader then reports that, with its own
     * codes (J016, J001), so a malformed document gets the same message whichever kind it was meant to be.
     */
    static JsonNode tree(String text) {
        if (text.length() > MAX_DOCUMENT) {
            return null;
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException | NumberFormatException e) {
            // NumberFormatException: 1e-2147483648, whose scale no BigDecimal holds, which Jackson throws unwrapped
            return null;
        }
    }

    /** Whether {@code root} is a generic pack input (it has {@value #DATA}) rather than a Hebei one. */
    static boolean isPackInput(JsonNode root) {
        return root != null && root.isObject() && root.has(DATA);
    }

    /** Reads the document; throws {@link InvalidInputException} with every problem when it is malformed. */
    static Read read(JsonNode root, String source) {
        return new PackInputJson(source).readDocument(root);
    }

    private Read readDocument(JsonNode root) {
        EvaluationInput.Builder b = EvaluationInput.builder();
        if (!root.isObject()) {
            fail("$", "一个 JSON 对象 / a JSON object", root);
            throw new InvalidInputException(problems);
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                problems.add(CliProblems.problem("X010", source, "$." + key, String.join("、", KEYS)));
            }
        }
        optional(root, "规则包", JsonNode::isTextual, "字符串 / a string", n -> packId = n.asText());
        optional(root, "单位名称", JsonNode::isTextual, "字符串 / a string", n -> b.entity(n.asText()));
        JsonNode data = root.get(DATA);
        if (data.isObject()) {
            data.fields().forEachRemaining(e -> value("$.数据." + e.getKey(), e.getValue(), b, e.getKey()));
        } else {
            fail("$.数据", "对象 / an object", data);
        }
        forEachEntry(root.get("酌情得分"), "$.酌情得分", (path, name, node) -> {
            JsonNode score = node.get("得分");
            JsonNode reason = node.get("理由");
            if (node.isObject() && score != null && score.isNumber() && reason != null && reason.isTextual()
                    && node.size() == 2) {
                b.judgement(name, new Judgement(score.decimalValue(), reason.asText()));
            } else {
                fail(path, "{\"得分\": 数值, \"理由\": \"…\"} / {\"得分\": number, \"理由\": \"…\"}", node);
            }
        });
        forEachEntry(root.get("自评得分"), "$.自评得分", (path, name, node) -> {
            if (node.isNumber()) {
                b.selfScore(name, node.decimalValue());
            } else {
                fail(path, "数值 / a number", node);
            }
        });
        optional(root, "自评合计", JsonNode::isNumber, "数值 / a number", n -> b.selfTotal(n.decimalValue()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Read(packId, b.build());
    }

    private void value(String path, JsonNode node, EvaluationInput.Builder b, String name) {
        if (node.isNumber()) {
            b.put(name, Value.number(node.decimalValue()));
        } else if (node.isBoolean()) {
            b.put(name, Value.yes(node.booleanValue()));
        } else if (node.isArray()) {
            Map<Integer, Boolean> answers = new LinkedHashMap<>();
            int item = 1;
            for (JsonNode a : node) {
                if (a.isTextual() && (a.asText().equals("符合") || a.asText().equals("不符合"))) {
                    answers.put(item, a.asText().equals("符合"));
                } else {
                    fail(path + "[" + (item - 1) + "]", "「符合」或「不符合」 / 符合 or 不符合", a);
                }
                item++;
            }
            b.put(name, new Value.Checklist(answers));
        } else if (node.isObject()) {
            Map<String, BigDecimal> periods = new LinkedHashMap<>();
            node.fields().forEachRemaining(p -> {
                if (p.getValue().isNumber()) {
                    periods.put(p.getKey(), p.getValue().decimalValue());
                } else {
                    fail(path + "." + p.getKey(), "数值 / a number", p.getValue());
                }
            });
            b.put(name, new Value.Series(periods));
        } else {
            fail(path, "数值、是否、检查清单或分期数值 / a number, a boolean, a checklist or a series", node);
        }
    }

    /** The optional top-level {@code key}: given to {@code use} when {@code ok}, else reported as not {@code expected}. */
    private void optional(JsonNode root, String key, Predicate<JsonNode> ok, String expected, Consumer<JsonNode> use) {
        JsonNode node = root.get(key);
        if (node == null) {
            return;
        }
        if (ok.test(node)) {
            use.accept(node);
        } else {
            fail("$." + key, expected, node);
        }
    }

    private interface Entry {
        void accept(String path, String name, JsonNode node);
    }

    private void forEachEntry(JsonNode node, String path, Entry entry) {
        if (node == null) {
            return;
        }
        if (!node.isObject()) {
            fail(path, "以指标名称为键的对象 / an object keyed by indicator name", node);
            return;
        }
        node.fields().forEachRemaining(e -> entry.accept(path + "." + e.getKey(), e.getKey(), e.getValue()));
    }

    private void fail(String path, String expected, JsonNode actual) {
        String shown = actual.toString();
        problems.add(CliProblems.problem("X011", source, path, expected,
                shown.length() > 60 ? shown.substring(0, 60) + "…" : shown));
    }
}
