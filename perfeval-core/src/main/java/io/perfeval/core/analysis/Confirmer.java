package io.perfeval.core.analysis;

import io.perfeval.core.DataField;
import io.perfeval.core.Indicator;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.Status;
import io.perfeval.core.sheet.TraceEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the real evaluator ({@link RulePack#evaluate}) on a witness and says whether it gives what a claim says: the
 * indicator's status, its score, the problem reported, the exact values of the numbers the claim names, and — through
 * a probe pack whose only change is that indicator's rule, 「当 条件：得满分；其余：得 0分」 — that each condition the
 * claim says holds does hold. A claim the evaluator does not confirm is not made.
 */
final class Confirmer {

    /** What the evaluator must give: status, and when not null the score, the problem code and exact values. */
    record Expect(Status status, BigDecimal score, String problem, Map<String, BigDecimal> exact,
                  List<Condition> holds) {
    }

    private final RulePack pack;
    private final Budget budget;
    private final long cost;
    private final Map<Indicator.Leaf, Map<Condition, RulePack>> probes = new IdentityHashMap<>();
    /** Evaluations run, for the report. */
    long evaluations;

    Confirmer(RulePack pack, Budget budget) {
        this.pack = pack;
        this.budget = budget;
        this.cost = 200L + 40L * pack.leaves().size() + 20L * pack.measures().size();
    }

    /** The confirmed witness, or null when the evaluator gives something else (or cannot score the input). */
    Witness confirm(LeafAnalyzer leaf, String path, EvaluationInput input, Expect e) {
        ScoreSheet sheet = evaluate(pack, input);
        IndicatorResult r = sheet == null ? null : find(sheet, path);
        if (r == null || r.status() != e.status()) {
            return null;
        }
        if (e.score() != null && (r.score().isEmpty() || r.score().get().compareTo(e.score()) != 0)) {
            return null;
        }
        if (e.problem() != null && r.problems().stream().map(Problem::code).noneMatch(e.problem()::equals)) {
            return null;
        }
        Map<String, Quantity> values = values(leaf, sheet, input);
        for (Map.Entry<String, BigDecimal> x : e.exact().entrySet()) {
            Quantity q = values.get(x.getKey());
            if (q == null || q.value().compareTo(x.getValue()) != 0) {
                return null;
            }
        }
        for (Condition c : e.holds()) {
            if (!holds(leaf.leaf, c, input)) {
                return null;
            }
        }
        return new Witness(path, input, values, r.status(), r.score(), Optional.ofNullable(e.problem()), e.holds());
    }

    /** The pack's sheet for {@code input}, or null when it cannot be scored. */
    ScoreSheet score(EvaluationInput input) {
        return evaluate(pack, input);
    }

    /** The leaf's numbers on a scored input, for a witness from a sample. */
    Map<String, Quantity> numbers(LeafAnalyzer leaf, ScoreSheet sheet, EvaluationInput input) {
        return values(leaf, sheet, input);
    }

    private ScoreSheet evaluate(RulePack p, EvaluationInput input) {
        budget.spend(cost);
        evaluations++;
        try {
            return p.evaluate(input);
        } catch (RuntimeException ex) {
            // an invalid input or a rule kind the evaluator does not score yet: nothing is confirmed
            return null;
        }
    }

    private static IndicatorResult find(ScoreSheet sheet, String path) {
        for (IndicatorResult r : sheet.leaves()) {
            if (r.pathString().equals(path)) {
                return r;
            }
        }
        return null;
    }

    /** The leaf's numbers on the input: measures as the evaluator computed them, data and periods as given. */
    private Map<String, Quantity> values(LeafAnalyzer leaf, ScoreSheet sheet, EvaluationInput input) {
        Map<String, Quantity> figures = new LinkedHashMap<>();
        for (TraceEntry.Computed c : sheet.figures()) {
            figures.put(c.name(), c.value());
        }
        Map<String, Quantity> out = new LinkedHashMap<>();
        for (AxisBuilder a : leaf.axes.values()) {
            Quantity q = figures.get(a.name);
            if (q == null) {
                q = given(a.name, input);
            }
            if (q != null) {
                out.put(a.name, q);
            }
        }
        return out;
    }

    private Quantity given(String axis, EvaluationInput input) {
        int bracket = axis.indexOf('[');
        String name = bracket > 0 ? axis.substring(0, bracket) : axis;
        DataField f = pack.field(name).orElse(null);
        Value v = input.data().get(name);
        if (f == null) {
            return null;
        }
        if (v instanceof Value.Number n) {
            return new Quantity(n.value(), f.unit());
        }
        if (v instanceof Value.Series s && bracket > 0) {
            BigDecimal x = s.values().get(axis.substring(bracket + 1, axis.length() - 1));
            return x == null ? null : new Quantity(x, f.unit());
        }
        return null;
    }

    /** Whether {@code c} holds on {@code input}, as the evaluator decides it. */
    boolean holds(Indicator.Leaf leaf, Condition c, EvaluationInput input) {
        Map<Condition, RulePack> mine = probes.computeIfAbsent(leaf, k -> new IdentityHashMap<>());
        RulePack probe = mine.containsKey(c) ? mine.get(c) : probe(leaf, c);
        mine.put(c, probe);
        if (probe == null) {
            return false;
        }
        ScoreSheet sheet = evaluate(probe, Defaults.withoutJudgement(input, leaf.name()));
        if (sheet == null) {
            return false;
        }
        for (IndicatorResult r : sheet.leaves()) {
            if (r.name().equals(leaf.name())) {
                return r.status() == Status.SCORED && r.score().isPresent()
                        && r.score().get().compareTo(BigDecimal.ZERO) > 0;
            }
        }
        return false;
    }

    /** The pack with {@code leaf}'s rule replaced by 「当 c：得满分；其余：得 0分」, or null if it does not build. */
    private RulePack probe(Indicator.Leaf leaf, Condition c) {
        Rule rule = new Rule.Cases(List.of(new Rule.Case(c, new Rule.FullMarks())), Rule.FixedScore.zero());
        RulePack.Builder b = RulePack.builder(pack.info()).rounding(pack.rounding()).grades(pack.grades())
                .totalScore(pack.totalScore()).notApplicablePolicy(pack.notApplicablePolicy())
                .bonusPolicy(pack.bonusPolicy());
        pack.maxTotal().ifPresent(b::maxTotal);
        pack.fields().forEach(b::field);
        pack.measures().forEach(b::measure);
        for (Indicator i : pack.indicators()) {
            b.indicator(replace(i, leaf, rule));
        }
        try {
            return b.build();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Indicator replace(Indicator i, Indicator.Leaf leaf, Rule rule) {
        if (i == leaf) {
            return new Indicator.Leaf(leaf.name(), leaf.maxScore(), leaf.description(), leaf.criterion(), rule);
        }
        if (i instanceof Indicator.Group g) {
            List<Indicator> children = new ArrayList<>();
            for (Indicator c : g.children()) {
                children.add(replace(c, leaf, rule));
            }
            return new Indicator.Group(g.name(), g.maxScore(), children);
        }
        return i;
    }
}
