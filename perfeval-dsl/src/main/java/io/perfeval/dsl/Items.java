package io.perfeval.dsl;

import io.perfeval.core.DataField;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The items of a criterion the evaluator answers one by one (符合 / 不符合): its numbered requirements when a deduction
 * counts them (「一项不符合扣0.5分」) or 全部符合 tests them, else the 指标内容's numbered items (reading 7), and the
 * clauses written in prose that no declared target covers (reading 11) — each answered 符合 when what it says holds.
 * They make one checklist datum named after the indicator, declared by the compiler unless the pack declares a
 * checklist of that name.
 */
final class Items {

    private final CriterionReader reader;
    private final CriterionReader.Context ctx;
    /** The criterion's numbered requirements (sentences that score nothing), in order. */
    private final List<String> numbered;
    /** Whether a deduction or 全部符合 counts the numbered items (so they are part of the checklist). */
    private final boolean numberedUsed;
    private final List<String> items = new ArrayList<>();
    private String name;
    private boolean declaredByPack;

    Items(CriterionReader reader, CriterionReader.Context ctx, List<String> numbered, boolean numberedUsed) {
        this.reader = reader;
        this.ctx = ctx;
        this.numbered = numbered;
        this.numberedUsed = numberedUsed;
    }

    private String name() {
        if (name == null) {
            NameTable.Entry declared = ctx.names().get(NameTable.normal(ctx.indicator()));
            declaredByPack = declared != null && declared.kind() == NameTable.Kind.CHECKLIST;
            // named after the indicator; when a datum or measure has that name already, 「…评价项」
            name = declaredByPack ? declared.name() : declared == null ? NameTable.normal(ctx.indicator())
                    : NameTable.normal(ctx.indicator()) + "评价项";
        }
        return name;
    }

    /** The numbered items counted by 一项不符合 / 以上情况 (at {@code at} in the text): the failed ones. */
    Expr failedItems(int at) {
        List<String> found = requirements();
        if (found.isEmpty()) {
            throw reader.fail("D029", at, at + 5, reader.span(at, Math.min(reader.tokens().text.length(), at + 5)));
        }
        if (items.isEmpty()) {
            items.addAll(found);
        }
        String list = name();
        return new Expr.FailedItems(list, items.size() == found.size() ? List.of() : range(found.size()));
    }

    /** 全部符合 of the numbered items. */
    Condition allMet(int from, int to) {
        List<String> found = requirements();
        if (found.isEmpty()) {
            throw reader.fail("D029", from, to, reader.span(from, to));
        }
        if (items.isEmpty()) {
            items.addAll(found);
        }
        return new Condition.AllItemsMet(name(), items.size() == found.size() ? List.of() : range(found.size()));
    }

    private List<String> requirements() {
        List<String> found = !numbered.isEmpty() ? numbered
                : ctx.content() == null || ctx.content().isEmpty() ? List.of() : contentItems(ctx.content());
        String list = name();
        if (declaredByPack && !found.isEmpty()) {
            // the pack's own checklist must be these very items: else the text's items would be answered by others'
            DataField declared = ctx.fields().get(list);
            List<String> its = declared == null ? List.of() : declared.items();
            boolean same = its.size() == found.size();
            for (int k = 0; same && k < its.size(); k++) {
                same = NameTable.normal(its.get(k)).equals(NameTable.normal(found.get(k)));
            }
            if (!same) {
                int at = reader.tokens().text.length();
                throw reader.fail("D046", 0, at, list, its.size(), found.size());
            }
        }
        return found;
    }

