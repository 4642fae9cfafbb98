package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * D086: points that add up although one's condition includes the other's — bonuses on nested bounds of one number
 * (H8-011 「…不低于10元…加1分,达到20元,加2分」) and deductions for a failing and its worse degree (H11-025 「工期滞后的扣5分,
 * 工期严重滞后…的扣10分」) — were read as adding up where the corpora's authors read tiers; the text does not say, so
 * they are refused. Distinct categories, and bands that do not nest, still compile. Over the amount 人均 and the yes/no
 * data 滞后, 严重滞后, 一般事故, 较大事故 (分值 10).
 */
class NestedTiersTest {

    private static final String TEXT = "规则包：t/nest\n名称：「档」\n总分：10\n数据：\n  人均：金额（元）\n  滞后：是否\n"
            + "  严重滞后：是否\n  一般事故：是否\n  较大事故：是否\n指标：\n一级：「项」（10）\n  评价标准「%s」\n"
            + "  用语「工期滞后」：滞后\n  用语「工期严重滞后」：严重滞后\n  用语「发生一般事故」：一般事故\n  用语「发生较大事故」：较大事故\n"
            + "  用语「按时完工」：非 滞后 且 非 严重滞后\n";

    private static CompileResult compile(String criterion) {
        return PackCompiler.compile(TEXT.formatted(criterion), "t.perfeval");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "按时完工的得满分;工期滞后的扣5分,工期严重滞后的扣10分。",
        "按时完工得满分,人均不低于10元的,加1分,人均达到20元,加2分。",
    })
    void pointsWhoseConditionsNestAreRefused(String criterion) {
        Refusals.assertRefused(compile(criterion), "D086");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // two categories, neither a degree of the other
        "发生一般事故的扣2分,发生较大事故的扣5分。",
        // one bonus per number
        "按时完工得满分,人均不低于10元的,加1分。",
    })
    void pointsWhoseConditionsDoNotNestStillCompile(String criterion) {
        CompileResult r = compile(criterion);
        assertTrue(r.pack().isPresent(), r.problems().toString());
    }
}
