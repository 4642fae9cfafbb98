package io.perfeval.core;

import io.perfeval.core.diag.Severity;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Decimals;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The checks of an {@link IndicatorTemplate} when its pack is built: headings are named once and never as an
 * indicator (C026), the 分值 a template fixes fit its share (C027), each direction belongs to one kind (C028), and a
 * qualitative kind is scored by the evaluator's judgement while a quantitative one is not (C029).
 */
final class TemplateChecks {

    /** Where a check reports: code, severity, subject, message arguments. */
    interface Report {
        void report(String code, Severity severity, String subject, Object... args);
    }

    private TemplateChecks() {
    }

    static void check(IndicatorTemplate t, Map<String, String> indicatorNames, Report r) {
        Set<String> seen = new HashSet<>();
        BigDecimal fixed = BigDecimal.ZERO;
        boolean allFixed = true;
        for (IndicatorTemplate.Heading h : t.headings()) {
            heading(h, h.name(), seen, indicatorNames, r);
            if (h.maxScore() == null) {
                allFixed = false;
            } else {
                fixed = fixed.add(h.maxScore());
            }
            children(h, r);
        }
        int over = fixed.compareTo(t.share());
        if (over > 0 || allFixed && over != 0) {
            r.report("C027", Severity.ERROR, "指标模板", "指标模板", Decimals.trim(t.share()), Decimals.trim(fixed));
        }
        Map<Condition.Comparison, String> owner = new HashMap<>();
        String qualitative = null;
        for (IndicatorTemplate.Kind k : t.kinds()) {
            String subject = "指标模板/" + k.name();
            for (Condition.Comparison c : k.directions()) {
                String before = owner.putIfAbsent(c, k.name());
                if (before != null) {
                    r.report("C028", Severity.ERROR, subject, c.symbol(), before, k.name());
                }
            }
            if (k.qualitative()) {
                if (qualitative != null) {
                    r.report("C028", Severity.ERROR, subject, "定性", qualitative, k.name());
                }
                qualitative = k.name();
            }
            if (k.qualitative() != RuleWalk.usesJudgement(k.rule())) {
                r.report("C029", Severity.ERROR, subject, k.name(), k.qualitative() ? 1 : 0);
            }
        }
    }

    private static void heading(IndicatorTemplate.Heading h, String path, Set<String> seen,
                                Map<String, String> indicatorNames, Report r) {
        if (!seen.add(h.name()) || indicatorNames.containsKey(h.name())) {
            r.report("C026", Severity.ERROR, "指标模板/" + path, h.name());
        }
        for (IndicatorTemplate.Heading c : h.children()) {
            heading(c, path + "/" + c.name(), seen, indicatorNames, r);
        }
    }

    private static void children(IndicatorTemplate.Heading h, Report r) {
        BigDecimal fixed = BigDecimal.ZERO;
        boolean allFixed = !h.children().isEmpty();
        for (IndicatorTemplate.Heading c : h.children()) {
            if (c.maxScore() == null) {
                allFixed = false;
            } else {
                fixed = fixed.add(c.maxScore());
            }
        }
        if (h.maxScore() != null && (fixed.compareTo(h.maxScore()) > 0 || allFixed
                && fixed.compareTo(h.maxScore()) != 0)) {
            r.report("C027", Severity.ERROR, "指标模板/" + h.name(), h.name(), Decimals.trim(h.maxScore()),
                    Decimals.trim(fixed));
        }
    }
}
