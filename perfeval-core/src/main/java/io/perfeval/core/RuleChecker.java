package io.perfeval.core;

import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.diag.SourceLocation;
import io.perfeval.core.diag.Suggestions;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Decimals;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.DerivedUnit;
import io.perfeval.core.rule.Dimension;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of the rule tree, the part of {@link PackChecker} that reads rules, conditions and formulas: names resolve
 * to declared data of the right kind, units agree ({@link DerivedUnit}), points and ranges fit the 分值, deductions can
 * reach it. One visitor per sealed interface of the tree, so a kind added there fails to compile here until it is
 * checked. Collects problems; the data and measures it checks against, and which data the rules use, are filled in by
 * the pack's checks.
 */
class RuleChecker {

    private static final DerivedUnit POINTS = DerivedUnit.of(Unit.POINT);
    private static final DerivedUnit ITEMS = DerivedUnit.of(EvaluationPlan.ITEMS);

    private final Map<String, SourceLocation> sources;
    final Map<String, DataField> fields = new LinkedHashMap<>();
    final Map<String, Measure> measures = new LinkedHashMap<>();
    final Set<String> used = new HashSet<>();
    final List<Problem> problems = new ArrayList<>();

    RuleChecker(Map<String, SourceLocation> sources) {
        this.sources = sources;
    }

    void leaf(Indicator.Leaf leaf, String path) {
        for (Condition c : RuleWalk.conditions(leaf.rule())) {
            c.accept(new ConditionCheck(path));
        }
        rules(leaf.rule(), leaf.maxScore(), true, path);
    }

    /**
     * The checks of {@code rule} and of the rules below it scored against the same 分值 {@code max}: the indicator's
     * ({@code whole}) or a part's of a {@link Rule.Sum}, whose rules {@link SumCheck} checks against their own.
     */
    void rules(Rule rule, BigDecimal max, boolean whole, String path) {
        RuleCheck check = new RuleCheck(max, whole, path);
        for (Rule r : RuleWalk.sameMax(rule)) {
            r.accept(check);
        }
    }

    /**
     * Units of every term; W101/W102 when the deductions are bounded and {@code warn} (no limit of their own, and
     * scored against the indicator's 分值: what a part's deductions can reach says nothing of the indicator's score).
     */
    private void deduct(Rule.Deduct d, BigDecimal max, String path, boolean warn) {
        TermCheck terms = new TermCheck(max, path);
        for (DeductionTerm t : d.terms()) {
            t.accept(terms);
        }
        if (terms.unbounded || !warn) {
            return;
        }
        BigDecimal most = terms.most.stripTrailingZeros();
        if (most.compareTo(max) > 0 && !d.floorAtZero()) {
            report("W101", Severity.WARNING, path, Decimals.trim(most), Decimals.trim(max));
        } else if (most.compareTo(max) < 0 && d.terms().size() == 1) {
            report("W102", Severity.WARNING, path, Decimals.trim(most), Decimals.trim(max.subtract(most)));
        }
    }

    /** The unit an expression yields, reporting what is wrong with it; null when it cannot be known. */
    DerivedUnit unitOf(Expr e, String subject) {
        return e.accept(new UnitCheck(subject));
    }

    /**
     * The checks of each kind of rule, resolving points against the 分值 {@code max}: the indicator's ({@code whole}),
     * or a part's of a {@link Rule.Sum}.
     */
    private final class RuleCheck implements Rule.Visitor<Void> {
        private final BigDecimal max;
        private final boolean whole;
        private final String path;

        RuleCheck(BigDecimal max, boolean whole, String path) {
            this.max = max;
            this.whole = whole;
            this.path = path;
        }

        private BigDecimal max() {
            return max;
        }

        @Override
        public Void fullMarks(Rule.FullMarks r) {
            return null;
        }

        @Override
        public Void fixedScore(Rule.FixedScore r) {
            return null;
        }

        @Override
        public Void deduct(Rule.Deduct r) {
            RuleChecker.this.deduct(r, max, path, whole);
            return null;
        }

        @Override
        public Void limitedDeduct(Rule.LimitedDeduct r) {
            RuleChecker.this.deduct(r.deduct(), max, path, false);
            BigDecimal limit = r.limit().resolve(max());
            if (limit.signum() <= 0 || limit.compareTo(max()) > 0) {
                report("C017", Severity.ERROR, path, Decimals.trim(limit), Decimals.trim(max()));
            }
            return null;
        }

        @Override
        public Void formula(Rule.Formula r) {
            DerivedUnit u = unitOf(r.score(), path);
            if (u != null && !u.isPlain(Dimension.SCORE)) {
                report("C011", Severity.ERROR, path, ExprText.symbolic(r.score()), u);
            }
            return null;
        }

        @Override
        public Void cases(Rule.Cases r) {
            return null;
        }

