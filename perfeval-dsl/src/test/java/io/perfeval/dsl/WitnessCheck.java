package io.perfeval.dsl;

import io.perfeval.core.Indicator;
import io.perfeval.core.RulePack;
import io.perfeval.core.analysis.Finding;
import io.perfeval.core.analysis.LeafSummary;
import io.perfeval.core.analysis.PackAnalysis;
import io.perfeval.core.analysis.Witness;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks, independently of the analysis's own confirmation, that every witness of a {@link PackAnalysis} shows what
 * its finding says: the input is valid for the pack; {@link RulePack#evaluate} gives the indicator the witness's status,
 * score and problem; the numbers are what the evaluator computed (measures) or what the input gives (data); each
 * condition said to hold holds (through a probe pack built here); and each kind of finding has the witnesses its claim
 * needs (two sides of a jump or a direction, both clauses of an overlap, the problem of a gap or an error). Also the
 * witnesses of every indicator's range.
 */
final class WitnessCheck {

    /** What was checked, and what failed. */
    static final class Tally {
        int findings;
        int witnesses;
        int structural;
        int unconfirmed;
        final List<String> failures = new ArrayList<>();
    }

    private WitnessCheck() {
    }

    static void check(RulePack pack, PackAnalysis a, Tally t) {
        t.unconfirmed += a.unconfirmed().size();
        for (Finding f : a.witnessed()) {
            t.findings++;
            if (f.witnesses().isEmpty()) {
                t.structural++;
                if (!List.of("W116", "W120", "W121", "W122", "W123").contains(f.problem().code())) {
                    t.failures.add("no witness: " + f.problem());
                }
                continue;
            }
            shape(f, a, t);
            for (Witness w : f.witnesses()) {
                t.witnesses++;
                witness(pack, w, f.problem().toString(), t);
            }
        }
        for (LeafSummary l : a.leaves()) {
            for (Optional<Witness> w : List.of(l.lowest(), l.highest())) {
                w.ifPresent(x -> witness(pack, x, "range of " + l.path(), t));
            }
            if (l.min() != null && (l.lowest().isEmpty() || l.highest().isEmpty()
                    || l.lowest().get().score().orElseThrow().compareTo(l.min()) != 0
                    || l.highest().get().score().orElseThrow().compareTo(l.max()) != 0)) {
                t.failures.add("range not witnessed: " + l);
            }
        }
    }

    /** What each kind of claim needs its witnesses to show. */
    private static void shape(Finding f, PackAnalysis a, Tally t) {
        Problem p = f.problem();
        List<Witness> ws = f.witnesses();
        Witness w = ws.get(0);
        String need = switch (p.code()) {
            case "W111" -> w.problem().equals(Optional.of("R005")) && zero(w) ? null : "R005 and 0";
            case "W112" -> w.score().isPresent() && a.leaf(p.subject()).map(l -> l.max().compareTo(w.score().get()) == 0
                    && l.max().compareTo(l.maxScore()) < 0).orElse(false) ? null : "the maximum, below the 分值";
            case "W113" -> w.score().isPresent() && w.score().get().signum() > 0 && a.leaf(p.subject())
                    .map(l -> l.min().compareTo(w.score().get()) == 0).orElse(false) ? null : "the minimum, above 0";
            case "W114" -> error(w, "R002");
            case "W119" -> error(w, "R004");
            case "W124" -> error(w, "R001");
            case "W125" -> error(w, "R009");
            case "W115" -> w.holds().size() == 2 ? null : "both clauses holding";
            case "W117" -> ws.size() == 2 && !ws.get(0).score().equals(ws.get(1).score()) ? null : "two sides";
            case "W118" -> ws.size() == 2 ? null : "two inputs";
            default -> "a known claim";
        };
        if (need != null) {
            t.failures.add(p + ": its witnesses do not show " + need + ": " + ws);
        }
    }

    private static boolean zero(Witness w) {
        return w.score().map(s -> s.signum() == 0).orElse(false);
    }

    private static String error(Witness w, String code) {
        return w.status() == Status.ERROR && w.problem().equals(Optional.of(code)) ? null : code;
    }

    private static void witness(RulePack pack, Witness w, String claim, Tally t) {
        List<Problem> invalid = pack.validate(w.input());
        if (!invalid.isEmpty()) {
            t.failures.add(claim + ": the witness is no valid input: " + invalid);
            return;
        }
        ScoreSheet sheet = pack.evaluate(w.input());
        IndicatorResult r = sheet.leaves().stream().filter(x -> x.pathString().equals(w.indicator())).findFirst()
                .orElse(null);
        if (r == null || r.status() != w.status() || !sameScore(r.score(), w.score())
                || w.problem().isPresent() && r.problems().stream().noneMatch(x -> x.code().equals(w.problem().get()))) {
            t.failures.add(claim + ": the evaluator gives " + (r == null ? "nothing" : r.status() + " " + r.score()
                    + " " + r.problems()) + ", the witness says " + w.status() + " " + w.score() + " " + w.problem());
            return;
        }
        for (Map.Entry<String, Quantity> v : w.values().entrySet()) {
            BigDecimal actual = number(sheet, w.input(), v.getKey());
            if (actual == null || actual.compareTo(v.getValue().value()) != 0) {
                t.failures.add(claim + ": " + v.getKey() + " is " + actual + ", the witness says " + v.getValue());
            }
        }
        for (Condition c : w.holds()) {
            if (!holds(pack, w, c)) {
                t.failures.add(claim + ": " + c + " does not hold on the witness");
            }
        }
    }

    private static boolean sameScore(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
    }

    /** A measure as the evaluator computed it, or a datum or period as the input gives it. */
    private static BigDecimal number(ScoreSheet sheet, EvaluationInput in, String name) {
        for (TraceEntry.Computed c : sheet.figures()) {
            if (c.name().equals(name)) {
                return c.value().value();
            }
        }
        int bracket = name.indexOf('[');
        Value v = in.data().get(bracket > 0 ? name.substring(0, bracket) : name);
        if (v instanceof Value.Number n) {
            return n.value();
        }
        if (v instanceof Value.Series s && bracket > 0) {
            return s.values().get(name.substring(bracket + 1, name.length() - 1));
        }
        return null;
    }

    /** Whether {@code c} holds on the witness: the same pack with the indicator's rule 「当 c：得满分；其余：得 0分」. */
    private static boolean holds(RulePack pack, Witness w, Condition c) {
        String name = w.indicator().substring(w.indicator().lastIndexOf('/') + 1);
        Rule probe = new Rule.Cases(List.of(new Rule.Case(c, new Rule.FullMarks())), Rule.FixedScore.zero());
        RulePack.Builder b = RulePack.builder(pack.info()).rounding(pack.rounding()).grades(pack.grades())
                .totalScore(pack.totalScore()).notApplicablePolicy(pack.notApplicablePolicy())
                .bonusPolicy(pack.bonusPolicy());
        pack.fields().forEach(b::field);
        pack.measures().forEach(b::measure);
        pack.indicators().forEach(i -> b.indicator(replace(i, name, probe)));
        EvaluationInput.Builder in = EvaluationInput.builder();
        w.input().data().forEach(in::put);
        w.input().judgements().forEach((k, v) -> {
            if (!k.equals(name)) {
                in.judgement(k, v);
            }
        });
        IndicatorResult r = b.build().evaluate(in.build()).find(name).orElseThrow();
        return r.score().map(s -> s.signum() > 0).orElse(false);
    }

    private static Indicator replace(Indicator i, String name, Rule rule) {
        if (i instanceof Indicator.Group g) {
            return new Indicator.Group(g.name(), g.maxScore(), g.children().stream().map(c -> replace(c, name, rule))
                    .toList());
        }
        Indicator.Leaf l = (Indicator.Leaf) i;
        return l.name().equals(name) ? new Indicator.Leaf(l.name(), l.maxScore(), l.description(), l.criterion(), rule)
                : l;
    }
}
