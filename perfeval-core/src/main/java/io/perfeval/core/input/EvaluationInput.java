package io.perfeval.core.input;

import io.perfeval.core.internal.InputInternals;
import io.perfeval.core.rule.Decimals;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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

    static {
        InputInternals.install(new SlotAccess());
    }

    private final String entity;
    /** The data by name; for an input built by slot, made from {@link #slots} when first asked for. */
    private volatile Map<String, Value> data;
    final Map<String, Judgement> judgements;
    /**
     * For an input built by slot with judgements given by indicator slot: the pack's indicator names by slot and the
     * judgements by slot (see {@link SlotJudgements}); else null. {@link #judgements()} then gives both kinds by name.
     */
    final List<String> indicators;
    final Judgement[] judged;
    private volatile Map<String, Judgement> allJudgements;
    private final Map<String, BigDecimal> selfScores;
    private final BigDecimal selfTotal;
    /** For an input built by slot ({@link SlotBuilder}): the data names by slot, and the data; else null. */
    final List<String> layout;
    final Object[] slots;

    private EvaluationInput(Builder b) {
        this.entity = b.entity;
        this.data = Collections.unmodifiableMap(new LinkedHashMap<>(b.data));
        this.judgements = Collections.unmodifiableMap(new LinkedHashMap<>(b.judgements));
        this.selfScores = Collections.unmodifiableMap(new LinkedHashMap<>(b.selfScores));
        this.selfTotal = b.selfTotal;
        this.layout = null;
        this.slots = null;
        this.indicators = null;
        this.judged = null;
    }

    private EvaluationInput(SlotBuilder b) {
        this.entity = b.entity;
        this.judgements = b.judgements == null ? Map.of() : Collections.unmodifiableMap(b.judgements);
        this.selfScores = b.selfScores == null ? Map.of() : Collections.unmodifiableMap(b.selfScores);
        this.selfTotal = b.selfTotal;
        this.layout = b.layout;
        this.slots = b.slots;
        this.indicators = b.indicators;
        this.judged = b.judged;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that takes the data by position in {@code layout} instead of by name: what
     * {@code RulePack.inputBuilder()} gives, bound to the pack's declared data ({@code layout} is then
     * {@code pack.fields()}' names in order, and the pack reads the data by slot without looking a name up). An input
     * built here is an ordinary input for everyone else: {@link #data()} gives its data by name.
     *
     * @param layout the data names by slot; kept, not copied (the pack's own, unmodifiable list)
     * @return a builder with nothing set
     */
    public static SlotBuilder slotBuilder(List<String> layout) {
        return new SlotBuilder(layout, null, null);
    }

    /**
     * {@link #slotBuilder(List)} that also knows each series' period names, so that a series can be set as numbers in
     * period order ({@link SlotBuilder#series}): what {@code RulePack.inputBuilder()} gives.
     *
     * @param layout the data names by slot; kept, not copied
     * @param periods by slot, the period names of a series datum and an empty list for any other; kept, not copied
     * @return a builder with nothing set
     */
    public static SlotBuilder slotBuilder(List<String> layout, List<List<String>> periods) {
        return slotBuilder(layout, periods, null);
    }

    /**
     * {@link #slotBuilder(List, List)} that also knows the pack's indicators, so that a judgement can be given by the
     * indicator's slot ({@link SlotBuilder#judgement(int, Judgement)}): what {@code RulePack.inputBuilder()} gives.
     *
     * @param layout the data names by slot; kept, not copied
     * @param periods by slot, the period names of a series datum and an empty list for any other; kept, not copied
     * @param indicators the indicator names in the pack's order ({@code RulePack.indicatorNames()}), or null; kept
     * @return a builder with nothing set
     */
    public static SlotBuilder slotBuilder(List<String> layout, List<List<String>> periods, List<String> indicators) {
        if (periods.size() != layout.size()) {
            throw new IllegalArgumentException("periods for " + periods.size() + " slots, layout of " + layout.size());
        }
        return new SlotBuilder(layout, periods, indicators);
    }

    /** The evaluated department or project (填报单位), for headings; may be empty. */
    public String entity() {
        return entity;
    }

    public Map<String, Value> data() {
        Map<String, Value> d = data;
        if (d == null) {
            // the same map for every reader: the slots never change, and building it twice gives equal maps
            Map<String, Value> m = new LinkedHashMap<>();
            for (int i = 0; i < slots.length; i++) {
                Object v = slots[i];
                if (v != null) {
                    m.put(layout.get(i), v instanceof BigDecimal x ? new Value.Number(x)
                            : v instanceof boolean[] met ? new Value.Checklist(ItemAnswers.of(met)) : (Value) v);
                }
            }
            d = Collections.unmodifiableMap(m);
            data = d;
        }
        return d;
    }

    public Map<String, Judgement> judgements() {
        if (judged == null) {
            return judgements;
        }
        Map<String, Judgement> all = allJudgements;
        if (all == null) {
            // the same map for every reader, as data() is
            all = SlotJudgements.byName(judgements, indicators, judged);
            allJudgements = all;
        }
        return all;
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
        return InputText.of(this);
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

    /**
     * Collects an input's data by slot — the position of each datum in the layout it was made for, which for
     * {@code RulePack.inputBuilder()} is the pack's declared data ({@code pack.dataSlot(name)}, looked up once) — and
     * its judgements and self-scores by indicator name. Numbers are kept as given, a checklist's answers as an array:
     * no map of names and no boxed copy per datum. Like {@link Builder} it checks only that nothing is null; the pack
     * checks the values when it evaluates, with the same problems as for an input built by name. Not thread-safe; it
     * may be used on after {@link #build()} (the next change copies what the built input holds).
     */
    public static final class SlotBuilder {
        private static final Value.YesNo YES = new Value.YesNo(true);
        private static final Value.YesNo NO = new Value.YesNo(false);

        private final List<String> layout;
        /** By slot, a series' period names (empty for other data); null when the builder was made without them. */
        private final List<List<String>> periods;
        private Object[] slots;
        /** Whether {@link #slots}, {@link #judgements} and {@link #selfScores} belong to a built input, to copy first. */
        private boolean slotsShared;
        private boolean judgementsShared;
        /** The pack's indicator names by slot (null when the builder was made without them), and judgements by slot. */
        private final List<String> indicators;
        private Judgement[] judged;
        private boolean judgedShared;
        private boolean selfScoresShared;
        private String entity = "";
        private Map<String, Judgement> judgements;
        private Map<String, BigDecimal> selfScores;
        private BigDecimal selfTotal;

        private SlotBuilder(List<String> layout, List<List<String>> periods, List<String> indicators) {
            this.layout = Objects.requireNonNull(layout, "layout");
            this.periods = periods;
            this.indicators = indicators;
            this.slots = new Object[layout.size()];
        }

        /**
         * 填报单位, shown on the sheet.
         *
         * @param entity the unit's name; default {@code ""}
         * @return this builder
         */
        public SlotBuilder entity(String entity) {
            this.entity = Objects.requireNonNull(entity, "entity");
            return this;
        }

        /**
         * One number, in the datum's declared unit.
         *
         * @param slot the datum's slot ({@code pack.dataSlot(name)})
         * @param value the number
         * @return this builder
         * @throws IndexOutOfBoundsException for a slot outside the layout
         */
        public SlotBuilder number(int slot, BigDecimal value) {
            return set(slot, Objects.requireNonNull(value, "value"));
        }

        /**
         * One 是/否 datum.
         *
         * @param slot the datum's slot
         * @param yes {@code true} for 是
         * @return this builder
         */
        public SlotBuilder yes(int slot, boolean yes) {
            return set(slot, yes ? YES : NO);
        }

        /**
         * A checklist's answers, item 1 first: {@code true} is 符合.
         *
         * @param slot the datum's slot
         * @param met each item's answer, in item order (copied)
         * @return this builder
         */
        public SlotBuilder checklist(int slot, boolean... met) {
            // kept as the array: the evaluator reads it by item, data() wraps it when asked (issue 21)
            return set(slot, met.clone());
        }

        /**
         * A series' numbers in its declared period order, without a map: {@code series(slot, q1, q2, q3, q4)} for
         * 第一季度…第四季度. A null number is a period not given (I008 when evaluated), as is a period past the last
         * number given.
         *
         * @param slot the datum's slot
         * @param inPeriodOrder the numbers, first period first (copied)
         * @return this builder
         * @throws IllegalArgumentException when the slot is not a declared series of the pack the builder was made
         *     for, or more numbers are given than it has periods
         */
        public SlotBuilder series(int slot, BigDecimal... inPeriodOrder) {
            Objects.checkIndex(slot, slots.length);
            List<String> names = periods == null ? List.of() : periods.get(slot);
            if (names.isEmpty()) {
                throw new IllegalArgumentException("slot " + slot + " (" + layout.get(slot)
                        + ") is not a declared series of the pack this builder was made for");
            }
            return set(slot, new Value.Series(PeriodValues.of(names, inPeriodOrder.clone())));
        }

        /**
         * Any datum as a {@link Value} (a series, or any of the above).
         *
         * @param slot the datum's slot
         * @param value its value
         * @return this builder
         */
        public SlotBuilder put(int slot, Value value) {
            Objects.requireNonNull(value, "value");
            return set(slot, value instanceof Value.Number n ? n.value() : value);
        }

        /**
         * The evaluator's judgement for an indicator scored by judgement (酌情).
         *
         * @param indicator the indicator's name
         * @param judgement its score and reason
         * @return this builder
         */
        public SlotBuilder judgement(String indicator, Judgement judgement) {
            if (judgements == null || judgementsShared) {
                judgements = judgements == null ? new LinkedHashMap<>() : new LinkedHashMap<>(judgements);
                judgementsShared = false;
            }
            judgements.put(Objects.requireNonNull(indicator, "indicator"), Objects.requireNonNull(judgement));
            if (judged != null) {
                int slot = SlotJudgements.slotOf(indicators, indicator);
                if (slot >= 0 && judged[slot] != null) {
                    judgedForWrite()[slot] = null;
                }
            }
            return this;
        }

        /**
         * The evaluator's judgement for an indicator scored by judgement (酌情), by the indicator's slot: as
         * {@link #judgement(String, Judgement)} with its name, read by the pack without a map of names.
         *
         * @param indicator the indicator's slot ({@code pack.indicatorIndex(name)}, looked up once)
         * @param judgement its score and reason
         * @return this builder
         * @throws IllegalStateException when the builder was made without the pack's indicators (only
         *     {@code RulePack.inputBuilder()} knows them)
         * @throws IndexOutOfBoundsException for a slot outside the pack's indicators
         */
        public SlotBuilder judgement(int indicator, Judgement judgement) {
            if (indicators == null) {
                throw new IllegalStateException("this builder does not know the pack's indicators: "
                        + "judgements by slot need RulePack.inputBuilder()");
            }
            Objects.checkIndex(indicator, indicators.size());
            Objects.requireNonNull(judgement, "judgement");
            judgedForWrite()[indicator] = judgement;
            String name = indicators.get(indicator);
            if (judgements != null && judgements.containsKey(name)) {
                if (judgementsShared) {
                    judgements = new LinkedHashMap<>(judgements);
                    judgementsShared = false;
                }
                judgements.remove(name);
            }
            return this;
        }

        private Judgement[] judgedForWrite() {
            if (judged == null) {
                judged = new Judgement[indicators.size()];
            } else if (judgedShared) {
                judged = judged.clone();
            }
            judgedShared = false;
            return judged;
        }

        /**
         * 自评得分 of one indicator, as the department reported it, for the review (复核).
         *
         * @param indicator the indicator's name
         * @param score the self-score
         * @return this builder
         */
        public SlotBuilder selfScore(String indicator, BigDecimal score) {
            if (selfScores == null || selfScoresShared) {
                selfScores = selfScores == null ? new LinkedHashMap<>() : new LinkedHashMap<>(selfScores);
                selfScoresShared = false;
            }
            selfScores.put(Objects.requireNonNull(indicator, "indicator"), Objects.requireNonNull(score, "score"));
            return this;
        }

        /**
         * The self-reported 合计, reviewed against the computed total.
         *
         * @param total the self-reported total, or {@code null} for none
         * @return this builder
         */
        public SlotBuilder selfTotal(BigDecimal total) {
            this.selfTotal = total;
            return this;
        }

        /**
         * The input as collected so far; the builder may be used on.
         *
         * @return the immutable input
         */
        public EvaluationInput build() {
            // the input keeps what is collected now: the next change copies it first
            slotsShared = true;
            judgementsShared = true;
            judgedShared = true;
            selfScoresShared = true;
            return new EvaluationInput(this);
        }

        private SlotBuilder set(int slot, Object value) {
            Objects.checkIndex(slot, slots.length);
            if (slotsShared) {
                slots = slots.clone();
                slotsShared = false;
            }
            slots[slot] = value;
            return this;
        }
    }
}
