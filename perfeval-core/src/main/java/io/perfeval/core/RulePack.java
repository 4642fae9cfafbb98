package io.perfeval.core;

import io.perfeval.core.diag.InvalidPackException;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.SourceLocation;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.sheet.EvaluationRecord;
import io.perfeval.core.sheet.ScoreSheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * A checked, immutable rule pack (规则包): an indicator system with its declared data, derived measures, grade bands
 * and rounding, and one compiled rule per 三级指标. A pack is a value: share one instance between any number of threads,
 * and {@link #evaluate} is a pure function of the pack and its input.
 *
 * <p>Equality is structural over everything that affects scores and texts; where things were written (the source
 * map) and the warnings found when the pack was checked do not take part in it.
 *
 * <pre>{@code
 * RulePack pack = RulePack.builder(info).field(...).measure(...).indicator(...).build();
 * ScoreSheet sheet = pack.evaluate(input);
 * }</pre>
 */
public final class RulePack {

    private final PackInfo info;
    private final Rounding rounding;
    private final GradeScale grades;
    private final BigDecimal totalScore;
    private final NotApplicablePolicy notApplicablePolicy;
    private final BonusPolicy bonusPolicy;
    private final BigDecimal maxTotal;
    private final List<DataField> fields;
    private final List<Measure> measures;
    private final List<Indicator> indicators;
    private final IndicatorTemplate template;
    private final Map<String, SourceLocation> sourceMap;
    private final List<Problem> warnings;
    /**
     * SHA-256 of the canonical encoding, computed on first read and kept (not at build: hashing the tree and loading
     * the digest provider would add to every compile). The race is benign: every thread computes the same String.
     */
    private String contentHash;
    /**
     * {@link #contentHash} for every sheet's record, made once; a class, not {@code this::contentHash}, since a method
     * reference made while the pack is built would cost every fresh JVM's first compile its method-handle set-up.
     */
    private final Supplier<String> packHash = new ContentHash(this);
    /**
     * The evaluation plan, made on first evaluation and kept. Its fields are final, so a plan read through this racy
     * field is seen fully built; two threads may both build one, and either serves.
     */
    private EvaluationPlan plan;

    private final Map<String, DataField> fieldIndex = new LinkedHashMap<>();
    private final Map<String, Measure> measureIndex = new LinkedHashMap<>();
    private final Map<String, Indicator> indicatorIndex = new LinkedHashMap<>();

    private RulePack(Builder b, List<Problem> warnings) {
        this.info = b.info;
        this.rounding = b.rounding;
        this.grades = b.gradeScale();
        this.totalScore = b.totalScore;
        this.notApplicablePolicy = b.notApplicablePolicy;
        this.bonusPolicy = b.bonusPolicy;
        this.maxTotal = b.maxTotal;
        this.fields = List.copyOf(b.fields);
        this.measures = List.copyOf(b.measures);
        this.indicators = List.copyOf(b.indicators);
        this.template = b.template;
        this.sourceMap = Collections.unmodifiableMap(new LinkedHashMap<>(b.sourceMap));
        this.warnings = List.copyOf(warnings);
        for (DataField f : fields) {
            fieldIndex.put(f.name(), f);
        }
        for (Measure m : measures) {
            measureIndex.put(m.name(), m);
        }
        for (Indicator i : indicators) {
            index(i);
        }
    }

    private void index(Indicator i) {
        indicatorIndex.put(i.name(), i);
        if (i instanceof Indicator.Group g) {
            for (Indicator c : g.children()) {
                index(c);
            }
        }
    }

    public static Builder builder(PackInfo info) {
        return new Builder(info);
    }

    /**
     * Scores {@code input}. Throws {@link io.perfeval.core.diag.InvalidInputException} with every problem when the input
     * does not match the pack's declarations; per-indicator problems (a zero denominator, a missing judgement) are
     * reported on the sheet, whose total is then absent.
     */
    public ScoreSheet evaluate(EvaluationInput input) {
        return evaluate(input, EvaluationOptions.withTrace());
    }

    /**
     * Scores {@code input} as {@link #evaluate(EvaluationInput)} does, with the given options: {@code
     * pack.evaluate(input, EvaluationOptions.withoutTrace())} gives the same scores, statuses, problems and findings
     * without making any trace step (see {@link EvaluationOptions}).
     */
    public ScoreSheet evaluate(EvaluationInput input, EvaluationOptions options) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(options, "options");
        if (template != null) {
            throw new io.perfeval.core.diag.InvalidInputException(List.of(Problem.core("I030",
                    io.perfeval.core.diag.Severity.ERROR, "", null, info.id())));
        }
        return Engine.evaluate(plan(), input, options, Deferred.MAKE.record(info.id(), info.version(),
                packHash, () -> Canonical.inputHash(input), Canonical.LIBRARY_VERSION));
    }

    /**
     * SHA-256 (hex) of the pack's canonical content: everything that takes part in {@link #equals}, so equal packs have
     * equal hashes whatever file, comments or layout they came from. Carried by every sheet's {@link EvaluationRecord}.
     */
    public String contentHash() {
        String h = contentHash;
        if (h == null) {
            h = Canonical.packHash(this);
            contentHash = h;
        }
        return h;
    }

    EvaluationPlan plan() {
        EvaluationPlan p = plan;
        if (p == null) {
            p = new EvaluationPlan(this);
            plan = p;
        }
        return p;
    }

    /**
     * The indicator template (指标模板) of a project self-evaluation pack, whose indicators each project declares;
     * empty for a pack whose indicators are all fixed. A pack with a template scores nothing until it is
     * {@linkplain #bind bound} to a project's indicators.
     */
    public Optional<IndicatorTemplate> template() {
        return Optional.ofNullable(template);
    }

    /**
     * This pack with {@code declared} — one project's own indicators — placed under the template's headings and scored
     * by the template's rule for their kind: an ordinary pack without a template, so the evaluator, trace, audit and
     * sheet are those of any pack. Each indicator's 实际完成值 and 指标值 are data of the bound pack named
     * {@link DeclaredIndicator#actualField()} and {@link DeclaredIndicator#targetField()}; {@link
     * DeclaredIndicator#addTo} puts them (and a qualitative indicator's judgement) into an input.
     *
     * @throws io.perfeval.core.diag.InvalidInputException with every problem of the declarations: 分值 that do not add
     *         up to the template's share or to a heading's, a quantitative target without a direction, units of target
     *         and result that differ, a missing 实际完成值, an unknown heading, a judgement outside its level's band
     * @throws IllegalStateException when the pack has no template
     */
    public RulePack bind(List<DeclaredIndicator> declared) {
        if (template == null) {
            throw new IllegalStateException(info.id() + " has no indicator template to bind");
        }
        return TemplateBinding.bind(this, declared);
    }

    /** Every problem of {@code input} against the declarations, without scoring anything. */
    public List<Problem> validate(EvaluationInput input) {
        return InputValidator.validate(this, input);
    }

    public PackInfo info() {
        return info;
    }

    public Rounding rounding() {
        return rounding;
    }

    public GradeScale grades() {
        return grades;
    }

    /** The declared total (总分), 100 for the official templates. */
    public BigDecimal totalScore() {
        return totalScore;
    }

    public NotApplicablePolicy notApplicablePolicy() {
        return notApplicablePolicy;
    }

    /** Whether bonus points may lift an indicator above its 分值 (default {@link BonusPolicy#WITHIN_MAX}). */
    public BonusPolicy bonusPolicy() {
        return bonusPolicy;
    }

    /**
     * The highest total the sheet may show (总分上限), when bonus points may lift the total above the 总分
     * ({@link BonusPolicy#ABOVE_MAX}) and the pack caps it; empty otherwise.
     */
    public Optional<BigDecimal> maxTotal() {
        return Optional.ofNullable(maxTotal);
    }

    public List<DataField> fields() {
        return fields;
    }

    public List<Measure> measures() {
        return measures;
    }

    /** The 一级指标, in table order. */
    public List<Indicator> indicators() {
        return indicators;
    }

    /** The 三级 (leaf) indicators, in table order. */
    public List<Indicator.Leaf> leaves() {
        List<Indicator.Leaf> out = new ArrayList<>();
        for (Indicator i : indicatorIndex.values()) {
            if (i instanceof Indicator.Leaf l) {
                out.add(l);
            }
        }
        return out;
    }

    public Optional<DataField> field(String name) {
        return Optional.ofNullable(fieldIndex.get(name));
    }

    public Optional<Measure> measure(String name) {
        return Optional.ofNullable(measureIndex.get(name));
    }

    public Optional<Indicator> indicator(String name) {
        return Optional.ofNullable(indicatorIndex.get(name));
    }

    /** Every indicator name, in table order (depth first). */
    public List<String> indicatorNames() {
        return List.copyOf(indicatorIndex.keySet());
    }

    /**
     * The slot of the datum named {@code name} for {@link #inputBuilder()}: its position in {@link #fields()}.
     *
     * @param name a declared datum's name
     * @return its slot, or empty when the pack declares no datum of that name
     */
    public OptionalInt dataSlot(String name) {
        // the plan's slots are these positions; a pack with a template has no plan
        DataField field = fieldIndex.get(name);
        return field == null ? OptionalInt.empty() : OptionalInt.of(fields.indexOf(field));
    }

    /**
     * A builder of inputs bound to this pack's declared data: each datum set by its slot ({@link #dataSlot}, looked up
     * once), read by the evaluation by slot, without a map of names or a boxed copy per datum, and validated with the
     * same problems as an input built by name; a series may be set as its numbers in period order
     * ({@link EvaluationInput.SlotBuilder#series}), and a judgement by its indicator's slot ({@link #indicatorIndex},
     * {@link EvaluationInput.SlotBuilder#judgement(int, io.perfeval.core.input.Judgement)}). An input it builds is an ordinary {@link EvaluationInput} (any pack
     * may evaluate it, reading it by name).
     *
     * @return a new builder with nothing set
     */
    public EvaluationInput.SlotBuilder inputBuilder() {
        EvaluationPlan plan = plan();
        return EvaluationInput.slotBuilder(plan.fieldNames, plan.fieldPeriods, plan.indicatorKeys);
    }

    /**
     * Where the indicator named {@code name} is in an evaluated sheet's flat figures ({@link ScoreSheet#scores()},
     * {@link ScoreSheet#statuses()}): its position in {@link #indicatorNames()}, the depth-first table order. An
     * integrator looks the indices up once and reads every sheet by them.
     *
     * @param name an indicator's name (三级, 二级 or 一级)
     * @return its index, or empty when the pack has no indicator of that name
     */
    public OptionalInt indicatorIndex(String name) {
        // the plan's indicator slots are these positions, depth first in table order
        int index = indicatorNames().indexOf(name);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** Where each indicator, datum and measure was written, by name or indicator path; empty for hand-built packs. */
    public Map<String, SourceLocation> sourceMap() {
        return sourceMap;
    }

    /** The warnings found when the pack was checked (an author should read each one). */
    public List<Problem> warnings() {
        return warnings;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RulePack p && info.equals(p.info) && rounding.equals(p.rounding)
                && grades.equals(p.grades) && totalScore.compareTo(p.totalScore) == 0
                && notApplicablePolicy == p.notApplicablePolicy && bonusPolicy == p.bonusPolicy
                && Objects.equals(maxTotal == null ? null : maxTotal.stripTrailingZeros(),
                        p.maxTotal == null ? null : p.maxTotal.stripTrailingZeros()) && fields.equals(p.fields)
                && measures.equals(p.measures) && indicators.equals(p.indicators)
                && Objects.equals(template, p.template);
    }

    @Override
    public int hashCode() {
        return Objects.hash(info, rounding, grades, totalScore.stripTrailingZeros(), notApplicablePolicy, bonusPolicy,
                maxTotal == null ? null : maxTotal.stripTrailingZeros(), fields, measures, indicators, template);
    }

    @Override
    public String toString() {
        return "RulePack[" + info.id() + " " + info.name() + " " + info.version() + "]";
    }

    /** What checking a pack found: the pack, when there were no errors, and every problem. */
    public record CheckResult(Optional<RulePack> pack, List<Problem> problems) {
        public CheckResult {
            Objects.requireNonNull(pack);
            problems = List.copyOf(problems);
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /** Collects a pack's parts; {@link #build()} checks them all and reports every problem together. */
    public static final class Builder {
        private static final BigDecimal HUNDRED = new BigDecimal("100");
        final PackInfo info;
        Rounding rounding = Rounding.DEFAULT;
        GradeScale grades; // null: none declared (see grades(GradeScale))
        BigDecimal totalScore = new BigDecimal("100");
        NotApplicablePolicy notApplicablePolicy = NotApplicablePolicy.RESCALE;
        BonusPolicy bonusPolicy = BonusPolicy.WITHIN_MAX;
        BigDecimal maxTotal;
        final List<DataField> fields = new ArrayList<>();
        final List<Measure> measures = new ArrayList<>();
        final List<Indicator> indicators = new ArrayList<>();
        IndicatorTemplate template;
        final Map<String, SourceLocation> sourceMap = new LinkedHashMap<>();

        private Builder(PackInfo info) {
            this.info = Objects.requireNonNull(info, "info");
        }

        /**
         * How scores are rounded (default: 2 decimals, half-up).
         *
         * @param rounding the pack's rounding
         * @return this builder
         */
        public Builder rounding(Rounding rounding) {
            this.rounding = Objects.requireNonNull(rounding);
            return this;
        }

        /**
         * Default when none are given: {@link GradeScale#DEFAULT} (≥85 优秀, 75–85 良好, 60–75 一般, &lt;60 较差) for a
         * pack of 100 points, and {@link GradeScale#NONE} for any other 总分 — the default bands are on a 100-point
         * scale, and a 15-point pack scored 15 of 15 was graded 较差 by them.
         */
        public Builder grades(GradeScale grades) {
            this.grades = Objects.requireNonNull(grades);
            return this;
        }

        /** The grades the pack gets: as given, else the default for its 总分. */
        GradeScale gradeScale() {
            if (grades != null) {
                return grades;
            }
            return totalScore.compareTo(HUNDRED) == 0 ? GradeScale.DEFAULT : GradeScale.NONE;
        }

        /** Default 100. */
        public Builder totalScore(BigDecimal totalScore) {
            this.totalScore = Objects.requireNonNull(totalScore);
            return this;
        }

        /** Default {@link NotApplicablePolicy#RESCALE}. */
        public Builder notApplicablePolicy(NotApplicablePolicy policy) {
            this.notApplicablePolicy = Objects.requireNonNull(policy);
            return this;
        }

        /** Default {@link BonusPolicy#WITHIN_MAX}. */
        public Builder bonusPolicy(BonusPolicy policy) {
            this.bonusPolicy = Objects.requireNonNull(policy);
            return this;
        }

        /** 总分上限: the highest total when bonus points may lift it ({@link BonusPolicy#ABOVE_MAX}); default none. */
        public Builder maxTotal(BigDecimal maxTotal) {
            this.maxTotal = Objects.requireNonNull(maxTotal);
            return this;
        }

        /**
         * Declares one input datum the rules read.
         *
         * @param field the datum
         * @return this builder
         */
        public Builder field(DataField field) {
            fields.add(Objects.requireNonNull(field));
            return this;
        }

        /**
         * Declares one computed measure (计算指标).
         *
         * @param measure the measure
         * @return this builder
         */
        public Builder measure(Measure measure) {
            measures.add(Objects.requireNonNull(measure));
            return this;
        }

        /** Adds a 一级指标 (with everything below it). */
        public Builder indicator(Indicator indicator) {
            indicators.add(Objects.requireNonNull(indicator));
            return this;
        }

        /** The indicator template (指标模板) whose share the project's own indicators divide; default none. */
        public Builder template(IndicatorTemplate template) {
            this.template = Objects.requireNonNull(template);
            return this;
        }

        /**
         * Where a subject (indicator path a/b/c, datum or measure name; {@code ""} for the pack as a whole, e.g. its
         * 总分) was written, for located diagnostics.
         */
        public Builder source(String subject, SourceLocation location) {
            sourceMap.put(Objects.requireNonNull(subject), Objects.requireNonNull(location));
            return this;
        }

        /** Checks everything and returns the pack (if there were no errors) with every problem found. */
        public CheckResult check() {
            List<Problem> problems = new ArrayList<>();
            if (indicators.isEmpty() && template == null) {
                problems.add(Problem.core("C015", io.perfeval.core.diag.Severity.ERROR, "", sourceMap.get("")));
            } else {
                problems.addAll(PackChecker.check(this));
            }
            boolean errors = false;
            for (Problem p : problems) {
                errors |= p.isError();
            }
            return new CheckResult(errors ? Optional.empty() : Optional.of(new RulePack(this, problems)), problems);
        }

        /** The checked pack; throws {@link InvalidPackException} with every error when there are any. */
        public RulePack build() {
            CheckResult result = check();
            return result.pack().orElseThrow(() -> new InvalidPackException(
                    result.problems().stream().filter(Problem::isError).toList()));
        }
    }

    private static final class ContentHash implements Supplier<String> {
        private final RulePack pack;

        ContentHash(RulePack pack) {
            this.pack = pack;
        }

        @Override
        public String get() {
            return pack.contentHash();
        }
    }
}
