package io.perfeval.core.analysis;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.diag.SourceLocation;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns what a {@link LeafRun} saw into findings, each claim confirmed before it is made: a point of the lattice that
 * shows the claim is turned into an input and scored by the evaluator, and only what the evaluator gives there is
 * said. Points are tried nearest the thresholds first; a claim no point confirms is kept aside as unconfirmed.
 */
final class LeafClaims {

    final LeafRun run;
    private final Witnesses witnesses;
    private final Set<String> already;
    private final SourceLocation where;
    final List<Finding> findings = new ArrayList<>();
    final List<Problem> unconfirmed = new ArrayList<>();
    Witness lowest;
    Witness highest;
    private boolean overCap;
    /** Whether the witnessed extremes are the lattice's own, with no sample beyond them. */
    private boolean exact;
    BigDecimal latticeMin;
    BigDecimal latticeMax;

    LeafClaims(LeafRun run, Witnesses witnesses, Set<String> already) {
        this.run = run;
        this.witnesses = witnesses;
        this.already = already;
        this.where = run.a.pack.sourceMap().get(run.path);
    }

    /** Every claim about the leaf, then its summary. */
    LeafSummary claim() {
        List<Integer> noRule = new ArrayList<>();
        List<Integer> overCapAt = new ArrayList<>();
        List<Integer> failed = new ArrayList<>();
        List<Integer> negative = new ArrayList<>();
        boolean partOverCap = false;
        for (int idx = 0; idx < run.outcomes.length; idx++) {
            Outcome.Kind k = run.outcomes[idx].kind();
            if (k == Outcome.Kind.NO_RULE) {
                noRule.add(idx);
            } else if (k == Outcome.Kind.OVER_CAP) {
                overCapAt.add(idx);
            } else if (k == Outcome.Kind.PART_OVER_CAP) {
                // no W119 (that speaks of the indicator's 分值), but the range is bounded as under an uncapped formula
                partOverCap = true;
            } else if (k == Outcome.Kind.FAILED) {
                failed.add(idx);
            } else if (k == Outcome.Kind.NEGATIVE_COUNT) {
                negative.add(idx);
            }
        }
        overCap = !overCapAt.isEmpty() || partOverCap;
        range();
        overflow();
        bounds();
        region("W114", Severity.WARNING, noRule, null);
        region("W119", Severity.WARNING, overCapAt, Decimals.trim(run.a.max));
        region("W124", Severity.WARNING, failed, null);
        region("W125", Severity.WARNING, negative, null);
        overlaps();
        deadClauses();
        SlopeClaims slopes = new SlopeClaims(this);
        slopes.claim();
        return new LeafSummary(run.path, run.a.max, true, lowest == null ? null : lowest.score().orElse(null),
                highest == null ? null : highest.score().orElse(null), slopes.trends, run.names(),
                java.util.Optional.ofNullable(lowest), java.util.Optional.ofNullable(highest), exact);
    }

    // ---- witnesses ----

