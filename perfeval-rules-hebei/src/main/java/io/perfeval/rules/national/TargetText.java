package io.perfeval.rules.national;

import io.perfeval.core.DeclaredIndicator;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.rule.Condition.Comparison;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 年度指标值 and an 实际完成值 as the tables write them: {@code ≥95%}, {@code ≤90万元}, {@code =8个} are a
 * direction, a number and a unit; {@code 43.2} is a number without a direction (binding reports it, I032); anything
 * that is not a number is a qualitative target (效果明显, 严格执行相关制度规定). An 实际完成值 written as a bare number
 * is in the target's unit — the table's column convention («50» under «≥50个»); a unit written differently is a
 * mismatch (I034), never converted.
 */
final class TargetText {

    private static final Pattern QUANTITY = Pattern.compile(
            "^\\s*(≥|>=|≧|>|＞|≤|<=|≦|<|＜|=|＝)?\\s*([+-]?[0-9]+(?:\\.[0-9]+)?)\\s*([^0-9\\s][^\\s]*)?\\s*$");

    private static final Map<String, Comparison> DIRECTIONS = Map.ofEntries(Map.entry("≥", Comparison.GE),
            Map.entry(">=", Comparison.GE), Map.entry("≧", Comparison.GE), Map.entry(">", Comparison.GT),
            Map.entry("＞", Comparison.GT), Map.entry("≤", Comparison.LE), Map.entry("<=", Comparison.LE),
            Map.entry("≦", Comparison.LE), Map.entry("<", Comparison.LT), Map.entry("＜", Comparison.LT),
            Map.entry("=", Comparison.EQ), Map.entry("＝", Comparison.EQ));

    private TargetText() {
    }

    /** A number with its direction (or none) and unit, if {@code text} is one. */
    static Optional<DeclaredIndicator.Quantitative> quantity(String text) {
        Matcher m = QUANTITY.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Comparison dir = m.group(1) == null ? null : DIRECTIONS.get(m.group(1));
        return Optional.of(new DeclaredIndicator.Quantitative(dir, new BigDecimal(m.group(2)), unit(m.group(3))));
    }

    /** 百分比 and ％ are %; other units are kept as written. */
    static String unit(String u) {
        if (u == null) {
            return "";
        }
        return u.equals("％") || u.equals("百分比") ? "%" : u;
    }

    /**
     * The level as the pack names it. The same three levels are written in two wordings: «达成预期指标» (the published
     * tables, the pack) and «达成年度指标» (the 2020 wording a 财政 system enumerates), and that system also writes
     * «未完成…» for «未达成…»; each is read as the pack's name, nothing else is changed.
     */
    static String level(String written) {
        String s = written.strip().replace("年度指标", "预期指标");
        return s.startsWith("未完成预期指标") ? "未达成" + s.substring(3) : s;
    }

    static DeclaredIndicator.Target target(String text) {
        return quantity(text).<DeclaredIndicator.Target>map(q -> q)
                .orElseGet(() -> new DeclaredIndicator.Qualitative(text.strip()));
    }

    /**
     * The row's result: 不适用 when it says so; for a quantitative target the 实际完成值 as a number (bare: in the
     * target's unit); for a qualitative one the level chosen and the table's 得分 as the evaluator's judgement, with
     * the row's reason (else the level itself, which is what the table gives as its reason). Missing otherwise.
     */
    static DeclaredIndicator.Result result(DeclaredIndicator.Target target, ProjectInput.Indicator row) {
        if (row.notApplicable() != null) {
            return new DeclaredIndicator.NotApplicable(row.notApplicable());
        }
        if (row.actual() == null || row.actual().isBlank()) {
            return new DeclaredIndicator.Missing();
        }
        if (target instanceof DeclaredIndicator.Quantitative q) {
            Optional<DeclaredIndicator.Quantitative> a = quantity(row.actual());
            if (a.isEmpty() || a.get().direction() != null) {
                return new DeclaredIndicator.Missing();
            }
            String unit = a.get().unit().isEmpty() ? q.unit() : a.get().unit();
            return new DeclaredIndicator.Measured(a.get().value(), unit);
        }
        if (row.score() == null) {
            return new DeclaredIndicator.Missing();
        }
        String level = level(row.level() == null ? row.actual() : row.level());
        String reason = row.reason().isBlank() ? "实际完成值：" + row.actual().strip() : row.reason();
        return new DeclaredIndicator.Judged(level, new Judgement(row.score(), reason));
    }
}
