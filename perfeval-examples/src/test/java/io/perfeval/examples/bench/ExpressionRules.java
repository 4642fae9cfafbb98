package io.perfeval.examples.bench;

import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.input.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Shijiazhuang 2019 criteria as expression text, the form a team using a general-purpose engine would keep in its
 * database: ten measures (each rounded to two decimals, as the pack declares) and then the 33 scores. Written once in a
 * neutral syntax — identifiers, + − × comparisons, {@code a ? b : c}, and four helper functions (divide at 34 digits,
 * round2, ceil, clamp into [0, 分值]) — that AviatorScript reads as is and SpEL reads with {@code #} before the
 * function names. The binding flattens an input into the variables the expressions name.
 */
public final class ExpressionRules {

    static final MathContext DIV = MathContext.DECIMAL128;

    private ExpressionRules() {
    }

    /** name = formula, evaluated in order; later ones may use earlier ones. */
    static final List<String[]> MEASURES = List.of(
            new String[] {"mCompletion", "round2(divide(revenue, revBudget) * 100)"},
            new String[] {"mCounted", "round2(adjusted - initial - excluded)"},
            new String[] {"mAdjust", "round2(divide(mCounted, initial) * 100)"},
            new String[] {"mBalance", "round2(carried + revenue - spent)"},
            new String[] {"mSpendBudget", "round2(adjusted + carried)"},
            new String[] {"mCarry", "round2(divide(mBalance, mSpendBudget) * 100)"},
            new String[] {"mControl", "round2(divide(tpActual, tpBudget) * 100)"},
            new String[] {"mProcurement", "round2(divide(gpActual, gpBudget) * 100)"},
            new String[] {"mCoverage", "round2(divide(done, due) * 100)"},
            new String[] {"mApplied", "round2(divide(adopted, suggested) * 100)"});

    /** The 33 三级 scores in table order. */
    static final List<String> SCORES = List.of(
            "clamp(7 - ((goalOverall ? 0 : 1) + (goalItems ? 0 : 1)) * 2 - badGoals * 0.5, 7)",
            "clamp(3 - f1 * 0.5, 3)",
            "clamp(2 - f2 * 1.5, 2)",
            "clamp(6 - f3 * 2.25, 6)",
            "onTime ? 2 : 0",
            "mCompletion >= 95 ? 2 : (mCompletion <= 85 ? 0 : clamp(2 - (95 - mCompletion) * 0.2, 2))",
            "mAdjust == 0 ? 2 : (mAdjust >= 10 ? 0 : clamp(2 - mAdjust * 0.2, 2))",
            "clamp(4 - ((p2 < s2 ? 1 : 0) + (p3 < s3 ? 1 : 0) + (p4 < s4 ? 1 : 0)), 4)",
            "mCarry <= 5 ? 2 : (mCarry >= 50 ? 0 : clamp(2 - ceil(divide(mCarry - 5, 5)) * 0.2, 2))",
            "mControl <= 100 ? 2 : clamp(2 - (mControl - 100), 2)",
            "clamp(mProcurement * 0.02, 2)",
            "consistent ? 2 : 0",
            "clamp(4 - f4 * 0.5, 4)",
            "clamp(5 - f5 * 1.25, 5)",
            "clamp(2 - f6 * 1, 2)",
            "clamp(2 - f7 * 1, 2)",
            "clamp(1 - f8 * 0.5, 1)",
            "clamp(2 - f9 * 0.4, 2)",
            "clamp(mCoverage * 0.04, 4)",
            "clamp(mApplied * 0.04, 4)",
            "letters >= 10000 && hotline >= 10000 ? 2 : j20",
            "events >= 300 ? 2 : j21",
            "documents >= 300 ? 2 : j22",
            "meetings >= 4 ? 2 : j23",
            "posts >= 20000 ? 2 : j24",
            "duty ? 2 : j25",
            "reception ? 2 : j26",
            "drafting ? 2 : j27",
            "finance ? 2 : j28",
            "openness ? 2 : j29",
            "paidOnTime ? 5 : j30",
            "j31",
            "satisfaction >= 90 ? 6 : (satisfaction < 60 ? 0 : clamp(6 - ceil(divide(90 - satisfaction, 10)) * 1.5, 6))");

    private static final String[][] NUMBERS = {{"badGoals", "不合格项目目标数"}, {"revBudget", "收入预算数"},
        {"revenue", "收入预算完成数"}, {"initial", "年初预算数"}, {"adjusted", "调整后预算数"},
        {"excluded", "可剔除的预算调整数"}, {"carried", "年初结转和结余"}, {"spent", "本年支出"},
        {"tpBudget", "三公经费预算数"}, {"tpActual", "三公经费实际支出数"}, {"gpBudget", "政府采购预算数"},
        {"gpActual", "实际政府采购金额"}, {"due", "应自评项目数"}, {"done", "已自评项目数"}, {"suggested", "意见建议总数"},
        {"adopted", "意见建议采纳数"}, {"letters", "接收公文件数"}, {"hotline", "市长热线下派工单数"},
        {"events", "组织活动次数"}, {"documents", "印发公文报告篇数"}, {"meetings", "银企对接会次数"},
        {"posts", "发布信息条数"}, {"satisfaction", "社会公众满意度"}};
    private static final String[][] YES = {{"goalOverall", "总体绩效目标合格"}, {"goalItems", "分项绩效目标合格"},
        {"onTime", "是否按时上报"}, {"consistent", "账表一致"}, {"duty", "值班工作达标"}, {"reception", "会务接待达标"},
        {"drafting", "综合资料起草达标"}, {"finance", "金融工作达标"}, {"openness", "政务公开达标"},
        {"paidOnTime", "资金按时拨付"}};
    private static final String[] CHECKLISTS = {"绩效指标科学性", "预算编制完整性", "项目预算功能分类等编制合规性",
        "资金使用合规性", "财务管理规范性", "管理制度健全性", "预算信息公开性", "基础信息完善性", "资产管理规范性"};
    private static final String[] JUDGED = {"公文接收、市长热线办理工作", "会务组织接待工作", "以文参政、以文辅政工作",
        "组织召开银企对接会", "政务公开工作", "规范行政值班", "精心组织会务接待", "高效起草综合资料", "推进金融工作发展",
        "政务公开工作高效推进", "资金拨付时效", "部门整体效益"};

    /** The variables for one department; checklists become their number of 不符合 items. */
    static Map<String, Object> bind(EvaluationInput input) {
        Map<String, Value> d = input.data();
        Map<String, Object> env = new HashMap<>(128);
        for (String[] n : NUMBERS) {
            env.put(n[0], ((Value.Number) d.get(n[1])).value());
        }
        for (String[] y : YES) {
            env.put(y[0], ((Value.YesNo) d.get(y[1])).yes());
        }
        for (int i = 0; i < CHECKLISTS.length; i++) {
            int failed = 0;
            for (Boolean met : ((Value.Checklist) d.get(CHECKLISTS[i])).answers().values()) {
                if (!met) {
                    failed++;
                }
            }
            env.put("f" + (i + 1), BigDecimal.valueOf(failed));
        }
        Map<String, BigDecimal> progress = ((Value.Series) d.get("支出进度")).values();
        Map<String, BigDecimal> schedule = ((Value.Series) d.get("序时进度")).values();
        env.put("p2", progress.get("第二季度"));
        env.put("p3", progress.get("第三季度"));
        env.put("p4", progress.get("第四季度"));
        env.put("s2", schedule.get("第二季度"));
        env.put("s3", schedule.get("第三季度"));
        env.put("s4", schedule.get("第四季度"));
        for (int i = 0; i < JUDGED.length; i++) {
            Judgement j = input.judgements().get(JUDGED[i]);
            env.put("j" + (20 + i), j == null ? null : j.score());
        }
        return env;
    }

    // The four helpers, shared by both engines so that both round exactly as the pack does.

    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, DIV);
    }

    public static BigDecimal round2(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal ceil(BigDecimal v) {
        return v.setScale(0, RoundingMode.CEILING);
    }

    public static BigDecimal clamp(BigDecimal v, BigDecimal max) {
        return v.signum() < 0 ? BigDecimal.ZERO : v.compareTo(max) > 0 ? max : v;
    }

    /** An engine's result as a score at the pack's scale. */
    static BigDecimal score(Object result) {
        BigDecimal v = result instanceof BigDecimal b ? b : new BigDecimal(result.toString());
        return round2(v);
    }
}
