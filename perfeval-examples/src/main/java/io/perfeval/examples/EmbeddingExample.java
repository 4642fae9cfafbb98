package io.perfeval.examples;

import io.perfeval.core.PackRegistry;
import io.perfeval.core.RulePack;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.rules.hebei.DepartmentInput;
import io.perfeval.rules.hebei.DepartmentInput.Budget;
import io.perfeval.rules.hebei.DepartmentInput.FinalAccounts;
import io.perfeval.rules.hebei.DepartmentInput.PerformanceGoals;
import io.perfeval.rules.hebei.DepartmentInput.Procurement;
import io.perfeval.rules.hebei.DepartmentInput.Project;
import io.perfeval.rules.hebei.DepartmentInput.Suggestions;
import io.perfeval.rules.hebei.DepartmentInput.ThreePublicExpenses;
import io.perfeval.rules.hebei.ShijiazhuangKeys.Output;
import io.perfeval.rules.hebei.ShijiazhuangKeys.YesNo;
import java.math.BigDecimal;

/**
 * Embedding perfeval in a government system: fill the typed input from your own records, score it with a registered
 * pack, and read the results. The department and its figures are invented for the example.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    /** What a finance system would assemble from its budget, accounting and project databases. */
    public static DepartmentInput exampleDepartment() {
        return DepartmentInput.builder("示例县某局（虚构）", 2022)
                .pack("hebei/shijiazhuang-2019/department")
                .budget(new Budget(d("500.00"), d("520.00"), d("20.00"), d("520.00")))
                .accounts(new FinalAccounts(d("30.00"), d("520.00"), d("501.00"), d("300.00"), d("201.00")))
                .progress("第一季度", d("26.00"), d("25"))
                .progress("第二季度", d("48.00"), d("50"))          // behind schedule: 1 point
                .progress("第三季度", d("76.00"), d("75"))
                .progress("第四季度", d("96.35"), d("100"))         // behind schedule: 1 point
                .threePublicExpenses(new ThreePublicExpenses(d("12.00"), d("12.30")))   // 102.50%: over budget
                .procurement(new Procurement(d("80.00"), d("72.00")))                    // 90.00%
                .goals(new PerformanceGoals(true, true))
                .checklist("绩效指标科学性", true, true)
                .checklist("预算编制完整性", true, true)
                .checklist("项目预算功能分类等编制合规性", true, true, true, true)
                .checklist("资金使用合规性", true, true, false, true, true, true, true, true)
                .checklist("财务管理规范性", true, true, true, true)
                .checklist("管理制度健全性", true, true)
                .checklist("预算信息公开性", true, true)
                .checklist("基础信息完善性", true, true)
                .checklist("资产管理规范性", true, true, true, true, true)
                // the keyed sections by the pack's constants (ShijiazhuangKeys), or by their Chinese names
                .yes(YesNo.REPORTED_ON_TIME, true).yes(YesNo.ACCOUNTS_MATCH, true).yes(YesNo.DUTY_MET, true)
                .yes(YesNo.RECEPTIONS_MET, true).yes(YesNo.DRAFTING_MET, true).yes(YesNo.FINANCE_MET, true)
                .yes(YesNo.OPEN_GOVERNMENT_MET, true).yes(YesNo.FUNDS_ON_TIME, true)
                .suggestions(new Suggestions(d("3"), d("4")))
                .output(Output.DOCUMENTS_RECEIVED, d("10500")).output(Output.HOTLINE_ORDERS, d("9800"))
                .output(Output.EVENTS_ORGANISED, d("320")).output(Output.REPORTS_ISSUED, d("310"))
                .output(Output.BANK_MEETINGS, d("4")).output(Output.NOTICES_PUBLISHED, d("21000"))
                .judgement("公文接收、市长热线办理工作", d("1.8"), "热线工单9800件，略低于10000件的目标")
                .satisfaction(d("86.5"))
                .judgement("部门整体效益", d("8"), "履职效果良好，个别民生项目进度滞后")
                .project(new Project(1, "信息化运维", d("120.00"), d("120.00"), d("0"), d("92"), "保障系统稳定运行", "已完成"))
                .project(new Project(2, "专项业务经费", d("81.00"), d("81.00"), d("0"), d("90"), "完成年度专项任务", "已完成"))
                .build();
    }

    /**
     * Scores the example department; the pack is compiled once by the registry and shared. {@code toEvaluationInput(pack)}
     * checks the input as the JSON reader checks a document (the pack id, score decimals, the pack's declarations).
     */
    public static ScoreSheet score() {
        RulePack pack = PackRegistry.fromClassPath().get("hebei/shijiazhuang-2019/department");
        return pack.evaluate(exampleDepartment().toEvaluationInput(pack));
    }

    public static void main(String[] args) {
        ScoreSheet sheet = score();
        System.out.println(sheet.entity() + "：" + sheet.total().orElseThrow() + " 分，" + sheet.gradeStatement());
        for (IndicatorResult line : sheet.leaves()) {
            if (line.score().orElseThrow().compareTo(line.maxScore()) < 0) {
                System.out.println("  " + line.name() + " " + line.score().orElseThrow() + " / " + line.maxScore());
                line.trace().lines().forEach(l -> System.out.println("      " + l));
            }
        }
    }
}
