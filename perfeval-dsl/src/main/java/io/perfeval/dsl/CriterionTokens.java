package io.perfeval.dsl;

import io.perfeval.core.rule.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * The token source of the criterion grammar ({@code Criterion.g4}). Chinese has no spaces, so at every position the
 * longest match wins among the pack's declared names and aliases and the indicator's 用语 (a declared name wins a
 * tie), the phrase {@link Lexicon}, numbers with their units, and a few phrase patterns that carry a value (以95%为标准,
 * 第2、3、4季度, 扣满15分为止, 对…进行考核, 根据…实际情况确定, numbered-item markers). What none of them covers is prose:
 * runs of it become one WORD token. Whitespace, the PDF's line breaks and quote marks are skipped for matching; every
 * token keeps its span in the original text.
 *
 * <p>Some spellings are words only in context, and are prose elsewhere: a one-character comparison word (达), 得 计 为
 * 扣 加 and 按分值的 only before a number; 各 and 最多 only before a deduction or a bonus; a direction (降低, 超过 …) only
 * after 每; 每 only before a direction, a number or a unit; 如 若 注： 例如 and the other note and condition markers only
 * where a part begins; 此项 only before an outcome; x and - as × and − only in a formula after 得分=; a comparison word
 * only before a number or a declared name.
 */
final class CriterionTokens {

    /** A token with its value (a number, a name's entry, a condition, a quantity …) and its normalised span. */
    static final class Tok extends CommonToken {
        private static final long serialVersionUID = 1L;
        final transient Object value;
        /** The span in the normalised text, [from, to). */
        final int from;
        final int to;

        Tok(int type, int from, int to, String text, Object value, int start, int stop) {
            super(type, text);
            this.value = value;
            this.from = from;
            this.to = to;
            setStartIndex(start);
            setStopIndex(stop);
            setLine(1);
            setCharPositionInLine(start);
        }

        BigDecimal number() {
            return value instanceof Num n ? n.value() : (BigDecimal) value;
        }
    }

    /** A number as written: its value and whether it was written 百分之N (a percentage in itself). */
    record Num(BigDecimal value, boolean percent) {
    }

    /** A fraction N分之M: M/N. */
    record Fraction(BigDecimal numerator, BigDecimal denominator) {
    }

    /**
     * Names and phrases a criterion may use, by normal spelling (→ a {@link NameTable.Entry} or a condition), with for
     * each first character the longest of them (the only lengths worth trying at a position).
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

    private static final Pattern STANDARD = Pattern.compile("以(\\d+(?:\\.\\d+)?)([%％]?)为(?:标准|基准)");
    /** 「下降1个百分点扣1分」: a direction word with a size and a deduction (or bonus) right after it, 每 left out. */
    private static final Pattern STEP_WITHOUT_EACH = Pattern.compile(
            "[0-9.０-９一二三四五六七八九十两]+[^，,；;。扣加得]{0,6}[，,]?(?:扣|加)");
    /** 「加到1分为止」「加满2分为止」: the most the bonuses add. */
    private static final Pattern BONUS_UP_TO = Pattern.compile("加(?:分)?(?:到|至|满)(\\d+(?:\\.\\d+)?)分(?:为止|即止)?");
    private static final Pattern FLOOR_AT = Pattern.compile("扣(?:满|完)(\\d+(?:\\.\\d+)?)分(?:为止|即止)");
    /** The largest period ordinal read (第N季度/月/期); a larger one is read as no period, which the pack check names. */
    private static final BigDecimal MAX_ORDINAL = BigDecimal.valueOf(10_000);

