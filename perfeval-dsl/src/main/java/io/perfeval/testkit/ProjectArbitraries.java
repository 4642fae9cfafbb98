package io.perfeval.testkit;

import io.perfeval.core.DeclaredIndicator;
import io.perfeval.core.IndicatorTemplate;
import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.input.Value;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Arbitraries for a pack with an indicator template (指标模板, a 项目支出绩效自评表): sets of indicators a project could
 * declare — under the template's headings, with 分值 in half points adding up to the template's share and to every
 * heading's fixed 分值, of every kind the template scores (each direction of a quantitative kind, and qualitative ones
 * with a level and a score inside that level's band), now and then 不适用 — and whole projects: those indicators bound
 * to the template, with an input whose fixed data come from {@link PackArbitraries#inputs} of the bound pack and whose
 * indicator data are the declared targets and results.
 *
 * <pre>{@code
 * @Provide Arbitrary<ProjectArbitraries.Project> projects() { return ProjectArbitraries.projects(PACK); }
 * @Property void holds(@ForAll("projects") ProjectArbitraries.Project p) { PackProperties.check(p.pack(), p.input()); }
 * }</pre>
 */
public final class ProjectArbitraries {

    /** Indicators under one slot of the 分值 at most. */
    private static final int MAX_PER_SLOT = 3;

    private ProjectArbitraries() {
    }

    /**
     * One generated project: its declared indicators, the template bound to them, and the input to score.
     *
     * @param pack  {@code template.bind(indicators)}
     * @param input the bound pack's fixed data (generated as for any pack) and each indicator's target and result
     */
    public record Project(List<DeclaredIndicator> indicators, RulePack pack, EvaluationInput input) {
        public Project {
            indicators = List.copyOf(indicators);
            Objects.requireNonNull(pack, "pack");
            Objects.requireNonNull(input, "input");
        }
    }

    /** Indicator sets {@code template} binds without a problem. */
    public static Arbitrary<List<DeclaredIndicator>> indicators(RulePack template) {
        IndicatorTemplate t = template.template().orElseThrow(() -> new IllegalArgumentException(
                template.info().id() + " has no indicator template"));
        return Arbitraries.randomValue(r -> new Draw(t, r).indicators());
    }

    /** Whole projects: indicators, the bound pack and an input for it. */
    public static Arbitrary<Project> projects(RulePack template) {
        return indicators(template).flatMap(declared -> {
            RulePack bound = template.bind(declared);
            return PackArbitraries.inputs(bound).map(generated -> {
                EvaluationInput.Builder b = EvaluationInput.builder().entity(generated.entity());
                for (Map.Entry<String, Value> e : generated.data().entrySet()) {
                    b.put(e.getKey(), e.getValue());
                }
                declared.forEach(d -> d.addTo(b));
                return new Project(declared, bound, b.build());
            });
        });
    }

    /** One draw: the 分值 cut into slots under the headings, each slot into indicators. */
    private static final class Draw {
        private final IndicatorTemplate t;
        private final Random r;
        private final List<DeclaredIndicator> out = new ArrayList<>();

        Draw(IndicatorTemplate t, Random r) {
            this.t = t;
            this.r = r;
        }

        List<DeclaredIndicator> indicators() {
            BigDecimal pool = t.share();
            List<String[]> free = new ArrayList<>(); // 一级/二级 pairs the pool may go to
            for (IndicatorTemplate.Heading h : t.headings()) {
                BigDecimal rest = h.maxScore();
                for (IndicatorTemplate.Heading c : h.children()) {
                    if (c.maxScore() != null) {
                        slot(h.name(), c.name(), c.maxScore());
                        rest = rest == null ? null : rest.subtract(c.maxScore());
                        pool = h.maxScore() == null ? pool.subtract(c.maxScore()) : pool;
                    }
                }
                List<String> open = h.children().stream().filter(c -> c.maxScore() == null)
                        .map(IndicatorTemplate.Heading::name).toList();
                List<String> under = h.children().isEmpty() ? List.of("") : open;
                if (h.maxScore() != null) {
                    pool = pool.subtract(h.maxScore());
                    if (rest.signum() > 0 && !under.isEmpty()) {
                        slot(h.name(), under.get(r.nextInt(under.size())), rest);
                    }
                } else {
                    under.forEach(c -> free.add(new String[] {h.name(), c}));
                }
            }
            if (pool.signum() > 0 && !free.isEmpty()) {
                for (BigDecimal part : cut(pool, 1 + r.nextInt(Math.min(free.size(), 3)))) {
                    String[] at = free.get(r.nextInt(free.size()));
                    slot(at[0], at[1], part);
                }
            }
            return out;
        }

        /** {@code amount} cut into 1…3 parts of whole half points (one part when it cannot be cut so). */
        private List<BigDecimal> cut(BigDecimal amount, int n) {
            BigDecimal halves = amount.multiply(BigDecimal.valueOf(2));
            if (halves.stripTrailingZeros().scale() > 0 || halves.intValueExact() < n) {
                return List.of(amount);
            }
            int units = halves.intValueExact();
            List<Integer> cuts = new ArrayList<>();
            while (cuts.size() < n - 1) {
                int c = 1 + r.nextInt(units - 1);
                if (!cuts.contains(c)) {
                    cuts.add(c);
                }
            }
            cuts.sort(null);
            List<BigDecimal> parts = new ArrayList<>();
            int previous = 0;
            for (int c : cuts) {
                parts.add(BigDecimal.valueOf(c - previous).divide(BigDecimal.valueOf(2)));
                previous = c;
            }
            BigDecimal used = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            parts.add(amount.subtract(used));
            return parts;
        }

        private void slot(String level1, String level2, BigDecimal amount) {
            for (BigDecimal max : cut(amount, 1 + r.nextInt(MAX_PER_SLOT))) {
                out.add(indicator("指标" + (out.size() + 1), level1, level2, max));
            }
        }

        private DeclaredIndicator indicator(String name, String level1, String level2, BigDecimal max) {
            IndicatorTemplate.Kind kind = t.kinds().get(r.nextInt(t.kinds().size()));
            if (r.nextInt(10) == 0) {
                return new DeclaredIndicator(name, level1, level2, max, target(kind),
                        new DeclaredIndicator.NotApplicable("本年度不适用"));
            }
            DeclaredIndicator.Target target = target(kind);
            if (kind.qualitative()) {
                return new DeclaredIndicator(name, level1, level2, max, target, judged(kind.rule(), max));
            }
            return new DeclaredIndicator(name, level1, level2, max, target,
                    new DeclaredIndicator.Measured(amount(), "个"));
        }

        private DeclaredIndicator.Target target(IndicatorTemplate.Kind kind) {
            if (kind.qualitative()) {
                return new DeclaredIndicator.Qualitative("效果明显");
            }
            Condition.Comparison dir = kind.directions().get(r.nextInt(kind.directions().size()));
            return new DeclaredIndicator.Quantitative(dir, amount(), "个");
        }

        /** 0 … 1000 in hundredths, often a round number and now and then 0. */
        private BigDecimal amount() {
            int pick = r.nextInt(10);
            if (pick == 0) {
                return BigDecimal.ZERO;
            }
            return pick < 4 ? BigDecimal.valueOf(10L * (1 + r.nextInt(100))) : BigDecimal.valueOf(r.nextInt(100_001), 2);
        }

        /** A level of a {@link Rule.Levels} kind and a score inside its band (the lower edge, which is always its). */
        private DeclaredIndicator.Judged judged(Rule rule, BigDecimal max) {
            if (rule instanceof Rule.Levels levels) {
                Rule.Level l = levels.levels().get(r.nextInt(levels.levels().size()));
                BigDecimal lo = l.min().resolve(max);
                BigDecimal hi = l.max().resolve(max);
                BigDecimal span = hi.subtract(lo);
                // strictly inside the band or at its lower edge: the upper edge may belong to the band above
                BigDecimal at = lo.add(span.multiply(BigDecimal.valueOf(r.nextInt(100))).divide(BigDecimal.valueOf(100),
                        2, RoundingMode.DOWN));
                return new DeclaredIndicator.Judged(l.label(), new Judgement(at, "生成的评价"));
            }
            return new DeclaredIndicator.Judged("", new Judgement(max.multiply(BigDecimal.valueOf(r.nextInt(101)))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN), "生成的评价"));
        }
    }
}
