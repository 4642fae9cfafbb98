package io.perfeval.core;

import io.perfeval.core.DeclaredIndicator.Judged;
import io.perfeval.core.DeclaredIndicator.Measured;
import io.perfeval.core.DeclaredIndicator.Missing;
import io.perfeval.core.DeclaredIndicator.Qualitative;
import io.perfeval.core.DeclaredIndicator.Quantitative;
import io.perfeval.core.diag.InvalidInputException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link RulePack#bind}: a template pack and one project's declared indicators make an ordinary pack. Every problem
 * of the declarations is collected (I031–I039) and thrown together; nothing is guessed.
 */
final class TemplateBinding {

    private final RulePack pack;
    private final IndicatorTemplate template;
    private final List<Problem> problems = new ArrayList<>();
    private final List<DataField> fields = new ArrayList<>();
    /** Per 一级 heading, per 二级 heading ("" for none), the bound leaves in declaration order. */
    private final Map<String, Map<String, List<Indicator.Leaf>>> placed = new LinkedHashMap<>();

    private TemplateBinding(RulePack pack) {
        this.pack = pack;
        this.template = pack.template().orElseThrow();
    }

    static RulePack bind(RulePack pack, List<DeclaredIndicator> declared) {
        TemplateBinding b = new TemplateBinding(pack);
        Set<String> names = new HashSet<>(pack.indicatorNames());
        for (IndicatorTemplate.Heading h : b.template.headings()) {
            names.add(h.name());
            h.children().forEach(c -> names.add(c.name()));
        }
        for (DeclaredIndicator d : declared) {
            if (!names.add(d.name()) || d.name().isBlank()) {
                b.problem("I039", d.name(), d.name().isBlank() ? "（无名称）" : d.name());
                continue;
            }
            b.declare(d);
        }
        b.sums(declared);
        if (!b.problems.isEmpty()) {
            throw new InvalidInputException(Problem.sorted(b.problems));
        }
        return b.build();
    }

    private void problem(String code, String subject, Object... args) {
        problems.add(Problem.core(code, Severity.ERROR, subject, null, args));
    }

