package io.perfeval.dsl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one 评价标准 text into word tokens. Chinese has no spaces, so at every position the longest match wins among
 * the pack's declared names and aliases, the indicator's own phrases (用语), and the fixed phrase families of official
 * wording (comparators, outcomes, deductions). Whitespace, the PDF's line breaks and quote marks are skipped for
 * matching (so “三公经费”控制率 matches the measure 三公经费控制率); every token keeps its span in the original text.
 */
final class CriterionLexer {

    enum T {
        NAME, COND, NUM, FRACTION, PCT, UNIT,
        GE, GT, LE, LT, EQ, NE, ABOVE_POST, BELOW_POST, INCL, BETWEEN_START, BETWEEN_END, DASH,
        FULL, ZERO, GET, INTERP, JUDGE, RAMP, PROP, SCORE_EQ, MAXSCORE, TIMES, DIV, LP, RP,
        DEDUCT, EACH, EACH_TIME, PER_BAND, BAND, DIR, EACH_PREFIX, FLOOR, CAP,
        ALLMET, FAIL_ITEM, OTHERWISE, AND, OR, HE, NEG, POS, ALL, VETO, STANDARD, PERIODS,
        DE, COMMA, SEP, MARKER, TEXT
    }

    /** A token: type, span [start, end) in the original text, matched text and an optional value. */
    record Tok(T type, int start, int end, String text, Object value) {
        BigDecimal num() {
            return (BigDecimal) value;
        }
    }

    private record Phrase(String text, T type, Object value) {
    }

    private static final List<Phrase> PHRASES = new ArrayList<>();
    /** {@link #PHRASES} by first character, longest first as there: a position is tried only against its own. */
    private static final Map<Character, List<Phrase>> BY_FIRST = new HashMap<>();

    private static void p(T type, Object value, String... texts) {
        for (String t : texts) {
            PHRASES.add(new Phrase(t, type, value));
        }
    }

    static {
        p(T.GE, null, "大于或等于", "大于等于", "不低于", "不少于", "不小于", "达到", "≥", ">=", "≧", "＞＝");
        p(T.LE, null, "小于或等于", "小于等于", "不超过", "不高于", "不大于", "不多于", "≤", "<=", "≦", "＜＝");
        p(T.LT, null, "低于", "小于", "少于", "未达到", "没有达到", "<", "＜");
        p(T.GT, null, "超过", "大于", "高于", "多于", ">", "＞");
        p(T.EQ, null, "等于", "=", "＝");
        p(T.ABOVE_POST, null, "以上");
        p(T.BELOW_POST, null, "以下");
        p(T.INCL, null, "(含)", "（含）", "(含)", "（含)", "(含）");
        p(T.BETWEEN_START, null, "在");
        p(T.BETWEEN_END, null, "之间");
        p(T.DASH, null, "—", "——", "–", "-", "－", "~", "～", "至", "到");
        p(T.FULL, null, "得满分", "计满分", "给满分", "得基本分", "得标准分");
        p(T.ZERO, null, "不得分", "不计分", "得零分", "计零分", "为零分");
        for (String zero : List.of("0分", "0", "零分", "零")) {
            for (String calc : List.of("", "计算")) {
                p(T.INTERP, null, "在" + zero + "和满分之间" + calc + "确定", "在满分和" + zero + "之间" + calc + "确定",
                        "在" + zero + "与满分之间" + calc + "确定", "在满分与" + zero + "之间" + calc + "确定");
            }
        }
        p(T.JUDGE, null, "按实际情况酌情扣分", "按实际情况酌情给分", "酌情扣分", "酌情扣减", "酌情给分", "酌情打分",
                "酌情评分", "视情况扣分", "视情况扣减", "视情况给分", "合理确定得分", "合理确定分值");
        p(T.RAMP, null, "按比例减分", "按比例扣分", "按比例扣减", "按比例递减");
        p(T.PROP, null, "采用完成率法计分", "按完成比例计算得分", "按完成比例得分", "按比例得分", "按比例计分",
                "按完成比例计分");
        p(T.SCORE_EQ, null, "得分=", "得分＝", "评价指标得分=", "评价指标得分＝");
        p(T.MAXSCORE, null, "分值", "该指标分值", "该项指标分值", "该项分值");
        p(T.TIMES, null, "×", "*", "＊", "乘以");
        p(T.DIV, null, "/", "／", "÷", "除以");
        p(T.LP, null, "(", "（");
        p(T.RP, null, ")", "）");
        p(T.DEDUCT, null, "扣", "扣减", "减");
        p(T.EACH, null, "每");
        p(T.EACH_TIME, null, "每次", "每个", "每项", "每例", "每件", "每起", "每一项", "每一次", "每出现一次",
                "每出现一个", "每发现一个", "每有一个");
        p(T.PER_BAND, null, "每档");
        p(T.BAND, null, "为档", "为一档");
        p(T.EACH_PREFIX, null, "各");
        p(T.FLOOR, null, "扣完为止", "扣满为止", "直至扣完", "扣完即止", "扣至零分为止", "扣至0分为止");
        p(T.CAP, null, "以总分为上限", "超出总分值不加分", "超过分值不加分", "最高不超过分值", "满分为止", "以分值为上限",
                "得分不超过分值", "超出分值不加分");
        p(T.ALLMET, null, "全部符合", "全部达到", "均符合要求");
        p(T.FAIL_ITEM, null, "一项不符合", "每项不符合", "有一项不符合", "每有一项不符合", "一项不达标",
                "每出现一例不符合要求的");
        p(T.OTHERWISE, null, "否则", "其余", "其他情况");
        p(T.AND, null, "且", "并且", "同时");
        p(T.OR, null, "或", "或者", "或是");
        p(T.HE, null, "和", "与", "及");
        p(T.NEG, null, "不合格", "不达标", "未达标", "不符合", "未完成", "不一致", "没有完成", "未按时");
        p(T.POS, null, "达标", "合格", "符合", "完成", "一致");
        p(T.ALL, null, "均", "都");
        p(T.VETO, "EVALUATION", "一票否决", "实行否决");
        p(T.VETO, "INDICATOR", "本项一票否决", "本指标一票否决", "本项否决");
        p(T.DE, null, "的", "时", "发现", "出现");
        p(T.COMMA, null, "，", ",");
        p(T.SEP, null, "；", ";", "。");
        p(T.HE, null, "、");
        // longest first, phrases of one length in the order written (a stable sort by length, without a comparator
        // lambda: this runs in every JVM's first compile)
        List<Phrase> written = new ArrayList<>(PHRASES);
        int longest = 0;
        for (Phrase ph : written) {
            longest = Math.max(longest, ph.text().length());
        }
        PHRASES.clear();
        for (int length = longest; length > 0; length--) {
            for (Phrase ph : written) {
                if (ph.text().length() == length) {
                    PHRASES.add(ph);
                }
            }
        }
        for (Phrase ph : PHRASES) {
            List<Phrase> same = BY_FIRST.get(ph.text().charAt(0));
            if (same == null) {
                same = new ArrayList<>();
                BY_FIRST.put(ph.text().charAt(0), same);
            }
            same.add(ph);
        }
    }

