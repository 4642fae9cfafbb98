package io.perfeval.core;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.DerivedUnit;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import io.perfeval.core.sheet.TraceEntry;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the evaluation plan's nodes from the rule tree, one visitor per sealed interface of the tree: a kind added to
 * {@link Rule}, {@link Condition}, {@link Expr} or {@link DeductionTerm} fails to compile here until it has a node.
 * Names are resolved to slots, points against the indicator's 分值, units by {@link DerivedUnit}; structurally equal
 * conditions and terms share one trace key object, so the evaluator compares keys by identity.
 */
final class Planner {

    private static final DerivedUnit ITEMS = DerivedUnit.of(EvaluationPlan.ITEMS);
    private static final DerivedUnit POINTS = DerivedUnit.of(Unit.POINT);

    private final RulePack pack;
    private final DataField[] fields;
    private final Map<String, Integer> fieldSlots;
    private final Map<String, Integer> measureSlots = new HashMap<>();
    private final Map<Object, Object> keys = new HashMap<>();
    /** One node per distinct comparison: the node is its trace key ({@link CondNodes.Compare}). */
    private final Map<Condition.Compare, CondNodes.Compare> compares = new HashMap<>();
    private final Exprs exprs = new Exprs();
    private final Conditions conditions = new Conditions();

    Planner(RulePack pack, DataField[] fields, Map<String, Integer> fieldSlots) {
        this.pack = pack;
        this.fields = fields;
        this.fieldSlots = fieldSlots;
        List<Measure> ms = pack.measures();
        for (int i = 0; i < ms.size(); i++) {
            measureSlots.put(ms.get(i).name(), i);
        }
    }

    ExprNode expr(Expr e) {
        return e.accept(exprs);
    }

    CondNode condition(Condition c) {
        return c.accept(conditions);
    }

    /** The node of a leaf's rule, its points resolved against the leaf's 分值 {@code max}. */
    RuleNode rule(Rule r, BigDecimal max) {
        return r.accept(new Rules(max));
    }

    /** One object per distinct (structurally equal) key: the engine compares keys by identity. */
    private Object key(Object k) {
        Object known = keys.putIfAbsent(k, k);
        return known == null ? k : known;
    }

    private int fieldSlot(String name) {
        Integer slot = fieldSlots.get(name);
        return slot == null ? -1 : slot;
    }

    private CondNode[] conditions(List<Condition> cs) {
        CondNode[] out = new CondNode[cs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = condition(cs.get(i));
        }
        return out;
    }

    /** The checklist's slot, its declaration and the item numbers counted (every item when none are listed). */
    private ChecklistPlan checklist(String checklist, List<Integer> items) {
        int slot = fieldSlot(checklist);
        DataField field = slot < 0 ? null : fields[slot];
        List<Integer> which = field == null ? items : items.isEmpty() ? ChecklistPlan.range(field.items().size())
                : items;
        return new ChecklistPlan(slot, checklist, field, which, key(List.of(checklist, which)));
    }

    private PackOutcome outcome(TraceEntry entry, BigDecimal points, BigDecimal max) {
        return new PackOutcome(entry, points, max, pack.rounding());
    }

    /** Expressions, with their units. */
    private final class Exprs implements Expr.Visitor<ExprNode> {
        @Override
        public ExprNode constant(Expr.Const e) {
            return new ExprNodes.Const(e);
        }

        @Override
        public ExprNode ref(Expr.Ref e) {
            int field = fieldSlot(e.name());
            if (field >= 0) {
                return new ExprNodes.Field(e, field, fields[field]);
            }
            Integer measure = measureSlots.get(e.name());
            return measure == null ? new ExprNodes.Unresolved(e)
                    : new ExprNodes.MeasureRef(e, measure, pack.measures().get(measure));
        }

        @Override
        public ExprNode periodValue(Expr.PeriodValue e) {
            int slot = fieldSlot(e.series());
            return new ExprNodes.Period(e, slot, slot < 0 ? null : fields[slot]);
        }

        @Override
        public ExprNode maxScore(Expr.MaxScore e) {
            return new ExprNodes.MaxScore(e, POINTS);
        }

        @Override
        public ExprNode binary(Expr.Binary e) {
            ExprNode l = expr(e.left());
            ExprNode r = expr(e.right());
            DerivedUnit unit = l.unit == null || r.unit == null ? null : l.unit.apply(e.op(), r.unit).orElse(null);
            return new ExprNodes.Binary(e, l, r, unit);
        }

