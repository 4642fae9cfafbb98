package io.perfeval.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfeval.core.DataField;
import io.perfeval.core.Indicator;
import io.perfeval.core.PackInfo;
import io.perfeval.core.RulePack;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** jqwik: generated rule trees print to canonical text that compiles back to an equal pack. */
class RoundTripProperties {

    static final AtomicInteger RUN = new AtomicInteger();
    static final AtomicInteger PRINTED = new AtomicInteger();

    static final List<DataField> FIELDS = List.of(
            DataField.percentage("完成率", ""),
            DataField.yesNo("按时上报", ""),
            DataField.checklist("合规清单", List.of("是否合规", "是否完整", "是否及时")),
            DataField.count("办理件数", Unit.ITEM, ""),
            DataField.series("进度", Unit.PERCENT, List.of("第一季度", "第二季度"), ""));

    @Property(tries = 300)
    void generatedTreesRoundTrip(@ForAll("rules") Rule a, @ForAll("rules") Rule b) {
        RUN.incrementAndGet();
        RulePack.Builder builder = RulePack.builder(new PackInfo("test/generated", "生成的规则包", "某地", "1", "某文"))
                .totalScore(new BigDecimal("10"));
        FIELDS.forEach(builder::field);
        builder.indicator(new Indicator.Group("一级指标", new BigDecimal("10"), List.of(
                new Indicator.Leaf("甲", new BigDecimal("4"), "内容", "标准「甲」", a),
                new Indicator.Leaf("乙", new BigDecimal("6"), "", "", b))));
        RulePack.CheckResult checked = builder.check();
        if (checked.pack().isEmpty()) {
            return; // the generator made a tree the core rejects (e.g. a judgement range above 分值): not printable
        }
        RulePack pack = checked.pack().get();
        PRINTED.incrementAndGet();
        String text = PackPrinter.print(pack);
        CompileResult r = PackCompiler.compile(text, "generated.perfeval");
        assertTrue(r.pack().isPresent(), () -> text + "\n" + r.errors());
        assertEquals(pack, r.pack().get(), text);
    }

    /** Sums that pass the checks are among the trees printed and read back (not only refused ones). */
    static final AtomicInteger SUMS = new AtomicInteger();

    @Property(tries = 200)
    void generatedSumsRoundTrip(@ForAll("sums") Rule sum) {
        RulePack.Builder builder = RulePack.builder(new PackInfo("test/generated", "生成的规则包", "某地", "1", "某文"))
                .totalScore(new BigDecimal("6"));
        FIELDS.forEach(builder::field);
        builder.indicator(new Indicator.Group("一级指标", new BigDecimal("6"), List.of(
                new Indicator.Leaf("乙", new BigDecimal("6"), "", "", sum))));
        RulePack.CheckResult checked = builder.check();
        if (checked.pack().isEmpty()) {
            return; // a part the core refuses (一票否决, 不适用, 无规则, two judged parts …)
        }
        SUMS.incrementAndGet();
        String text = PackPrinter.print(checked.pack().get());
        CompileResult r = PackCompiler.compile(text, "generated.perfeval");
        assertTrue(r.pack().isPresent(), () -> text + "\n" + r.errors());
        assertEquals(checked.pack().get(), r.pack().get(), text);
    }

    @Provide
    Arbitrary<Rule> sums() {
        return sum(new BigDecimal("6"), 3);
    }

    @AfterContainer
    static void report() {
        System.out.println(RUN.get() + " generated round-trip cases ran, " + PRINTED.get()
                + " passed the core checks and were printed, compiled back and compared; " + SUMS.get()
                + " generated sums passed the checks and round-tripped");
    }

    @Provide
    Arbitrary<Rule> rules() {
        return rule(3);
    }