    /** Direction words after 每. */
    static final Map<String, String> DIRECTIONS = new LinkedHashMap<>();

    static {
        for (String w : List.of("降低", "下降", "减少", "少于", "少", "减", "低于", "滞后")) {
            DIRECTIONS.put(w, "BELOW");
        }
        for (String w : List.of("增加", "提高", "超过", "超出", "上升", "增", "多", "高于", "延迟", "延期")) {
            DIRECTIONS.put(w, "ABOVE");
        }
        for (String w : List.of("相差", "偏离")) {
            DIRECTIONS.put(w, "EITHER");
        }
    }

    private static final Pattern JUDGE_SET = Pattern.compile("根据[^，,；;。]{0,30}?实际情况(设置|确定|赋分|打分|评分)");
    private static final Pattern STANDARD = Pattern.compile("以(\\d+(?:\\.\\d+)?)[%％]为标准");
    private static final Pattern FLOOR_N = Pattern.compile("(?:扣满|最多扣)(\\d+(?:\\.\\d+)?)分(?:为止)?");
    private static final Pattern PERIODS = Pattern.compile(
            "第([0-9一二三四五六七八九十]+(?:、[0-9一二三四五六七八九十]+)*)(?:个)?(季度|月|年|期)末?");

    /** The text without whitespace and quote marks, and for each of its characters the offset in the original. */
    final String text;
    final int[] origin;
    final String original;
    boolean fullWidthDigits;

