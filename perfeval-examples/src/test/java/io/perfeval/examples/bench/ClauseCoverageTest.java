package io.perfeval.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.Indicator;
import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.core.sheet.TraceEntry;
import io.perfeval.examples.batch.SyntheticDepartments;
import io.perfeval.rules.hebei.ShijiazhuangDepartmentPack;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The generated departments make every clause of every indicator fire somewhere: each case of a 分情况 rule, the
 * otherwise branch, each deduction term, no deduction at all, the 扣完为止 floor where the deductions can exceed the 分值,
 * and both sides of a capped formula. Expected clauses come from the compiled rule tree; the clause that fired is read
 * back from each sheet's trace by replaying the tested conditions in evaluation order.
 */
class ClauseCoverageTest {

    @Test
    void everyClauseOfEveryIndicatorFiresInTheBenchmarkPool() {
        RulePack pack = ShijiazhuangDepartmentPack.pack();
        Set<String> expected = new TreeSet<>();
        for (Indicator.Leaf leaf : pack.leaves()) {
            expect(leaf.name(), "", leaf.rule(), leaf.maxScore(), expected);
        }
        Set<String> seen = new TreeSet<>();
        for (EvaluationInput input : BenchInputs.pool()) {
            ScoreSheet sheet = pack.evaluate(input);
            assertTrue(sheet.complete(), () -> sheet.problems().toString());
            List<IndicatorResult> results = sheet.leaves();
            for (int i = 0; i < results.size(); i++) {
                Indicator.Leaf leaf = pack.leaves().get(i);
                assertEquals(leaf.name(), results.get(i).name());
                observe(leaf.name(), leaf.rule(), results.get(i).trace().entries(), seen);
            }
        }
        // 不适用 (a zero denominator) is left out of the benchmark pool on purpose: the hand-written and engine baselines
        // do not implement the pack's rescaling yet, and every department of the pool must score identically in all of
        // them. NotApplicableTest in perfeval-rules-hebei covers those four clauses.
        Set<String> notApplicable = new TreeSet<>(expected);
        notApplicable.removeIf(c -> !c.endsWith("/NotApplicable"));
        assertEquals(Set.of("“三公经费”控制率/case1/NotApplicable", "政府采购执行率/case1/NotApplicable",
                "绩效自评覆盖率/case1/NotApplicable", "评价结果应用率/case1/NotApplicable"), notApplicable);
        // the same for spending with no budget (零分条件, issue 17), the other side of the same zero denominators:
        // NotApplicableTest.spendingWithoutABudgetScoresZeroAndIsNotExcused covers these two clauses
        Set<String> noBudget = Set.of("“三公经费”控制率/case2/FixedScore", "政府采购执行率/case2/FixedScore");
        assertTrue(expected.containsAll(noBudget), expected::toString);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(seen);
        missing.removeAll(notApplicable);
        missing.removeAll(noBudget);
        assertTrue(missing.isEmpty(), "clauses never fired: " + missing);
        assertTrue(expected.size() > 33 * 2, "clauses: " + expected.size());
    }

    private static void expect(String leaf, String at, Rule rule, BigDecimal max, Set<String> out) {
        if (rule instanceof Rule.Cases c) {
            for (int k = 0; k < c.cases().size(); k++) {
                expect(leaf, at + "/case" + (k + 1), c.cases().get(k).then(), max, out);
            }
            if (!(c.otherwise() instanceof Rule.NoRule)) {
                expect(leaf, at + "/otherwise", c.otherwise(), max, out);
            }
        } else if (rule instanceof Rule.Deduct d) {
            if (at.isEmpty()) {
                // Inside a case, the case's own conditions decide whether anything is deducted.
                out.add(leaf + at + "/no deduction");
            }
            for (int t = 0; t < d.terms().size(); t++) {
                out.add(leaf + at + "/term" + (t + 1));
            }
            if (d.floorAtZero() && mayExceed(d, max)) {
                out.add(leaf + at + "/扣完为止");
            }
        } else if (rule instanceof Rule.Formula f) {
            out.add(leaf + at + "/within");
            if (f.capAtMax()) {
                out.add(leaf + at + "/capped");
            }
        } else {
            out.add(leaf + at + "/" + rule.getClass().getSimpleName());
        }
    }

