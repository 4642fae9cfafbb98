package io.perfeval.dsl;

import io.perfeval.core.rule.Unit;
import java.util.Map;

/**
 * What a criterion's text holds after a position, as the token rules of {@link CriterionTokens} ask it: where a
 * number ends, whether points, a name, a comparison or an outcome follows, whether a count of one is a value. It reads
 * the text, the pack's names and units and the lexicon only, never the tokens made so far (what depends on those stays
 * in {@code CriterionTokens}). Immutable; one per criterion.
 */
final class TextAhead {

    /**
     * After a numeral and 分, the characters that make 分 part of another word, not points: 分值、分别、分为、分析, and
     * 百分比、百分率、百分点、百分数、十分钟 (read as 100 or 10 points, 「百分比比例赋分」 gave a criterion 100 points).
     */
    static final String NOT_POINTS_AFTER_分 = "值别为析比率点数钟局期项类配管工解布散";

    private final String text;
    private final CriterionTokens.Names names;
    private final Lexicon lexicon;
    private final Map<String, Unit> extraUnits;

    TextAhead(String text, CriterionTokens.Names names, Lexicon lexicon, Map<String, Unit> extraUnits) {
        this.text = text;
        this.names = names;
        this.lexicon = lexicon;
        this.extraUnits = extraUnits;
    }