    CriterionLexer(String original) {
        this.original = original;
        StringBuilder b = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || NameTable.isQuote(c)) {
                continue;
            }
            if ((c >= '０' && c <= '９') || (c == '．' && i + 1 < original.length()
                    && original.charAt(i + 1) >= '０' && original.charAt(i + 1) <= '９')) {
                fullWidthDigits = true;
                c = c == '．' ? '.' : (char) (c - '０' + '0');
            }
            b.append(c);
            map[n++] = i;
        }
        map[n] = original.length();
        this.text = b.toString();
        this.origin = java.util.Arrays.copyOf(map, n + 1);
    }

    /** Original offset of normalised position {@code i}. */
    int orig(int i) {
        return origin[Math.max(0, Math.min(i, origin.length - 1))];
    }

    /** Original text of the normalised span [from, to). */
    String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return original.substring(orig(from), orig(to - 1) + 1);
    }

    /**
     * Names and phrases a criterion may use, by normal spelling, with for each first character the longest of them
     * (the only lengths worth trying at a position).
     */
    record Names(Map<String, Object> lookup, Map<Character, Integer> longestByFirst) {
        Names(Map<String, Object> lookup) {
            this(lookup, new HashMap<>());
            for (String k : lookup.keySet()) {
                longer(longestByFirst, k);
            }
        }

        /** These names and {@code spelling} → {@code value}; null when the spelling is taken (remake the index). */
        Names with(String spelling, Object value) {
            if (lookup.containsKey(spelling)) {
                return null;
            }
            Map<String, Object> more = new LinkedHashMap<>(lookup);
            more.put(spelling, value);
            Map<Character, Integer> longest = new HashMap<>(longestByFirst);
            longer(longest, spelling);
            return new Names(more, longest);
        }

        private static void longer(Map<Character, Integer> longestByFirst, String spelling) {
            if (spelling.isEmpty()) {
                return;
            }
            Integer known = longestByFirst.get(spelling.charAt(0));
            if (known == null || known < spelling.length()) {
                longestByFirst.put(spelling.charAt(0), spelling.length());
            }
        }
    }

    /** Tokens of the normalised range [from, to). {@code names} gives names and phrases: normal spelling → value. */
    List<Tok> tokens(int from, int to, Names names) {
        Map<String, Object> lookup = names.lookup();
        List<Tok> out = new ArrayList<>();
        int i = from;
        boolean afterEach = false;
        Map<Character, Integer> longestByFirst = names.longestByFirst();
        while (i < to) {
            char c = text.charAt(i);
            // regex families first; each begins with its own character, so only there is the rest cut and matched
            boolean family = c == '根' || c == '以' || c == '扣' || c == '最' || c == '第';
            String rest = family ? text.substring(i, to) : "";
            Matcher m = family ? JUDGE_SET.matcher(rest) : null;
            if (family && m.lookingAt()) {
                out.add(new Tok(T.JUDGE, i, i + m.end(), m.group(), null));
                i += m.end();
                continue;
            }
            m = family ? STANDARD.matcher(rest) : null;
            if (family && m.lookingAt()) {
                out.add(new Tok(T.STANDARD, i, i + m.end(), m.group(), new BigDecimal(m.group(1))));
                i += m.end();
                continue;
            }
            m = family ? FLOOR_N.matcher(rest) : null;
            if (family && m.lookingAt()) {
                out.add(new Tok(T.FLOOR, i, i + m.end(), m.group(), new BigDecimal(m.group(1))));
                i += m.end();
                continue;
            }
            m = family ? PERIODS.matcher(rest) : null;
            if (family && m.lookingAt()) {
                List<Integer> ords = new ArrayList<>();
                for (String s : m.group(1).split("、")) {
                    BigDecimal v = Numerals.allDigits(s) ? new BigDecimal(s) : Numerals.parse(s);
                    ords.add(v == null ? 0 : v.intValue());
                }
                out.add(new Tok(T.PERIODS, i, i + m.end(), m.group(), ords));
                i += m.end();
                continue;
            }
            if (afterEach) {
                afterEach = false;
                String dir = null;
                for (String w : DIRECTIONS.keySet()) {
                    if (startsWith(w, i, to) && (dir == null || w.length() > dir.length())) {
                        dir = w;
                    }
                }
                if (dir != null) {
                    out.add(new Tok(T.DIR, i, i + dir.length(), dir, DIRECTIONS.get(dir)));
                    i += dir.length();
                    // 每增个百分点: a unit straight after the direction (the number was left out)
                    if (i < to && !Character.isDigit(text.charAt(i)) && !Numerals.isNumeral(text.charAt(i))) {
                        i = unitAfter(out, i, to);
                    }
                    continue;
                }
            }
            // names and phrases: longest match, declared names win ties
            String bestName = null;
            for (int len = Math.min(longestByFirst.getOrDefault(c, 0), to - i); len >= 1; len--) {
                String cand = text.substring(i, i + len);
                if (lookup.containsKey(cand)) {
                    bestName = cand;
                    break;
                }
            }
            Phrase bestPhrase = null;
            for (Phrase ph : BY_FIRST.getOrDefault(c, List.of())) {
                if (startsWith(ph.text(), i, to)) {
                    bestPhrase = ph;
                    break;
                }
            }
            int nameLen = bestName == null ? 0 : bestName.length();
            int phraseLen = bestPhrase == null ? 0 : bestPhrase.text().length();
            // a number: Arabic, or Chinese numerals (not when a phrase or name covers more)
            if (Character.isDigit(c) && c < 128) {
                int j = i;
                while (j < to && text.charAt(j) < 128 && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                if (j + 1 < to && text.charAt(j) == '.' && Character.isDigit(text.charAt(j + 1))) {
                    j++;
                    while (j < to && text.charAt(j) < 128 && Character.isDigit(text.charAt(j))) {
                        j++;
                    }
                }
                if (j - i > 18) {
                    out.add(new Tok(T.TEXT, i, j, text.substring(i, j), null));
                    i = j;
                    continue;
                }
                out.add(new Tok(T.NUM, i, j, text.substring(i, j), new BigDecimal(text.substring(i, j))));
                i = unitAfter(out, j, to);
                continue;
            }
            if (Numerals.isNumeral(c) && nameLen == 0 && phraseLen <= 1) {
                int j = i;
                while (j < to && Numerals.isNumeral(text.charAt(j))) {
                    j++;
                }
                String run = text.substring(i, j);
                if (text.startsWith("分之", j)) {
                    int k = j + 2;
                    while (k < to && Numerals.isNumeral(text.charAt(k))) {
                        k++;
                    }
                    BigDecimal den = Numerals.parse(run);
                    BigDecimal num = Numerals.parse(text.substring(j + 2, k));
                    if (den != null && num != null && den.signum() > 0 && k > j + 2) {
                        out.add(new Tok(T.FRACTION, i, k, text.substring(i, k), new BigDecimal[] {num, den}));
                        i = k;
                        continue;
                    }
                }
                BigDecimal v = Numerals.parse(run);
                if (v != null && !(run.length() == 1 && c == '十' && false)) {
                    out.add(new Tok(T.NUM, i, j, run, v));
                    i = unitAfter(out, j, to);
                    continue;
                }
            }
            if (nameLen > 0 && nameLen >= phraseLen) {
                Object target = lookup.get(bestName);
                out.add(new Tok(target instanceof NameTable.Entry ? T.NAME : T.COND, i, i + nameLen, bestName, target));
                i += nameLen;
                continue;
            }
            if (bestPhrase != null) {
                T type = bestPhrase.type();
                // 得 / 计 / 为 before a number is a score: 得2分, 计5分, 为0分
                out.add(new Tok(type, i, i + phraseLen, bestPhrase.text(), bestPhrase.value()));
                i += phraseLen;
                afterEach = type == T.EACH;
                continue;
            }
            if ((c == '得' || c == '计' || c == '为' || c == '给') && i + 1 < to
                    && (Character.isDigit(text.charAt(i + 1)) || Numerals.isNumeral(text.charAt(i + 1)))) {
                out.add(new Tok(T.GET, i, i + 1, String.valueOf(c), null));
                i++;
                continue;
            }
            // anything else is prose: merge with a preceding prose token
            if (!out.isEmpty() && out.get(out.size() - 1).type() == T.TEXT && out.get(out.size() - 1).end() == i) {
                Tok prev = out.remove(out.size() - 1);
                out.add(new Tok(T.TEXT, prev.start(), i + 1, prev.text() + c, null));
            } else {
                out.add(new Tok(T.TEXT, i, i + 1, String.valueOf(c), null));
            }
            i++;
        }
        return out;
    }

    /** Whether the normalised range [i, to) starts with {@code w}. */
    private boolean startsWith(String w, int i, int to) {
        return i + w.length() <= to && text.startsWith(w, i);
    }

    /** After a number: %, or a unit word (个百分点, 分, 件, 日 …). */
    private int unitAfter(List<Tok> out, int j, int to) {
        if (j < to && (text.charAt(j) == '%' || text.charAt(j) == '％')) {
            out.add(new Tok(T.PCT, j, j + 1, "%", null));
            return j + 1;
        }
        if (text.startsWith("分之", j)) {
            return j;
        }
        for (String w : Units.WORDS) {
            if (text.startsWith(w, j) && j + w.length() <= to) {
                // 分 followed by 值 is 分值, not a unit
                if (w.equals("分") && text.startsWith("分值", j)) {
                    continue;
                }
                out.add(new Tok(T.UNIT, j, j + w.length(), w, null));
                return j + w.length();
            }
        }
        return j;
    }
}
