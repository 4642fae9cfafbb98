package io.perfeval.core;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.diag.Suggestions;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.input.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks an input against a pack's declarations and reports every problem at once: nothing is defaulted, nothing is
 * skipped.
 */
final class InputValidator {

    private InputValidator() {
    }

    static List<Problem> validate(RulePack pack, EvaluationInput input) {
        List<Problem> out = new ArrayList<>();
        for (DataField f : pack.fields()) {
            Value v = input.data().get(f.name());
            if (v == null) {
                out.add(error("I001", f.name(), f.type().chinese()));
            } else {
                checkValue(f, v, out);
            }
        }
        for (String name : input.data().keySet()) {
            if (pack.field(name).isEmpty()) {
                out.add(error("I002", name, Suggestions.closest(name, pack.fields().stream().map(DataField::name).toList())));
            }
        }
        for (Map.Entry<String, Judgement> e : input.judgements().entrySet()) {
            checkJudgement(pack, e.getKey(), e.getValue(), out);
        }
        for (Map.Entry<String, BigDecimal> e : input.selfScores().entrySet()) {
            if (pack.indicator(e.getKey()).isEmpty()) {
                out.add(error("I013", e.getKey(), Suggestions.closest(e.getKey(), pack.indicatorNames())));
            } else {
                checkNumber(e.getKey(), e.getValue(), out);
                if (e.getValue().signum() < 0) {
                    out.add(error("I014", e.getKey(), e.getValue().toPlainString()));
                }
            }
        }
        input.selfTotal().ifPresent(t -> checkNumber("合计", t, out));
        return out;
    }

    private static void checkValue(DataField f, Value v, List<Problem> out) {
        switch (f.type()) {
            case AMOUNT, PERCENTAGE, COUNT, QUANTITY -> {
                if (!(v instanceof Value.Number n)) {
                    out.add(error("I003", f.name(), f.type().chinese(), kind(v)));
                    return;
                }
                checkNumber(f, f.name(), n.value(), out);
            }
            case YES_NO -> {
                if (!(v instanceof Value.YesNo)) {
                    out.add(error("I003", f.name(), f.type().chinese(), kind(v)));
                }
            }
            case CHECKLIST -> {
                if (!(v instanceof Value.Checklist c)) {
                    out.add(error("I003", f.name(), f.type().chinese(), kind(v)));
                    return;
                }
                for (int i = 1; i <= f.items().size(); i++) {
                    if (!c.answers().containsKey(i)) {
                        out.add(error("I006", f.name(), i, f.items().get(i - 1)));
                    }
                }
                for (Integer item : c.answers().keySet()) {
                    if (item < 1 || item > f.items().size()) {
                        out.add(error("I007", f.name(), item, f.items().size()));
                    }
                }
            }
            case SERIES -> {
                if (!(v instanceof Value.Series s)) {
                    out.add(error("I003", f.name(), f.type().chinese(), kind(v)));
                    return;
                }
                for (String period : f.periods()) {
                    BigDecimal x = s.values().get(period);
                    if (x == null) {
                        out.add(error("I008", f.name(), period));
                    } else {
                        checkNumber(f, f.name() + "[" + period + "]", x, out);
                    }
                }
                for (String period : s.values().keySet()) {
                    if (!f.periods().contains(period)) {
                        out.add(error("I009", f.name(), period, String.join("、", f.periods())));
                    }
                }
            }
        }
    }

    private static void checkNumber(DataField f, String subject, BigDecimal x, List<Problem> out) {
        if (!checkNumber(subject, x, out)) {
            return;
        }
        if (x.signum() < 0 && f.nonNegative()) {
            out.add(error("I004", subject, x.toPlainString()));
        }
        if (f.type() == DataType.COUNT && x.stripTrailingZeros().scale() > 0) {
            out.add(error("I016", subject, x.toPlainString()));
        }
        if (f.min() != null && x.compareTo(f.min()) < 0 && !(x.signum() < 0 && f.nonNegative())) {
            out.add(error("I005", subject, x.toPlainString(), bounds(f)));
        }
        if (f.max() != null && x.compareTo(f.max()) > 0) {
            out.add(error("I005", subject, x.toPlainString(), bounds(f)));
        }
    }

    /** Size limits shared by data, judgements and self-scores; false when the number is unusable. */
    private static boolean checkNumber(String subject, BigDecimal x, List<Problem> out) {
        if (!EvaluationInput.withinLimits(x)) {
            out.add(error("I015", subject, x.toString(), EvaluationInput.MAX_DECIMALS));
            return false;
        }
        return true;
    }

    private static String bounds(DataField f) {
        return "[" + (f.min() == null ? "-∞" : f.min().toPlainString()) + ", "
                + (f.max() == null ? "+∞" : f.max().toPlainString()) + "]" + f.unit().symbol();
    }

    private static void checkJudgement(RulePack pack, String name, Judgement j, List<Problem> out) {
        var indicator = pack.indicator(name);
        if (indicator.isEmpty()) {
            out.add(error("I010", name, Suggestions.closest(name, pack.indicatorNames())));
            return;
        }
        if (!(indicator.get() instanceof Indicator.Leaf leaf) || !RuleWalk.usesJudgement(leaf.rule())) {
            out.add(error("I017", name));
            return;
        }
        if (!checkNumber(name, j.score(), out)) {
            return;
        }
        if (j.score().signum() < 0 || j.score().compareTo(leaf.maxScore()) > 0) {
            out.add(error("I011", name, j.score().toPlainString(), leaf.maxScore().toPlainString()));
        }
        if (j.reason().isBlank()) {
            out.add(error("I012", name));
        }
    }

    private static String kind(Value v) {
        if (v instanceof Value.Number) {
            return "数值";
        } else if (v instanceof Value.YesNo) {
            return "是否";
        } else if (v instanceof Value.Checklist) {
            return "清单";
        }
        return "分期数据";
    }

    private static Problem error(String code, String subject, Object... args) {
        return Problem.core(code, Severity.ERROR, subject, null, args);
    }
}