    /** The first of {@code idxs} (nearest the thresholds first) whose witness the evaluator confirms, or null. */
    Witness first(List<Integer> idxs, Function<Integer, Witness> attempt) {
        List<Integer> order = new ArrayList<>(idxs);
        order.sort(Comparator.comparingInt(run::farness));
        int tries = 0;
        Set<String> seen = new java.util.HashSet<>();
        for (int idx : order) {
            if (!seen.add(run.signature(idx))) {
                continue;
            }
            if (tries++ >= Witnesses.TRIES) {
                break;
            }
            Witness w = attempt.apply(idx);
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    Witness at(int idx, boolean high, String pinned, String problem, List<Condition> holds) {
        return witnesses.at(run, run.point(idx), run.outcomes[idx], high, pinned, problem, holds);
    }

    /** An example for a message: the witness's numbers and the point's yes/no answers. */
    String example(Witness w, Evaluator.Point p) {
        List<String> parts = new ArrayList<>();
        if (!w.values().isEmpty()) {
            parts.add(w.describe());
        }
        parts.addAll(run.answers(p));
        return String.join("，", parts);
    }

    void report(String code, Severity severity, List<Witness> shown, Object... args) {
        findings.add(new Finding(Problem.core(code, severity, run.path, where, args), shown));
    }

    void drop(String code, Object... args) {
        unconfirmed.add(Problem.core(code, Severity.WARNING, run.path, where, args));
    }

    // ---- ranges ----

    /** The lowest and highest scores, each shown by a witness; a formula is followed up to where it meets its cap. */
    private void range() {
        List<Integer> reach = new ArrayList<>();
        for (int idx = 0; idx < run.outcomes.length; idx++) {
            if (run.outcomes[idx].reachable()) {
                reach.add(idx);
            }
        }
        reach.sort(Comparator.comparing((Integer i) -> run.outcomes[i].hi()).reversed()
                .thenComparingInt(run::farness));
        highest = extreme(reach, true);
        if (overCap && highest != null && highest.score().orElseThrow().compareTo(run.a.max) < 0) {
            Witness nearer = new CapApproach(this, witnesses).toward(reach, highest);
            highest = nearer != null ? nearer : highest;
        }
        reach.sort(Comparator.comparing((Integer i) -> run.outcomes[i].lo()).thenComparingInt(run::farness));
        lowest = extreme(reach, false);
        latticeMax = overCap ? run.a.max : reach.stream().map(i -> run.outcomes[i].hi()).max(Comparator.naturalOrder())
                .orElse(null);
        latticeMin = reach.stream().map(i -> run.outcomes[i].lo()).min(Comparator.naturalOrder()).orElse(null);
        exact = highest != null && lowest != null && score(highest).compareTo(latticeMax) == 0
                && score(lowest).compareTo(latticeMin) == 0;
        sampled();
    }

    private static BigDecimal score(Witness w) {
        return w.score().orElseThrow();
    }

    /** Random inputs from outside the lattice: one scoring beyond a witnessed extreme replaces it. */
    private void sampled() {
        Samples samples = witnesses.samples();
        for (var e : samples.of(run.path)) {
            BigDecimal s = e.getValue().score().orElseThrow();
            boolean higher = highest == null || s.compareTo(score(highest)) > 0;
            boolean lower = lowest == null || s.compareTo(score(lowest)) < 0;
            if (!higher && !lower) {
                continue;
            }
            Witness w = new Witness(run.path, e.getKey().input(), witnesses.confirmer.numbers(run.a,
                    e.getKey().sheet(), e.getKey().input()), e.getValue().status(), e.getValue().score(),
                    java.util.Optional.empty(), List.of());
            if (higher) {
                highest = w;
            }
            if (lower) {
                lowest = w;
            }
            exact = false;
        }
    }

    /** The first confirmed point of a list sorted best first, trying a few points per score before the next score. */
    private Witness extreme(List<Integer> sorted, boolean high) {
        int tries = 0;
        int perLevel = 0;
        BigDecimal level = null;
        Set<String> seen = new java.util.HashSet<>();
        for (int idx : sorted) {
            BigDecimal s = high ? run.outcomes[idx].hi() : run.outcomes[idx].lo();
            if (level == null || s.compareTo(level) != 0) {
                level = s;
                perLevel = 0;
            }
            if (!seen.add(run.signature(idx)) || perLevel++ >= Witnesses.TRIES) {
                continue;
            }
            if (tries++ >= 4 * Witnesses.TRIES) {
                break;
            }
            Witness w = at(idx, high, null, null, List.of());
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    /**
     * W112 and W113: only from witnessed extremes that are the lattice's own bounds (no point of it, nor any sample,
     * scores beyond them), and W112 only where no formula result goes over the 分值.
     */
    private void bounds() {
        BigDecimal max = highest == null ? null : highest.score().orElse(null);
        BigDecimal min = lowest == null ? null : lowest.score().orElse(null);
        if (max != null && max.compareTo(run.a.max) < 0) {
            if (overCap || !exactAt(highest, latticeMax, true)) {
                drop("W112", Decimals.trim(max), Decimals.trim(run.a.max));
            } else {
                report("W112", Severity.WARNING, List.of(highest), Decimals.trim(max), Decimals.trim(run.a.max));
            }
        }
        if (min != null && min.signum() > 0 && !already.contains("W102|" + run.path)) {
            if (exactAt(lowest, latticeMin, false)) {
                report("W113", Severity.WARNING, List.of(lowest), Decimals.trim(min));
            } else {
                drop("W113", Decimals.trim(min));
            }
        }
    }

    /** Whether the witness scores the lattice's bound and no sample went beyond it. */
    private boolean exactAt(Witness w, BigDecimal bound, boolean above) {
        return w != null && bound != null && score(w).compareTo(bound) == 0 && !sampledBeyond(bound, above);
    }

    private boolean sampledBeyond(BigDecimal bound, boolean above) {
        for (var e : witnesses.samples().of(run.path)) {
            int c = e.getValue().score().orElseThrow().compareTo(bound);
            if (above ? c > 0 : c < 0) {
                return true;
            }
        }
        return false;
    }

    // ---- regions: gaps, formulas over the cap, division by zero ----

    private void region(String code, Severity severity, List<Integer> idxs, Object extra) {
        if (idxs.isEmpty()) {
            return;
        }
        Witness w = first(idxs, idx -> at(idx, false, null, null, List.of()));
        String text = run.intervals(idxs);
        if (w == null) {
            drop(code, text == null ? "例如 " + run.answers(run.point(idxs.get(0))) : text, extra);
            return;
        }
        if (text == null) {
            text = "例如 " + example(w, pointOf(w, idxs));
        }
        report(code, severity, List.of(w), text, extra);
    }

    /** The lattice point a witness was built for: the first of {@code idxs} whose axes it shows. */
    private Evaluator.Point pointOf(Witness w, List<Integer> idxs) {
        for (int idx : idxs) {
            Evaluator.Point p = run.point(idx);
            if (matches(w, p)) {
                return p;
            }
        }
        return run.point(idxs.get(0));
    }

    private boolean matches(Witness w, Evaluator.Point p) {
        for (Map.Entry<String, BigDecimal> e : p.values().entrySet()) {
            var q = w.values().get(e.getKey());
            boolean measure = run.a.pack.measure(e.getKey()).isPresent();
            if (q == null || measure && q.value().compareTo(e.getValue()) != 0) {
                return false;
            }
        }
        return true;
    }

    // ---- deductions beyond the 分值 ----

    private void overflow() {
        if (run.overflow.isEmpty() || already.contains("W101|" + run.path)) {
            return;
        }
        List<Integer> idxs = new ArrayList<>(run.overflow.keySet());
        Witness w = first(idxs, idx -> at(idx, false, null, "R005", List.of()));
        if (w == null) {
            drop("W111", "?", Decimals.trim(run.a.max), "?");
            return;
        }
        Evaluator.Point p = pointOf(w, idxs);
        BigDecimal amount = run.overflow.get(idxOf(p, idxs));
        report("W111", Severity.WARNING, List.of(w), Decimals.trim(amount), Decimals.trim(run.a.max), example(w, p));
    }

    private int idxOf(Evaluator.Point p, List<Integer> idxs) {
        for (int idx : idxs) {
            if (run.point(idx).equals(p)) {
                return idx;
            }
        }
        return idxs.get(0);
    }

    // ---- overlapping and dead clauses ----

    /**
     * W115 only where two clauses' regions cross: each holds somewhere the other does not. A clause whose region lies
     * inside a later one's is an ordered ladder (≥95% 满分；≥85% 2分), which the first-that-holds reading makes plain.
     */
    private void overlaps() {
        for (Map.Entry<String, List<Integer>> e : run.overlapAt.entrySet()) {
            Evaluator.Overlap o = run.overlapFirst.get(e.getKey());
            boolean[][] out = run.outside.get(o.cases());
            if (out == null || !out[o.first()][o.later()] || !out[o.later()][o.first()]) {
                continue;
            }
            List<Condition> holds = List.of(o.cases().cases().get(o.first()).when(),
                    o.cases().cases().get(o.later()).when());
            Witness w = first(e.getValue(), idx -> at(idx, false, null, null, holds));
            String text = run.intervals(e.getValue());
            Object[] args = {o.first() + 1, o.later() + 1, text == null ? "例如 ?" : text,
                    o.firstOutcome().display(), o.laterOutcome().display()};
            if (w == null) {
                drop("W115", args);
                continue;
            }
            if (text == null) {
                args[2] = "例如 " + example(w, pointOf(w, e.getValue()));
            }
            report("W115", Severity.WARNING, List.of(w), args);
        }
    }

    /** W116: a clause no point of the lattice reaches (a structural finding: no input can show a never). */
    private void deadClauses() {
        for (Rule r : Rules.all(run.a.leaf.rule())) {
            if (!(r instanceof Rule.Cases c)) {
                continue;
            }
            boolean[] f = run.fired.get(c);
            if (f == null) {
                continue; // never reached at all: the clause above it is the one reported
            }
            for (int i = 0; i < c.cases().size(); i++) {
                if (!f[i]) {
                    report("W116", Severity.WARNING, List.of(), i + 1, Texts.of(c.cases().get(i).when()));
                }
            }
            if (!f[c.cases().size()] && !(c.otherwise() instanceof Rule.NoRule)) {
                report("W116", Severity.WARNING, List.of(), c.cases().size() + 1, "否则");
            }
        }
    }
}
