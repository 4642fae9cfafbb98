package io.perfeval.examples.cli;

import io.perfeval.core.DataField;
import io.perfeval.core.Indicator;
import io.perfeval.core.Measure;
import io.perfeval.core.PackInfo;
import io.perfeval.core.PackRegistry;
import io.perfeval.core.PackSource;
import io.perfeval.core.RulePack;
import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Value;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import io.perfeval.core.sheet.ScoreSheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small three-level pack built with core's builder (the Hebei pack is not on this branch), its registry, and inputs
 * in the Hebei JSON shape that the command-line tool reads. Its names carry characters that markup must escape.
 */
final class TestPack {

    static final String ID = "test/cli";
    /** A 三级指标 whose name needs escaping in Markdown and HTML. */
    static final String ODD = "<资金>&“结余”|*率*'";

    private TestPack() {
    }

    static RulePack pack() {
        Expr rate = new Expr.Ref("收入预算完成率");
        Expr p95 = new Expr.Const(Quantity.percent("95"));
        Rule revenue = new Rule.Cases(List.of(
                new Rule.Case(new Condition.Compare(Condition.Comparison.GE, rate, p95), new Rule.FullMarks()),
                new Rule.Case(new Condition.Compare(Condition.Comparison.LE, rate,
                        new Expr.Const(Quantity.percent("85"))), Rule.FixedScore.zero())),
                new Rule.Deduct(List.of(new DeductionTerm.PerStep(rate, p95, DeductionTerm.Direction.BELOW,
                        Quantity.percent("1"), Points.share(1, 10), DeductionTerm.StepCounting.PROPORTIONAL)), false));
        Expr formula = new Expr.Binary(Expr.ArithmeticOp.MULTIPLY, new Expr.Binary(Expr.ArithmeticOp.DIVIDE,
                new Expr.Ref("收入预算完成数"), new Expr.Ref("收入预算数")), new Expr.Const(Quantity.percent("100")));
        return RulePack.builder(new PackInfo(ID, "测试指标体系", "测试省", "2024", "测试〔2024〕1号"))
                .field(DataField.amount("收入预算数", "调整后的收入预算"))
                .field(DataField.amount("收入预算完成数", "本年收入"))
                .field(DataField.checklist("绩效指标科学性", List.of("是否准确反映绩效目标完成情况", "是否清晰、细化、可评价、可衡量")))
                .field(DataField.yesNo("按时上报", "是否按规定的时间上报"))
                .measure(new Measure("收入预算完成率", formula, Unit.PERCENT, 2, "收入预算完成数/收入预算数*100%"))
                .indicator(new Indicator.Group("投入", new BigDecimal("10"), List.of(
                        new Indicator.Group("预算编制", new BigDecimal("10"), List.of(
                                new Indicator.Leaf("绩效指标科学性", new BigDecimal("4"), "", "全部符合得满分；一项不符合扣0.5分。",
                                        new Rule.Deduct(List.of(new DeductionTerm.PerCount("不符合项",
                                                new Expr.FailedItems("绩效指标科学性", List.of()),
                                                Points.absolute("0.5"))), true)),
                                new Indicator.Leaf("预算上报及时性", new BigDecimal("6"), "", "按时间要求得满分，否则得零分。",
                                        new Rule.Cases(List.of(new Rule.Case(new Condition.IsYes("按时上报"),
                                                new Rule.FullMarks())), Rule.FixedScore.zero())))))))
                .indicator(new Indicator.Group("过程", new BigDecimal("40"), List.of(
                        new Indicator.Group("预算执行", new BigDecimal("40"), List.of(
                                new Indicator.Leaf("收入预算完成率", new BigDecimal("2"), "", "1、预算完成率大于或等于95%得满分；…",
                                        revenue),
                                new Indicator.Leaf(ODD, new BigDecimal("38"), "", "酌情给分 <script>", Rule.Judgement.anywhere()))))))
                .indicator(new Indicator.Group("效果", new BigDecimal("50"), List.of(
                        new Indicator.Group("履职效益", new BigDecimal("50"), List.of(
                                new Indicator.Leaf("部门整体效益", new BigDecimal("50"), "", "根据评价部门实际情况设置",
                                        Rule.Judgement.anywhere()))))))
                .build();
    }

    static PackRegistry registry() {
        RulePack pack = pack();
        return PackRegistry.of(List.of(new PackSource() {
            @Override
            public PackInfo info() {
                return pack.info();
            }

            @Override
            public RulePack load() {
                return pack;
            }
        }));
    }

    /** 收入 1308.05 of 1308.05, one checklist item not met, reported on time, judgements 30 and 45. */
    static ScoreSheet sheet() {
        return pack().evaluate(EvaluationInput.builder().entity("测试单位")
                .number("收入预算数", "1308.05").number("收入预算完成数", "1308.05")
                .put("绩效指标科学性", Value.Checklist.allMetExcept(2, 2)).yes("按时上报", true)
                .judgement(ODD, "30", "结余 <偏高> & 未说明").judgement("部门整体效益", "45", "经自评，履职效果较好。")
                .selfScore("绩效指标科学性", "4").selfScore("收入预算完成率", "2").selfScore(ODD, "30")
                .selfTotal(new BigDecimal("92.5"))
                .build());
    }

    /** The same case in the JSON the tool reads (the Hebei department input), pack named by its 规则包 key. */
    static String json(String selfScoreOfChecklist) {
        return """
                {
                  "单位名称": "测试单位",
                  "规则包": "test/cli",
                  "预算": {"收入预算数": 1308.05},
                  "决算": {"本年收入": 1308.05},
                  "检查清单": {"绩效指标科学性": ["符合", "不符合"]},
                  "是否事项": {"按时上报": true},
                  "酌情得分": {
                    "%s": {"得分": 30, "理由": "结余 <偏高> & 未说明"},
                    "部门整体效益": {"得分": 45, "理由": "经自评，履职效果较好。"}
                  },
                  "自评得分": {"绩效指标科学性": %s, "收入预算完成率": 2}
                }
                """.formatted(ODD, selfScoreOfChecklist);
    }

    static Path write(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** Runs the tool in-process against the test registry and captures what it prints. */
    static Run run(PackFiles packFiles, String... args) {
        return run(registry(), packFiles, args);
    }

    /** The tool run in-process with {@code registry} as its registered packs. */
    static Run run(PackRegistry registry, PackFiles packFiles, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PerfevalCli.execute(new PerfevalCli.Environment(registry, packFiles,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)),
                args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(PerfevalCli.standardPackFiles(), args);
    }

    record Run(int code, String out, String err) {
    }
}
