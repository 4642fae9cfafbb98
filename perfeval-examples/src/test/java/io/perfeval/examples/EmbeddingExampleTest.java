package io.perfeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.rules.hebei.DepartmentInputJson;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void theTypedInputScoresAsWorkedOutByHand() {
        ScoreSheet sheet = EmbeddingExample.score();
        Map<String, BigDecimal> lost = sheet.leaves().stream()
                .filter(l -> l.score().orElseThrow().compareTo(l.maxScore()) < 0)
                .collect(Collectors.toMap(IndicatorResult::name, l -> l.maxScore().subtract(l.score().orElseThrow())));
        // Each deduction follows from one figure of the example (see EmbeddingExample's comments).
        assertEquals(Map.of(
                "支出进度", new BigDecimal("2.00"),             // quarters 2 and 4 behind schedule
                "资金结余结转率", new BigDecimal("0.20"),        // 8.91%: one band begun above 5%
                "“三公经费”控制率", new BigDecimal("2.00"),      // 102.50%: 25 steps of 0.1 point, floored at 0
                "政府采购执行率", new BigDecimal("0.20"),        // 90% × 2
                "资金使用合规性", new BigDecimal("0.50"),        // item 3 not met
                "评价结果应用率", new BigDecimal("1.00"),        // 3 of 4 adopted
                "公文接收、市长热线办理工作", new BigDecimal("0.20"), // judgement 1.8
                "部门整体效益", new BigDecimal("1.00"),          // judgement 8 of 9
                "社会公众满意度", new BigDecimal("1.50")), lost); // 86.5%: one band below 90%
        assertEquals(new BigDecimal("91.40"), sheet.total().orElseThrow());
        assertEquals("优秀", sheet.grade().orElseThrow().name());
    }

    @Test
    void theTypedInputWritesAsTheSameJsonSystemsExchange() {
        var input = EmbeddingExample.exampleDepartment();
        assertEquals(input, DepartmentInputJson.read(DepartmentInputJson.write(input), "round trip"));
    }
}
