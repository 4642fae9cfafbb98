package io.perfeval.dsl;

import io.perfeval.core.rule.Condition;

/**
 * How the conditions of two clauses of one criterion relate, as the text writes them: one takes every case of the other
 * ({@link #implies}, for clauses that can never apply), or one says the opposite of the other ({@link #negates}, for a
 * complement read as 否则). Text and condition shapes only, no values: a number's ranges are {@link BandCheck}'s.
 */
final class ClauseRelations {

    private ClauseRelations() {
    }

    /**
     * Whether {@code later} can hold only where {@code earlier} holds, as the text writes them: the same condition, or
     * one of {@code later}'s 且 parts, or one of {@code earlier}'s 或 parts. Conditions are compared as printed (a
     * record's equals would spin classes on the first compile); a number's ranges are BandCheck's.
     */
    static boolean implies(Condition later, Condition earlier) {
        if (PackPrinter.condition(later).equals(PackPrinter.condition(earlier))) {
            return true;
        }
        if (earlier instanceof Condition.Any any) {
            for (Condition c : any.conditions()) {
                if (implies(later, c)) {
                    return true;
                }
            }
        }
        if (earlier instanceof Condition.All all) {
            for (Condition c : all.conditions()) {
                if (!implies(later, c)) {
                    return false;
                }
            }
            return true;
        }
        if (later instanceof Condition.All all) {
            for (Condition c : all.conditions()) {
                if (implies(c, earlier)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code negative} says the opposite of {@code positive}: without its negation word it is what the positive
     * says, or shares at least half of it (「不符合要求」 of 「编制符合要求」, 「未组织银企对接活动」 of 「按时组织银企对接会」),
     * or is a bare 未完成、不符合 that
     * negates whatever came before. A negative clause about something
     * else (「未单设…仅在其他部门增挂牌子」 after 「属事业编制」) is another item, not the complement.
     */
    static boolean negates(String negative, String positive) {
        String n = negative.strip().replaceFirst("[的者，,:：]+$", "");
        String p = positive.strip().replaceFirst("[的者，,:：]+$", "");
        java.util.regex.Matcher m = NEGATION.matcher(n);
        if (!m.find()) {
            return false;
        }
        String without = n.substring(0, m.start()) + n.substring(m.end());
        int shared = longestCommon(without, p);
        return without.equals(p) || GENERIC.contains(without)
                || shared >= 2 && 2 * shared >= Math.min(without.length(), p.length());
    }

    /** The length of the longest run of characters two texts share (short texts: quadratic is fine). */
    private static int longestCommon(String a, String b) {
        int best = 0;
        int[] prev = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return best;
    }

    /** What a bare 未完成、不符合、未达到 negates: the clause before, whatever it says. */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("完成", "符合", "符合要求", "达到", "达到要求",
            "达标", "到位", "落实", "做到", "具备", "执行", "提供", "满足", "满足要求", "按要求", "按时完成", "按要求完成",
            "完成任务", "完成目标", "达到目标");

    private static final java.util.regex.Pattern NEGATION = java.util.regex.Pattern.compile("没有|不|未|无");
}