        @Override
        public ExprNode countOf(Expr.CountOf e) {
            return new ExprNodes.CountOf(e, ITEMS, conditions(e.conditions()));
        }

        @Override
        public ExprNode failedItems(Expr.FailedItems e) {
            return new ExprNodes.FailedItems(e, ITEMS, checklist(e.checklist(), e.items()));
        }

        @Override
        public ExprNode min(Expr.Min e) {
            return new ExprNodes.Extremum(e, true, expr(e.left()), expr(e.right()));
        }

        @Override
        public ExprNode max(Expr.Max e) {
            return new ExprNodes.Extremum(e, false, expr(e.left()), expr(e.right()));
        }

        @Override
        public ExprNode abs(Expr.Abs e) {
            return new ExprNodes.Abs(e, expr(e.value()));
        }
    }

    /** Conditions, each with its trace key. */
    private final class Conditions implements Condition.Visitor<CondNode> {
        @Override
        public CondNode compare(Condition.Compare c) {
            CondNodes.Compare known = compares.get(c);
            if (known == null) {
                known = new CondNodes.Compare(c, expr(c.left()), expr(c.right()));
                compares.put(c, known);
            }
            return known;
        }

        @Override
        public CondNode isYes(Condition.IsYes c) {
            return new CondNodes.IsYes(c, fieldSlot(c.name()), key(c));
        }

        @Override
        public CondNode allItemsMet(Condition.AllItemsMet c) {
            return new CondNodes.AllItemsMet(c, checklist(c.checklist(), c.items()), key(c));
        }

        @Override
        public CondNode all(Condition.All c) {
            return new CondNodes.All(c, conditions(c.conditions()));
        }

        @Override
        public CondNode any(Condition.Any c) {
            return new CondNodes.Any(c, conditions(c.conditions()));
        }

        @Override
        public CondNode not(Condition.Not c) {
            return new CondNodes.Not(c, condition(c.condition()));
        }
    }

    /** The rules and deduction terms of one leaf, whose 分值 is {@code max}. */
    private final class Rules implements Rule.Visitor<RuleNode>, DeductionTerm.Visitor<DeductNodes.Term> {
        private final BigDecimal max;

        Rules(BigDecimal max) {
            this.max = max;
        }

        @Override
        public RuleNode fullMarks(Rule.FullMarks r) {
            return new RuleNodes.FullMarks(r, outcome(new TraceEntry.Decided("得满分", max), max, max));
        }

        @Override
        public RuleNode fixedScore(Rule.FixedScore r) {
            TraceEntry entry = new TraceEntry.Decided(r.points().signum() == 0 ? "不得分" : "得分", r.points());
            return new RuleNodes.Fixed(r, outcome(entry, r.points(), max));
        }

        @Override
        public RuleNode deduct(Rule.Deduct r) {
            return deductNode(r);
        }

        private DeductNodes.Deduct deductNode(Rule.Deduct r) {
            DeductNodes.Term[] terms = new DeductNodes.Term[r.terms().size()];
            for (int i = 0; i < terms.length; i++) {
                terms[i] = r.terms().get(i).accept(this);
            }
            // 无扣分: the score is the 分值 less a zero deduction, as the arithmetic would give it
            BigDecimal full = max.subtract(BigDecimal.ZERO);
            return new DeductNodes.Deduct(r, terms, outcome(new TraceEntry.Decided("无扣分，得满分", full), full, max),
                    full);
        }

        @Override
        public RuleNode limitedDeduct(Rule.LimitedDeduct r) {
            return new DeductNodes.LimitedDeduct(r, deductNode(r.deduct()), r.limit().resolve(max));
        }

        @Override
        public RuleNode formula(Rule.Formula r) {
            return new RuleNodes.Formula(r, expr(r.score()));
        }

        @Override
        public RuleNode cases(Rule.Cases r) {
            int k = r.cases().size();
            CondNode[] whens = new CondNode[k];
            RuleNode[] thens = new RuleNode[k];
            for (int i = 0; i < k; i++) {
                whens[i] = condition(r.cases().get(i).when());
                thens[i] = r.cases().get(i).then().accept(this);
            }
            return new RuleNodes.Cases(r, whens, thens, r.otherwise().accept(this));
        }

        @Override
        public RuleNode judgement(Rule.Judgement r) {
            return new JudgedNodes.Within(r, r.min().resolve(max), r.max().resolve(max));
        }

