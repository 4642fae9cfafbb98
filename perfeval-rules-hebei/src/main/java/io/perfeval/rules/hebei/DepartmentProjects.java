package io.perfeval.rules.hebei;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.InputProblems;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.rule.Decimals;
import io.perfeval.rules.national.ProjectInput;
import io.perfeval.rules.national.ProjectInputJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The projects of a department's 分项绩效项目清单 that carry their own 项目支出绩效自评表 (项目自评): each document read
 * and bound to the project template with every problem located by its JSON pointer inside the department's document
 * ({@code /分项绩效项目清单/4/项目自评/绩效指标/2}), and each checked against its line of the list (C030–C033).
 */
final class DepartmentProjects {

    /** The key of a list line under which the project's own self-evaluation is carried. */
    static final String KEY = "项目自评";
    static final String LIST = "/分项绩效项目清单/";

    /** A carried project: its place in the list, its line, and the document bound to the template. */
    record Carried(int index, DepartmentInput.Project line, ProjectInputJson.Bound bound) {

        /** The JSON pointer of the list line. */
        String at() {
            return LIST + index;
        }

        /** The JSON pointer of the carried document. */
        String document() {
            return at() + "/" + KEY;
        }
    }

    private DepartmentProjects() {
    }

    /**
     * Every carried document of {@code in} read for {@code template}; the problems of all of them are added to
     * {@code problems} (nothing is returned for a document with problems).
     */
    static List<Carried> read(DepartmentInput in, String source, RulePack template, List<Problem> problems) {
        List<Carried> out = new ArrayList<>();
        List<DepartmentInput.Project> lines = in.projects() == null ? List.of() : in.projects();
        for (int i = 0; i < lines.size() && !InputProblems.full(problems); i++) {
            DepartmentInput.Project line = lines.get(i);
            JsonNode document = line == null ? null : line.selfEvaluation();
            if (document == null) {
                continue;
            }
            try {
                out.add(new Carried(i, line, ProjectInputJson.readFor(document, source, LIST + i + "/" + KEY,
                        template)));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        return out;
    }

    /**
     * The line against its document: 项目名称, 预算数 = 全年预算数 and 执行数 = 全年执行数 of the 年度资金总额 row, 自评得分 =
     * the document's 总分. Each disagreement is a warning located at the document's figure, naming the line's.
     */
    static List<Problem> check(Carried c, String source) {
        List<Problem> out = new ArrayList<>();
        DepartmentInput.Project line = c.line();
        ProjectInput doc = c.bound().project();
        if (line.name() != null && !line.name().strip().equals(doc.name().strip())) {
            out.add(warning("C030", c.document() + "/项目名称", source, doc.name(), c.at() + "/项目名称", line.name()));
        }
        ProjectInput.Money total = doc.funds().total();
        String money = c.document() + "/项目资金/年度资金总额/";
        differs(out, "C031", money + "全年预算数", total.budget(), c.at() + "/预算数", line.budget(), source);
        differs(out, "C032", money + "全年执行数", total.executed(), c.at() + "/执行数", line.executed(), source);
        differs(out, "C033", c.document() + "/总分", doc.selfTotal(), c.at() + "/自评得分", line.selfScore(), source);
        return out;
    }

    private static void differs(List<Problem> out, String code, String at, BigDecimal document, String lineAt,
                                BigDecimal listed, String source) {
        if (document != null && listed != null && document.compareTo(listed) != 0) {
            out.add(warning(code, at, source, Decimals.trim(document), lineAt, Decimals.trim(listed)));
        }
    }

    /** C034: the list's 自评得分 is not the score the template gives the carried document. */
    static Problem audit(Carried c, BigDecimal computed, String source) {
        BigDecimal listed = c.line().selfScore();
        String at = c.at() + "/自评得分";
        BigDecimal difference = listed.subtract(computed);
        return warning("C034", at, source, Decimals.trim(listed), Decimals.trim(computed),
                (difference.signum() > 0 ? "+" : "") + Decimals.trim(difference));
    }

    static Problem warning(String code, String at, String source, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = source;
        all[1] = at;
        System.arraycopy(args, 0, all, 2, args.length);
        return Problem.of(DepartmentInputJson.BUNDLE, code, Severity.WARNING, at, null, all);
    }
}
