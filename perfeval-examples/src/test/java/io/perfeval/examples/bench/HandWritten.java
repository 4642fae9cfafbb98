package io.perfeval.examples.bench;

import io.perfeval.core.input.EvaluationInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The floor: the Shijiazhuang 2019 department criteria coded by hand with BigDecimal, the way a careful engineer would
 * for speed — constants hoisted, exact arithmetic, one rounding division per rate, measures rounded to two decimals
 * as the pack declares, scores rounded half-up to two decimals. No trace, no strings. It reads a department's figures
 * by position ({@link Facts}): from an integrator's plain values directly, or from perfeval's input by name.
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

    private static final int PROJECTS_WITHOUT_GOAL = number("不合格项目目标数");
    private static final int INITIAL = number("年初预算数");
    private static final int ADJUSTED = number("调整后预算数");
    private static final int EXCLUDED = number("可剔除的预算调整数");
    private static final int REVENUE_BUDGET = number("收入预算数");
    private static final int REVENUE = number("收入预算完成数");
    private static final int CARRIED_IN = number("年初结转和结余");
    private static final int EXPENDITURE = number("本年支出");
    private static final int THREE_PUBLIC_BUDGET = number("三公经费预算数");
    private static final int THREE_PUBLIC_ACTUAL = number("三公经费实际支出数");
    private static final int PROCUREMENT_BUDGET = number("政府采购预算数");
    private static final int PROCURED = number("实际政府采购金额");
    private static final int TO_SELF_EVALUATE = number("应自评项目数");
    private static final int SELF_EVALUATED = number("已自评项目数");
    private static final int SUGGESTIONS = number("意见建议总数");
    private static final int SUGGESTIONS_ADOPTED = number("意见建议采纳数");
    private static final int LETTERS = number("接收公文件数");
    private static final int HOTLINE_ORDERS = number("市长热线下派工单数");
    /** 组织活动次数, then 印发公文报告篇数, 银企对接会次数 and 发布信息条数. */
    private static final int FIRST_OUTPUT = number("组织活动次数");
    private static final BigDecimal[] OUTPUT_TARGETS = {THREE_HUNDRED, THREE_HUNDRED, FOUR, TWENTY_THOUSAND};
    private static final int SATISFACTION = number("社会公众满意度");
    private static final int OVERALL_GOALS = yesNo("总体绩效目标合格");
    private static final int SUB_ITEM_GOALS = yesNo("分项绩效目标合格");
    private static final int REPORTED_ON_TIME = yesNo("是否按时上报");
    private static final int ACCOUNTS_AGREE = yesNo("账表一致");
    /** 值班工作达标, then 会务接待达标, 综合资料起草达标, 金融工作达标, 政务公开达标 and 资金按时拨付. */
    private static final int FIRST_ATTAINED = yesNo("值班工作达标");

    @Override
    public BigDecimal[] score(EvaluationInput input) {
        return score(Facts.of(input));
    }

    /** The same 33 scores from the plain values an integrator holds, read directly ({@link PlainDepartment}). */
    public BigDecimal[] score(PlainDepartment department) {
        return score((Facts) department);
    }

    /** The whole sheet from the integrator's plain values. */
    public WholeSheet sheet(PlainDepartment department) {
        return WholeSheet.of(score(department));
    }

    private static BigDecimal[] score(Facts f) {
        BigDecimal[] s = new BigDecimal[33];

        int goalsFailed = (f.yes(OVERALL_GOALS) ? 0 : 1) + (f.yes(SUB_ITEM_GOALS) ? 0 : 1);
        s[0] = deducted(SEVEN, TWO.multiply(BigDecimal.valueOf(goalsFailed))
                .add(HALF.multiply(f.num(PROJECTS_WITHOUT_GOAL))));
        s[1] = deducted(BigDecimal.valueOf(3), HALF.multiply(failed(f, 0)));
        s[2] = deducted(TWO, ONE_HALF.multiply(failed(f, 1)));
        s[3] = deducted(SIX, TWO_QUARTERS.multiply(failed(f, 2)));
        s[4] = f.yes(REPORTED_ON_TIME) ? TWO : ZERO;

        BigDecimal initial = f.num(INITIAL);
        BigDecimal adjusted = f.num(ADJUSTED);
        BigDecimal revenue = f.num(REVENUE);
        BigDecimal carried = f.num(CARRIED_IN);
        BigDecimal completion = rate(revenue, f.num(REVENUE_BUDGET));
        if (completion.compareTo(BigDecimal.valueOf(95)) >= 0) {
            s[5] = TWO;
        } else if (completion.compareTo(BigDecimal.valueOf(85)) <= 0) {
            s[5] = ZERO;
        } else {
            s[5] = deducted(TWO, BigDecimal.valueOf(95).subtract(completion).multiply(POINT_2));
        }
        BigDecimal counted = adjusted.subtract(initial).subtract(f.num(EXCLUDED))
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
        int late = 0;
        for (int q = 1; q < 4; q++) {
            late += f.progress(q).compareTo(f.schedule(q)) < 0 ? 1 : 0;
        }
        s[7] = deducted(FOUR, BigDecimal.valueOf(late));
        BigDecimal balance = carried.add(revenue).subtract(f.num(EXPENDITURE)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal carryRate = rate(balance, adjusted.add(carried).setScale(2, RoundingMode.HALF_UP));
        if (carryRate.compareTo(FIVE) <= 0) {
            s[8] = TWO;
        } else if (carryRate.compareTo(BigDecimal.valueOf(50)) >= 0) {
            s[8] = ZERO;
        } else {
            BigDecimal steps = carryRate.subtract(FIVE).divide(FIVE, 0, RoundingMode.CEILING);
            s[8] = deducted(TWO, steps.multiply(POINT_2));
        }
        BigDecimal control = rate(f.num(THREE_PUBLIC_ACTUAL), f.num(THREE_PUBLIC_BUDGET));
        s[9] = control.compareTo(HUNDRED) <= 0 ? TWO : deducted(TWO, control.subtract(HUNDRED));
        BigDecimal procurement = rate(f.num(PROCURED), f.num(PROCUREMENT_BUDGET));
        s[10] = deducted(TWO, TWO.subtract(procurement.multiply(TWO).movePointLeft(2)));
        s[11] = f.yes(ACCOUNTS_AGREE) ? TWO : ZERO;
        s[12] = deducted(FOUR, HALF.multiply(failed(f, 3)));
        s[13] = deducted(FIVE, ONE_QUARTER.multiply(failed(f, 4)));
        s[14] = deducted(TWO, failed(f, 5));
        s[15] = deducted(TWO, failed(f, 6));
        s[16] = deducted(ONE, HALF.multiply(failed(f, 7)));
        s[17] = deducted(TWO, POINT_4.multiply(failed(f, 8)));
        s[18] = round(rate(f.num(SELF_EVALUATED), f.num(TO_SELF_EVALUATE)).multiply(FOUR).movePointLeft(2));
        s[19] = round(rate(f.num(SUGGESTIONS_ADOPTED), f.num(SUGGESTIONS)).multiply(FOUR).movePointLeft(2));

        s[20] = f.num(LETTERS).compareTo(TEN_THOUSAND) >= 0 && f.num(HOTLINE_ORDERS).compareTo(TEN_THOUSAND) >= 0
                ? TWO : f.judged(0);
        // 组织活动次数 … 发布信息条数 against their targets, each judged by the next judged indicator when short
        for (int i = 0; i < OUTPUT_TARGETS.length; i++) {
            s[21 + i] = f.num(FIRST_OUTPUT + i).compareTo(OUTPUT_TARGETS[i]) >= 0 ? TWO : f.judged(1 + i);
        }
        // 值班工作达标 … 资金按时拨付, each judged by the next judged indicator when not attained
        for (int i = 0; i < 6; i++) {
            s[25 + i] = f.yes(FIRST_ATTAINED + i) ? (i == 5 ? FIVE : TWO) : f.judged(5 + i);
        }
        s[31] = f.judged(11);
        BigDecimal satisfaction = f.num(SATISFACTION);
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

    private static BigDecimal failed(Facts f, int checklist) {
        return BigDecimal.valueOf(f.failed(checklist));
    }

    private static int number(String name) {
        return List.of(PlainDepartment.NUMBERS).indexOf(name);
    }

    private static int yesNo(String name) {
        return List.of(PlainDepartment.YES_NO).indexOf(name);
    }
}
