package io.perfeval.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.DataField;
import io.perfeval.core.Indicator;
import io.perfeval.core.Measure;
import io.perfeval.core.PackInfo;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.Severity;
import io.perfeval.core.diag.SourceLocation;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Expr.ArithmeticOp;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 3: a chain of measures each using the previous one twice made the analysis expand the first measure
 * 2^depth times (0.8 s at 20 levels, 37 s at 28, no end at 40). Measures are now expanded once each, and the work
 * has a limit that stops the analysis with a located finding (W122) rather than letting it run on.
 */
class AnalysisBoundsTest {

    /** 层0 = 甲 / 乙 × 100%; 层k = (层k−1 + 层k−1) / 2 (or 层k−1 + 层k−1); one indicator reads 层depth. */
    static RulePack chain(int depth, boolean halving) {
        RulePack.Builder b = RulePack.builder(new PackInfo("test/chain", "链", "", "", "")).totalScore(BigDecimal.TEN)
                .field(DataField.amount("甲", "")).field(DataField.amount("乙", ""))
                .measure(new Measure("层0", new Expr.Binary(ArithmeticOp.MULTIPLY, new Expr.Binary(ArithmeticOp.DIVIDE,
                        new Expr.Ref("甲"), new Expr.Ref("乙")), pct("100")), Unit.PERCENT, 2, ""));
        for (int k = 1; k <= depth; k++) {
            Expr previous = new Expr.Ref("层" + (k - 1));
            Expr twice = new Expr.Binary(ArithmeticOp.ADD, previous, previous);
            Expr formula = halving ? new Expr.Binary(ArithmeticOp.DIVIDE, twice, new Expr.Const(Quantity.number(
                    BigDecimal.valueOf(2)))) : twice;
            b.measure(new Measure("层" + k, formula, Unit.PERCENT, 2, ""));
        }
        Expr top = new Expr.Ref("层" + depth);
        Rule rule = new Rule.Cases(List.of(
                new Rule.Case(new Condition.Compare(Condition.Comparison.GE, top, pct("95")), new Rule.FullMarks()),
                new Rule.Case(new Condition.Compare(Condition.Comparison.GE, top, pct("85")),
                        new Rule.FixedScore(new BigDecimal("5")))), Rule.FixedScore.zero());
        b.indicator(new Indicator.Group("一级", BigDecimal.TEN, List.of(
                new Indicator.Leaf("链指标", new BigDecimal("6"), "", "", rule),
                new Indicator.Leaf("其后指标", new BigDecimal("4"), "", "", ruleAfter()))));
        b.source("一级/链指标", new SourceLocation("chain.perfeval", 7, 5, 3));
        return b.build();
    }

    private static Rule ruleAfter() {
        return new Rule.Cases(List.of(new Rule.Case(new Condition.Compare(Condition.Comparison.GE,
                new Expr.Ref("层0"), pct("50")), new Rule.FullMarks())), Rule.FixedScore.zero());
    }

    private static Expr pct(String v) {
        return new Expr.Const(Quantity.percent(v));
    }

    @Test
    void aChainOfSixtyFourMeasuresEachUsingThePreviousTwiceIsAnalysedWellUnderASecond() {
        for (boolean halving : new boolean[] {true, false}) {
            RulePack pack = chain(64, halving);
            PackAnalysis.analyze(chain(8, halving)); // the analysis's classes loaded and compiled once
            long start = System.nanoTime();
            PackAnalysis a = PackAnalysis.analyze(pack);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < 1000, "depth 64 took " + ms + " ms");
            assertTrue(a.findings().stream().noneMatch(p -> p.code().equals("W122")), a.findings()::toString);
            assertTrue(a.leaf("链指标").orElseThrow().exhaustive());
        }
    }

    @Test
    void theJumpsOfTheSixtyFourthMeasureAreWitnessedThroughTheWholeChain() {
        PackAnalysis a = PackAnalysis.analyze(chain(64, true));
        List<Finding> jumps = a.witnessed().stream().filter(f -> f.problem().code().equals("W117")
                && f.problem().subject().equals("一级/链指标")).toList();
        assertEquals(2, jumps.size(), a.findings()::toString);
        for (Finding f : jumps) {
            for (Witness w : f.witnesses()) {
                // the witness's 层64 is what the evaluator computed from 甲 and 乙 through all 64 measures
                assertTrue(w.values().containsKey("层64"), w::toString);
            }
        }
        assertEquals(List.of(), a.unconfirmed());
    }

    @Test
    void pastItsWorkLimitTheAnalysisStopsAndSaysWhere() {
        PackAnalysis a = PackAnalysis.analyze(chain(64, true), 2_000);
        Problem stop = a.findings().stream().filter(p -> p.code().equals("W122")).findFirst().orElseThrow();
        assertEquals(Severity.INFO, stop.severity());
        assertEquals("一级/链指标", stop.subject());
        assertEquals("chain.perfeval:7:5", stop.location().orElseThrow().toString());
        assertEquals("分析在本指标处停止：工作量超过上限 2000 步（表达式求值、输入求解与评分核实），本指标及其后的指标未作分析",
                stop.message());
        assertFalse(a.leaf("链指标").orElseThrow().exhaustive());
        assertFalse(a.leaf("其后指标").orElseThrow().exhaustive(), "nothing after the stop is analysed");
        assertTrue(a.leaf("其后指标").orElseThrow().min() == null);
    }
}
