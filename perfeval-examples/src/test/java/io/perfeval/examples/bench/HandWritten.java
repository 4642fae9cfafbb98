package io.perfeval.examples.bench;

import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.input.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The floor: the Shijiazhuang 2019 department criteria coded by hand with BigDecimal, the way a careful engineer would
 * for speed — constants hoisted, exact arithmetic, one rounding division per rate, measures rounded to two decimals
 * as the pack declares, scores rounded half-up to two decimals. No trace, no strings.
 */
public final class HandWritten implements Scorer {

    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);
    private static final BigDecimal SIX = BigDecimal.valueOf(6);
    private static final BigDecimal SEVEN = BigDecimal.valueOf(7);
    private static final BigDecimal NINETY = BigDecimal.valueOf(90);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal POINT_1 = new BigDecimal("0.1");
    private static final BigDecimal POINT_2 = new BigDecimal("0.2");
    private static final BigDecimal POINT_4 = new BigDecimal("0.4");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal ONE_HALF = new BigDecimal("1.5");
    private static final BigDecimal ONE_QUARTER = new BigDecimal("1.25");
    private static final BigDecimal TWO_QUARTERS = new BigDecimal("2.25");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal TWENTY_THOUSAND = BigDecimal.valueOf(20_000);
    private static final BigDecimal THREE_HUNDRED = BigDecimal.valueOf(300);

    @Override
    public BigDecimal[] score(EvaluationInput input) {
        Map<String, Value> d = input.data();
        Map<String, Judgement> j = input.judgements();
        BigDecimal[] s = new BigDecimal[33];

        int goalsFailed = (yes(d, "总体绩效目标合格") ? 0 : 1) + (yes(d, "分项绩效目标合格") ? 0 : 1);
        s[0] = deducted(SEVEN, TWO.multiply(BigDecimal.valueOf(goalsFailed))
                .add(HALF.multiply(num(d, "不合格项目目标数"))));
        s[1] = deducted(BigDecimal.valueOf(3), HALF.multiply(failed(d, "绩效指标科学性")));
        s[2] = deducted(TWO, ONE_HALF.multiply(failed(d, "预算编制完整性")));
        s[3] = deducted(SIX, TWO_QUARTERS.multiply(failed(d, "项目预算功能分类等编制合规性")));
        s[4] = yes(d, "是否按时上报") ? TWO : ZERO;

        BigDecimal initial = num(d, "年初预算数");
        BigDecimal adjusted = num(d, "调整后预算数");
        BigDecimal revenue = num(d, "收入预算完成数");
        BigDecimal carried = num(d, "年初结转和结余");
        BigDecimal completion = rate(revenue, num(d, "收入预算数"));
        if (completion.compareTo(BigDecimal.valueOf(95)) >= 0) {
            s[5] = TWO;
        } else if (completion.compareTo(BigDecimal.valueOf(85)) <= 0) {
            s[5] = ZERO;
        } else {
            s[5] = deducted(TWO, BigDecimal.valueOf(95).subtract(completion).multiply(POINT_2));
        }
        BigDecimal counted = adjusted.subtract(initial).subtract(num(d, "可剔除的预算调整数"))
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal adjustment = rate(counted, initial);
        if (adjustment.signum() == 0) {
            s[6] = TWO;
        } else if (adjustment.compareTo(BigDecimal.TEN) >= 0) {
            s[6] = ZERO;
        } else if (adjustment.signum() > 0) {
            s[6] = deducted(TWO, adjustment.multiply(POINT_2));
        } else {
            throw new IllegalArgumentException("预算调整率为负，评价标准未规定");
        }
        Map<String, BigDecimal> progress = ((Value.Series) d.get("支出进度")).values();
        Map<String, BigDecimal> schedule = ((Value.Series) d.get("序时进度")).values();
        int late = (progress.get("第二季度").compareTo(schedule.get("第二季度")) < 0 ? 1 : 0)
                + (progress.get("第三季度").compareTo(schedule.get("第三季度")) < 0 ? 1 : 0)
                + (progress.get("第四季度").compareTo(schedule.get("第四季度")) < 0 ? 1 : 0);
        s[7] = deducted(FOUR, BigDecimal.valueOf(late));
        BigDecimal balance = carried.add(revenue).subtract(num(d, "本年支出")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal carryRate = rate(balance, adjusted.add(carried).setScale(2, RoundingMode.HALF_UP));
        if (carryRate.compareTo(FIVE) <= 0) {
            s[8] = TWO;
        } else if (carryRate.compareTo(BigDecimal.valueOf(50)) >= 0) {
            s[8] = ZERO;
        } else {
            BigDecimal steps = carryRate.subtract(FIVE).divide(FIVE, 0, RoundingMode.CEILING);
            s[8] = deducted(TWO, steps.multiply(POINT_2));
        }
        BigDecimal control = rate(num(d, "三公经费实际支出数"), num(d, "三公经费预算数"));
        s[9] = control.compareTo(HUNDRED) <= 0 ? TWO : deducted(TWO, control.subtract(HUNDRED));
        BigDecimal procurement = rate(num(d, "实际政府采购金额"), num(d, "政府采购预算数"));
        s[10] = deducted(TWO, TWO.subtract(procurement.multiply(TWO).movePointLeft(2)));
        s[11] = yes(d, "账表一致") ? TWO : ZERO;
        s[12] = deducted(FOUR, HALF.multiply(failed(d, "资金使用合规性")));
        s[13] = deducted(FIVE, ONE_QUARTER.multiply(failed(d, "财务管理规范性")));
        s[14] = deducted(TWO, failed(d, "管理制度健全性"));
        s[15] = deducted(TWO, failed(d, "预算信息公开性"));
        s[16] = deducted(ONE, HALF.multiply(failed(d, "基础信息完善性")));
        s[17] = deducted(TWO, POINT_4.multiply(failed(d, "资产管理规范性")));
        s[18] = round(rate(num(d, "已自评项目数"), num(d, "应自评项目数")).multiply(FOUR).movePointLeft(2));
        s[19] = round(rate(num(d, "意见建议采纳数"), num(d, "意见建议总数")).multiply(FOUR).movePointLeft(2));

        s[20] = num(d, "接收公文件数").compareTo(TEN_THOUSAND) >= 0
                && num(d, "市长热线下派工单数").compareTo(TEN_THOUSAND) >= 0 ? TWO : judged(j, "公文接收、市长热线办理工作");
        s[21] = num(d, "组织活动次数").compareTo(THREE_HUNDRED) >= 0 ? TWO : judged(j, "会务组织接待工作");
        s[22] = num(d, "印发公文报告篇数").compareTo(THREE_HUNDRED) >= 0 ? TWO : judged(j, "以文参政、以文辅政工作");
        s[23] = num(d, "银企对接会次数").compareTo(FOUR) >= 0 ? TWO : judged(j, "组织召开银企对接会");
        s[24] = num(d, "发布信息条数").compareTo(TWENTY_THOUSAND) >= 0 ? TWO : judged(j, "政务公开工作");
        s[25] = yes(d, "值班工作达标") ? TWO : judged(j, "规范行政值班");
        s[26] = yes(d, "会务接待达标") ? TWO : judged(j, "精心组织会务接待");
        s[27] = yes(d, "综合资料起草达标") ? TWO : judged(j, "高效起草综合资料");
        s[28] = yes(d, "金融工作达标") ? TWO : judged(j, "推进金融工作发展");
        s[29] = yes(d, "政务公开达标") ? TWO : judged(j, "政务公开工作高效推进");
        s[30] = yes(d, "资金按时拨付") ? FIVE : judged(j, "资金拨付时效");
        s[31] = judged(j, "部门整体效益");
        BigDecimal satisfaction = num(d, "社会公众满意度");
        if (satisfaction.compareTo(NINETY) >= 0) {
            s[32] = SIX;
        } else if (satisfaction.compareTo(BigDecimal.valueOf(60)) < 0) {
            s[32] = ZERO;
        } else {
            BigDecimal steps = NINETY.subtract(satisfaction).divide(BigDecimal.TEN, 0, RoundingMode.CEILING);
            s[32] = deducted(SIX, steps.multiply(ONE_HALF));
        }
        for (int i = 0; i < s.length; i++) {
            s[i] = round(s[i]);
        }
        return s;
    }

    /** 分值 minus the deductions, clamped into [0, 分值] as the table's 扣完为止 and 以分值为上限 say. */
    private static BigDecimal deducted(BigDecimal max, BigDecimal deduction) {
        BigDecimal v = max.subtract(deduction);
        return v.signum() < 0 ? ZERO : v.compareTo(max) > 0 ? max : v;
    }

    /**
     * a / b × 100 rounded half-up to two decimals (every rate measure of the pack), in one division as an engineer
     * would write it; perfeval divides at 34 digits and then rounds, which differs only on a 34-digit tie.
     */
    private static BigDecimal rate(BigDecimal a, BigDecimal b) {
        return a.movePointRight(2).divide(b, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal num(Map<String, Value> d, String name) {
        return ((Value.Number) d.get(name)).value();
    }

    private static boolean yes(Map<String, Value> d, String name) {
        return ((Value.YesNo) d.get(name)).yes();
    }

    private static BigDecimal failed(Map<String, Value> d, String name) {
        int n = 0;
        for (Boolean met : ((Value.Checklist) d.get(name)).answers().values()) {
            if (!met) {
                n++;
            }
        }
        return BigDecimal.valueOf(n);
    }

    private static BigDecimal judged(Map<String, Judgement> j, String indicator) {
        return j.get(indicator).score();
    }
}