    /**
     * Where a number starting at {@code i} ends, or {@code i}: Arabic digits with an optional decimal part; Chinese
     * numerals followed by a unit, 分, 个百分点 or 分之 (elsewhere 一 二 … are prose: 一定时期, 统一); 百分之N.
     */
    int numberEnd(int i, int n) {
        char c = text.charAt(i);
        if (c >= '0' && c <= '9') {
            int j = i;
            while (j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                j++;
            }
            if (j + 1 < n && text.charAt(j) == '.' && Character.isDigit(text.charAt(j + 1)) && !markerEnd(i, j)) {
                j++;
                while (j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
            }
            return j;
        }
        if (text.startsWith("百分之", i)) {
            int j = i + 3;
            while (j < n && (Numerals.isNumeral(text.charAt(j)) || Character.isDigit(text.charAt(j)))) {
                j++;
            }
            return j > i + 3 ? j : i;
        }
        if (!Numerals.isNumeral(c)) {
            return i;
        }
        int j = i;
        while (j < n && Numerals.isNumeral(text.charAt(j))) {
            j++;
        }
        if (Numerals.parse(text.substring(i, j)) == null) {
            return i;
        }
        if (text.startsWith("分之", j)) {
            int k = j + 2;
            while (k < n && Numerals.isNumeral(text.charAt(k))) {
                k++;
            }
            return k > j + 2 && Numerals.parse(text.substring(j + 2, k)) != null ? k : i;
        }
        boolean unitFollows = unitAt(j, n) > j || j < n && (text.charAt(j) == '%' || text.charAt(j) == '％')
                || text.startsWith("个百分点", j) || text.startsWith("百分点", j)
                || text.startsWith("档", j) || text.startsWith("分", j) && (j + 1 >= n
                || NOT_POINTS_AFTER_分.indexOf(text.charAt(j + 1)) < 0);
        return unitFollows ? j : i;
    }

    /** Whether the digits [i, j) followed by '.' are a numbered-item marker (1. at a sentence's start). */
    boolean markerEnd(int i, int j) {
        return false;
    }

    /** Where a unit word at {@code j} ends (the longest, among the standard and the pack's own units), or {@code j}. */
    int unitAt(int j, int n) {
        int best = j;
        for (String w : Units.WORDS) {
            if (j + w.length() <= n && text.startsWith(w, j) && j + w.length() > best) {
                if (w.equals("分")) {
                    continue;
                }
                best = j + w.length();
            }
        }
        for (String w : extraUnits.keySet()) {
            if (j + w.length() <= n && text.startsWith(w, j) && j + w.length() > best) {
                best = j + w.length();
            }
        }
        if (text.startsWith("个百分点", j)) {
            return j;
        }
        return best;
    }

    boolean numberFollows(int i, int n) {
        if (i >= n) {
            return false;
        }
        char c = text.charAt(i);
        if (c >= '0' && c <= '9' || (c == '-' || c == '±') && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
            return true;
        }
        if (text.startsWith("正负", i) && i + 2 < n && Character.isDigit(text.charAt(i + 2))) {
            return true; // 正负5%: a size bound (reading 64)
        }
        return Numerals.isNumeral(c) && numberEnd(i, n) > i || text.startsWith("百分之", i) || text.startsWith("一半", i);
    }

    /** The length of the longest declared name or 用语 at {@code i}, 0 when none begins there. */
    int nameLength(int i, int n) {
        if (i >= n) {
            return 0;
        }
        Integer longest = names.longestByFirst().get(text.charAt(i));
        for (int len = longest == null ? 0 : Math.min(longest, n - i); len >= 1; len--) {
            if (names.lookup().containsKey(text.substring(i, i + len))) {
                return len;
            }
        }
        return 0;
    }

    boolean nameFollows(int i, int n) {
        return nameLength(i, n) > 0;
    }

    /** The longest spelling at {@code i} regardless of context (for looking ahead). */
    Lexicon.Spelling plainPhraseAt(int i, int n) {
        if (i >= n) {
            return null;
        }
        for (Lexicon.Spelling s : lexicon.startingAt(text, i)) {
            if (i + s.text().length() <= n && text.startsWith(s.text(), i)) {
                return s;
            }
        }
        return null;
    }

    boolean maxScoreAt(int i, int n) {
        Lexicon.Spelling s = plainPhraseAt(i, n);
        return s != null && s.type() == CriterionParser.MAX_SCORE;
    }

    boolean comparisonFollows(int i, int n) {
        Lexicon.Spelling s = plainPhraseAt(i, n);
        return s != null && (s.type() == CriterionParser.GE || s.type() == CriterionParser.LE
                || s.type() == CriterionParser.OR);
    }

    boolean outcomeFollows(int i, int n) {
        Lexicon.Spelling s = plainPhraseAt(i, n);
        return s != null && (s.type() == CriterionParser.FULL || s.type() == CriterionParser.ZERO
                || s.type() == CriterionParser.NA || s.type() == CriterionParser.GET
                || s.type() == CriterionParser.VETO || s.type() == CriterionParser.JUDGE);
    }

    boolean deductionFollows(int i, int n) {
        return (text.startsWith("扣", i) || text.startsWith("加", i) || text.startsWith("得", i)
                || text.startsWith("计", i) || text.startsWith("减", i))
                && (numberFollows(i + 1, n) || maxScoreAt(i + 1, n)
                || text.startsWith("分", i + 1) && numberFollows(i + 2, n) || text.startsWith("减", i + 1));
    }

    /** 扣, 减 or 加 at {@code i}: an outcome that deducts or adds points. */
    boolean pointsVerbAt(int i, int n) {
        return i < n && "扣减加".indexOf(text.charAt(i)) >= 0;
    }

    /** One amount at {@code i} (「1分」「0.5分」), not the first of a list (「5、3、1分」「5分、3分」). */
    boolean oneAmountAt(int i, int n) {
        int end = numberEnd(i, n);
        if (end <= i) {
            return false;
        }
        if (end < n && text.charAt(end) == '分') {
            end++;
        }
        return end >= n || "、和及".indexOf(text.charAt(end)) < 0 || !numberFollows(end + 1, n);
    }

    boolean directionAt(int i, int n) {
        if (i >= n) {
            return false;
        }
        for (Lexicon.Spelling s : lexicon.startingAt(text, i)) {
            if (s.type() == CriterionParser.DIRECTION && text.startsWith(s.text(), i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a 一项不符合-style phrase (a failed checklist item) begins at {@code i}: it wins over 一项扣. */
    boolean failItemAt(int i, int n) {
        Lexicon.Spelling s = plainPhraseAt(i, n);
        return s != null && s.type() == CriterionParser.FAIL_ITEM;
    }

    /** Whether a failed-item phrase (有一项不达标) starts in [from, to): then the count of one is that phrase's. */
    boolean failItemWithin(int from, int to, int n) {
        for (int k = from; k < to; k++) {
            if (failItemAt(k, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A minus after words and before points (要求-5分), which deducts them; not after a number and its unit, where it
     * joins a range (得8分-10分, 5万元-10万元).
     */
    boolean minusPoints(int i, int n) {
        if (i == 0 || i + 1 >= n || !Character.isIdeographic(text.charAt(i - 1))) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            char p = text.charAt(k);
            if (Character.isDigit(p) || Numerals.isNumeral(p)) {
                return false;
            }
            if (!Character.isIdeographic(p)) {
                break;
            }
        }
        int end = numberEnd(i + 1, n);
        return end > i + 1 && end < n && text.charAt(end) == '分' && !text.startsWith("分值", end)
                && !text.startsWith("分之", end);
    }

    /**
     * Whether the first outcome after {@code from} in its sentence deducts or adds points (扣/减/加 and a number):
     * 「发现有1个对象未公示,不得分」 is a condition, not a count — a count of one is per occurrence only before 扣 or 加.
     * 得, 计, 记 or 给 end the search only as an outcome (and a number, 满分, 零分 or 分 after them), not inside a word
     * (「发现1次未记录扣0.5分」).
     */
    boolean pointsFollow(int from, int n) {
        String amount = "0123456789０１２３４５６７８９一二三四五六七八九十两半分";
        for (int k = from; k + 1 < n; k++) {
            char c = text.charAt(k);
            char next = text.charAt(k + 1);
            if (c == '。' || c == '；' || c == ';') {
                return false;
            }
            if ((c == '扣' || c == '减' || c == '加' || (c == '-' || c == '－') && minusPoints(k, n))
                    && amount.indexOf(next) >= 0) {
                return true;
            }
            if ((c == '得' || c == '计' || c == '记' || c == '给')
                    && (amount.indexOf(next) >= 0 || next == '满' || next == '零')) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the sentence goes on to another number of the count of one's unit with its own outcome right after it:
     * 「迟报1天扣3分,迟报2天扣10分」 gives the points of one day and of two, bands of the number of days, not 3 points a
     * day. A bound after the other number (「发现1个扣1分,10个以上不得分」) leaves the count of one per occurrence.
     */
    boolean otherCountLater(int end) {
        int u = end;
        while (u > 0 && text.charAt(u - 1) != '一' && text.charAt(u - 1) != '1') {
            u--;
        }
        String unit = text.substring(u, end);
        if (unit.isEmpty()) {
            return false;
        }
        String numerals = "023456789两二三四五六七八九十";
        for (int k = end; k + unit.length() < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '。' || c == '；' || c == ';') {
                return false;
            }
            int after = k + 1 + unit.length();
            if (numerals.indexOf(c) >= 0 && text.startsWith(unit, k + 1) && after < text.length()
                    && "扣减加得的".indexOf(text.charAt(after)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** 以上 after an administrative rank (地级、县级、省级、科级 …): 「地级以上市」 names cities, it bounds no number. */
    boolean levelAndAbove(int i, int n) {
        return text.startsWith("以上", i) && i >= 2 && text.charAt(i - 1) == '级'
                && "地县市省乡镇科处厅局部家区村".indexOf(text.charAt(i - 2)) >= 0;
    }

    /** The end of 「/个」 after points: a slash and a counting word (Units.COUNTING), else {@code i}. */
    int perUnitEnd(int i, int n) {
        for (String unit : Units.COUNTING) {
            if (text.startsWith(unit, i + 1)) {
                int end = i + 1 + unit.length();
                // the longest counting word that is not the start of a longer word (人次 before 人)
                int longer = end;
                for (String other : Units.COUNTING) {
                    if (other.length() > unit.length() && text.startsWith(other, i + 1)) {
                        longer = Math.max(longer, i + 1 + other.length());
                    }
                }
                return longer;
            }
        }
        return i;
    }

    /** The end of 共、共计 or 合计 when a number of points follows it (「共2分」), else {@code i}. */
    int totalWord(int i, int n) {
        int end = text.startsWith("共计", i) || text.startsWith("合计", i) ? i + 2 : text.charAt(i) == '共' ? i + 1 : i;
        if (end == i || end >= n) {
            return i;
        }
        int number = numberEnd(end, n);
        return number > end && number < n && text.charAt(number) == '分' && !text.startsWith("分值", number)
                && !text.startsWith("分之", number) ? end : i;
    }
}
