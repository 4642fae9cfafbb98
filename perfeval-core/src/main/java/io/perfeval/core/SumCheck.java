package io.perfeval.core;

import io.perfeval.core.diag.Severity;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks of a {@link Rule.Sum} (分项计分), the part of {@link RuleChecker} that reads a sum's parts: C022 when the
 * parts' 分值 do not add up to the 分值 the sum is scored against; per part, C025 for a label already used and C023 for
 * a rule that is or holds a whole-indicator outcome; C024 when more than one part takes the evaluator's judgement (the
 * input has one judgement per indicator). Then each part's rules get every check of their kind against the part's
 * 分值, a sum among them recursively.
 */
final class SumCheck {

    private SumCheck() {
    }

    static void check(RuleChecker checker, Rule.Sum r, BigDecimal max, String path) {
        BigDecimal total = BigDecimal.ZERO;
        Set<String> labels = new HashSet<>();
        List<String> judged = new ArrayList<>();
        for (Rule.Part p : r.parts()) {
            total = total.add(p.max());
            if (!labels.add(p.label())) {
                checker.report("C025", Severity.ERROR, path, p.label());
            }
            String unfit = wholeIndicatorKind(p.rule());
            if (unfit != null) {
                checker.report("C023", Severity.ERROR, path, p.label(), unfit);
            }
            if (RuleWalk.usesJudgement(p.rule())) {
                judged.add("「" + p.label() + "」");
            }
        }
        if (total.compareTo(max) != 0) {
            checker.report("C022", Severity.ERROR, path, Decimals.trim(total), Decimals.trim(max));
        }
        if (judged.size() > 1) {
            checker.report("C024", Severity.ERROR, path, String.join("、", judged));
        }
        for (Rule.Part p : r.parts()) {
            checker.rules(p.rule(), p.max(), false, path);
        }
    }

    /**
     * What makes {@code rule} unfit to score one part of a sum, in the pack's words, or null: it is no rule at all
     * (无规则), or it is or holds (outside a sum of its own, whose parts are checked on their own) an outcome of a whole
     * indicator: 一票否决, 不适用, 加分. A 无规则 branch of 分情形 is not that: it is the text giving nothing for a case.
     */
    private static String wholeIndicatorKind(Rule rule) {
        if (rule instanceof Rule.NoRule) {
            return "无规则";
        }
        for (Rule r : RuleWalk.sameMax(rule)) {
            if (r instanceof Rule.Veto) {
                return "一票否决";
            } else if (r instanceof Rule.NotApplicable) {
                return "不适用";
            } else if (r instanceof Rule.Bonus) {
                return "加分";
            }
        }
        return null;
    }
}
