package io.perfeval.rules.hebei;

import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Valid inputs for the Shijiazhuang pack around the Gaoyi case: the ratio data, satisfaction and counts varied with a
 * fixed seed (zero budgets included, so 不适用 and rescaling are exercised), every other datum as Gaoyi reported it.
 */
final class VariedInputs {

    private VariedInputs() {
    }

    static EvaluationInput gaoyi() {
        return DepartmentInputJson.read(DepartmentInputJsonTest.gaoyiJson(), "gaoyi-2021.json").toEvaluationInput();
    }

    static List<EvaluationInput> make(int count, long seed) {
        EvaluationInput base = gaoyi();
        Random r = new Random(seed);
        List<EvaluationInput> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            EvaluationInput.Builder b = EvaluationInput.builder().entity("单位" + k);
            for (Map.Entry<String, Value> e : base.data().entrySet()) {
                b.put(e.getKey(), e.getValue());
            }
            BigDecimal sgBudget = r.nextInt(8) == 0 ? BigDecimal.ZERO : money(r, 50);
            b.put("三公经费预算数", Value.number(sgBudget));
            b.put("三公经费实际支出数", Value.number(money(r, 60)));
            b.put("政府采购预算数", Value.number(r.nextInt(8) == 0 ? BigDecimal.ZERO : money(r, 200)));
            b.put("实际政府采购金额", Value.number(money(r, 220)));
            b.put("收入预算完成数", Value.number(money(r, 1500)));
            b.put("本年支出", Value.number(money(r, 1300)));
            int total = r.nextInt(6);
            b.put("意见建议总数", Value.number(BigDecimal.valueOf(total)));
            b.put("意见建议采纳数", Value.number(BigDecimal.valueOf(total == 0 ? 0 : r.nextInt(total + 1))));
            b.put("社会公众满意度", Value.number(BigDecimal.valueOf(r.nextInt(10_001), 2)));
            b.put("接收公文件数", Value.number(BigDecimal.valueOf(9000 + r.nextInt(2000))));
            b.put("是否按时上报", Value.yes(r.nextBoolean()));
            base.judgements().forEach(b::judgement);
            out.add(b.build());
        }
        return out;
    }

    private static BigDecimal money(Random r, int max) {
        return BigDecimal.valueOf(r.nextInt(max * 100 + 1), 2);
    }
}
