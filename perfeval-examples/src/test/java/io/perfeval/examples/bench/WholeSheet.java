package io.perfeval.examples.bench;

import java.math.BigDecimal;

/**
 * What a baseline makes of its 33 scores so that it delivers what perfeval's sheet does and the workload names
 * (33 indicators, subtotals, grade): the nine 二级 subtotals, the four 一级 subtotals, the total and the grade, coded by
 * hand for the Shijiazhuang 2019 department table as a careful engineer would, with {@code BigDecimal.add}.
 *
 * @param subtotals the 二级 subtotals in table order, then the 一级 ones
 */
public record WholeSheet(BigDecimal[] scores, BigDecimal[] subtotals, BigDecimal total, String grade) {

    /** How many 三级 indicators each 二级 indicator has, in table order. */
    private static final int[] LEAVES_PER_SECOND = {2, 3, 9, 4, 2, 5, 5, 1, 2};
    /** How many 二级 indicators each 一级 indicator (投入, 过程, 产出, 效果) has. */
    private static final int[] SECONDS_PER_FIRST = {2, 3, 3, 1};
    private static final BigDecimal EXCELLENT = BigDecimal.valueOf(85);
    private static final BigDecimal GOOD = BigDecimal.valueOf(75);
    private static final BigDecimal FAIR = BigDecimal.valueOf(60);

    static WholeSheet of(BigDecimal[] scores) {
        BigDecimal[] subtotals = new BigDecimal[LEAVES_PER_SECOND.length + SECONDS_PER_FIRST.length];
        int leaf = 0;
        for (int i = 0; i < LEAVES_PER_SECOND.length; i++) {
            subtotals[i] = sum(scores, leaf, LEAVES_PER_SECOND[i]);
            leaf += LEAVES_PER_SECOND[i];
        }
        int second = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < SECONDS_PER_FIRST.length; i++) {
            BigDecimal first = sum(subtotals, second, SECONDS_PER_FIRST[i]);
            second += SECONDS_PER_FIRST[i];
            subtotals[LEAVES_PER_SECOND.length + i] = first;
            total = total.add(first);
        }
        String grade = total.compareTo(EXCELLENT) >= 0 ? "优秀"
                : total.compareTo(GOOD) >= 0 ? "良好"
                : total.compareTo(FAIR) >= 0 ? "一般" : "较差";
        return new WholeSheet(scores, subtotals, total, grade);
    }

    private static BigDecimal sum(BigDecimal[] values, int from, int count) {
        BigDecimal s = values[from];
        for (int i = from + 1; i < from + count; i++) {
            s = s.add(values[i]);
        }
        return s;
    }
}