        @Override
        public RuleNode judgementWithin(Rule.JudgementWithin r) {
            return new JudgedNodes.InTier(r, r.tier().accept(this));
        }

        @Override
        public RuleNode levels(Rule.Levels r) {
            int n = r.levels().size();
            String[] labels = new String[n];
            BigDecimal[] lows = new BigDecimal[n];
            BigDecimal[] highs = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                Rule.Level level = r.levels().get(i);
                labels[i] = level.label();
                lows[i] = level.min().resolve(max);
                highs[i] = level.max().resolve(max);
            }
            return new JudgedNodes.Levels(r, labels, lows, highs);
        }

        @Override
        public RuleNode awards(Rule.Awards r) {
            return new AwardNodes.Awards(r, items(r.awards()));
        }

        @Override
        public RuleNode bonus(Rule.Bonus r) {
            DeductNodes.Term[] terms = new DeductNodes.Term[r.terms().size()];
            for (int i = 0; i < terms.length; i++) {
                terms[i] = r.terms().get(i).accept(adding);
            }
            return new AwardNodes.Bonus(r, r.base().accept(this), items(r.awards()), terms, r.cap().resolve(max),
                    pack.bonusPolicy() == BonusPolicy.ABOVE_MAX);
        }

        /** 分项计分: each part's rule planned as a leaf's whose 分值 is the part's. */
        @Override
        public RuleNode sum(Rule.Sum r) {
            int n = r.parts().size();
            String[] labels = new String[n];
            BigDecimal[] maxes = new BigDecimal[n];
            RuleNode[] rules = new RuleNode[n];
            for (int i = 0; i < n; i++) {
                Rule.Part p = r.parts().get(i);
                labels[i] = p.label();
                maxes[i] = p.max();
                rules[i] = rule(p.rule(), p.max());
            }
            return new SumNode(r, labels, maxes, rules);
        }

        private AwardNodes.Items items(List<Rule.Award> awards) {
            int n = awards.size();
            String[] labels = new String[n];
            CondNode[] whens = new CondNode[n];
            BigDecimal[] points = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                labels[i] = awards.get(i).label();
                whens[i] = condition(awards.get(i).when());
                points[i] = awards.get(i).points().resolve(max);
            }
            return new AwardNodes.Items(labels, whens, points);
        }

        @Override
        public RuleNode veto(Rule.Veto r) {
            Optional<GradeBand> lowest = pack.grades().lowest();
            TraceEntry entry = r.scope() == Rule.VetoScope.EVALUATION
                    ? new TraceEntry.Note("一票否决：整体评价得 0 分"
                            + (lowest.isPresent() ? "，等级为" + lowest.get().name() : ""))
                    : new TraceEntry.Note("一票否决：本指标得 0 分");
            return new RuleNodes.Veto(r, outcome(entry, BigDecimal.ZERO, max));
        }

        @Override
        public RuleNode notApplicable(Rule.NotApplicable r) {
            TraceEntry entry = new TraceEntry.Note("不适用：" + r.reason() + "（" + pack.notApplicablePolicy().chinese()
                    + "）");
            return new RuleNodes.NotApplicable(r, outcome(entry, null, max));
        }

        @Override
        public RuleNode noRule(Rule.NoRule r) {
            return new RuleNodes.NoRule(r);
        }

        @Override
        public DeductNodes.Term perCount(DeductionTerm.PerCount t) {
            return new DeductNodes.PerCount(t, expr(t.count()), t.each().resolve(max), key(t), false);
        }

        @Override
        public DeductNodes.Term perStep(DeductionTerm.PerStep t) {
            return new DeductNodes.PerStep(t, expr(t.measure()), expr(t.reference()), t.each().resolve(max), key(t),
                    false);
        }

        /** A bonus's terms: the same nodes, whose points are added (and traced as added). */
        private final DeductionTerm.Visitor<DeductNodes.Term> adding = new DeductionTerm.Visitor<>() {
            @Override
            public DeductNodes.Term perCount(DeductionTerm.PerCount t) {
                return new DeductNodes.PerCount(t, expr(t.count()), t.each().resolve(max), key(t), true);
            }

            @Override
            public DeductNodes.Term perStep(DeductionTerm.PerStep t) {
                return new DeductNodes.PerStep(t, expr(t.measure()), expr(t.reference()), t.each().resolve(max),
                        key(t), true);
            }
        };
    }
}
