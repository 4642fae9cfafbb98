package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.sheet.IndicatorResult;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Variants of the phrase families, one criterion each (分值 10; 完成率 = 完成数 / 100 × 100%). */
class PhraseFamiliesTest {

    @ParameterizedTest(name = "{0} @ {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "完成率不低于95%的，得满分；完成率低于95%的，不得分。|95|10",
        "完成率不低于95%的，得满分；完成率低于95%的，不得分。|94.99|0",
        "完成率达到90%以上得满分，否则得零分。|90|10",
        "完成率达到90%以上得满分，否则得零分。|89|0",
        "完成率不超过100%得满分，超过100%的，每增加1个百分点扣1分，扣满为止。|103|7",
        "完成率不超过100%得满分，超过100%的，每增加1个百分点扣1分，扣满为止。|120|0",
        "完成率>=95%得满分;完成率<95%,每降低2个百分点扣分值的十分之一。|91|8",
        "完成率等于100%得10分，完成率在90%（含）-100%之间得8分，90%以下得0分。|100|10",
        "完成率等于100%得10分，完成率在90%（含）-100%之间得8分，90%以下得0分。|90|8",
        "完成率等于100%得10分，完成率在90%（含）-100%之间得8分，90%以下得0分。|89.99|0",
        "按比例得分。|80|8",
        "完成率≥95%得满分，完成率每降低1个百分点扣1分。|93|8",
        "完成率≥95%得满分，完成率每降低1个百分点扣1分。|95|10",
        "完成率≥100%得满分；完成率≥90%，得60%分值；否则不得分。|95|6",
        "完成率≥100%得满分；完成率≥80%得分值的一半；否则不得分。|85|5",
        "完成率≥100%得满分；完成率≥90%的，按分值的60%计分；否则不得分。|92|6",
        "完成率＞=95%得满分，否则不得分。|95|10",
        "完成率＞=95%得满分，否则不得分。|94.99|0",
        "完成率达到100%的得满分，每低一个百分点扣0.2分。|90|8",
        "完成率100%，得满分；每少完成1%扣0.2分。|95|9",
        "完成率达到100%的得10分,99%-90%的得8分,89%-80%的得6分,80%以下的不得分。|95|8",
        "完成率达到100%的得10分,99%-90%的得8分,89%-80%的得6分,80%以下的不得分。|89|6",
        "完成率达到100%的得10分,99%-90%的得8分,89%-80%的得6分,80%以下的不得分。|79.99|0",
        "完成率≥100%得满分，否则按完成率×分值计分。|80|8",
        "完成率≥100%得满分，否则按完成率计分。|80|8",
        "得分=完成率×分值。完成率低于60%不得分。|59|0",
        "得分=完成率×分值。完成率低于60%不得分。|70|7",
        "完成率在90%(含)以上得满分，80%-90%(含80%)得5分，80%以下不得分。|80|5",
        "完成率在90%(含)以上得满分，80%-90%(含80%)得5分，80%以下不得分。|90|10",
        "完成率在90%以上（含90%）得满分，80%-90%(含80%)得5分，80%以下不得分。|89.99|5",
        "完成率≥95%得满分；85%≤完成率<95%得5分；完成率<85%得0分。|85|5",
        "完成率≥95%得满分；85%≤完成率<95%得5分；完成率<85%得0分。|84.99|0",
        "完成率大于等于95％，得满分；小于85％，不计分；其余按实际情况酌情扣分。|99|10",
        "完成率≦80%，计10分；每超过一个百分点扣0.5分，扣完为止。|84|8",
        "完成率小于等于85%的得0分；在85%-95%之间的，在0分与满分之间计算确定；大于或等于95%的得满分；每降低一个百分点，扣分值的十分之一。|90|5",
    })
    void variantsScoreAsDocumented(String criterion, String done, String expected) {
        RulePack pack = PackCompiler.compileOrThrow(DiagnosticsTest.pack(criterion), "phrase.perfeval");
        EvaluationInput in = EvaluationInput.builder().number("完成数", done).number("预算数", "100")
                .number("满意度", "0").build();
        IndicatorResult r = pack.evaluate(in).leaves().get(0);
        assertTrue(r.score().isPresent() && r.score().get().compareTo(new BigDecimal(expected)) == 0,
                r.score() + " " + r.problems() + " " + PackPrinter.rule(pack.leaves().get(0).rule()));
    }
}
