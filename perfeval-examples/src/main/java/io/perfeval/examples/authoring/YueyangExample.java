package io.perfeval.examples.authoring;

import io.perfeval.core.PackRegistry;
import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.SheetText;

/**
 * A worked example for the Yueyang pack: a department's figures entered with {@link EvaluationInput#builder()} under
 * the names the pack declares in 数据 — the generic route for a new province, with no Java model classes of its own.
 * The figures are illustrative (the published table's own department reported only its scores, not its figures); the
 * hand-worked result is in {@code yueyang-example-expected.tsv} of the tests.
 * Run: {@code java -cp perfeval-examples/target/perfeval.jar io.perfeval.examples.authoring.YueyangExample}.
 */
public final class YueyangExample {

    private YueyangExample() {
    }

    /** The illustrative department's input: every declared datum, and the self-scores it reported. */
    public static EvaluationInput input() {
        EvaluationInput input = EvaluationInput.builder()
                .entity("示例单位")
                .number("在职人员控制率", "102.5")
                .number("本年度三公经费总额", "12.1")
                .number("上年度三公经费总额", "12.5")
                .number("重点支出安排率", "85")
                .number("预算调整率", "12")
                .number("未按进度完成资金下达的专项数", "2")
                .number("结余", "8")
                .number("上年结转", "20")
                .number("三公经费控制率", "100.4")
                .put("管理制度健全性", Value.Checklist.allMetExcept(3))
                .put("资金使用合规性", Value.Checklist.allMetExcept(5, 3))
                .selfScore("财政供养人员控制率", "5")
                .selfScore("“三公经费”控制率", "5.6")
                .build();
        return input;
    }

    /** Scores the example with the registered pack, as an application would. */
    public static ScoreSheet sheet() {
        EvaluationInput input = input();
        RulePack pack = PackRegistry.fromClassPath().get(YueyangDepartmentPack.ID);
        ScoreSheet sheet = pack.evaluate(input);
        return sheet;
    }

    public static void main(String[] args) {
        System.out.println(SheetText.render(sheet()));
    }
}
