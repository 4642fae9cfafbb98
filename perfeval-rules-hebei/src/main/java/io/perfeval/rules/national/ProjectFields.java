package io.perfeval.rules.national;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfeval.core.DeclaredIndicator;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The keys of the project input document and their reading from a JSON tree: each object's keys are checked against
 * the keys it may have (J031), each value's type (J032), each required value's presence (J033), each number's range
 * (J034), each quantitative row's 实际完成值 and each qualitative row's 得分 (J037). One instance reads one document
 * and adds every problem to the list it was given.
 */
final class ProjectFields {

    static final String PACK = "规则包";
    static final String NAME = "项目名称";
    static final String FUNDS = "项目资金";
    static final String INDICATORS = "绩效指标";
    static final String GOAL = "年度总体目标";
    static final Set<String> TOP = Set.of(PACK, NAME, "主管部门", "实施单位", FUNDS, GOAL, INDICATORS, "预算执行率得分",
            "总分");
    static final Set<String> FUND_ROWS = Set.of("年度资金总额", "财政拨款", "上年结转", "其他资金");
    static final Set<String> MONEY = Set.of("年初预算数", "全年预算数", "全年执行数");
    static final Set<String> GOAL_KEYS = Set.of("预期目标", "实际完成情况");
    static final Set<String> ROW = Set.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
            "档次", "评价理由", "不适用", "偏差原因分析及改进措施");

    private final String source;
    /** The JSON pointer of the document within the one it is nested in ("" for a document of its own). */
    private final String base;
    private final List<Problem> problems;

    ProjectFields(String source, String base, List<Problem> problems) {
        this.source = source;
        this.base = base;
        this.problems = problems;
    }

    private void add(String code, String at, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = base + at;
        System.arraycopy(args, 0, all, 1, args.length);
        problems.add(ProjectInputJson.problem(code, base + at, source, all));
    }

    ProjectInput project(JsonNode root) {
        keys(root, "", TOP);
        String name = text(root, "", NAME, true);
        ProjectInput.Funds funds = funds(root.get(FUNDS));
        JsonNode g = object(root, "", GOAL, false);
        ProjectInput.Goal goal = null;
        if (g != null) {
            keys(g, "/" + GOAL, GOAL_KEYS);
            goal = new ProjectInput.Goal(text(g, "/" + GOAL, "预期目标", false), text(g, "/" + GOAL, "实际完成情况", false));
        }
        List<ProjectInput.Indicator> rows = new ArrayList<>();
        JsonNode list = root.get(INDICATORS);
        if (list == null || list.isNull()) {
            add("J033", "/" + INDICATORS);
        } else if (!list.isArray()) {
            add("J032", "/" + INDICATORS, "数组");
        } else {
            for (int i = 0; i < list.size(); i++) {
                ProjectInput.Indicator row = row(list.get(i), "/" + INDICATORS + "/" + i);
                if (row != null) {
                    rows.add(row);
                }
            }
        }
        BigDecimal budgetScore = number(root, "", "预算执行率得分", false);
        BigDecimal total = number(root, "", "总分", false);
        String pack = text(root, "", PACK, false);
        String department = text(root, "", "主管部门", false);
        String implementer = text(root, "", "实施单位", false);
        if (!problems.isEmpty() || name == null || funds == null) {
            return null;
        }
        return new ProjectInput(pack, name, department, implementer, funds, goal, rows, budgetScore, total);
    }

    private ProjectInput.Funds funds(JsonNode f) {
        String at = "/" + FUNDS;
        if (f == null || f.isNull()) {
            add("J033", at);
            return null;
        }
        if (!f.isObject()) {
            add("J032", at, "对象");
            return null;
        }
        keys(f, at, FUND_ROWS);
        ProjectInput.Money total = money(f, at, "年度资金总额", true);
        ProjectInput.Money fiscal = money(f, at, "财政拨款", false);
        ProjectInput.Money carried = money(f, at, "上年结转", false);
        ProjectInput.Money other = money(f, at, "其他资金", false);
        return total == null ? null : new ProjectInput.Funds(total, fiscal, carried, other);
    }

    private ProjectInput.Money money(JsonNode parent, String at, String key, boolean required) {
        JsonNode m = object(parent, at, key, required);
        if (m == null) {
            return null;
        }
        String here = at + "/" + key;
        keys(m, here, MONEY);
        // the 年度资金总额 row is what 预算执行率 is computed from: its 全年预算数 and 全年执行数 are required
        return new ProjectInput.Money(number(m, here, "年初预算数", false), number(m, here, "全年预算数", required),
                number(m, here, "全年执行数", required));
    }

    private ProjectInput.Indicator row(JsonNode r, String at) {
        if (r == null || !r.isObject()) {
            add("J032", at, "对象");
            return null;
        }
        int before = problems.size();
        keys(r, at, ROW);
        String level1 = text(r, at, "一级指标", true);
        String name = text(r, at, "三级指标", true);
        String target = required(r, at);
        BigDecimal max = number(r, at, "分值", true);
        BigDecimal score = number(r, at, "得分", false);
        String actual = cell(r.get("实际完成值"), at + "/实际完成值");
        String notApplicable = text(r, at, "不适用", false);
        if (problems.size() > before || level1 == null || name == null || target == null || max == null) {
            return null;
        }
        if (notApplicable == null) {
            DeclaredIndicator.Target t = TargetText.target(target);
            if (t instanceof DeclaredIndicator.Quantitative && actual != null && !actual.isBlank()
                    && (TargetText.quantity(actual).isEmpty() || TargetText.quantity(actual).get().direction() != null)) {
                add("J037", at + "/实际完成值", actual, target);
            } else if (t instanceof DeclaredIndicator.Qualitative && score == null) {
                add("J037", at + "/得分", actual == null ? "（无）" : actual, target);
            }
        }
        return new ProjectInput.Indicator(level1, text(r, at, "二级指标", false), name, target, actual,
                text(r, at, "档次", false), max, score, text(r, at, "评价理由", false), notApplicable,
                text(r, at, "偏差原因分析及改进措施", false));
    }

    /** 年度指标值 (required): a string as written, or a bare number. */
    private String required(JsonNode r, String at) {
        JsonNode v = r.get("年度指标值");
        if (v == null || v.isNull()) {
            add("J033", at + "/年度指标值");
            return null;
        }
        return cell(v, at + "/年度指标值");
    }

    /** A text cell that may also be written as a JSON number (43.2): the number as written. */
    private String cell(JsonNode v, String at) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return checked(v.decimalValue(), at, true) == null ? null : v.decimalValue().toPlainString();
        }
        if (!v.isTextual()) {
            add("J032", at, "字符串或数值");
            return null;
        }
        return v.asText();
    }

    private void keys(JsonNode node, String at, Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                add("J031", at + "/" + k, k);
            }
        }
    }

    /**
     * The value at {@code key} when present and of the JSON type {@code ok} accepts; else null, with J033 for a
     * required value that is absent and J032 (naming {@code expected}) for one of another type.
     */
    private JsonNode value(JsonNode parent, String at, String key, boolean required,
                           java.util.function.Predicate<JsonNode> ok, String expected) {
        JsonNode v = parent.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                add("J033", at + "/" + key);
            }
            return null;
        }
        if (!ok.test(v)) {
            add("J032", at + "/" + key, expected);
            return null;
        }
        return v;
    }

    private JsonNode object(JsonNode parent, String at, String key, boolean required) {
        return value(parent, at, key, required, JsonNode::isObject, "对象");
    }

    private String text(JsonNode parent, String at, String key, boolean required) {
        JsonNode v = value(parent, at, key, required, JsonNode::isTextual, "字符串");
        if (v == null) {
            return null;
        }
        if (required && v.asText().isBlank()) {
            add("J033", at + "/" + key);
            return null;
        }
        return v.asText();
    }

    private BigDecimal number(JsonNode parent, String at, String key, boolean required) {
        JsonNode v = value(parent, at, key, required, JsonNode::isNumber, "数值");
        return v == null ? null : checked(v.decimalValue(), at + "/" + key, false);
    }

    /** Within the input limits, and not negative unless {@code signed} (a 年度指标值 or 实际完成值 may be). */
    private BigDecimal checked(BigDecimal x, String at, boolean signed) {
        if (!EvaluationInput.withinLimits(x) || !signed && x.signum() < 0) {
            add("J034", at, x.toPlainString());
            return null;
        }
        return x;
    }
}