    /**
     * 「未达到的」「未完成的」「达不到的」 followed by a comma or colon, or by how it scores (未达到的按比例得分, 未达到的得5分):
     * the case of not meeting what came before.
     */
    private static final Pattern NOT_REACHED = Pattern.compile(
            "(?:(?:未|没有|没)(?:达到|完成|达标|实现)|达不到|完不成)的?(?=[，,：:]|按|得)");
    /** What ends 「完成值占指标值的比例」. */
    private static final Pattern RATIO_WORD = Pattern.compile("的?(?:比例|比率|比重)");
    private static final Pattern PERIODS = Pattern.compile(
            "第([0-9一二三四五六七八九十]+(?:[、,，和及][0-9一二三四五六七八九十]+)*)(?:个)?(季度|月|期)末?");
    private static final Pattern SCOPE = Pattern.compile(
            "对[^，,；;。]{1,40}?进行(?:考核|抽查|检查|评价|核查|考评|评分|评估)");
    /**
     * 「现场实查，」「查阅文件资料。」「查单位往来款项的变动情况，」: how the evaluator checks, a whole part that scores nothing.
     * Never a part ending in 的 or with a negation or a finding in it (「检查发现问题的，扣2分」 is a condition).
     */
    private static final Pattern EVIDENCE = Pattern.compile(
            "(?:现场|实地|随机)?(?:实查|检查|查看|察看|核查|抽查|查阅|核实|调阅|走访|查验|查(?=单位|相关|有关))"
                    + "[^，,；;。：:得扣分不未无没发缺问]{0,16}(?<!的)(?=[，,；;。：:]|$)");
    private static final Pattern INCLUDED = Pattern.compile(
            "[(（](?:包括|包含|含)(\\d+(?:\\.\\d+)?)(?:[%％]|万元|万|元|个|项|次|家|人|户|亩|天|日)?(?:在内|本数)?[)）]");
    private static final Pattern EVIDENCE_BRACKETED = Pattern.compile(
            "[(（](?:现场|实地|随机)?(?:实查|检查|查看|察看|核查|抽查|查阅|核实|调阅|走访)[^，,；;。：:得扣分的不未无没发缺问()（）]{0,12}"
                    + "[)）]"
                    // 「(以会议记录为准)」「(以文件上报县科普办(科协)为准)」: what the evidence is; one bracket inside
                    + "|[(（]以(?:[^，,；;。：:得扣分不未无没()（）]|[(（][^，,；;。：:()（）]{1,8}[)）]){1,30}为准[)）]");
    private static final Pattern SINCE = Pattern.compile("[^，,；;。]{1,30}?之日起");
    /** 「各县(区)均…」「各单位均…」: whom the requirement is of, all of them — a scope that scores nothing. */
    private static final Pattern EACH_UNIT = Pattern.compile(
            "各(?:县|区|市|乡镇|镇|乡|街道|村|社区|单位|部门|地)(?:[(（](?:县|区|市|乡镇|镇|乡|街道|村|社区)[)）])?"
                    + "(?:[、和](?:县|区|市|乡镇|镇|乡|街道|村|社区|单位|部门))?均");
    /** 「二者择其一进行考核」: a part that says what is assessed, ending where the part ends. */
    private static final Pattern ASSESSED = Pattern.compile("[^，,；;。得扣分]{1,20}?进行(?:考核|评价|考评|评估)(?=[，,；;。]|$)");
    private static final Pattern JUDGE_SET = Pattern.compile(
            "根据[^，,；;。]{0,30}?实际情况(?:设置|确定|赋分|打分|评分|给分)");
    /** 超过100%以100%计算: a value counted at most at that bound (in a formula, inside brackets). */
    private static final Pattern AT_MOST = Pattern.compile(
            "超(?:过|出)(\\d+(?:\\.\\d+)?)([%％]?)的?(?:以|按)(\\d+(?:\\.\\d+)?)([%％]?)计(?:算)?");
    /**
     * A count of one written where a per-occurrence deduction is meant: 「有一户扣2分」「缺一项扣0.5分」「发现一处…」 and
     * 「…一次扣1分」「一家工业企业加3分」 (a one of something shortly before 扣/加 and its points) — read as 每户、每项、
     * 每处、每次 (EACH_TIME). How the occurrence is found belongs to it: 「抽查发现有1次未公示扣0.5分」「发现或查实1例…扣」.
     */
    private static final Pattern PER_ONE = Pattern.compile(
            "(?:(?:抽查|检查|经查|核查|督查|暗访)?(?:发现|查实|查出)(?:或(?:发现|查实|查出))?(?:有|存在)?"
                    + "|有|缺|少|出现|存在|每发生)"
                    + "(?:一|1)(?:个|项|户|家|处|次|例|件|起|名|张|笔|座|条|台|所|批|人次|人|单)");
    /** 以3分为限 / 以2分为上限: the most points a bonus or deduction reaches. */
    private static final Pattern UP_TO_POINTS = Pattern.compile("以([0-9]+(?:\\.[0-9]+)?)分为上?限");
    private static final Pattern ONE_BEFORE_DEDUCT = Pattern.compile(
            "(?:一|1)(?:个工作日|工作日|个月|个|项|户|家|处|次|例|件|起|名|张|笔|座|条|台|所|批|人次|人|单|天|周)"
                    + "(?=[^，,；;。：:、]{0,16}?(?:扣|减|加|(?<=\\p{IsIdeographic})[-－])"
                    + "[0-9一二三四五六七八九十])");
    /** 实行安全生产“一票否决”: the words between 实行 and 一票否决 name the veto. */
    private static final Pattern VETO_NAMED = Pattern.compile("实行[^，,；;。]{0,12}?一票否决");
    private static final Pattern MARKER = Pattern.compile(
            "(?:(\\d{1,2})[、.．]|[（(](\\d{1,2})[)）]|([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])|([A-Ha-h])[、.．]"
                    + "|([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[)）])(?![0-9])");

    static final int WORD = CriterionParser.WORD;

    /** The criterion as it is read (see {@link NormalText}), and its parts the readers use directly. */
    private final NormalText normal;
    final String text;
    final int[] origin;
    final String original;
    /** Whether full-width digits were read as digits (the compiler warns, D011). */
    final boolean fullWidthDigits;
    private boolean tokenized;

    private final Names names;
    private final Lexicon lexicon;
    private final Map<String, Unit> extraUnits;
    /** What the text holds after a position: the lookahead the token rules ask for. */
    private final TextAhead ahead;
    private final List<Tok> out = new ArrayList<>();
    /** Inside a formula (after 得分=) until the sentence ends. */
    private boolean formula;

    CriterionTokens(String original, Names names, Lexicon lexicon, Map<String, Unit> extraUnits) {
        this.original = original;
        this.names = names;
        this.lexicon = lexicon;
        this.extraUnits = extraUnits;
        this.normal = new NormalText(original);
        this.text = normal.text;
        this.origin = normal.origin;
        this.fullWidthDigits = normal.fullWidthDigits;
        this.ahead = new TextAhead(text, names, lexicon, extraUnits);
    }

    /** Original offset of normalised position {@code i}. */
    int orig(int i) {
        return normal.orig(i);
    }

    /** Original text of the normalised span [from, to). */
    String span(int from, int to) {
        return normal.span(from, to);
    }

