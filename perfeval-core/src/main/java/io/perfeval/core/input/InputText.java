package io.perfeval.core.input;

import io.perfeval.core.rule.Decimals;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

/** {@link EvaluationInput#toString()}: the input as its data, numbers as {@link Decimals#shown}. */
final class InputText {

    private InputText() {
    }

    static String of(EvaluationInput in) {
        StringBuilder b = new StringBuilder("EvaluationInput{单位=").append(in.entity()).append(", 数据=");
        map(b, in.data(), v -> shown((Value) v));
        b.append(", 酌情得分=");
        map(b, in.judgements(), j -> Decimals.shown(((Judgement) j).score()) + "（" + ((Judgement) j).reason() + "）");
        b.append(", 自评得分=");
        map(b, in.selfScores(), x -> Decimals.shown((BigDecimal) x));
        in.selfTotal().ifPresent(t -> b.append(", 自评合计=").append(Decimals.shown(t)));
        return b.append('}').toString();
    }

    private static StringBuilder map(StringBuilder b, Map<?, ?> m, Function<Object, String> shown) {
        b.append('{');
        String sep = "";
        for (Map.Entry<?, ?> e : m.entrySet()) {
            b.append(sep).append(e.getKey()).append('=').append(shown.apply(e.getValue()));
            sep = ", ";
        }
        return b.append('}');
    }

    private static String shown(Value v) {
        if (v instanceof Value.Number n) {
            return Decimals.shown(n.value());
        } else if (v instanceof Value.YesNo y) {
            return y.yes() ? "是" : "否";
        } else if (v instanceof Value.Checklist c) {
            return map(new StringBuilder(), c.answers(), yes -> (Boolean) yes ? "符合" : "不符合").toString();
        } else if (v instanceof Value.Series s) {
            return map(new StringBuilder(), s.values(), x -> Decimals.shown((BigDecimal) x)).toString();
        }
        return String.valueOf(v);
    }
}
