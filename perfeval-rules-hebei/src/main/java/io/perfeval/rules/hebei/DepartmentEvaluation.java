package io.perfeval.rules.hebei;

import io.perfeval.core.RulePack;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.sheet.AuditFinding;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.rules.national.ProjectChecks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A department scored together with the projects of its 分项绩效项目清单 that carry their own 项目支出绩效自评表
 * (项目自评): the department's sheet, each carried project's sheet and audit (the score the project template gives
 * against the list's 自评得分), and the cross-checks — the list against the department's figures ({@link CrossCheck}),
 * each line against its document (C030–C033) and each listed 自评得分 against the computed score (C034), each a
 * warning located by its JSON pointer. Lines without a 项目自评 are only counted, as before.
 *
 * @param department the department's sheet, exactly as the department pack alone gives it
 * @param projects   the carried projects in list order (empty when none carries a 项目自评)
 * @param checks     the list against the department's figures
 * @param problems   the located disagreements between the list and the carried documents (warnings)
 */
public record DepartmentEvaluation(ScoreSheet department, List<ProjectAudit> projects, List<CrossCheck> checks,
                                   List<Problem> problems) {

    public DepartmentEvaluation {
        Objects.requireNonNull(department);
        projects = List.copyOf(projects);
        checks = List.copyOf(checks);
        problems = List.copyOf(problems);
    }

    /**
     * One carried project: its line of the list, its sheet scored with the project template, and its own checks.
     *
     * @param number      the line's 序号 (its position from 1 when the line has none)
     * @param at          the JSON pointer of the list line ({@code /分项绩效项目清单/4})
     * @param listedScore the list's 自评得分, or {@code null} when the line gives none
     * @param checks      the project table's own consistency checks ({@link ProjectChecks})
     */
    public record ProjectAudit(int number, String at, String name, BigDecimal listedScore, ScoreSheet sheet,
                               List<CrossCheck> checks) {

        public ProjectAudit {
            Objects.requireNonNull(at);
            Objects.requireNonNull(name);
            Objects.requireNonNull(sheet);
            checks = List.copyOf(checks);
        }

        /** Whether the list's 自评得分 is the score the template gives (false when either is missing). */
        public boolean agrees() {
            return listedScore != null && sheet.total().isPresent() && sheet.total().get().compareTo(listedScore) == 0;
        }

        /** The list's 自评得分 minus the computed score (positive: listed higher than the rule gives). */
        public Optional<BigDecimal> difference() {
            return listedScore == null ? Optional.empty() : sheet.total().map(listedScore::subtract);
        }

        /** ✗ 第5项「…」：清单自评 92 分，按评价标准应得 88.5 分（相差 +3.5 分），等级 良. */
        public String render() {
            StringBuilder s = new StringBuilder(agrees() ? "✓ " : "✗ ").append('第').append(number).append("项「")
                    .append(name).append("」：");
            s.append(listedScore == null ? "清单未填自评得分" : "清单自评 " + Decimals.trim(listedScore) + " 分").append('，');
            if (sheet.total().isEmpty()) {
                return s.append("按评价标准无法计算得分（").append(sheet.problems().size()).append(" 个问题）").toString();
            }
            s.append("按评价标准应得 ").append(Decimals.trim(sheet.total().get())).append(" 分");
            difference().filter(d -> d.signum() != 0).ifPresent(d -> s.append("（相差 ").append(d.signum() > 0 ? "+" : "")
                    .append(Decimals.trim(d)).append(" 分）"));
            sheet.grade().ifPresent(g -> s.append("，等级 ").append(g.name()));
            return s.toString();
        }
    }

    /**
     * Scores {@code in} with {@code department} and each carried project with {@code projectTemplate}. Throws one
     * {@link InvalidInputException} with every problem of every carried document, located inside the department's
     * document; the department input itself is scored as {@link DepartmentInput#toEvaluationInput()} gives it.
     */
    public static DepartmentEvaluation of(DepartmentInput in, RulePack department, RulePack projectTemplate) {
        return of(in, in.toEvaluationInput(), department, projectTemplate, sourceOf(in));
    }

    /**
     * The untrusted path: {@code json} read for {@code department} as {@link DepartmentInputJson#readFor} does, and
     * each carried 项目自评 for {@code projectTemplate}; every problem of both, each with its JSON pointer, comes in one
     * {@link InvalidInputException}, and nothing is scored unless all is clean.
     */
    public static DepartmentEvaluation readFor(String json, String source, RulePack department,
                                               RulePack projectTemplate) {
        List<Problem> problems = new ArrayList<>();
        EvaluationInput input = null;
        try {
            input = DepartmentInputJson.readFor(json, source, department);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        // the carried tables are read even when the department's own document has problems: all are reported at once
        DepartmentInput in = DepartmentInputJson.boundOrNull(json, source);
        if (in == null) {
            throw new InvalidInputException(problems);
        }
        List<DepartmentProjects.Carried> carried = DepartmentProjects.read(in, source, projectTemplate, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return evaluate(department.evaluate(input), carried, in, source);
    }

    private static DepartmentEvaluation of(DepartmentInput in, EvaluationInput input, RulePack department,
                                           RulePack projectTemplate, String source) {
        List<Problem> problems = new ArrayList<>();
        List<DepartmentProjects.Carried> carried = DepartmentProjects.read(in, source, projectTemplate, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return evaluate(department.evaluate(input), carried, in, source);
    }

    private static DepartmentEvaluation evaluate(ScoreSheet sheet, List<DepartmentProjects.Carried> carried,
                                                 DepartmentInput in, String source) {
        List<ProjectAudit> audits = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (DepartmentProjects.Carried c : carried) {
            ScoreSheet project = c.bound().pack().evaluate(c.bound().input());
            DepartmentInput.Project line = c.line();
            int number = line.number() == null ? c.index() + 1 : line.number();
            audits.add(new ProjectAudit(number, c.at(), line.name(), line.selfScore(), project,
                    ProjectChecks.of(c.bound().project())));
            problems.addAll(DepartmentProjects.check(c, source));
            if (line.selfScore() != null && project.total().isPresent()
                    && project.total().get().compareTo(line.selfScore()) != 0) {
                problems.add(DepartmentProjects.audit(c, project.total().get(), source));
            }
        }
        return new DepartmentEvaluation(sheet, audits, CrossCheck.of(in), problems);
    }

    private static String sourceOf(DepartmentInput in) {
        return in.entity() == null ? "" : in.entity();
    }

    /**
     * The project audits as text, to print after the department's sheet: each carried project's audit line with its
     * own findings below it, the list's checks against the department figures, and the located disagreements. Empty
     * when no project carries a 项目自评 (a department printed alone stays as it was).
     */
    public String render() {
        if (projects.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("\n分项绩效项目自评复核（").append(projects.size())
                .append(" 个项目附项目支出绩效自评表，按 ").append(projects.get(0).sheet().pack().id()).append(" 计分）：\n");
        for (ProjectAudit p : projects) {
            s.append("  ").append(p.render()).append('\n');
            for (AuditFinding f : p.sheet().findings()) {
                s.append("      ✗ ").append(f.render()).append('\n');
            }
            for (CrossCheck c : p.checks()) {
                if (!c.holds()) {
                    s.append("      ").append(c.render()).append('\n');
                }
            }
        }
        if (!checks.isEmpty()) {
            s.append("\n部门数据核对：\n");
            checks.forEach(c -> s.append("  ").append(c.render()).append('\n'));
        }
        if (!problems.isEmpty()) {
            s.append("\n分项绩效项目清单与项目自评表核对：\n");
            problems.forEach(p -> s.append("  ").append(p.display()).append('\n'));
        }
        return s.toString();
    }
}
