package io.perfeval.examples.spark;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perfeval.core.EvaluationOptions;
import io.perfeval.core.RulePack;
import io.perfeval.core.sheet.IndicatorResult;
import io.perfeval.core.sheet.ScoreSheet;
import io.perfeval.rules.national.ProjectInput;
import io.perfeval.rules.national.ProjectInputJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic project self-evaluations (项目支出绩效自评表) for the job: documents of the national project template
 * ({@code ProjectInputJson}, pack {@code national/caiyu-2020-10/project}) shaped like the published tables the library
 * re-scores (Yongde 2022, Langfang 2019, Chizhou 2022, Lijiang 2020, Zhongjiang 2022) — the 90 points split over
 * 产出 / 效益 / 满意度 as 50/30/10 mostly and 40/30/20 or 60/20/10 now and then, one to four 二级 headings under each
 * 一级 and one to three indicators under each, in half points; quantitative targets in every direction the template
 * knows (≥ mostly, then ≤, =, &gt; and &lt;) with units (%, 个, 人次, 万元, 天, 公里), met as a rule and missed now and then,
 * the 实际完成值 written bare or with its unit; qualitative targets (有效, 效果明显) with one of the three levels and a
 * score inside its band; an indicator 不适用 one time in thirty; budgets from a few to a few thousand 万元 with
 * 年初预算数 and the 其中 rows now and then, executed mostly 85–100 %, sometimes less, a zero budget now and then (预算执行率
 * 不适用).
 *
 * <p>The self-scores (得分) are what the template gives — one quantitative row in five half a point higher, up to its
 * 分值, as reviews find them — a qualitative row's 得分 being the evaluator's judgement itself; 预算执行率得分 as
 * computed and 总分 as the rows' sum, absent one time in ten. Every figure is an exact decimal. Rows are made in
 * blocks of {@link SyntheticDocuments#BLOCK}, block {@code b} from the seed {@code seed + b}, so any executor makes
 * any block and the same seed gives the same rows.
 */
public final class SyntheticProjects {

    /** The registered template the documents are written for. */
    public static final String PACK = "national/caiyu-2020-10/project";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final String[][] HEADINGS = {
        {"产出指标", "数量指标", "质量指标", "时效指标", "成本指标"},
        {"效益指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"},
        {"满意度指标", "服务对象满意度指标"}};

    /** The 90 points over 产出 / 效益 / 满意度: the note's 50/30/10 as a rule, the published departures now and then. */
    private static final int[][] SPLITS = {{50, 30, 10}, {50, 30, 10}, {50, 30, 10}, {50, 30, 10}, {40, 30, 20},
        {60, 20, 10}, {45, 30, 15}};

    private static final String[] TOPICS = {"义务教育营养改善计划专项资金", "农村公路养护补助资金", "城乡居民医疗保险补助",
        "高标准农田建设项目", "乡村振兴衔接资金", "河道综合治理工程", "公共文化服务体系建设", "困难群众救助补助资金",
        "森林防火专项经费", "就业创业补助资金", "城市污水处理设施运营", "中小学校舍维修改造", "基层医疗卫生机构运行补助",
        "老旧小区改造", "村级组织运转经费", "大气污染防治专项资金"};

    private static final String[] UNITS = {"%", "个", "人次", "万元", "天", "公里", "%"};

    private static final String[] QUALITATIVE = {"有效", "效果明显", "逐步提升", "持续改善", "严格执行相关制度规定"};

    private static final String[] LEVELS = {"达成预期指标", "部分达成预期指标并具有一定效果", "未达成预期指标且效果较差"};

    private SyntheticProjects() {
    }

    /** The rows of block {@code block} (at most {@link SyntheticDocuments#BLOCK}, fewer for the last of {@code count}). */
    public static List<SyntheticDocuments.Document> block(RulePack template, long seed, long block, long count) {
        long first = block * SyntheticDocuments.BLOCK;
        int size = (int) Math.min(SyntheticDocuments.BLOCK, count - first);
        List<SyntheticDocuments.Document> out = new ArrayList<>(Math.max(size, 0));
        SplittableRandom r = new SplittableRandom(seed + block);
        for (int i = 0; i < size; i++) {
            long n = first + i;
            String region = SyntheticDocuments.REGIONS.get((int) (n % SyntheticDocuments.REGIONS.size()));
            int year = SyntheticDocuments.FIRST_YEAR + (int) (n / SyntheticDocuments.REGIONS.size()
                    % SyntheticDocuments.YEARS);
            String name = String.format("%s第%07d号%s", region, n + 1, TOPICS[r.nextInt(TOPICS.length)]);
            out.add(new SyntheticDocuments.Document(region, year, name, document(template, r, region, name)));
        }
        return out;
    }

    /** One project's table, with the self-scores the template gives (see the class comment). */
    static String document(RulePack template, SplittableRandom r, String region, String name) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("规则包", template.info().id());
        doc.put("项目名称", name);
        String department = region + new String[] {"教育局", "交通运输局", "卫生健康局", "农业农村局", "水利局",
            "民政局", "生态环境局", "住房和城乡建设局"}[r.nextInt(8)];
        doc.put("主管部门", department);
        doc.put("实施单位", r.nextInt(3) == 0 ? department : department + "下属事业单位");
        doc.set("项目资金", funds(r));
        ObjectNode goal = doc.putObject("年度总体目标");
        goal.put("预期目标", "按期完成" + name + "年度建设与服务任务");
        goal.put("实际完成情况", "基本完成年度目标");
        ArrayNode rows = doc.putArray("绩效指标");
        int[] split = SPLITS[r.nextInt(SPLITS.length)];
        for (int h = 0; h < HEADINGS.length; h++) {
            indicators(r, rows, HEADINGS[h], split[h]);
        }
        selfScores(template, r, doc, rows, name);
        return write(doc);
    }

    /** 年度资金总额 (万元), and now and then 年初预算数 and the 其中 rows adding up to it. */
    private static ObjectNode funds(SplittableRandom r) {
        ObjectNode f = JSON.createObjectNode();
        int zero = r.nextInt(40);
        // 0.5 万元 … 5,000 万元, to the yuan (four decimals of 万元) or to the hundred yuan, as tables write them
        BigDecimal budget = zero == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(r.nextLong(5_000, 50_000_000), 4);
        if (r.nextBoolean()) {
            budget = budget.setScale(2, RoundingMode.DOWN);
        }
        int rate = r.nextInt(10) < 7 ? 85 + r.nextInt(16) : 30 + r.nextInt(70); // per cent, whole
        BigDecimal executed = budget.multiply(BigDecimal.valueOf(rate)).divide(BigDecimal.valueOf(100), 4,
                RoundingMode.DOWN);
        if (r.nextInt(20) == 0) {
            executed = budget; // 100 % to the yuan, as many tables report it
        }
        ObjectNode total = f.putObject("年度资金总额");
        if (r.nextInt(3) == 0) {
            total.put("年初预算数", budget.multiply(BigDecimal.valueOf(80 + r.nextInt(21)))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN));
        }
        total.put("全年预算数", budget);
        total.put("全年执行数", executed);
        if (r.nextInt(3) == 0) {
            BigDecimal fiscalBudget = budget.multiply(BigDecimal.valueOf(50 + r.nextInt(51)))
                    .divide(BigDecimal.valueOf(100), 4, RoundingMode.DOWN);
            BigDecimal fiscalExecuted = fiscalBudget.min(executed);
            ObjectNode fiscal = f.putObject("财政拨款");
            fiscal.put("全年预算数", fiscalBudget);
            fiscal.put("全年执行数", fiscalExecuted);
            ObjectNode other = f.putObject(r.nextBoolean() ? "其他资金" : "上年结转");
            other.put("全年预算数", budget.subtract(fiscalBudget));
            other.put("全年执行数", executed.subtract(fiscalExecuted));
        }
        return f;
    }

    /** The {@code points} of one 一级 heading over one to all of its 二级 headings, one to three indicators each. */
    private static void indicators(SplittableRandom r, ArrayNode rows, String[] heading, int points) {
        int children = heading.length - 1;
        int used = 1 + r.nextInt(Math.min(children, 4));
        List<String> chosen = new ArrayList<>();
        for (int c = 1; c <= children && chosen.size() < used; c++) {
            if (children - c < used - chosen.size() || r.nextBoolean()) {
                chosen.add(heading[c]);
            }
        }
        List<BigDecimal> slots = cut(r, BigDecimal.valueOf(points), chosen.size());
        for (int c = 0; c < chosen.size(); c++) {
            for (BigDecimal max : cut(r, slots.get(c), 1 + r.nextInt(3))) {
                rows.add(indicator(r, heading[0], chosen.get(c), rows.size() + 1, max));
            }
        }
    }

    /** {@code amount} cut into {@code n} parts of whole half points (fewer when it has too few half points). */
    private static List<BigDecimal> cut(SplittableRandom r, BigDecimal amount, int n) {
        int halves = amount.multiply(BigDecimal.valueOf(2)).intValueExact();
        n = Math.max(1, Math.min(n, halves));
        List<BigDecimal> parts = new ArrayList<>(n);
        int left = halves;
        for (int i = n; i > 1; i--) {
            // near an even share, in half points, leaving at least one half point to each part still to come
            int even = left / i;
            int take = Math.max(1, Math.min(left - (i - 1), even + r.nextInt(Math.max(1, even)) - even / 2));
            parts.add(BigDecimal.valueOf(take).divide(BigDecimal.valueOf(2)));
            left -= take;
        }
        parts.add(BigDecimal.valueOf(left).divide(BigDecimal.valueOf(2)));
        return parts;
    }

    private static ObjectNode indicator(SplittableRandom r, String level1, String level2, int number, BigDecimal max) {
        ObjectNode row = JSON.createObjectNode();
        row.put("一级指标", level1);
        row.put("二级指标", level2);
        row.put("三级指标", level2.replace("指标", "") + "指标" + number);
        boolean qualitative = level1.equals("效益指标") ? r.nextInt(2) == 0 : r.nextInt(6) == 0;
        if (qualitative) {
            row.put("年度指标值", QUALITATIVE[r.nextInt(QUALITATIVE.length)]);
        } else {
            quantitative(r, row, level2);
        }
        row.put("分值", max);
        if (r.nextInt(30) == 0) {
            row.put("不适用", "本年度未安排该项内容");
            row.remove("实际完成值");
            return row;
        }
        if (qualitative) {
            int level = r.nextInt(10) < 7 ? 0 : r.nextInt(10) < 7 ? 1 : 2;
            int[] band = {80, 101, 60, 80, 0, 60}; // per cent of the 分值: [low, high)
            int pct = band[2 * level] + r.nextInt(band[2 * level + 1] - band[2 * level]);
            BigDecimal score = max.multiply(BigDecimal.valueOf(pct)).divide(BigDecimal.valueOf(100), 2,
                    RoundingMode.DOWN);
            if (r.nextBoolean()) {
                row.put("实际完成值", LEVELS[level]);
            } else {
                row.put("实际完成值", new String[] {"效果较好", "基本达到", "成效一般"}[level]);
                row.put("档次", LEVELS[level]);
            }
            row.put("得分", score);
            row.put("评价理由", "依据年度工作总结和抽查结果");
            if (level > 0) {
                row.put("偏差原因分析及改进措施", "部分任务受客观因素影响，下年度加强跟踪");
            }
        }
        return row;
    }

    /** A target with a direction and a unit, and the 实际完成值: met as a rule, missed one time in five. */
    private static void quantitative(SplittableRandom r, ObjectNode row, String level2) {
        String unit = switch (level2) {
            case "质量指标", "服务对象满意度指标", "社会效益指标" -> "%";
            case "时效指标" -> r.nextBoolean() ? "%" : "天";
            case "成本指标" -> "万元";
            default -> UNITS[r.nextInt(UNITS.length)];
        };
        // cost and days: less is better (≤ or <); the rest ≥ mostly, = and > now and then
        boolean less = unit.equals("万元") || unit.equals("天") ? r.nextInt(5) > 0 : r.nextInt(15) == 0;
        String direction = less ? (r.nextInt(4) == 0 ? "<" : "≤") : switch (r.nextInt(8)) {
            case 0 -> "=";
            case 1 -> ">";
            default -> "≥";
        };
        BigDecimal target = switch (unit) {
            case "%" -> r.nextInt(3) == 0 ? BigDecimal.valueOf(100) : BigDecimal.valueOf(800 + r.nextInt(200), 1)
                    .stripTrailingZeros();
            case "万元" -> BigDecimal.valueOf(r.nextLong(100, 1_000_000), 2);
            case "天" -> BigDecimal.valueOf(5 + r.nextInt(360));
            case "公里" -> BigDecimal.valueOf(r.nextInt(5_000) + 1, 1);
            default -> BigDecimal.valueOf(1 + r.nextInt(5_000));
        };
        if (target.scale() < 0) {
            target = target.setScale(0);
        }
        boolean met = r.nextInt(5) > 0;
        BigDecimal actual;
        int scale = Math.max(target.scale(), unit.equals("%") ? 1 : 0);
        if (less == met) {
            // below the target: met for ≤ and <, missed for the others
            actual = target.multiply(BigDecimal.valueOf(50 + r.nextInt(50))).divide(BigDecimal.valueOf(100), scale,
                    RoundingMode.DOWN);
        } else {
            actual = target.multiply(BigDecimal.valueOf(100 + r.nextInt(met && !less ? 20 : 60)))
                    .divide(BigDecimal.valueOf(100), scale, RoundingMode.UP);
            if (met && direction.equals(">") && actual.compareTo(target) == 0) {
                actual = actual.add(BigDecimal.ONE);
            }
        }
        if (unit.equals("%") && !less && target.compareTo(BigDecimal.valueOf(100)) == 0) {
            actual = met ? target : actual.min(target); // a rate of 100 % is met at 100 % and not above it
        }
        row.put("年度指标值", direction + target.toPlainString() + unit);
        row.put("实际完成值", actual.toPlainString() + (r.nextBoolean() ? unit : ""));
        if (!met) {
            row.put("偏差原因分析及改进措施", "受项目进度影响未完全达标，已督促整改");
        }
    }

    /**
     * Each quantitative row's and 预算执行率's score as the template gives it (one in five half a point higher, up to
     * the 分值) written as 得分, and the rows' sum as 总分 (one time in ten the table leaves it empty).
     */
    private static void selfScores(RulePack template, SplittableRandom r, ObjectNode doc, ArrayNode rows,
                                   String name) {
        ProjectInputJson.Bound bound = ProjectInputJson.readFor(write(doc), name, template);
        ScoreSheet sheet = bound.pack().evaluate(bound.input(), EvaluationOptions.withoutTrace());
        BigDecimal total = BigDecimal.ZERO;
        boolean complete = true;
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode row = (ObjectNode) rows.get(i);
            if (row.has("不适用")) {
                continue;
            }
            IndicatorResult leaf = sheet.find(row.get("三级指标").asText()).orElseThrow();
            if (leaf.score().isEmpty()) {
                complete = false;
                continue;
            }
            BigDecimal self = row.has("得分") ? row.get("得分").decimalValue() : generous(r, leaf);
            row.put("得分", self);
            total = total.add(self);
        }
        IndicatorResult execution = sheet.find(ProjectInput.EXECUTION).orElseThrow();
        if (execution.score().isPresent()) {
            BigDecimal self = generous(r, execution);
            doc.put("预算执行率得分", self);
            total = total.add(self);
        }
        if (complete && r.nextInt(10) > 0) {
            doc.put("总分", total);
        }
    }

    private static BigDecimal generous(SplittableRandom r, IndicatorResult leaf) {
        BigDecimal score = leaf.score().orElseThrow();
        return r.nextInt(5) == 0 ? score.add(new BigDecimal("0.5")).min(leaf.maxScore()) : score;
    }

    private static String write(ObjectNode doc) {
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and decimals always writes", e);
        }
    }
}
