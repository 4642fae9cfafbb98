package io.perfeval.examples.cli;

import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.rules.hebei.DepartmentInput;
import io.perfeval.sheets.OfficialForm;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The official form's details from what the command line has: the pack's 指标内容 and the reported 自评合计 always;
 * from a Hebei department input also 预算数 (调整后预算数), 执行数 (决算 本年支出), the year and the
 * 分项绩效项目清单. The department input carries no split into 财政资金 and other funds, no 偏差和措施 and no
 * 填报人 or 联系电话: those cells stay empty, to be filled by hand.
 */
final class OfficialFormDetails {

    private OfficialFormDetails() {
    }

    static OfficialForm.Details of(RulePack pack, EvaluationInput input, Optional<DepartmentInput> department) {
        OfficialForm.Details.Builder b = OfficialForm.details().contents(pack);
        input.selfTotal().ifPresent(b::selfTotal);
        department.ifPresent(d -> department(b, d));
        return b.build();
    }

    private static void department(OfficialForm.Details.Builder b, DepartmentInput d) {
        if (d.budget() != null && d.budget().adjusted() != null && d.accounts() != null
                && d.accounts().expenditure() != null) {
            b.budget(d.budget().adjusted(), d.accounts().expenditure());
        }
        if (d.year() != null) {
            b.year(d.year());
        }
        if (d.projects() == null) {
            return;
        }
        int line = 0;
        for (DepartmentInput.Project p : d.projects()) {
            line++;
            if (p == null) {
                continue;
            }
            b.project(new OfficialForm.Project(p.number() == null ? String.valueOf(line) : String.valueOf(p.number()),
                    text(p.name()), amount(p.budget()), amount(p.executed()), amount(p.returned()),
                    amount(p.selfScore()), text(p.goal()), text(p.outcome())));
        }
    }

    private static Optional<BigDecimal> amount(BigDecimal value) {
        return Optional.ofNullable(value);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
