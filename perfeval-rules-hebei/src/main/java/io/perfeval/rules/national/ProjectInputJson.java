package io.perfeval.rules.national;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.input.EvaluationInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@link ProjectInput} from JSON with the 自评表's own Chinese keys (the schema is {@link #schema()}), strictly:
 * malformed JSON and duplicate keys, unknown keys, wrong types, numbers that are not budget figures, missing required
 * fields, an 实际完成值 that is not a number under a quantitative target — every problem at once, each with its JSON
 * pointer (codes J030–J038). {@link #readFor} also binds the project's indicators to the pack's template and relays
 * every problem of binding and of the pack's validation with the pointer of the row it concerns.
 */
public final class ProjectInputJson {

    static final String BUNDLE = "io.perfeval.rules.national.messages";
    /** Largest document read, in characters: a project table is a few kilobytes. */
    static final int MAX_DOCUMENT = 1_000_000;

    // A tree is read, never bound to classes named by the document; numbers are kept exactly as written.
    private static final ObjectMapper TREE = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                    DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    static {
        TREE.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16)
                .maxNumberLength(40).maxStringLength(100_000).maxDocumentLength(MAX_DOCUMENT).build());
    }

    private ProjectInputJson() {
    }

    /** The pack bound to the project's indicators, the input it scores, and the project as read. */
    public record Bound(RulePack pack, EvaluationInput input, ProjectInput project) {
    }

    /** Whether {@code root} is a project input (it has 绩效指标 and 项目资金), for tools that read several kinds. */
    public static boolean isProjectInput(JsonNode root) {
        return root != null && root.isObject() && root.has(ProjectFields.INDICATORS) && root.has(ProjectFields.FUNDS);
    }

    /** Parses {@code json}; {@code source} names it in messages (a file name, "request"). */
    public static ProjectInput read(String json, String source) {
        return read(tree(json, source), source, "");
    }

    /**
     * Reads the project document {@code document}, which sits at the JSON pointer {@code at} of the document
     * {@code source} names ("" for a document of its own; {@code /分项绩效项目清单/4/项目自评} for a project carried in a
     * department's list): every problem names its pointer from there.
     */
    public static ProjectInput read(JsonNode document, String source, String at) {
        if (document == null || !document.isObject()) {
            throw new InvalidInputException(List.of(problem("J030", at, source,
                    "顶层必须是 JSON 对象 / the top level must be an object")));
        }
        List<Problem> problems = new ArrayList<>();
        ProjectInput in = new ProjectFields(source, at, problems).project(document);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return in;
    }

    private static JsonNode tree(String json, String source) {
        if (json.length() > MAX_DOCUMENT) {
            throw new InvalidInputException(List.of(problem("J030", "", source, "文档超过 " + MAX_DOCUMENT
                    + " 个字符 / the document is over " + MAX_DOCUMENT + " characters")));
        }
        try {
            return TREE.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(List.of(problem("J030", "", source, e.getOriginalMessage())));
        }
    }

    /**
     * Reads {@code json} for the template pack {@code pack} and binds it: the input must name this pack (规则包, J036),
     * scores may not be finer than the pack's rounding (J038), and every problem of binding (I031–I039) and of the
     * pack's validation (I0…) comes back as J035 with the pointer of its row. Nothing is scored unless all is clean.
     */
    public static Bound readFor(String json, String source, RulePack pack) {
        return readFor(tree(json, source), source, "", pack);
    }

    /**
     * {@link #readFor(String, String, RulePack)} for a project document at the JSON pointer {@code at} of the document
     * {@code source} names (see {@link #read(JsonNode, String, String)}): every problem's pointer starts there.
     */
    public static Bound readFor(JsonNode document, String source, String at, RulePack pack) {
        ProjectInput in = read(document, source, at);
        List<Problem> problems = new ArrayList<>();
        String wanted = pack.info().id();
        if (in.packId() == null || in.packId().isBlank()) {
            problems.add(problem("J036", at + "/规则包", source, "（无）", wanted + "@" + pack.info().version()));
        } else {
            String[] idVersion = in.packId().strip().split("@", 2);
            if (!idVersion[0].equals(wanted) || idVersion.length == 2 && !idVersion[1].equals(pack.info().version())) {
                problems.add(problem("J036", at + "/规则包", source, in.packId(), wanted + "@" + pack.info().version()));
            }
        }
        int scale = pack.rounding().scoreScale();
        for (int i = 0; i < in.indicators().size(); i++) {
            decimals(in.indicators().get(i).score(), scale, at + "/绩效指标/" + i + "/得分", source, problems);
        }
        decimals(in.budgetSelfScore(), scale, at + "/预算执行率得分", source, problems);
        decimals(in.selfTotal(), scale, at + "/总分", source, problems);
        RulePack bound = null;
        try {
            bound = in.bind(pack);
        } catch (InvalidInputException e) {
            relay(e.problems(), in, source, at, problems);
        }
        EvaluationInput input = in.toEvaluationInput();
        if (bound != null) {
            relay(bound.validate(input).stream().filter(Problem::isError).toList(), in, source, at, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Bound(bound, input, in);
    }

    /** The JSON Schema (draft 2020-12) of the project input document. */
    public static String schema() {
        try (InputStream s = ProjectInputJson.class.getResourceAsStream("project-input.schema.json")) {
            if (s == null) {
                throw new IllegalStateException("project-input.schema.json is missing from the jar");
            }
            return new String(s.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void relay(List<Problem> found, ProjectInput in, String source, String base, List<Problem> out) {
        for (Problem p : found) {
            String at = base + pointer(p.subject(), in);
            out.add(problem("J035", at, source, at, p.code(), p.message(), p.englishMessage()));
        }
    }

    /** The row an indicator name (or a datum of the bound pack, 名称·实际完成值) comes from. */
    private static String pointer(String subject, ProjectInput in) {
        for (int i = 0; i < in.indicators().size(); i++) {
            String name = in.indicators().get(i).name();
            if (subject.equals(name) || subject.startsWith(name + "·")) {
                return "/绩效指标/" + i;
            }
        }
        return switch (subject) {
            case "年初预算数", "全年预算数", "全年执行数" -> "/项目资金/年度资金总额/" + subject;
            case "" -> "/绩效指标";
            default -> "/绩效指标（" + subject + "）";
        };
    }

    private static void decimals(BigDecimal x, int scale, String at, String source, List<Problem> out) {
        if (x != null && x.stripTrailingZeros().scale() > scale) {
            out.add(problem("J038", at, source, at, x.toPlainString(), scale));
        }
    }

    static Problem problem(String code, String path, String source, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = source;
        System.arraycopy(args, 0, all, 1, args.length);
        return Problem.of(BUNDLE, code, Severity.ERROR, path, null, all);
    }
}
