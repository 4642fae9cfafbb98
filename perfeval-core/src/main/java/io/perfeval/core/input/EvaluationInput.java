package io.perfeval.core.input;

import io.perfeval.core.rule.Decimals;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one evaluation needs besides the pack: the declared data by name, judgement scores by indicator name,
 * and — for a review (复核) — the self-reported scores (自评得分) by indicator name and the reported total.
 * Immutable; build it with {@link #builder()}.
 */
public final class EvaluationInput {

    /** Numbers of this magnitude or more are not budget figures; they are refused before any arithmetic. */
    public static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1E15");
    /** The most decimals an input number may have (amounts in 万元 need 6 for 元 and fen; 10 leaves room). */
    public static final int MAX_DECIMALS = 10;

    /** The most digits an input number may have (the JSON readers' number length is 40 characters too). */
    public static final int MAX_DIGITS = 40;

    /**
     * Whether {@code x} is within the input limits every reader and validator applies: the one definition of them.
     * Safe for any {@link BigDecimal} (10^5 digits, an exponent of ±2^31): the digit count is bounded through the bit
     * length before anything else, and nothing expands the exponent.
     */
    public static boolean withinLimits(BigDecimal x) {
        // a zero written 0E+999999999 is refused too: aligning it with another number would expand the exponent.
        // precision() is known without arithmetic for a number read from text and for every number of up to 18
        // digits; unscaledValue() would copy each such number into a BigInteger on every evaluation
        if (x.scale() < -MAX_DIGITS || x.precision() > MAX_DIGITS) {
            return false;
        }
        // stripping zeros only lowers the scale, so a scale already within the limit needs no stripped copy; with at
        // most 40 digits the stripping divides at most 40 times
        return (x.signum() >= 0 ? x : x.negate()).compareTo(MAX_MAGNITUDE) < 0
                && (x.scale() <= MAX_DECIMALS || x.stripTrailingZeros().scale() <= MAX_DECIMALS);
    }

    private final String entity;
    private final Map<String, Value> data;
    private final Map<String, Judgement> judgements;
    private final Map<String, BigDecimal> selfScores;
    private final BigDecimal selfTotal;

    private EvaluationInput(Builder b) {
        this.entity = b.entity;
        this.data = Collections.unmodifiableMap(new LinkedHashMap<>(b.data));
        this.judgements = Collections.unmodifiableMap(new LinkedHashMap<>(b.judgements));
        this.selfScores = Collections.unmodifiableMap(new LinkedHashMap<>(b.selfScores));
        this.selfTotal = b.selfTotal;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The evaluated department or project (填报单位), for headings; may be empty. */
    public String entity() {
        return entity;
    }

    public Map<String, Value> data() {
        return data;
    }

    public Map<String, Judgement> judgements() {
        return judgements;
    }

    public Map<String, BigDecimal> selfScores() {
        return selfScores;
    }

    /** The self-reported total (合计 自评得分), if given. */
    public Optional<BigDecimal> selfTotal() {
        return Optional.ofNullable(selfTotal);
    }

    /**
     * The input as its data, for a failing property's report and a log line (numbers as {@link Decimals#shown}, so a
     * hostile number is quoted in a bounded form): {@code EvaluationInput{单位=…, 数据={收入预算数=
     * 1308.05, 按时上报=是, 资料={1=符合, 2=不符合}, 支出进度={第一季度=20}}, 酌情得分={…=8（理由）}, 自评得分={…}, 自评合计=…}}.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("EvaluationInput{单位=").append(entity).append(", 数据=");
        map(b, data, v -> shown((Value) v));
        b.append(", 酌情得分=");
        map(b, judgements, j -> Decimals.shown(((Judgement) j).score()) + "（" + ((Judgement) j).reason() + "）");
        b.append(", 自评得分=");
        map(b, selfScores, x -> Decimals.shown((BigDecimal) x));
        if (selfTotal != null) {
            b.append(", 自评合计=").append(Decimals.shown(selfTotal));
        }
        return b.append('}').toString();
    }

    private static StringBuilder map(StringBuilder b, Map<?, ?> m, java.util.function.Function<Object, String> shown) {
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

    /**
     * Collects an input's data, judgements and self-scores; keys are the names the pack declares (its 数据 names, its
     * indicator names). The builder checks only that nothing is null: the pack checks the values when it evaluates
     * ({@code RulePack.evaluate}), and reports every problem together.
     */
    public static final class Builder {
        private String entity = "";
        private final Map<String, Value> data = new LinkedHashMap<>();
        private final Map<String, Judgement> judgements = new LinkedHashMap<>();
        private final Map<String, BigDecimal> selfScores = new LinkedHashMap<>();
        private BigDecimal selfTotal;

        private Builder() {
        }

        /**
         * 填报单位, shown on the sheet.
         *
         * @param entity the unit's name; default {@code ""}
         * @return this builder
         */
        public Builder entity(String entity) {
            this.entity = Objects.requireNonNull(entity, "entity");
            return this;
        }

        /**
         * Sets datum {@code name}; a second call for the same name replaces the first. This builder is keyed by datum
         * name, so it has no second source to refuse: callers (and the tests' fixtures) build a variant of an input by
         * replacing one datum. The one-source rule belongs to the forms that have several sections for one datum —
         * {@code DepartmentInput} refuses a datum given twice (J019, J020, issue 17).
         *
         * @param name the name the pack declares for it (收入预算数 …)
         * @param value its value
         * @return this builder
         */
        public Builder put(String name, Value value) {
            data.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * One number, written as a decimal in plain notation ({@code "1308.05"}), in the datum's declared unit.
         *
         * @param name the name the pack declares for it
         * @param value the decimal
         * @return this builder
         * @throws io.perfeval.core.diag.InvalidInputException (I018, naming the datum) for an unusable text
         */
        public Builder number(String name, String value) {
            return put(name, new Value.Number(Numbers.parse(value, name)));
        }

        /**
         * One 是/否 datum.
         *
         * @param name the name the pack declares for it
         * @param yes {@code true} for 是
         * @return this builder
         */
        public Builder yes(String name, boolean yes) {
            return put(name, Value.yes(yes));
        }

        /**
         * The evaluator's score for an indicator scored by judgement (酌情), with its written reason.
         *
         * @param indicator the indicator's name
         * @param score the score, a decimal
         * @param reason why; never empty
         * @return this builder
         */
        public Builder judgement(String indicator, String score, String reason) {
            judgements.put(Objects.requireNonNull(indicator, "indicator"),
                    new Judgement(Numbers.parse(score, indicator), reason));
            return this;
        }

        /**
         * The evaluator's judgement for an indicator scored by judgement (酌情).
         *
         * @param indicator the indicator's name
         * @param judgement its score and reason
         * @return this builder
         */
        public Builder judgement(String indicator, Judgement judgement) {
            judgements.put(Objects.requireNonNull(indicator, "indicator"), Objects.requireNonNull(judgement));
            return this;
        }

        /**
         * 自评得分 of one indicator, as the department reported it, for the review (复核).
         *
         * @param indicator the indicator's name
         * @param score the self-score, a decimal
         * @return this builder
         */
        public Builder selfScore(String indicator, String score) {
            return selfScore(indicator, Numbers.parse(score, indicator));
        }

        /**
         * 自评得分 of one indicator, as the department reported it, for the review (复核).
         *
         * @param indicator the indicator's name
         * @param score the self-score
         * @return this builder
         */
        public Builder selfScore(String indicator, BigDecimal score) {
            selfScores.put(Objects.requireNonNull(indicator, "indicator"), Objects.requireNonNull(score, "score"));
            return this;
        }

        /**
         * The self-reported 合计, reviewed against the computed total.
         *
         * @param total the self-reported total, or {@code null} for none
         * @return this builder
         */
        public Builder selfTotal(BigDecimal total) {
            this.selfTotal = total;
            return this;
        }

        /**
         * The input as collected so far; the builder may be used on.
         *
         * @return the immutable input
         */
        public EvaluationInput build() {
            return new EvaluationInput(this);
        }
    }
}
