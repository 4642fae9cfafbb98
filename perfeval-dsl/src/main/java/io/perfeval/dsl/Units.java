package io.perfeval.dsl;

import io.perfeval.core.rule.Dimension;
import io.perfeval.core.rule.Unit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The units a pack may name, by the symbol officials write. */
final class Units {

    private Units() {
    }

    private static final Map<String, Unit> KNOWN = Map.ofEntries(
            Map.entry("%", Unit.PERCENT), Map.entry("％", Unit.PERCENT), Map.entry("个百分点", Unit.PERCENT),
            Map.entry("百分点", Unit.PERCENT),
            Map.entry("元", Unit.YUAN), Map.entry("万元", Unit.WAN_YUAN), Map.entry("亿元", Unit.YI_YUAN),
            // 「5-10万」 of an amount: 万 alone is 万元 (a count in 万 is a unit mismatch, refused by the unit check)
            Map.entry("万", Unit.WAN_YUAN),
            Map.entry("件", Unit.ITEM), Map.entry("日", Unit.DAY), Map.entry("分", Unit.POINT));

    /** Counting words: every one is a count comparable with the others. */
    static final List<String> COUNTING = List.of("件", "次", "篇", "条", "个", "项", "期", "例", "起", "人", "万人",
            "座", "家", "户", "场", "批", "票", "处", "笔", "所", "名", "张", "台", "辆", "套", "份", "本", "宗", "人次",
            "户次", "个次", "间", "栋", "幢", "株", "棵", "头", "只", "篇次", "期次", "种");
    /** Durations. */
    static final List<String> DURATIONS = List.of("日", "天", "个工作日", "工作日", "个月", "月", "年");
    /** Other physical units, each comparable only with itself. */
    static final List<String> OTHER = List.of("公顷", "公斤", "吨", "公里", "亩", "平方米", "立方米");

    /** Every unit word a number may carry in criterion text, longest first. */
    static final List<String> WORDS;

    static {
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        all.addAll(List.of("个百分点", "百分点", "万元", "亿元", "元", "万", "分"));
        all.addAll(COUNTING);
        all.addAll(DURATIONS);
        all.addAll(OTHER);
        // longest first, words of one length in the order above (a stable sort by length, without a comparator lambda:
        // this runs in every JVM's first compile)
        java.util.ArrayList<String> longestFirst = new java.util.ArrayList<>(all.size());
        int longest = 0;
        for (String w : all) {
            longest = Math.max(longest, w.length());
        }
        for (int length = longest; length > 0; length--) {
            for (String w : all) {
                if (w.length() == length) {
                    longestFirst.add(w);
                }
            }
        }
        WORDS = List.copyOf(longestFirst);
    }

    static Optional<Unit> of(String symbol) {
        if (symbol == null || symbol.isEmpty()) {
            return Optional.of(Unit.NUMBER);
        }
        Unit u = KNOWN.get(symbol);
        if (u != null) {
            return Optional.of(u);
        }
        if (COUNTING.contains(symbol)) {
            return Optional.of(Unit.count(symbol));
        }
        if (DURATIONS.contains(symbol)) {
            // Days are days; months and years are their own durations (not converted into days).
            return Optional.of(symbol.equals("天") ? Unit.DAY
                    : symbol.contains("工作日") ? new Unit("工作日", Dimension.OTHER, java.math.BigDecimal.ONE)
                    : new Unit(symbol.replace("个", ""), Dimension.OTHER, java.math.BigDecimal.ONE));
        }
        if (OTHER.contains(symbol)) {
            return Optional.of(Unit.other(symbol));
        }
        return Optional.empty();
    }

    /** The symbol to write for a unit in canonical text. */
    static String symbol(Unit u) {
        return u.symbol();
    }
}
