package io.perfeval.examples.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfeval.core.DataType;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.Status;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every scored indicator at, just below and just above each boundary of its wording ({@code thresholds.tsv}). */
class YueyangThresholdTest {

    private static final RulePack PACK = YueyangDepartmentPack.pack();

    /** Full marks everywhere; {@code over} replaces some values ({@code 名称=不符合:1,2} for a checklist). */
    static EvaluationInput base(Map<String, String> over) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("在职人员控制率", "95");
        values.put("本年度三公经费总额", "100");
        values.put("上年度三公经费总额", "100");
        values.put("重点支出安排率", "95");
        values.put("预算调整率", "0");
        values.put("未按进度完成资金下达的专项数", "0");
        values.put("结余", "0");
        values.put("上年结转", "20");
        values.put("三公经费控制率", "90");
        values.put("管理制度健全性", "不符合:");
        values.put("资金使用合规性", "不符合:");
        values.putAll(over);
        EvaluationInput.Builder b = EvaluationInput.builder();
        values.forEach((name, v) -> {
            if (v.startsWith("不符合:")) {
                int size = PACK.field(name).orElseThrow().items().size();
                int[] failed = Arrays.stream(v.substring(4).split(",")).filter(s -> !s.isBlank())
                        .mapToInt(Integer::parseInt).toArray();
                b.put(name, Value.Checklist.allMetExcept(size, failed));
            } else {
                b.number(name, v);
            }
        });
        return b.build();
    }

    private static Map<String, String> assignments(String spec) {
        return Arrays.stream(spec.split(";")).map(s -> s.split("=", 2))
                .collect(Collectors.toMap(a -> a[0], a -> a[1], (x, y) -> y, LinkedHashMap::new));
    }

    @Test
    void theBaseInputHasFullMarksEverywhere() {
        for (IndicatorResult line : PACK.evaluate(base(Map.of())).leaves()) {
            assertEquals(0, line.maxScore().compareTo(line.score().orElseThrow()), line.pathString());
        }
    }

    @Test
    void everyScoredIndicatorHasThresholdRowsAtItsBoundaries() {
        Set<String> covered = AuthoringFiles.tsv("thresholds.tsv").stream().map(r -> r[0]).collect(Collectors.toSet());
        assertEquals(PACK.indicatorNames().stream().filter(n -> PACK.leaves().stream()
                .anyMatch(l -> l.name().equals(n))).collect(Collectors.toSet()), covered);
        // every checklist datum is exercised from none to all of its items failing
        PACK.fields().stream().filter(f -> f.type() == DataType.CHECKLIST).forEach(f -> assertEquals(true,
                AuthoringFiles.tsv("thresholds.tsv").stream().anyMatch(r -> r[1].startsWith(f.name() + "=")
                        && r[1].split(",").length == f.items().size()), f.name()));
    }

    @Test
    void aYearWithoutPreviousThreePublicExpensesIsNotScoredSilently() {
        // the table does not say what a zero 上年度 total means, so the pack declares no 不适用条件: it is an error
        ScoreSheet sheet = PACK.evaluate(base(Map.of("上年度三公经费总额", "0")));
        IndicatorResult line = sheet.find("“三公经费”变动率").orElseThrow();
        assertEquals(Status.ERROR, line.status());
        assertEquals(List.of("R001"), line.problems().stream().map(Problem::code).toList());
        assertEquals(Optional.empty(), sheet.total());
    }

    @TestFactory
    List<DynamicTest> eachRowScoresWhatTheWordingGives() {
        return AuthoringFiles.tsv("thresholds.tsv").stream().map(row -> DynamicTest.dynamicTest(
                row[0] + " " + row[1] + " → " + row[2], () -> {
                    IndicatorResult line = PACK.evaluate(base(assignments(row[1]))).find(row[0]).orElseThrow();
                    assertEquals(Status.SCORED, line.status(), line.problems().toString());
                    BigDecimal got = line.score().orElseThrow();
                    assertEquals(0, new BigDecimal(row[2]).compareTo(got),
                            row[3] + "：得 " + got + "\n" + line.trace().render());
                    assertEquals(2, got.scale(), "scores carry the pack's two decimals");
                })).toList();
    }
}
