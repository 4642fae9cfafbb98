package io.perfeval.core.sheet;

import io.perfeval.core.GradeBand;
import io.perfeval.core.PackInfo;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.rule.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The result of scoring one input with one pack: every indicator (as a tree, 一级 first), the total and the grade, the
 * audit findings, and the problems met while scoring.
 *
 * <p>The total and the grade are present only when every indicator could be scored: a sheet is never half-scored
 * silently. {@code figures} are the values of every measure the pack declares (收入预算完成率, 预算执行率 …), each with
 * its arithmetic. When indicators are 不适用, {@code applicableMax} is the 分值 left and {@code rescaled} says whether the
 * pack's policy rescaled the total to the full {@code maxTotal}.
 *
 * <p>The evaluator's sheets build their tree of {@link IndicatorResult}s and their figures when first read
 * ({@link #deferred}): the scores, statuses, traces and problems are all computed with the sheet, but a batch that
 * keeps only totals and grades makes no result object per indicator. A sheet, read or not, is immutable and safe to
 * share between threads.
 */
public record ScoreSheet(PackInfo pack, String entity, List<IndicatorResult> indicators, BigDecimal maxTotal,
                         BigDecimal applicableMax, Optional<BigDecimal> total, boolean rescaled,
                         Optional<GradeBand> grade, boolean vetoed, List<AuditFinding> findings,
                         List<TraceEntry.Computed> figures, List<Problem> problems,
                         Optional<EvaluationRecord> record) {

    public ScoreSheet {
        Objects.requireNonNull(pack);
        Objects.requireNonNull(entity);
        // a deferred tree is unmodifiable already, and copying it would build it
        indicators = indicators instanceof DeferredList<IndicatorResult> ? indicators : List.copyOf(indicators);
        Objects.requireNonNull(maxTotal);
        Objects.requireNonNull(applicableMax);
        Objects.requireNonNull(total);
        Objects.requireNonNull(grade);
        findings = List.copyOf(findings);
        figures = figures instanceof DeferredList<TraceEntry.Computed> ? figures : List.copyOf(figures);
        problems = List.copyOf(problems);
        Objects.requireNonNull(record);
    }

    /** A sheet without its evaluation record yet (the evaluator's; {@link #withRecord} adds it). */
    public ScoreSheet(PackInfo pack, String entity, List<IndicatorResult> indicators, BigDecimal maxTotal,
                      BigDecimal applicableMax, Optional<BigDecimal> total, boolean rescaled,
                      Optional<GradeBand> grade, boolean vetoed, List<AuditFinding> findings,
                      List<TraceEntry.Computed> figures, List<Problem> problems) {
        this(pack, entity, indicators, maxTotal, applicableMax, total, rescaled, grade, vetoed, findings, figures,
                problems, Optional.empty());
    }

    /**
     * A sheet whose indicator tree and figures are built by {@code indicators} and {@code figures} when first read
     * (each at most once, by any thread), not with the sheet: the evaluator's, so that scoring a province makes no
     * result object per indicator for sheets nobody opens. Everything else is as given. Once read, they are what a
     * sheet built eagerly would hold. {@code scores} and {@code statuses} are every indicator's by index (depth first
     * in table order), what the tree is built from, read by {@link #scores()} and {@link #statuses()}; they are not
     * copied and must not be written after.
     */
    static ScoreSheet deferred(PackInfo pack, String entity, Supplier<List<IndicatorResult>> indicators,
                                      BigDecimal maxTotal, BigDecimal applicableMax, Optional<BigDecimal> total,
                                      boolean rescaled, Optional<GradeBand> grade, boolean vetoed,
                                      List<AuditFinding> findings, Supplier<List<TraceEntry.Computed>> figures,
                                      List<Problem> problems, Optional<EvaluationRecord> record,
                                      BigDecimal[] scores, Status[] statuses) {
        return new ScoreSheet(pack, entity, new DeferredTree(indicators, scores, statuses), maxTotal, applicableMax,
                total, rescaled,
                grade, vetoed, findings, new DeferredList<>(figures), problems, record);
    }

    /** This sheet carrying {@code record}. */
    public ScoreSheet withRecord(EvaluationRecord record) {
        return new ScoreSheet(pack, entity, indicators, maxTotal, applicableMax, total, rescaled, grade, vetoed,
                findings, figures, problems, Optional.of(record));
    }

    /** Whether every indicator was scored (or is not applicable) and the total is known. */
    public boolean complete() {
        return total.isPresent();
    }

    /**
     * The grade as a sentence, for every rendering of the sheet: 「优秀（85 ≤ 得分）」, with 「（一票否决）」 and the
     * rescaling over not-applicable indicators when they apply, or why there is no grade.
     */
    public String gradeStatement() {
        StringBuilder s = new StringBuilder(grade.map(g -> g.name() + "（" + g.display() + "）")
                .orElse(total.isPresent() ? "未评等级（规则包没有对应的等级）" : "无法评定（有指标无法评分）"));
        if (vetoed) {
            s.append("（一票否决）");
        }
        if (rescaled) {
            s.append("；有不适用指标，总分按可适用分值 ").append(Decimals.trim(applicableMax))
                    .append(" 分按比例折算为 ").append(Decimals.trim(maxTotal)).append(" 分制");
        }
        return s.toString();
    }

    /**
     * Every indicator's score by its index — {@code RulePack.indicatorIndex(name)}, the depth-first table order of
     * {@link #flatten()}: 三级 scores and 二级 and 一级 subtotals alike — or null where the indicator has none (it could
     * not be scored, or is 不适用). An unmodifiable list. On the evaluator's sheets it is read from what the evaluation
     * computed, without building the indicator tree, so an integrator that stores the figures makes no
     * {@link IndicatorResult}; on a sheet built with its tree it is read from the tree.
     *
     * @return the scores, one per indicator, in {@link #flatten()}'s order
     */
    public List<BigDecimal> scores() {
        if (indicators instanceof DeferredTree tree) {
            return tree.scores();
        }
        return Collections.unmodifiableList(flatten().stream().map(r -> r.score().orElse(null))
                .collect(ArrayList::new, ArrayList::add, ArrayList::addAll));
    }

    /**
     * Every indicator's status by its index, as {@link #scores()} orders them, read the same way (without building
     * the indicator tree on the evaluator's sheets).
     *
     * @return the statuses, one per indicator, in {@link #flatten()}'s order
     */
    public List<Status> statuses() {
        if (indicators instanceof DeferredTree tree) {
            return tree.statuses();
        }
        return flatten().stream().map(IndicatorResult::status).toList();
    }

    /** All indicators depth-first in table order (一级, its 二级, their 三级 …). */
    public List<IndicatorResult> flatten() {
        List<IndicatorResult> out = new ArrayList<>();
        for (IndicatorResult r : indicators) {
            collect(r, out);
        }
        return out;
    }

    /** The 三级 (leaf) indicators in table order. */
    public List<IndicatorResult> leaves() {
        return flatten().stream().filter(IndicatorResult::isLeaf).toList();
    }

    /** The indicator with this name (names are unique in a pack). */
    public Optional<IndicatorResult> find(String name) {
        return flatten().stream().filter(r -> r.name().equals(name) || r.pathString().equals(name)).findFirst();
    }

    private static void collect(IndicatorResult r, List<IndicatorResult> out) {
        out.add(r);
        // by index, not with an iterator per indicator: sheet writers flatten every sheet
        List<IndicatorResult> children = r.children();
        for (int i = 0; i < children.size(); i++) {
            collect(children.get(i), out);
        }
    }
}
