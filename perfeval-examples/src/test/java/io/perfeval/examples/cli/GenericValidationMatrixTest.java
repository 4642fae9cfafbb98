package io.perfeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perfeval.core.PackRegistry;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.examples.authoring.YueyangExample;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generic path of issue 18's matrix: any pack's 数据 document, read by the command-line tool ({@link PackInputJson},
 * which fills an {@link EvaluationInput.Builder}), and the same bad value put through {@link EvaluationInput#builder()}
 * by hand give the same problems of the pack's validation — codes, data named and messages, Chinese and English. The
 * Yueyang example (its document and {@link YueyangExample#input()}) is the clean row both start from.
 */
class GenericValidationMatrixTest {

    private static final RulePack PACK = PackRegistry.fromClassPath().get("hunan/yueyang/department");
    private static final ObjectMapper TREE = new ObjectMapper();

    private static Arguments row(String what, Consumer<ObjectNode> json, Supplier<EvaluationInput.Builder> typed,
                                 String... codes) {
        return Arguments.of(what, json, typed, List.of(codes));
    }

    /** The Yueyang example through the builder, as {@link YueyangExample#input()} fills it. */
    private static EvaluationInput.Builder example() {
        EvaluationInput in = YueyangExample.input();
        EvaluationInput.Builder b = EvaluationInput.builder().entity(in.entity());
        in.data().forEach(b::put);
        in.selfScores().forEach(b::selfScore);
        in.selfTotal().ifPresent(b::selfTotal);
        return b;
    }

    private static ObjectNode data(ObjectNode root) {
        return (ObjectNode) root.get(PackInputJson.DATA);
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                row("negative money", r -> data(r).put("结余", -8), () -> example().number("结余", "-8"), "I004"),
                row("unknown name (did you mean)", r -> data(r).put("上年节转", 20),
                        () -> example().number("上年节转", "20"), "I002"),
                row("count that is not whole", r -> data(r).put("未按进度完成资金下达的专项数", new BigDecimal("2.5")),
                        () -> example().number("未按进度完成资金下达的专项数", "2.5"), "I016"),
                row("missing datum", r -> data(r).remove("结余"), () -> {
                    EvaluationInput.Builder b = EvaluationInput.builder().entity(YueyangExample.input().entity());
                    YueyangExample.input().data().forEach((name, v) -> {
                        if (!name.equals("结余")) {
                            b.put(name, v);
                        }
                    });
                    YueyangExample.input().selfScores().forEach(b::selfScore);
                    return b;
                }, "I001"),
                row("too many decimals", r -> data(r).put("结余", new BigDecimal("8.00000000001")),
                        () -> example().number("结余", "8.00000000001"), "I015"),
                row("number too large", r -> data(r).put("结余", new BigDecimal("8E+15")),
                        () -> example().number("结余", "8E+15"), "I015"),
                row("wrong type: 是/否 where an amount is declared", r -> data(r).put("结余", true),
                        () -> example().yes("结余", true), "I003"),
                row("checklist with an item missing", r -> data(r).putArray("管理制度健全性").add("符合"),
                        () -> example().put("管理制度健全性", new Value.Checklist(java.util.Map.of(1, true))),
                        "I006", "I006"),
                row("self-score of an unknown indicator", r -> ((ObjectNode) r.get("自评得分")).put("预算调正率", 3),
                        () -> example().selfScore("预算调正率", "3"), "I013"),
                row("negative self-score", r -> ((ObjectNode) r.get("自评得分")).put("财政供养人员控制率", -5),
                        () -> example().selfScore("财政供养人员控制率", "-5"), "I014"),
                row("self-score finer than the rounding", r -> ((ObjectNode) r.get("自评得分"))
                                .put("财政供养人员控制率", new BigDecimal("4.999")),
                        () -> example().selfScore("财政供养人员控制率", "4.999"), "I020"));
    }

    @ParameterizedTest(name = "{0} → {3}")
    @MethodSource("matrix")
    void bothPathsReportTheSameProblems(String what, Consumer<ObjectNode> json, Supplier<EvaluationInput.Builder> typed,
                                        List<String> codes) {
        ObjectNode root = document();
        json.accept(root);
        EvaluationInput read = PackInputJson.read(root, "matrix.json").input();
        List<Problem> fromJson = PACK.validate(read);
        List<Problem> fromTyped = PACK.validate(typed.get().build());
        assertEquals(codes, fromJson.stream().map(Problem::code).toList(), what + " (JSON): " + fromJson);
        assertEquals(codes, fromTyped.stream().map(Problem::code).toList(), what + " (typed): " + fromTyped);
        assertEquals(fromJson.stream().map(p -> p.subject() + " " + p.message() + " " + p.englishMessage()).toList(),
                fromTyped.stream().map(p -> p.subject() + " " + p.message() + " " + p.englishMessage()).toList(), what);
    }

    private static ObjectNode document() {
        try (InputStream in = GenericValidationMatrixTest.class.getResourceAsStream(
                "/io/perfeval/examples/authoring/yueyang-example.json")) {
            JsonNode root = TREE.reader().with(com.fasterxml.jackson.databind.DeserializationFeature
                    .USE_BIG_DECIMAL_FOR_FLOATS).readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return (ObjectNode) root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
