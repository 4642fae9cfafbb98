package io.perfeval.dsl;

import io.perfeval.core.Indicator;
import io.perfeval.core.IndicatorTemplate;
import io.perfeval.core.rule.Condition;
import io.perfeval.dsl.PackParser.CmpContext;
import io.perfeval.dsl.PackParser.TemplateItemContext;
import io.perfeval.dsl.PackParser.TemplateSectionContext;
import io.perfeval.dsl.PackParser.TmplHeadingContext;
import io.perfeval.dsl.PackParser.TmplKindContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * The 指标模板 section of a project pack: its share, its fixed headings, and per kind of indicator the criterion,
 * compiled as any leaf's is, over 实际完成值, 指标值 and the 分值 (README §1, 指标模板). The checks of the template as a
 * whole (headings named once, fixed 分值 that fit, one kind per direction) are the core's (C026–C029).
 */
final class TemplateReader {

    /**
     * The 分值 a kind's criterion is compiled against. The criterion is written in shares of the 分值 (得满分, 按比例,
     * 按分值的100%-80%), so any positive number serves; each bound indicator's own 分值 replaces it.
     */
    private static final BigDecimal NOMINAL_MAX = BigDecimal.TEN;

    private final PackReader reader;
    private final Diag diag;
    private BigDecimal share;
    private final List<IndicatorTemplate.Heading> headings = new ArrayList<>();
    private final List<IndicatorTemplate.Kind> kinds = new ArrayList<>();
    private boolean failed;
    private boolean seen;

    TemplateReader(PackReader reader, Diag diag) {
        this.reader = reader;
        this.diag = diag;
    }

    /** Reads one 指标模板 section: headings now; the kinds' names are declared so the pack's aliases may use them. */
    void section(TemplateSectionContext t) {
        if (seen) {
            diag.error("D059", "指标模板", reader.loc(t.getStart()));
            failed = true;
            return;
        }
        seen = true;
        share = reader.number(t.number());
        if (share.signum() <= 0) {
            diag.error("D024", "指标模板", reader.loc(t.number()), t.number().getText(), "分值必须大于0");
            failed = true;
        }
        reader.source("指标模板", reader.loc(t.getStart()));
        reader.declareTemplateName(IndicatorTemplate.ACTUAL, t.getStart());
        reader.declareTemplateName(IndicatorTemplate.TARGET, t.getStart());
        this.section = t;
    }

    private TemplateSectionContext section;

    /** The template, its kinds compiled (after the pack's declarations and indicators); empty without one. */
    Optional<IndicatorTemplate> template() {
        if (section == null || failed) {
            return Optional.empty();
        }
        String open1 = null;
        List<IndicatorTemplate.Heading> children = new ArrayList<>();
        BigDecimal open1Max = null;
        for (TemplateItemContext item : section.templateItem()) {
            if (item instanceof TmplHeadingContext h) {
                String name = h.name != null ? h.name.getText()
                        : reader.oneLine(PackReader.unquote(h.quoted.getText()), h.quoted);
                BigDecimal max = h.number() == null ? null : reader.number(h.number());
                if (max != null && max.signum() <= 0) {
                    diag.error("D024", name, reader.loc(h.number()), h.number().getText(), "分值必须大于0");
                    failed = true;
                    max = null;
                }
                boolean top = h.depth.getType() == PackParser.LEVEL1;
                reader.source("指标模板/" + name, reader.loc(h.getStart()));
                if (top) {
                    if (open1 != null) {
                        headings.add(new IndicatorTemplate.Heading(open1, open1Max, children));
                    }
                    open1 = name;
                    open1Max = max;
                    children = new ArrayList<>();
                } else if (open1 == null) {
                    diag.error("D061", name, reader.loc(h.getStart()), name);
                    failed = true;
                } else {
                    children.add(new IndicatorTemplate.Heading(name, max, List.of()));
                }
            } else {
                kind((TmplKindContext) item);
            }
        }
        if (open1 != null) {
            headings.add(new IndicatorTemplate.Heading(open1, open1Max, children));
        }
        if (headings.isEmpty() || kinds.isEmpty()) {
            diag.error("D062", "指标模板", reader.loc(section.getStart()), headings.isEmpty() ? "一级" : "类型");
            failed = true;
        }
        return failed ? Optional.empty() : Optional.of(new IndicatorTemplate(share, headings, kinds));
    }

    private void kind(TmplKindContext k) {
        Token name = k.name;
        List<Condition.Comparison> directions = new ArrayList<>();
        for (CmpContext c : k.cmp()) {
            directions.add(PackReader.comparison(c));
        }
        String path = "指标模板/" + name.getText();
        reader.source(path, reader.loc(name));
        Indicator.Leaf leaf = reader.leaf(name.getText(), NOMINAL_MAX, name, k.indicatorPart(), path, null);
        if (leaf == null) {
            failed = true;
            return;
        }
        kinds.add(new IndicatorTemplate.Kind(name.getText(), directions, leaf.criterion(), leaf.rule()));
    }

    /** Whether the template could not be read (its errors are reported). */
    boolean failed() {
        return failed;
    }
}