    /** Whether the deductions can exceed the 分值: counts of checklist items or conditions are bounded, others not. */
    private static boolean mayExceed(Rule.Deduct d, BigDecimal max) {
        BigDecimal most = BigDecimal.ZERO;
        for (DeductionTerm t : d.terms()) {
            if (t instanceof DeductionTerm.PerCount pc && pc.count() instanceof Expr.CountOf c) {
                most = most.add(pc.each().resolve(max).multiply(BigDecimal.valueOf(c.conditions().size())));
            } else if (t instanceof DeductionTerm.PerCount pc && pc.count() instanceof Expr.FailedItems f
                    && !f.items().isEmpty()) {
                most = most.add(pc.each().resolve(max).multiply(BigDecimal.valueOf(f.items().size())));
            } else if (t instanceof DeductionTerm.PerCount pc && pc.count() instanceof Expr.FailedItems f) {
                return checklistSize(f.checklist()) * pc.each().resolve(max).doubleValue() > max.doubleValue()
                        || most.compareTo(max) > 0;
            } else {
                return true;
            }
        }
        return most.compareTo(max) > 0;
    }

    private static int checklistSize(String name) {
        return SyntheticDepartments.CHECKLISTS.get(name);
    }

    private static void observe(String leaf, Rule rule, List<TraceEntry> trace, Set<String> out) {
        Iterator<TraceEntry> tests = trace.stream().filter(e -> e instanceof TraceEntry.Tested).iterator();
        // the engine traces a simple test once per leaf: 零分条件 三公经费预算数 = 0 after 不适用条件 (… 且 …) reuses it
        java.util.Map<Condition, Boolean> met = new java.util.HashMap<>();
        String at = "";
        while (rule instanceof Rule.Cases c) {
            Rule next = null;
            for (int k = 0; k < c.cases().size() && next == null; k++) {
                if (replay(c.cases().get(k).when(), tests, met)) {
                    next = c.cases().get(k).then();
                    at += "/case" + (k + 1);
                }
            }
            if (next == null) {
                next = c.otherwise();
                at += "/otherwise";
            }
            rule = next;
        }
        if (rule instanceof Rule.Deduct d) {
            boolean any = false;
            for (int t = 0; t < d.terms().size(); t++) {
                String prefix = d.terms().get(t) instanceof DeductionTerm.PerCount pc ? pc.label()
                        : ((Expr.Ref) ((DeductionTerm.PerStep) d.terms().get(t)).measure()).name() + " ";
                if (trace.stream().anyMatch(e -> e instanceof TraceEntry.Deducted x && x.what().startsWith(prefix))) {
                    out.add(leaf + at + "/term" + (t + 1));
                    any = true;
                }
            }
            if (!any && at.isEmpty()) {
                out.add(leaf + at + "/no deduction");
            }
            if (trace.stream().anyMatch(e -> e instanceof TraceEntry.Note n && n.text().contains("扣完为止"))) {
                out.add(leaf + at + "/扣完为止");
            }
        } else if (rule instanceof Rule.Formula) {
            boolean capped = trace.stream().anyMatch(e -> e instanceof TraceEntry.Decided x
                    && x.clause().contains("超出分值不加分"));
            out.add(leaf + at + (capped ? "/capped" : "/within"));
        } else {
            out.add(leaf + at + "/" + rule.getClass().getSimpleName());
        }
    }

    /** The condition's outcome as the engine met it: each simple test is the next 「…，成立/不成立」 of the trace. */
    private static boolean replay(Condition c, Iterator<TraceEntry> tests, java.util.Map<Condition, Boolean> met) {
        if (c instanceof Condition.All a) {
            for (Condition x : a.conditions()) {
                if (!replay(x, tests, met)) {
                    return false;
                }
            }
            return true;
        } else if (c instanceof Condition.Any a) {
            for (Condition x : a.conditions()) {
                if (replay(x, tests, met)) {
                    return true;
                }
            }
            return false;
        } else if (c instanceof Condition.Not n) {
            return !replay(n.condition(), tests, met);
        }
        Boolean known = met.get(c);
        if (known == null) {
            known = ((TraceEntry.Tested) tests.next()).holds();
            met.put(c, known);
        }
        return known;
    }
}