    /** Every token of the text, in order (without EOF). */
    /** Whether a token of one of {@code types} begins in [from, to) of the normalised text. */
    boolean anyWithin(int from, int to, int... types) {
        for (Tok t : tokens()) {
            if (t.from >= from && t.from < to) {
                for (int type : types) {
                    if (t.getType() == type) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    List<Tok> tokens() {
        if (tokenized) {
            return out; // made once: a second pass would append the text's tokens again
        }
        tokenized = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int next = token(i, n);
            i = next > i ? next : i + 1;
        }
        return out;
    }

    /**
     * The first run of the original text that no token covers, or null: every character is in a token, or is blank, a
     * quote mark or a bracket around the whole criterion (which score nothing). Reading never skips a word.
     */
    String uncovered() {
        boolean[] covered = new boolean[original.length()];
        for (int i = 0; i < covered.length; i++) {
            char c = original.charAt(i);
            covered[i] = normal.scoresNothing(i);
        }
        for (Tok t : tokens()) {
            for (int k = t.from; k < t.to; k++) {
                covered[orig(k)] = true;
            }
        }
        for (int i = 0; i < covered.length; i++) {
            if (!covered[i]) {
                int j = i;
                while (j < covered.length && !covered[j]) {
                    j++;
                }
                return original.substring(i, j);
            }
        }
        return null;
    }

    private Tok last() {
        return out.isEmpty() ? null : out.get(out.size() - 1);
    }

    private int lastType() {
        Tok t = last();
        return t == null ? -1 : t.getType();
    }

    /** Whether a comparison or a yes/no condition was read earlier in the criterion. */
    private boolean earlierCondition() {
        for (Tok t : out) {
            switch (t.getType()) {
                case CriterionParser.GE, CriterionParser.GT, CriterionParser.LE, CriterionParser.LT,
                        CriterionParser.EQ, CriterionParser.NE, CriterionParser.ABOVE, CriterionParser.BELOW,
                        CriterionParser.YESNO, CriterionParser.PHRASE -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    private boolean partStart() {
        int t = lastType();
        return t < 0 || t == CriterionParser.SEMI || t == CriterionParser.COMMA || t == CriterionParser.MARKER
                || t == CriterionParser.COLON;
    }

    private boolean sentenceStart() {
        int t = lastType();
        return t < 0 || t == CriterionParser.SEMI;
    }

    private void emit(int type, int from, int to, Object value) {
        String t = text.substring(from, to);
        out.add(new Tok(type, from, to, t, value, orig(from), orig(to - 1)));
    }

    /** Prose: one more character (or a listed plain word) joins the WORD token before it when they touch. */
    private void word(int from, int to) {
        Tok prev = last();
        if (prev != null && prev.getType() == WORD && prev.to == from) {
            out.remove(out.size() - 1);
            from = prev.from;
        }
        emit(WORD, from, to, null);
    }

    /** Reads the token at {@code i}; returns where the next begins. */
    private int token(int i, int n) {
        char c = text.charAt(i);
        int end = punctuation(i, n, c);
        if (end == i) {
            end = wordInContext(i, n, c);
        }
        if (end == i) {
            end = marker(i, n);
        }
        if (end == i) {
            end = family(i, n);
        }
        if (end == i) {
            end = countOfOne(i, n, c);
        }
        return end > i ? end : longestMatch(i, n, c);
    }

    /** ；。, ，: and a minus before points; {@code i} when none is at {@code i}. */
    private int punctuation(int i, int n, char c) {
        if (c == '；' || c == ';' || c == '。' || (c == '.' && !(i > 0 && Character.isDigit(text.charAt(i - 1))
                && i + 1 < n && Character.isDigit(text.charAt(i + 1))) && !markerAt(i - 1))) {
            formula = false;
            emit(CriterionParser.SEMI, i, i + 1, null);
            return i + 1;
        }
        if (c == '，' || c == ',') {
            emit(CriterionParser.COMMA, i, i + 1, null);
            return i + 1;
        }
        if ((c == '：' || c == ':') && !notePrefix(i)) {
            emit(CriterionParser.COLON, i, i + 1, null);
            return i + 1;
        }
        if ((c == '-' || c == '－') && ahead.minusPoints(i, n)) {
            // 「一处不符要求-5分」: a minus before points is a deduction (a range, 8-10分, has a number before it)
            emit(CriterionParser.DEDUCT, i, i + 1, null);
            return i + 1;
        }
        return i;
    }

    /**
     * Characters whose token depends on what is around them: 即 before an outcome, 以上 after a rank, 「/个」 after points,
     * 共 before points, 内 after a number; {@code i} when none applies.
     */
    private int wordInContext(int i, int n, char c) {
        if ((c == '即' || c == '则' || c == '就') && thenOutcome(i, n)) {
            // 「未兑现即扣1分」: then, after a condition, as 的 is (即 is otherwise a note's word, 即…)
            emit(CriterionParser.DE, i, i + 1, null);
            return i + 1;
        }
        if (c == '以' && ahead.levelAndAbove(i, n)) {
            // 「各地级以上市」「县级以上表彰」: a rank and those above it, one word, not a bound
            word(i, i + 2);
            return i + 2;
        }
        int perUnit = (c == '/' || c == '／') && lastType() == CriterionParser.POINTS ? ahead.perUnitEnd(i, n) : i;
        if (perUnit > i) {
            // 「扣0.5分/个」: per unit, as 每个扣0.5分 says it
            emit(CriterionParser.PER_UNIT, i, perUnit, null);
            return perUnit;
        }
        int total = (c == '共' || c == '合') ? ahead.totalWord(i, n) : i;
        if (total > i) {
            // 「(共2分)」「合计4分」: the points said as a total, as 计 says them
            emit(CriterionParser.GET, i, total, null);
            return total;
        }
        if (c == '内' && boundWithin(i, n)) {
            // 「30日内」「1个月内」: within, as 以内 (a bound that includes its number)
            emit(CriterionParser.BELOW, i, i + 1, null);
            return i + 1;
        }
        return i;
    }

    /** A count of one written where a per-occurrence deduction is meant (PER_ONE, ONE_BEFORE_DEDUCT); else {@code i}. */
    private int countOfOne(int i, int n, char c) {
        // the patterns start with one of these characters: no matcher at every other position
        Matcher one = "有缺少发出每抽检经核督暗查存".indexOf(c) >= 0 ? PER_ONE.matcher(text).region(i, n) : null;
        if ((one == null || !one.lookingAt()) && (c == '一' || c == '1')) {
            one = ONE_BEFORE_DEDUCT.matcher(text).region(i, n);
        }
        if (one != null && one.lookingAt() && !ahead.failItemWithin(i, one.end(), n) && ahead.pointsFollow(one.end(), n)
                && lastType() != CriterionParser.EACH
                && lastType() != CriterionParser.DIRECTION && ahead.nameLength(i, n) == 0 && !boundOfOne(one.end())
                && !text.startsWith("百分点", one.end()) && !text.startsWith("个百分点", one.end() - 1)) {
            // not 每少1个百分点 or 每延期1个月 (a step) nor 有一项不达标 (a failed item)
            emit(CriterionParser.EACH_TIME, i, one.end(), null);
            return one.end();
        }
        return i;
    }

    /** Halves, a bare 个百分点, then names, phrases and numbers: the longest wins, a declared name wins a tie. */
    private int longestMatch(int i, int n, char c) {
        if (text.startsWith("一半", i) && ahead.nameLength(i, n) == 0) {
            // 得一半分值 / 得分值的一半: a half
            emit(CriterionParser.FRACTION, i, i + 2, new Fraction(BigDecimal.ONE, BigDecimal.valueOf(2)));
            return i + 2;
        }
        if (text.startsWith("个百分点", i) || text.startsWith("百分点", i)) {
            // 每增个百分点: the number left out (the readings warn, D011)
            int len = text.startsWith("个百分点", i) ? 4 : 3;
            emit(CriterionParser.PCT_POINT, i, i + len, null);
            return i + len;
        }
        // names, phrases and numbers: the longest wins, a declared name wins a tie
        int nameLen = 0;
        Object name = null;
        Integer longest = names.longestByFirst().get(c);
        for (int len = longest == null ? 0 : Math.min(longest, n - i); len >= 1; len--) {
            Object v = names.lookup().get(text.substring(i, i + len));
            if (v != null) {
                nameLen = len;
                name = v;
                break;
            }
        }
        Lexicon.Spelling phrase = phraseAt(i, n);
        int phraseLen = phrase == null ? 0 : phrase.text().length();
        int numEnd = ahead.numberEnd(i, n);
        if (numEnd > i && numEnd - i >= Math.max(nameLen, phraseLen)) {
            return number(i, numEnd, n);
        }
        if (nameLen > 0 && nameLen >= phraseLen) {
            emitName(i, i + nameLen, name);
            return i + nameLen;
        }
        int inside = nameLen > 0 ? 0 : negatedInside(i, n);
        if (inside > phraseLen) {
            // 「账实不一致的不得分」 with 账实一致 declared yes/no: the negation written inside the name (probe X08); read
            // as words it became an item the evaluator answers and the datum went unused
            String negated = text.substring(i, i + inside).replaceFirst("[不未]", "");
            emitName(i, i + inside, new io.perfeval.core.rule.Condition.Not(
                    new io.perfeval.core.rule.Condition.IsYes(((NameTable.Entry) names.lookup().get(negated)).name())));
            return i + inside;
        }
        int negation = phrase == null || nameLen > 0 ? 0 : negationBeforeName(i, n, phraseLen);
        if (negation > 0) {
            // 「未按时报送的不得分」 with 按时报送 declared: 未 then the name, not the phrase 未按时 then the words 报送 —
            // read so, the words became an item the evaluator answers and the declared datum went unused (probe F1)
            emit(CriterionParser.NOT, i, i + negation, null);
            return i + negation;
        }
        if (phrase != null) {
            if (phrase.type() == WORD) {
                word(i, i + phraseLen);
            } else if (phrase.type() == CriterionParser.TO && (c == '-' || c == '－')
                    && (lastType() == CriterionParser.NAME || lastType() == CriterionParser.RP)
                    && (ahead.nameFollows(i + 1, n) || i + 1 < n && (text.charAt(i + 1) == '(' || text.charAt(i + 1) == '（'))) {
                // (实际完成值-计划值): a hyphen between two names is a minus; between numbers it is a range
                emit(CriterionParser.MINUS, i, i + 1, null);
            } else if (phrase.type() == CriterionParser.RESPECTIVELY && ahead.pointsVerbAt(i + phraseLen, n)
                    && ahead.oneAmountAt(i + phraseLen + 1, n)) {
                // 「无专人、无实施方案、无工作总结分别扣1分」: each that holds deducts 1, as 各扣1分 says
                emit(CriterionParser.EACH_PREFIX, i, i + phraseLen, null);
            } else {
                emit(phrase.type(), i, i + phraseLen, phrase.value());
                if (phrase.type() == CriterionParser.SCORE_IS) {
                    formula = true;
                }
            }
            return i + phraseLen;
        }
        word(i, i + 1);
        return i + 1;
    }

    /**
     * The length of the negation word (未, 不, 无, 没有) at {@code i} when a declared name or 用语 begins right after it and
     * reaches past the phrase of {@code phraseLen} found at {@code i} (未按时 in 未按时报送, 按时报送 declared); else 0.
     */
    private int negationBeforeName(int i, int n, int phraseLen) {
        int len = text.startsWith("没有", i) ? 2 : "未不无".indexOf(text.charAt(i)) >= 0 ? 1 : 0;
        if (len == 0 || i + len >= n) {
            return 0;
        }
        int name = ahead.nameLength(i + len, n);
        return name > 0 && len + name > phraseLen ? len : 0;
    }

    /**
     * The length of a declared yes/no name written at {@code i} with 不 or 未 inside it (账实不一致 for 账实一致, 资料未齐全
     * for 资料齐全), the longest; 0 when there is none.
     */
    private int negatedInside(int i, int n) {
        Integer longest = names.longestByFirst().get(text.charAt(i));
        if (longest == null) {
            return 0;
        }
        int most = Math.min(longest + 1, n - i);
        int neg = -1;
        for (int k = 1; k < most - 1; k++) {
            char c = text.charAt(i + k);
            if (c == '不' || c == '未') {
                neg = k;
                break;
            }
        }
        if (neg < 0) {
            return 0;
        }
        for (int len = most; len > neg + 1; len--) {
            String candidate = text.substring(i, i + neg) + text.substring(i + neg + 1, i + len);
            if (names.lookup().get(candidate) instanceof NameTable.Entry e && e.kind() == NameTable.Kind.YES_NO) {
                return len;
            }
        }
        return 0;
    }

    /** 注： 说明： and the like: the colon is part of the note marker. */
    private boolean notePrefix(int i) {
        return i >= 1 && (text.startsWith("注", i - 1) || text.startsWith("明", i - 1) && i >= 2
                && text.startsWith("说明", i - 2) || i >= 2 && text.startsWith("备注", i - 2))
                && lastType() == CriterionParser.NOTE;
    }

    private void emitName(int from, int to, Object v) {
        int type;
        if (v instanceof NameTable.Entry e) {
            type = switch (e.kind()) {
                case YES_NO -> CriterionParser.YESNO;
                case CHECKLIST -> CriterionParser.CHECKLIST;
                case SERIES -> CriterionParser.SERIES;
                default -> CriterionParser.NAME;
            };
        } else {
            type = CriterionParser.PHRASE;
        }
        emit(type, from, to, v);
    }

    // ---------------------------------------------------------------- markers and valued patterns

    /** Whether a numbered-item marker ends at {@code i} (its '.' is not a sentence end). */
    private boolean markerAt(int i) {
        Tok t = last();
        return t != null && t.getType() == CriterionParser.MARKER && t.to == i + 1;
    }

    private int marker(int i, int n) {
        char c = text.charAt(i);
        boolean candidate = (c >= '0' && c <= '9') || c == '（' || c == '(' || (c >= '①' && c <= '⑳')
                || (c >= 'A' && c <= 'H') || (c >= 'a' && c <= 'h') || Numerals.isNumeral(c);
        if (!candidate) {
            return i;
        }
        Matcher mk = MARKER.matcher(text).region(i, Math.min(n, i + 6));
        if (!mk.lookingAt()) {
            return i;
        }
        boolean circled = mk.group(3) != null;
        boolean bracketed = mk.group(2) != null || mk.group(6) != null;
        // at a sentence's start any marker; inside a sentence only ① and （1）, and not right after a comma or a digit
        boolean ok = sentenceStart() || (circled || bracketed) && lastType() != CriterionParser.COMMA
                && lastType() != CriterionParser.NUM && lastType() != CriterionParser.HE;
        String digits = mk.group(1) != null ? mk.group(1) : mk.group(2) != null ? mk.group(2)
                : mk.group(3) != null ? String.valueOf(mk.group(3).charAt(0) - '①' + 1)
                : mk.group(4) != null ? String.valueOf(Character.toUpperCase(mk.group(4).charAt(0)) - 'A' + 1)
                : null;
        BigDecimal number = digits != null ? new BigDecimal(digits)
                : Numerals.parse(mk.group(5) != null ? mk.group(5) : mk.group(6));
        // 「1、…机制2、卫生保洁制度…3、…」: a table cell's line breaks lost, the next number of the list right after
        // words (or after the previous item's points in brackets, 「…应保尽保。(2分) 2.…」) is still its marker; so is
        // any marker that begins a line of the original
        ok |= number != null && lastMarker != null && number.compareTo(lastMarker.add(BigDecimal.ONE)) == 0
                && (lastType() == WORD || lastType() == CriterionParser.RP)
                || lineStart(i) && lastType() != CriterionParser.NUM;
        if (!ok) {
            return i;
        }
        emit(CriterionParser.MARKER, i, mk.end(), number == null ? BigDecimal.ZERO : number);
        lastMarker = number;
        return mk.end();
    }

    /** The value of an INCL token that includes a range's first end, not the end it follows. */
    static final String LOWER_END = "LOWER_END";
    /** The value of DEDUCT spelt 酌扣, 视情况扣 …: a loss the evaluator decides, which must state its range. */
    static final String JUDGED = "酌情";

    /** The first number of a range written just now (5-10万: 5), or null. */
    private BigDecimal rangeStart() {
        int k = out.size() - 1;
        while (k >= 0 && out.get(k).getType() != CriterionParser.TO && out.size() - k <= 3) {
            k--;
        }
        if (k < 1 || out.get(k).getType() != CriterionParser.TO) {
            return null;
        }
        for (int j = k - 1; j >= 0 && k - j <= 2; j--) {
            if (out.get(j).getType() == CriterionParser.NUM) {
                return out.get(j).number();
            }
        }
        return null;
    }

    /** The value of the last number token read, or null. */
    private BigDecimal lastNumber() {
        for (int k = out.size() - 1; k >= 0 && k >= out.size() - 3; k--) {
            if (out.get(k).getType() == CriterionParser.NUM) {
                return out.get(k).number();
            }
        }
        return null;
    }

    /** The number of the last numbered-item marker read. */
    private BigDecimal lastMarker;

    /** Whether a line break of the original (a table cell's or the pack file's) comes right before {@code i}. */
    private boolean lineStart(int i) {
        if (i == 0) {
            return false;
        }
        for (int k = orig(i) - 1; k > orig(i - 1); k--) {
            if (original.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** The phrase patterns that carry a value, or that take a bracket or a part's start; {@code i} when none. */
    private int family(int i, int n) {
        char c = text.charAt(i);
        int end = valued(i, n, c);
        if (end == i) {
            end = bracketed(i, n, c);
        }
        return end > i ? end : scopeAtPartStart(i, n, c);
    }

    /** Patterns found by their first character whose token carries a value (以3分为限, 扣满N分为止, 第2、3季度 …). */
    private int valued(int i, int n, char c) {
        Matcher m;
        switch (c) {
            case '以' -> {
                m = UP_TO_POINTS.matcher(text).region(i, n);
                if (m.lookingAt()) {
                    // 「以3分为限」: at most 3 points (最高3分); 为限 closes the amount, so the points token covers it
                    emit(CriterionParser.MOST, i, i + 1, null);
                    emit(CriterionParser.NUM, m.start(1), m.end(1), new Num(new BigDecimal(m.group(1)), false));
                    emit(CriterionParser.POINTS, m.end(1), m.end(), null);
                    return m.end();
                }
                m = STANDARD.matcher(text).region(i, n);
                if (m.lookingAt()) {
                    Unit u = m.group(2).isEmpty() ? Unit.NUMBER : Unit.PERCENT;
                    emit(CriterionParser.STANDARD, i, m.end(), new io.perfeval.core.rule.Quantity(
                            new BigDecimal(m.group(1)), u));
                    return m.end();
                }
            }
            case '加' -> {
                m = BONUS_UP_TO.matcher(text).region(i, n);
                if (m.lookingAt()) {
                    emit(CriterionParser.CAP, i, m.end(), new BigDecimal(m.group(1)));
                    return m.end();
                }
            }
            case '扣' -> {
                m = FLOOR_AT.matcher(text).region(i, n);
                if (m.lookingAt()) {
                    emit(CriterionParser.FLOOR, i, m.end(), new BigDecimal(m.group(1)));
                    return m.end();
                }
            }
            case '占' -> {
                // 「完成值占指标值的比例」: 占 between two declared names, the second followed by 的比例 — only there, since
                // 占 is common in prose (挤占、占用)
                int name = ahead.nameLength(i + 1, n);
                if (lastType() == CriterionParser.NAME && name > 0
                        && RATIO_WORD.matcher(text).region(i + 1 + name, n).lookingAt()) {
                    emit(CriterionParser.OCCUPY, i, i + 1, null);
                    return i + 1;
                }
            }
            case '的', '比' -> {
                int size = out.size();
                if (size >= 2 && lastType() == CriterionParser.NAME
                        && out.get(size - 2).getType() == CriterionParser.OCCUPY) {
                    m = RATIO_WORD.matcher(text).region(i, n);
                    if (m.lookingAt()) {
                        emit(CriterionParser.RATIO, i, m.end(), null);
                        return m.end();
                    }
                }
            }
            case '未', '没', '达', '完' -> {
                // 「达到指标值的，得满分；未达到的，按比例计分」: 未达到的 alone, where a part begins and after a sentence
                // with a condition, is the remaining case — 否则 — not a new item for the evaluator to answer
                m = NOT_REACHED.matcher(text).region(i, n);
                if (m.lookingAt() && partStart() && earlierCondition()) {
                    emit(CriterionParser.OTHERWISE, i, m.end(), null);
                    return m.end();
                }
            }
            case '第' -> {
                m = PERIODS.matcher(text).region(i, n);
                if (m.lookingAt()) {
                    List<Integer> ords = new ArrayList<>();
                    for (String s : m.group(1).split("[、,，和及]")) {
                        BigDecimal v = Numerals.allDigits(s) && s.length() <= 6 ? new BigDecimal(s) : Numerals.parse(s);
                        // 0 is no period of any series, so the pack's check names it; a huge ordinal is never cut
                        // down to a small one (第4294967298季度 is not 第二季度)
                        ords.add(v == null || v.compareTo(MAX_ORDINAL) > 0 ? 0 : v.intValue());
                    }
                    emit(CriterionParser.PERIODS, i, m.end(), List.copyOf(ords));
                    return m.end();
                }
            }
            case '对' -> {
                m = SCOPE.matcher(text).region(i, n);
                if (partStart() && m.lookingAt()) {
                    emit(CriterionParser.SCOPE, i, m.end(), null);
                    return m.end();
                }
            }
            case '超' -> {
                m = AT_MOST.matcher(text).region(i, n);
                if (formula && m.lookingAt() && m.group(1).equals(m.group(3)) && m.group(2).equals(m.group(4))) {
                    Unit u = m.group(2).isEmpty() ? Unit.NUMBER : Unit.PERCENT;
                    emit(CriterionParser.AT_MOST, i, m.end(), new io.perfeval.core.rule.Quantity(
                            new BigDecimal(m.group(1)), u));
                    return m.end();
                }
            }
            case '实' -> {
                m = VETO_NAMED.matcher(text).region(i, n);
                if (m.lookingAt()) {
                    emit(CriterionParser.VETO, i, m.end(), "EVALUATION");
                    return m.end();
                }
            }
            case '根' -> {
                m = JUDGE_SET.matcher(text).region(i, n);
                if (m.lookingAt()) {
                    emit(CriterionParser.JUDGE, i, m.end(), null);
                    return m.end();
                }
            }
            default -> {
            }
        }
        return i;
    }

    /** A bracket after a bound (「(含90%)」: the bound is included) or around how a thing is checked (「(实地查看)」). */
    private int bracketed(int i, int n, char c) {
        Matcher m;
        if ((c == '(' || c == '（') && (lastType() == CriterionParser.PERCENT || lastType() == CriterionParser.NUM
                || lastType() == CriterionParser.UNIT || lastType() == CriterionParser.ABOVE
                || lastType() == CriterionParser.BELOW)) {
            // 「30%(包括30%)」「5万(含5万)」「90%以上（含90%）」: the bound just written is included
            m = INCLUDED.matcher(text).region(i, n);
            if (m.lookingAt() && lastNumber() != null && lastNumber().compareTo(new BigDecimal(m.group(1))) == 0) {
                emit(CriterionParser.INCL, i, m.end(), null);
                return m.end();
            }
            if (m.lookingAt() && rangeStart() != null && rangeStart().compareTo(new BigDecimal(m.group(1))) == 0) {
                // 「5-10万(含5万)」: the range's first end is the one included
                emit(CriterionParser.INCL, i, m.end(), LOWER_END);
                return m.end();
            }
        }
        if (c == '(' || c == '（') {
            // 「…,扣完为止(实地查看)」: how it is checked, in brackets anywhere
            m = EVIDENCE_BRACKETED.matcher(text).region(i, n);
            if (m.lookingAt()) {
                emit(CriterionParser.SCOPE, i, m.end(), null);
                return m.end();
            }
        }
        return i;
    }

    /** Scope words where a part begins: 各单位…, 自…之日起, …进行考核, how a thing is checked (查阅、核实 …). */
    private int scopeAtPartStart(int i, int n, char c) {
        Matcher m;
        if (c == '各' && partStart()) {
            m = EACH_UNIT.matcher(text).region(i, n);
            if (m.lookingAt()) {
                emit(CriterionParser.SCOPE, i, m.end(), null);
                return m.end();
            }
        }
        if (partStart()) {
            // each pattern needs a word the text may not have at all: try it only when the text has that word
            m = null;
            if (text.indexOf("之日起", i) >= 0) {
                m = SINCE.matcher(text).region(i, n);
            }
            if ((m == null || !m.lookingAt()) && text.indexOf("进行", i) >= 0) {
                m = ASSESSED.matcher(text).region(i, n);
            }
            if ((m == null || !m.lookingAt()) && (text.indexOf('查', i) >= 0 || text.indexOf('察', i) >= 0
                    || text.indexOf('核', i) >= 0 || text.indexOf("调阅", i) >= 0 || text.indexOf("走访", i) >= 0)) {
                m = EVIDENCE.matcher(text).region(i, n);
            }
            if (m != null && m.lookingAt()) {
                emit(CriterionParser.SCOPE, i, m.end(), null);
                return m.end();
            }
        }
        return i;
    }

    // ---------------------------------------------------------------- phrases in context

    /** The longest lexicon spelling at {@code i} that its context admits, or null. */
    private Lexicon.Spelling phraseAt(int i, int n) {
        for (Lexicon.Spelling s : lexicon.startingAt(text, i)) {
            int end = i + s.text().length();
            if (end <= n && text.startsWith(s.text(), i) && admits(s, end, n)) {
                return s;
            }
        }
        return null;
    }

    /** Whether the context admits {@code s} (ending at {@code end}) as its token rather than prose. */
    private boolean admits(Lexicon.Spelling s, int end, int n) {
        int t = s.type();
        boolean single = s.text().length() == 1;
        if (t == CriterionParser.DIRECTION) {
            // after 每; or before a size and 扣 with 每 left out, so that the step is refused (D066), not read as an
            // item the evaluator answers
            return lastType() == CriterionParser.EACH
                    || lastType() != CriterionParser.NAME && STEP_WITHOUT_EACH.matcher(text).region(end, n).lookingAt();
        }
        if (lastType() == CriterionParser.EACH && ahead.directionAt(end - s.text().length(), n)) {
            // after 每 a direction word is read as a direction, even where a comparison word is longer
            return false;
        }
        if (t == CriterionParser.RESPECTIVELY) {
            // 分别得6分、4分和2分 / 分别计…: only before the scores it distributes; before 扣/加 never prose, since it
            // says each condition counts (「无专人、无方案分别扣1分」, read as 各扣 where one amount follows)
            return ahead.numberFollows(end, n) || (text.startsWith("得", end) || text.startsWith("计", end)
                    || text.startsWith("为", end) || text.startsWith("给", end)
                    || ahead.pointsVerbAt(end, n)) && ahead.numberFollows(end + 1, n);
        }
        if (t == CriterionParser.GET || t == CriterionParser.DEDUCT || t == CriterionParser.BONUS
                || t == CriterionParser.SHARE) {
            // 得 before 分值 too (得分值的60%), but not 得分 before 值: that is 得 and 分值; and 计分 closing a share
            // (按分值的60%计分)
            return ahead.numberFollows(end, n) || (t != CriterionParser.SHARE && ahead.maxScoreAt(end, n)
                    && !(t == CriterionParser.GET && s.text().endsWith("分") && text.startsWith("值", end)))
                    || t == CriterionParser.GET && s.text().length() == 2 && s.text().endsWith("分")
                    && (lastType() == CriterionParser.PERCENT || lastType() == CriterionParser.NUM)
                    && (end == n || "，,；;。：:".indexOf(text.charAt(end)) >= 0);
        }
        if (t == CriterionParser.GE || t == CriterionParser.GT || t == CriterionParser.LE || t == CriterionParser.LT
                || t == CriterionParser.EQ || t == CriterionParser.NE) {
            if (!Character.isIdeographic(s.text().charAt(0))) {
                return true; // ≥ < = …: a symbol is never prose
            }
            // a comparison word compares something written: 达 only a number; 超过 a number, a name or 或等于
            return single ? ahead.numberFollows(end, n) : ahead.numberFollows(end, n) || ahead.nameFollows(end, n)
                    || ahead.comparisonFollows(end, n);
        }
        if (t == CriterionParser.BY) {
            // 按执行率×分值计分 / 按照完成值/指标值×该指标分值记分 / 根据…比例,…: only before a formula or a name (按时、
            // 按规定 are prose)
            return ahead.nameFollows(end, n) || ahead.maxScoreAt(end, n) || end < n && (text.charAt(end) == '('
                    || text.charAt(end) == '（');
        }
        if (t == CriterionParser.EVALUATE) {
            // 按工程形象进度评价: after the name the method names, at the end of its part
            return lastType() == CriterionParser.NAME && (end == n || "，,；;。：:".indexOf(text.charAt(end)) >= 0);
        }
        if (t == CriterionParser.RECKON) {
            // closing 按…计分: at the end of its part, after the formula
            return (end == n || "，,；;。：:".indexOf(text.charAt(end)) >= 0) && (lastType() == CriterionParser.NAME
                    || lastType() == CriterionParser.MAX_SCORE || lastType() == CriterionParser.RP
                    || lastType() == CriterionParser.NUM || lastType() == CriterionParser.PERCENT
                    || lastType() == CriterionParser.RATIO);
        }
        if (t == CriterionParser.HAVE) {
            return ahead.nameFollows(end, n); // 有结余 (a declared 结余); 有效、所有 … are prose
        }
        if (t == CriterionParser.EACH_PREFIX) {
            return ahead.deductionFollows(end, n);
        }
        if (t == CriterionParser.MOST) {
            // 最多扣3分 / 最高加2分 / 最高1分: before points only
            return ahead.deductionFollows(end, n) || ahead.numberFollows(end, n);
        }
        if (t == CriterionParser.EACH) {
            // 每降低 / 每5% / 每件, and 每迟报一天 where 迟报 is declared (用语) as the count of days
            return ahead.directionAt(end, n) || ahead.numberFollows(end, n) || ahead.unitAt(end, n) > end || ahead.nameFollows(end, n);
        }
        if (t == CriterionParser.NOTE && s.text().startsWith("视为")) {
            // 「完成率达到95%及以上的视为完成，得满分」: what the condition is called, between it and its outcome; as
            // words it became an item joined to the condition with 且 (a fourth adversarial probe)
            return lastType() == CriterionParser.DE;
        }
        if (t == CriterionParser.NOTE || t == CriterionParser.IF || t == CriterionParser.LEVEL_INTRO
                || t == CriterionParser.OTHERWISE && !s.text().equals("否则")) {
            // 其余、其他 are prose inside a sentence (「在其他部门增挂牌子」); only 否则 is a word anywhere
            return partStart();
        }
        if (t == CriterionParser.THIS_ITEM) {
            return ahead.outcomeFollows(end, n);
        }
        if (t == CriterionParser.ZERO && s.text().equals("无分")) {
            // 「发生森林火灾无分,并实行一票否决」: at a clause's end only, never 无分管领导
            return end == n || "，,；;。、并且)）".indexOf(text.charAt(end)) >= 0;
        }
        if (s.text().equals("x") || s.text().equals("X")) {
            return formula;
        }
        if (t == CriterionParser.POINTS) {
            return lastType() == CriterionParser.NUM;
        }
        return true;
    }


    /**
     * Whether a count of one is a bound, not an occurrence: after a comparison (超过1个月, 不超过1个月) or before a bound
     * word (1个月以内, 1个月内, 1次以上, 一项以上): 「逾期1个月以内扣1分」 deducts once, not per month.
     */
    private boolean boundOfOne(int end) {
        int last = lastType();
        if (last == CriterionParser.GT || last == CriterionParser.GE || last == CriterionParser.LT
                || last == CriterionParser.LE || last == CriterionParser.EQ || last == CriterionParser.NE) {
            return true;
        }
        for (String bound : BOUND_AFTER_ONE) {
            if (text.startsWith(bound, end)) {
                return true;
            }
        }
        return ahead.otherCountLater(end);
    }

    /** 即/则/就 right after a condition's last token and right before an outcome's verb (扣、减、加、得、计、记、给、不得). */
    private boolean thenOutcome(int i, int n) {
        int last = lastType();
        if (i + 1 >= n || last == WORD || last < 0 || last == CriterionParser.COMMA || last == CriterionParser.SEMI
                || last == CriterionParser.DE) {
            return false;
        }
        char next = text.charAt(i + 1);
        return "扣减加得计记给".indexOf(next) >= 0 || text.startsWith("不得", i + 1);
    }

    /** 内 right after a number with its unit or percent sign, not starting a word of its own (内容, 内部, 内控 …). */
    private boolean boundWithin(int i, int n) {
        int last = lastType();
        if (last != CriterionParser.UNIT && last != CriterionParser.PERCENT) {
            return false;
        }
        return i + 1 >= n || "容部控涵业外审".indexOf(text.charAt(i + 1)) < 0;
    }

    private static final String[] BOUND_AFTER_ONE = {"以内", "之内", "以上", "以下", "及以上", "及以下", "或以上", "或以下",
        "以外", "内"};

    // ---------------------------------------------------------------- numbers


    /** Reads the number [i, end) and what follows it: %, 个百分点, 分 (points) or a unit. */
    private int number(int i, int end, int n) {
        String run = text.substring(i, end);
        int j = end;
        if (run.startsWith("百分之")) {
            String digits = run.substring(3);
            BigDecimal v = Numerals.allDigits(digits) ? new BigDecimal(digits) : Numerals.parse(digits);
            emit(CriterionParser.NUM, i, end, new Num(v == null ? BigDecimal.ZERO : v, true));
            return end;
        }
        int split = run.indexOf("分之");
        if (split > 0) {
            BigDecimal den = Numerals.parse(run.substring(0, split));
            BigDecimal num = Numerals.parse(run.substring(split + 2));
            if (den != null && num != null && den.signum() > 0) {
                emit(CriterionParser.FRACTION, i, end, new Fraction(num, den));
                return end;
            }
        }
        if (run.length() > PackReader.MAX_NUMBER) {
            emit(CriterionParser.NUM, i, end, new Num(null, false));
            return end;
        }
        BigDecimal v = Character.isDigit(run.charAt(0)) ? new BigDecimal(run) : Numerals.parse(run);
        emit(CriterionParser.NUM, i, end, new Num(v, false));
        return unitAfter(j, n);
    }

    /** After a number: %, 个百分点, 分 (points, not 分值), or a unit word; returns where the next token begins. */
    private int unitAfter(int j, int n) {
        if (j >= n) {
            return j;
        }
        char c = text.charAt(j);
        if (c == '%' || c == '％') {
            emit(CriterionParser.PERCENT, j, j + 1, null);
            return j + 1;
        }
        if (text.startsWith("个百分点", j) || text.startsWith("百分点", j)) {
            int len = text.startsWith("个百分点", j) ? 4 : 3;
            emit(CriterionParser.PCT_POINT, j, j + len, null);
            return j + len;
        }
        int u = ahead.unitAt(j, n);
        if (u > j) {
            emit(CriterionParser.UNIT, j, u, unit(text.substring(j, u)));
            return u;
        }
        if (c == '分' && !text.startsWith("分之", j) && (j + 1 >= n
                || TextAhead.NOT_POINTS_AFTER_分.indexOf(text.charAt(j + 1)) < 0)) {
            emit(CriterionParser.POINTS, j, j + 1, null);
            return j + 1;
        }
        return j;
    }

    private Unit unit(String word) {
        Unit u = extraUnits.get(word);
        return u != null ? u : Units.of(word).orElse(Unit.NUMBER);
    }

    /** Whether a token type is a declared name: a datum, measure or alias, a yes/no, a checklist or a series. */
    static boolean isName(int type) {
        return type == CriterionParser.NAME || type == CriterionParser.YESNO || type == CriterionParser.CHECKLIST
                || type == CriterionParser.SERIES;
    }

    /** The first declared-name token within [from, to), or null. */
    Tok nameIn(int from, int to) {
        for (Tok t : tokens()) {
            if (t.from >= from && t.to <= to && isName(t.getType())) {
                return t;
            }
        }
        return null;
    }

    /** A readable name for a token type, for debugging and tests. */
    static String name(int type) {
        return type == Token.EOF ? "EOF" : CriterionParser.VOCABULARY.getSymbolicName(type);
    }
}