    /** The numbered items of the 指标内容. */
    private List<String> contentItems(String content) {
        CriterionTokens t = new CriterionTokens(content, new CriterionTokens.Names(java.util.Map.of()),
                Lexicon.STANDARD, java.util.Map.of());
        List<String> found = new ArrayList<>();
        List<CriterionTokens.Tok> toks = t.tokens();
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).getType() != CriterionParser.MARKER) {
                continue;
            }
            int from = toks.get(i).to;
            int to = t.text.length();
            for (int j = i + 1; j < toks.size(); j++) {
                int type = toks.get(j).getType();
                if (type == CriterionParser.MARKER || type == CriterionParser.SEMI) {
                    to = toks.get(j).from;
                    break;
                }
            }
            String item = t.span(from, to).strip();
            if (!item.isEmpty()) {
                found.add(item);
            }
        }
        return found;
    }

    /**
     * An item the evaluator answers, for prose at [from, to): 符合 when what it says holds. When the pack declares the
     * indicator's checklist itself, the item must be its item of that number, word for word: an item counted under
     * another's answer would score silently wrong.
     */
    Condition item(String text, int from, int to) {
        if (numberedUsed && items.isEmpty()) {
            items.addAll(requirements());
        }
        scoringWords(text.strip(), from, to);
        String words = NameTable.normal(text).replaceAll("[\\p{P}\\s]", "");
        if (CONNECTIVES.contains(words) || JOINED_VERB.matcher(words).matches()
                || words.codePointCount(0, words.length()) < 2 && !words.matches(".*\\d.*")) {
            // (a number alone, 「100%得满分」, is reading 57's, decided when the rule is assembled)
            // 「…不得分,并实行一票否决」: 并 joins the veto to the clause before; as an item it would be a question
            // about nothing, and the veto would hang on its answer (D073)
            throw reader.fail("D073", from, to, text.strip());
        }
        shortened(text.strip(), from, to);
        nameInside(text.strip(), from, to);
        for (String before : items) {
            if (NameTable.normal(before).equals(NameTable.normal(text.strip()))) {
                // the same words twice would be two answers to one question: a slip the author must see
                throw reader.fail("D044", from, to, text.strip(), "这一项");
            }
        }
        items.add(text.strip());
        String list = name();
        if (declaredByPack) {
            DataField declared = ctx.fields().get(list);
            int k = items.size();
            List<String> its = declared == null ? List.of() : declared.items();
            if (k > its.size() || !NameTable.normal(its.get(k - 1)).equals(NameTable.normal(text.strip()))) {
                throw reader.fail("D043", from, to, text.strip(), list, k, k > its.size() ? "（无）"
                        : its.get(k - 1));
            }
        }
        return new Condition.AllItemsMet(list, List.of(items.size()));
    }

    /**
     * 「按照完成规划治理任务的百分比比例赋分」: words that say how to score, which the grammar did not read as a scoring
     * clause. As an item they would be a condition the evaluator answers, and the scoring they state would be lost: a
     * wrong score that looks right (D072).
     */
    private void scoringWords(String text, int from, int to) {
        java.util.regex.Matcher m = SCORING_WORDS.matcher(text);
        if (m.find()) {
            throw reader.fail("D072", from, to, text, m.group());
        }
    }

    /** Words that join clauses and say nothing an evaluator could answer. */
    private static final java.util.Set<String> CONNECTIVES = java.util.Set.of("并", "且", "并且", "同时", "而且", "另",
            "另外", "此外", "其中", "以及", "和", "及", "或", "或者");

    /** Whether {@code text} is only a connective, or one and a verb (「并」「并给予」), joining what follows to the clause before. */
    static boolean joinsTheClauseBefore(String text) {
        String words = NameTable.normal(text).replaceAll("[\\p{P}\\s]", "");
        return CONNECTIVES.contains(words) || JOINED_VERB.matcher(words).matches();
    }

    /** 「并给予」「同时实行」: a connective and the verb of what follows (一票否决), no requirement. */
    private static final java.util.regex.Pattern JOINED_VERB = java.util.regex.Pattern.compile(
            "(?:并|且|并且|同时|另|另外)(?:给予|实行|予以|执行|处以|作出|做出|进行|采取)?");

    private static final java.util.regex.Pattern SCORING_WORDS = java.util.regex.Pattern.compile(
            "比例(?:赋分|得分|计分|打分|评分|给分)|(?:赋分|计分|打分|评分|给分)(?:办法|方法|标准)?$|[扣加]\\d|按.{0,12}(?:赋分|计分|打分|评分)"
                    // 「根据…占计划的比重计算得分」 (H10-040): a computation of the score
                    + "|(?:计算|折算|核算|换算|核定)(?:得分|分数|分值)|比重(?:计算|计)"
                    // 「扣分封顶5分」「最低得4分」「保底2分」「加分上限为2分」: a limit on the score the lexicon does not
                    // know — as an item it scored its points on the evaluator's answer (a third adversarial probe)
                    + "|(?:扣分|加分|得分)?(?:封顶|上限|下限|保底)|^(?:最低|最少|至少|最多|最高)(?:得分|分)?(?:为)?$");

    /**
     * 「未明确的，扣4分」 where the pack declares 「明确机构科室负责人和流程」: the words (without the negation) are a
     * declared name cut short, so the author may mean that datum, not a new item to answer — which one is not for the
     * compiler to guess (D050). A name merely containing the words (「符合」 in 「不符合处数」) is no such sign.
     */
    private void shortened(String text, int from, int to) {
        String core = NameTable.normal(text).replaceFirst("^(?:没有|不|未|无)", "").replaceFirst("(?:的|者)$", "");
        if (core.length() < 2) {
            return;
        }
        for (String spelling : ctx.names().spellings()) {
            String name = NameTable.normal(spelling);
            if (name.length() > core.length() && name.startsWith(core)) {
                throw reader.fail("D050", from, to, text, spelling);
            }
        }
    }

    /**
     * 「各县(区)均印发“十二五”防震减灾规划得1分」 with 印发十二五防震减灾规划 declared: prose around a declared name would
     * make the whole an item the evaluator answers and leave the datum unused — which of the two is meant is not for the
     * compiler to guess (D055).
     */
    private void nameInside(String text, int from, int to) {
        CriterionTokens.Tok t = reader.tokens().nameIn(from, to);
        if (t != null) {
            throw reader.fail("D055", from, to, text, reader.span(t.from, t.to));
        }
    }

    /**
     * Takes back the last item made (a complement or a level is not an item of its own); false when {@code c} is not
     * that item.
     */
    boolean drop(Condition c) {
        if (c instanceof Condition.AllItemsMet a && a.items().size() == 1 && a.items().get(0) == items.size()) {
            items.remove(items.size() - 1);
            return true;
        }
        return false;
    }

    /** The checklist the compiler declares for this indicator, if any items were made and the pack has none. */
    Optional<DataField> checklist() {
        if (items.isEmpty() || name() == null || declaredByPack) {
            return Optional.empty();
        }
        return Optional.of(DataField.checklist(name, List.copyOf(items)));
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(i);
        }
        return out;
    }

    /**
     * The members of a list written in prose between {@code from} and {@code to} (offsets in the criterion): the spans
     * that 、 separates, and 和、及、与 before the last member once 、 has begun the list, outside brackets. One span
     * when the prose is no list: 「收集和整理不及时」 is one failing, 「无专人、无方案和无记录」 three.
     */
    static List<int[]> listMembers(List<CriterionTokens.Tok> toks, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int start = from;
        boolean listed = false;
        for (CriterionTokens.Tok t : toks) {
            if (t.from < from || t.to > to) {
                continue;
            }
            int type = t.getType();
            depth += type == CriterionParser.LP ? 1 : type == CriterionParser.RP && depth > 0 ? -1 : 0;
            boolean comma = "、".equals(t.getText());
            if (depth == 0 && type == CriterionParser.HE && (comma || listed) && t.from > start) {
                out.add(new int[] {start, t.from});
                start = t.to;
                listed |= comma;
            }
        }
        if (out.isEmpty() || start >= to) {
            return List.of(new int[] {from, to});
        }
        out.add(new int[] {start, to});
        return out;
    }
}
