package io.perfeval.rules.national;

import io.perfeval.core.Indicator;
import io.perfeval.core.IndicatorTemplate;
import io.perfeval.core.NotApplicablePolicy;
import io.perfeval.core.RulePack;
import io.perfeval.core.rule.Decimals;
import java.util.ArrayList;
import java.util.List;

/**
 * The notes (填表说明) printed under a 项目支出绩效自评表: how each figure of the table is scored, taken from the template
 * pack itself — each fixed indicator's 评价标准, the share the project's own indicators divide and under which 一级
 * headings, each kind's 评价标准 (正向, 反向, 定性) and the pack's treatment of an indicator that does not apply — so
 * the notes say exactly what the score on the sheet was computed by, in the pack's own (cited) wording, and never
 * text the pack does not hold. The official 填表说明 of 财预〔2020〕10号 could not be retrieved (see the module README).
 */
public final class ProjectTableNotes {

    private ProjectTableNotes() {
    }

    /**
     * The notes of {@code template}, one per line, unnumbered.
     *
     * @throws IllegalArgumentException when the pack has no indicator template (a department pack)
     */
    public static List<String> of(RulePack template) {
        IndicatorTemplate t = template.template().orElseThrow(() -> new IllegalArgumentException(
                template.info().id() + " has no indicator template (指标模板)"));
        List<String> notes = new ArrayList<>();
        for (Indicator i : template.indicators()) {
            String head = i.name() + "（" + Decimals.trim(i.maxScore()) + " 分）";
            notes.add(i instanceof Indicator.Leaf leaf && !leaf.criterion().isBlank() ? head + "：" + leaf.criterion()
                    : head + "。");
        }
        notes.add("其余 " + Decimals.trim(t.share()) + " 分由项目自设的三级指标分配，列于一级指标"
                + String.join("、", t.headings().stream().map(IndicatorTemplate.Heading::name).toList()) + "之下。");
        for (IndicatorTemplate.Kind k : t.kinds()) {
            String directions = k.directions().isEmpty() ? "" : "（年度指标值为 " + String.join("、",
                    k.directions().stream().map(d -> d.symbol()).toList()) + "）";
            notes.add(k.name() + "指标" + directions + "：" + k.criterion());
        }
        if (template.notApplicablePolicy() == NotApplicablePolicy.RESCALE) {
            notes.add("不适用的指标不考核，其余指标得分" + NotApplicablePolicy.RESCALE.chinese() + "为 "
                    + Decimals.trim(template.totalScore()) + " 分制。");
        }
        return notes;
    }

    /** The notes as text to print under the sheet: a heading naming the pack and its basis, then numbered lines. */
    public static String render(RulePack template) {
        StringBuilder s = new StringBuilder("\n填表说明（").append(template.info().name()).append("，规则包 ")
                .append(template.info().id()).append("；依据：").append(template.info().basis()).append("）：\n");
        List<String> notes = of(template);
        for (int i = 0; i < notes.size(); i++) {
            s.append("  ").append(i + 1).append(". ").append(notes.get(i)).append('\n');
        }
        return s.toString();
    }
}