    private Arbitrary<Rule> rule(int depth) {
        Arbitrary<Rule> leaf = Arbitraries.oneOf(
                Arbitraries.just(new Rule.FullMarks()),
                points().map(p -> (Rule) new Rule.FixedScore(((Points.Absolute) p).points())),
                Arbitraries.just(Rule.Judgement.anywhere()),
                Arbitraries.of(Rule.VetoScope.class).map(Rule.Veto::new),
                Arbitraries.strings().withChars("不适用原因情况").ofMinLength(1).ofMaxLength(6).map(Rule.NotApplicable::new),
                Arbitraries.just(new Rule.NoRule()),
                Arbitraries.of(true, false).map(cap -> new Rule.Formula(new Expr.Binary(Expr.ArithmeticOp.MULTIPLY,
                        new Expr.Ref("完成率"), new Expr.MaxScore()), cap)),
                Combinators.combine(terms().list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(true, false))
                        .as((ts, floor) -> (Rule) new Rule.Deduct(ts, floor)));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Rule.Case> aCase = Combinators.combine(condition(2), Arbitraries.lazy(() -> rule(depth - 1)))
                .as(Rule.Case::new);
        Arbitrary<Rule> cases = Combinators.combine(aCase.list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.lazy(() -> rule(depth - 1))).as(Rule.Cases::new);
        // a sum of either leaf's 分值 (4 or 6): about half of them fit the leaf they are drawn for (C022 otherwise)
        Arbitrary<Rule> sum = Arbitraries.of(new BigDecimal("4"), new BigDecimal("6")).flatMap(t -> sum(t, depth));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(1, cases),
                net.jqwik.api.Tuple.of(1, sum));
    }

    /** 分项｛「第一项」 a分：…；「第二项」 b分：…｝ with a + b = {@code total}, a part now and then a sum of its own. */
    private Arbitrary<Rule> sum(BigDecimal total, int depth) {
        return Arbitraries.integers().between(1, 9).flatMap(cut -> {
            BigDecimal first = total.multiply(BigDecimal.valueOf(cut)).divide(BigDecimal.TEN);
            BigDecimal second = total.subtract(first);
            return Combinators.combine(part(first, depth), part(second, depth))
                    .as((a, b) -> (Rule) new Rule.Sum(List.of(new Rule.Part("第一项", first, a),
                            new Rule.Part("第二项", second, b))));
        });
    }

    private Arbitrary<Rule> part(BigDecimal max, int depth) {
        Arbitrary<Rule> any = Arbitraries.lazy(() -> rule(depth - 1));
        if (depth < 2) {
            return any;
        }
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, any),
                net.jqwik.api.Tuple.of(1, Arbitraries.lazy(() -> sum(max, depth - 1))));
    }

    private Arbitrary<Points> points() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("4")).ofScale(2)
                .map(Points.Absolute::new);
    }

    private Arbitrary<Points> anyPoints() {
        return Arbitraries.oneOf(points(), Arbitraries.integers().between(1, 9).map(d -> Points.share(1, d)));
    }

    private Arbitrary<Quantity> percent() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("200")).ofScale(1)
                .map(v -> new Quantity(v, Unit.PERCENT));
    }

    private Arbitrary<DeductionTerm> terms() {
        Arbitrary<DeductionTerm> perCount = Combinators.combine(
                Arbitraries.strings().withChars("不符合项未达标").ofMinLength(1).ofMaxLength(5),
                Arbitraries.<Expr>of(new Expr.FailedItems("合规清单", List.of()),
                        new Expr.FailedItems("合规清单", List.of(1, 3)), new Expr.Ref("办理件数")),
                anyPoints()).as(DeductionTerm.PerCount::new);
        Arbitrary<DeductionTerm> perStep = Combinators.combine(percent(),
                Arbitraries.of(DeductionTerm.Direction.class),
                Arbitraries.bigDecimals().between(new BigDecimal("0.1"), BigDecimal.TEN).ofScale(1),
                anyPoints(), Arbitraries.of(DeductionTerm.StepCounting.class))
                .as((ref, dir, step, each, counting) -> new DeductionTerm.PerStep(new Expr.Ref("完成率"),
                        new Expr.Const(ref), dir, new Quantity(step, Unit.PERCENT), each, counting));
        return Arbitraries.oneOf(perCount, perStep);
    }

    private Arbitrary<Condition> condition(int depth) {
        Arbitrary<Condition> atom = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(Condition.Comparison.class), percent())
                        .as((op, q) -> new Condition.Compare(op, new Expr.Ref("完成率"), new Expr.Const(q))),
                Arbitraries.just(new Condition.IsYes("按时上报")),
                Arbitraries.just(new Condition.AllItemsMet("合规清单", List.of(2))),
                Arbitraries.just(new Condition.Compare(Condition.Comparison.LT,
                        new Expr.PeriodValue("进度", "第二季度"), new Expr.Const(new Quantity(new BigDecimal("50"),
                                Unit.PERCENT)))));
        if (depth == 0) {
            return atom;
        }
        Arbitrary<Condition> sub = Arbitraries.lazy(() -> condition(depth - 1));
        return Arbitraries.oneOf(atom,
                sub.map(Condition.Not::new),
                sub.list().ofMinSize(2).ofMaxSize(3).map(Condition.All::new),
                sub.list().ofMinSize(2).ofMaxSize(3).map(Condition.Any::new));
    }
}