    private void declare(DeclaredIndicator d) {
        Optional<IndicatorTemplate.Heading> h1 = template.heading(d.level1());
        if (h1.isEmpty()) {
            problem("I031", d.name(), d.level1(), headingNames(template.headings()));
            return;
        }
        List<IndicatorTemplate.Heading> level2 = h1.get().children();
        if (level2.isEmpty() ? !d.level2().isEmpty()
                : level2.stream().noneMatch(c -> c.name().equals(d.level2()))) {
            problem("I031", d.name(), d.level1() + "/" + d.level2(), level2.isEmpty() ? "（无二级指标）"
                    : headingNames(level2));
            return;
        }
        if (d.maxScore().signum() <= 0) {
            problem("I039", d.name(), d.name() + "：分值 " + d.maxScore().toPlainString());
            return;
        }
        Rule rule = rule(d);
        if (rule != null) {
            Indicator.Leaf leaf = new Indicator.Leaf(d.name(), d.maxScore(), describe(d), kindOf(d).map(
                    IndicatorTemplate.Kind::criterion).orElse(""), rule);
            placed.computeIfAbsent(d.level1(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(d.level2(), k -> new ArrayList<>()).add(leaf);
        }
    }

    /**
     * The kind that scores {@code d}: by its target's direction, except that an «=» target of 0 (安全事故 =0次) is
     * scored by the kind of ≤ — zero can only be missed from above, and the kind of = (正向) would give full marks to
     * any result at or above it. A 财政 performance system's 等于指标 rule does the same (full only when the result is
     * 0 or less).
     */
    private Optional<IndicatorTemplate.Kind> kindOf(DeclaredIndicator d) {
        if (d.target() instanceof Quantitative q) {
            if (q.direction() == Condition.Comparison.EQ && q.value().signum() == 0) {
                return template.kindFor(Condition.Comparison.LE);
            }
            return q.direction() == null ? Optional.empty() : template.kindFor(q.direction());
        }
        return template.qualitativeKind();
    }

    /** The indicator's rule: its kind's, over its own data; null (with the problem reported) when it has none. */
    private Rule rule(DeclaredIndicator d) {
        if (d.target() instanceof Quantitative q && q.direction() == null) {
            problem("I032", d.name(), q.text());
            return null;
        }
        Optional<IndicatorTemplate.Kind> kind = kindOf(d);
        if (kind.isEmpty()) {
            problem("I033", d.name(), d.target() instanceof Quantitative q ? q.direction().symbol() : "定性",
                    kindNames());
            return null;
        }
        if (d.result() instanceof DeclaredIndicator.NotApplicable na) {
            return new Rule.NotApplicable(na.reason());
        }
        if (d.result() instanceof Missing) {
            problem("I035", d.name(), d.name());
            return null;
        }
        boolean judged = d.result() instanceof Judged;
        if (judged != kind.get().qualitative()) {
            problem("I036", d.name(), kind.get().name(), judged ? "评价人判断" : "实际完成值");
            return null;
        }
        if (d.result() instanceof Judged j) {
            return band(d, j, kind.get().rule()) ? kind.get().rule() : null;
        }
        Quantitative q = (Quantitative) d.target();
        Measured m = (Measured) d.result();
        if (!q.unit().equals(m.unit())) {
            problem("I034", d.name(), q.unit().isEmpty() ? "（无单位）" : q.unit(),
                    m.unit().isEmpty() ? "（无单位）" : m.unit());
            return null;
        }
        Unit unit = q.unit().isEmpty() ? Unit.NUMBER : q.unit().equals("%") ? Unit.PERCENT : Unit.other(q.unit());
        fields.add(new DataField(d.targetField(), DataType.QUANTITY, unit, "年度指标值 " + q.text(), List.of(),
                List.of(), null, null));
        fields.add(new DataField(d.actualField(), DataType.QUANTITY, unit, "实际完成值", List.of(), List.of(), null,
                null));
        return Renamed.rule(kind.get().rule(), Map.of(IndicatorTemplate.ACTUAL, d.actualField(),
                IndicatorTemplate.TARGET, d.targetField()));
    }

    /**
     * A judged level must be one of the kind's levels, and the score must lie within that level's band (I037). Where
     * two bands meet, the edge belongs to the higher band, as the tables say («100-80%(含80%)、80-60%(含60%)»): a band
     * whose top is another band's bottom excludes it.
     */
    private boolean band(DeclaredIndicator d, Judged j, Rule rule) {
        if (!(rule instanceof Rule.Levels levels)) {
            return true; // a kind judged otherwise (酌情) has its range checked by the evaluator
        }
        List<String> labels = new ArrayList<>();
        for (Rule.Level l : levels.levels()) {
            labels.add(l.label());
            if (l.label().equals(j.level())) {
                BigDecimal lo = l.min().resolve(d.maxScore());
                BigDecimal hi = l.max().resolve(d.maxScore());
                boolean open = levels.levels().stream().anyMatch(o -> o != l
                        && o.min().resolve(d.maxScore()).compareTo(hi) == 0);
                BigDecimal s = j.judgement().score();
                int top = s.compareTo(hi);
                if (s.compareTo(lo) < 0 || top > 0 || open && top == 0) {
                    problem("I037", d.name(), Decimals.trim(s), j.level(), "[" + Decimals.trim(lo) + ", "
                            + Decimals.trim(hi) + (open ? ")" : "]"));
                    return false;
                }
                return true;
            }
        }
        problem("I037", d.name(), Decimals.trim(j.judgement().score()), j.level(), "可选：" + String.join("、",
                labels));
        return false;
    }

    /** The declared 分值 add up to the template's share, and to each heading's 分值 where the template fixes it. */
    private void sums(List<DeclaredIndicator> declared) {
        BigDecimal all = BigDecimal.ZERO;
        for (DeclaredIndicator d : declared) {
            all = all.add(d.maxScore());
        }
        if (all.compareTo(template.share()) != 0) {
            problem("I038", "", "全部自定指标", Decimals.trim(all), Decimals.trim(template.share()));
        }
        for (IndicatorTemplate.Heading h : template.headings()) {
            headingSum(h, declared.stream().filter(d -> d.level1().equals(h.name())).toList());
            for (IndicatorTemplate.Heading c : h.children()) {
                headingSum(c, declared.stream().filter(d -> d.level1().equals(h.name())
                        && d.level2().equals(c.name())).toList());
            }
        }
    }

    private void headingSum(IndicatorTemplate.Heading h, List<DeclaredIndicator> under) {
        if (h.maxScore() == null) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (DeclaredIndicator d : under) {
            sum = sum.add(d.maxScore());
        }
        if (sum.compareTo(h.maxScore()) != 0) {
            problem("I038", h.name(), h.name(), Decimals.trim(sum), Decimals.trim(h.maxScore()));
        }
    }

    private RulePack build() {
        RulePack.Builder b = RulePack.builder(pack.info()).rounding(pack.rounding()).grades(pack.grades())
                .totalScore(pack.totalScore()).notApplicablePolicy(pack.notApplicablePolicy())
                .bonusPolicy(pack.bonusPolicy());
        pack.maxTotal().ifPresent(b::maxTotal);
        pack.fields().forEach(b::field);
        fields.forEach(b::field);
        pack.measures().forEach(b::measure);
        pack.indicators().forEach(b::indicator);
        for (IndicatorTemplate.Heading h : template.headings()) {
            Map<String, List<Indicator.Leaf>> under = placed.get(h.name());
            if (under == null) {
                continue;
            }
            List<Indicator> children = new ArrayList<>();
            for (Map.Entry<String, List<Indicator.Leaf>> e : ordered(h, under)) {
                if (e.getKey().isEmpty()) {
                    children.addAll(e.getValue());
                } else {
                    children.add(new Indicator.Group(e.getKey(), sum(e.getValue()), List.copyOf(e.getValue())));
                }
            }
            b.indicator(new Indicator.Group(h.name(), sum(children), children));
        }
        pack.sourceMap().forEach(b::source);
        RulePack.CheckResult r = b.check();
        return r.pack().orElseThrow(() -> new InvalidInputException(
                r.problems().stream().filter(Problem::isError).toList()));
    }

    /** The 二级 groups in the template's order (declared indicators may come in any order). */
    private static List<Map.Entry<String, List<Indicator.Leaf>>> ordered(IndicatorTemplate.Heading h,
                                                                        Map<String, List<Indicator.Leaf>> under) {
        if (h.children().isEmpty()) {
            return List.copyOf(under.entrySet());
        }
        List<Map.Entry<String, List<Indicator.Leaf>>> out = new ArrayList<>();
        for (IndicatorTemplate.Heading c : h.children()) {
            if (under.containsKey(c.name())) {
                out.add(Map.entry(c.name(), under.get(c.name())));
            }
        }
        return out;
    }

    private static BigDecimal sum(List<? extends Indicator> list) {
        BigDecimal s = BigDecimal.ZERO;
        for (Indicator i : list) {
            s = s.add(i.maxScore());
        }
        return s;
    }

    private static String describe(DeclaredIndicator d) {
        return "年度指标值：" + (d.target() instanceof Quantitative q ? q.text() : ((Qualitative) d.target()).text());
    }

    private static String headingNames(List<IndicatorTemplate.Heading> hs) {
        return String.join("、", hs.stream().map(IndicatorTemplate.Heading::name).toList());
    }

    private String kindNames() {
        List<String> out = new ArrayList<>();
        for (IndicatorTemplate.Kind k : template.kinds()) {
            out.add(k.name() + (k.qualitative() ? "" : "（" + String.join("、", k.directions().stream()
                    .map(c -> c.symbol()).toList()) + "）"));
        }
        return String.join("、", out);
    }
}