        @Override
        public Void judgement(Rule.Judgement r) {
            BigDecimal lo = r.min().resolve(max());
            BigDecimal hi = r.max().resolve(max());
            if (lo.compareTo(hi) > 0 || hi.compareTo(max()) > 0) {
                report("C014", Severity.ERROR, path, Decimals.trim(lo), Decimals.trim(hi), Decimals.trim(max()));
            }
            return null;
        }

        @Override
        public Void judgementWithin(Rule.JudgementWithin r) {
            return null;
        }

        @Override
        public Void levels(Rule.Levels r) {
            for (Rule.Level level : r.levels()) {
                BigDecimal lo = level.min().resolve(max());
                BigDecimal hi = level.max().resolve(max());
                if (lo.compareTo(hi) > 0 || hi.compareTo(max()) > 0) {
                    report("C018", Severity.ERROR, path, level.label(), Decimals.trim(lo), Decimals.trim(hi),
                            Decimals.trim(max()));
                }
            }
            return null;
        }

        @Override
        public Void awards(Rule.Awards r) {
            return null;
        }

        @Override
        public Void bonus(Rule.Bonus r) {
            BigDecimal cap = r.cap().resolve(max());
            if (cap.signum() <= 0) {
                report("C019", Severity.ERROR, path, Decimals.trim(cap));
            }
            // a bonus term's units are checked as a deduction term's are
            TermCheck terms = new TermCheck(max(), path);
            for (DeductionTerm t : r.terms()) {
                t.accept(terms);
            }
            return null;
        }

        @Override
        public Void sum(Rule.Sum r) {
            SumCheck.check(RuleChecker.this, r, max, path);
            return null;
        }

        @Override
        public Void veto(Rule.Veto r) {
            return null;
        }

        @Override
        public Void notApplicable(Rule.NotApplicable r) {
            return null;
        }

        @Override
        public Void noRule(Rule.NoRule r) {
            return null;
        }
    }

    /** The units of each deduction term, and the most the terms can deduct when the pack bounds them. */
    private final class TermCheck implements DeductionTerm.Visitor<Void> {
        private final BigDecimal max;
        private final String path;
        BigDecimal most = BigDecimal.ZERO;
        boolean unbounded;

        TermCheck(BigDecimal max, String path) {
            this.max = max;
            this.path = path;
        }

        @Override
        public Void perCount(DeductionTerm.PerCount pc) {
            DerivedUnit u = unitOf(pc.count(), path);
            if (u != null && !u.isPlain(Dimension.COUNT) && !u.isPlain(Dimension.RATIO)) {
                report("C006", Severity.ERROR, path, ExprText.symbolic(pc.count()), "项");
            }
            Integer bound = pc.count().accept(countBound);
            if (bound == null) {
                unbounded = true;
            } else {
                most = most.add(pc.each().resolve(max).multiply(BigDecimal.valueOf(bound)));
            }
            return null;
        }

        @Override
        public Void perStep(DeductionTerm.PerStep ps) {
            DerivedUnit m = unitOf(ps.measure(), path);
            DerivedUnit r = unitOf(ps.reference(), path);
            DerivedUnit step = DerivedUnit.of(ps.step().unit());
            if (m != null && r != null && !m.comparableWith(r)) {
                report("C006", Severity.ERROR, path, m, r);
            } else if (m != null && !m.comparableWith(step)) {
                report("C006", Severity.ERROR, path, m, step);
            }
            unbounded = true;
            return null;
        }
    }

    /** The largest value a count can take, or null when the count is not bounded by the pack. */
    private final Expr.Visitor<Integer> countBound = new Expr.Visitor<>() {
        @Override
        public Integer constant(Expr.Const e) {
            return null;
        }

        @Override
        public Integer ref(Expr.Ref e) {
            return null;
        }

        @Override
        public Integer periodValue(Expr.PeriodValue e) {
            return null;
        }

        @Override
        public Integer maxScore(Expr.MaxScore e) {
            return null;
        }

        @Override
        public Integer binary(Expr.Binary e) {
            return null;
        }

        @Override
        public Integer countOf(Expr.CountOf c) {
            return c.conditions().size();
        }

        @Override
        public Integer failedItems(Expr.FailedItems f) {
            DataField field = fields.get(f.checklist());
            if (field == null) {
                return null;
            }
            return f.items().isEmpty() ? field.items().size() : f.items().size();
        }

        @Override
        public Integer min(Expr.Min e) {
            return null;
        }

        @Override
        public Integer max(Expr.Max e) {
            return null;
        }

        @Override
        public Integer abs(Expr.Abs e) {
            return null;
        }
    };

    /** The checks of one condition (its parts are listed and checked on their own). */
    private final class ConditionCheck implements Condition.Visitor<Void> {
        private final String subject;

        ConditionCheck(String subject) {
            this.subject = subject;
        }

        @Override
        public Void compare(Condition.Compare c) {
            DerivedUnit l = unitOf(c.left(), subject);
            DerivedUnit r = unitOf(c.right(), subject);
            if (l != null && r != null && !l.comparableWith(r)) {
                report("C006", Severity.ERROR, subject, ExprText.condition(c), l + " / " + r);
            }
            return null;
        }

        @Override
        public Void isYes(Condition.IsYes c) {
            requireKind(c.name(), DataType.YES_NO, subject);
            return null;
        }

        @Override
        public Void allItemsMet(Condition.AllItemsMet c) {
            checkItems(c.checklist(), c.items(), subject);
            return null;
        }

        @Override
        public Void all(Condition.All c) {
            return null;
        }

        @Override
        public Void any(Condition.Any c) {
            return null;
        }

        @Override
        public Void not(Condition.Not c) {
            return null;
        }
    }

    /** The unit of each kind of expression ({@link DerivedUnit}), reporting what is wrong on the way. */
    private final class UnitCheck implements Expr.Visitor<DerivedUnit> {
        private final String subject;

        UnitCheck(String subject) {
            this.subject = subject;
        }

        @Override
        public DerivedUnit constant(Expr.Const e) {
            return DerivedUnit.of(e.quantity().unit());
        }

        @Override
        public DerivedUnit maxScore(Expr.MaxScore e) {
            return POINTS;
        }

        @Override
        public DerivedUnit ref(Expr.Ref r) {
            used.add(r.name());
            DataField f = fields.get(r.name());
            if (f != null) {
                if (!f.type().isNumeric()) {
                    report("C005", Severity.ERROR, subject, r.name(), f.type().chinese(), "数值");
                    return null;
                }
                return DerivedUnit.of(f.unit());
            }
            Measure m = measures.get(r.name());
            if (m != null) {
                return DerivedUnit.of(m.unit());
            }
            unknown(r.name(), subject);
            return null;
        }

        @Override
        public DerivedUnit periodValue(Expr.PeriodValue p) {
            if (requireKind(p.series(), DataType.SERIES, subject)) {
                DataField f = fields.get(p.series());
                if (!f.periods().contains(p.period())) {
                    report("C012", Severity.ERROR, subject, p.series(), p.period(), String.join("、", f.periods()));
                }
                return DerivedUnit.of(f.unit());
            }
            return null;
        }

        @Override
        public DerivedUnit binary(Expr.Binary b) {
            DerivedUnit l = b.left().accept(this);
            DerivedUnit r = b.right().accept(this);
            if (l == null || r == null) {
                return null;
            }
            DerivedUnit u = l.apply(b.op(), r).orElse(null);
            if (u == null) {
                report("C006", Severity.ERROR, subject, ExprText.symbolic(b), l + " " + b.op().symbol() + " " + r);
            }
            return u;
        }

        @Override
        public DerivedUnit countOf(Expr.CountOf c) {
            for (Condition x : c.conditions()) {
                for (Condition y : RuleWalk.conditions(x)) {
                    y.accept(new ConditionCheck(subject));
                }
            }
            return ITEMS;
        }

        @Override
        public DerivedUnit failedItems(Expr.FailedItems f) {
            checkItems(f.checklist(), f.items(), subject);
            return ITEMS;
        }

        @Override
        public DerivedUnit min(Expr.Min e) {
            return extremum(e, e.left(), e.right());
        }

        @Override
        public DerivedUnit max(Expr.Max e) {
            return extremum(e, e.left(), e.right());
        }

        /** The smaller or larger of two values: in the left one's unit, which the right one's must compare with. */
        private DerivedUnit extremum(Expr e, Expr left, Expr right) {
            DerivedUnit l = left.accept(this);
            DerivedUnit r = right.accept(this);
            if (l == null || r == null) {
                return null;
            }
            if (!l.comparableWith(r)) {
                report("C006", Severity.ERROR, subject, ExprText.symbolic(e), l + " / " + r);
                return null;
            }
            return l;
        }

        @Override
        public DerivedUnit abs(Expr.Abs e) {
            return e.value().accept(this);
        }
    }

    private void checkItems(String checklist, List<Integer> items, String subject) {
        if (!requireKind(checklist, DataType.CHECKLIST, subject)) {
            return;
        }
        int size = fields.get(checklist).items().size();
        for (Integer item : items) {
            if (item > size) {
                report("C009", Severity.ERROR, subject, checklist, item, size);
            }
        }
    }

    boolean requireKind(String name, DataType type, String subject) {
        used.add(name);
        DataField f = fields.get(name);
        if (f == null) {
            unknown(name, subject);
            return false;
        }
        if (f.type() != type) {
            report("C005", Severity.ERROR, subject, name, f.type().chinese(), type.chinese());
            return false;
        }
        return true;
    }

    private void unknown(String name, String subject) {
        List<String> known = new ArrayList<>(fields.keySet());
        known.addAll(measures.keySet());
        report("C004", Severity.ERROR, subject, name, Suggestions.closest(name, known));
    }

    void report(String code, Severity severity, String subject, Object... args) {
        problems.add(Problem.core(code, severity, subject, sources.get(subject), args));
    }
}
