package io.perfeval.dsl;

import io.perfeval.core.DataField;
import io.perfeval.core.diag.SourceLocation;
import io.perfeval.core.diag.Suggestions;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm.StepCounting;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import io.perfeval.dsl.CriterionParser.*;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Compiles one 评价标准 text into a core {@link Rule}: the token source ({@link CriterionTokens}) in front of the
 * criterion grammar ({@code Criterion.g4}), the parse tree turned into typed parts ({@link PartsBuilder}), the parts
 * assembled by the documented readings ({@link Readings}). Every syntax error of the criterion is reported, each with
 * its span, what the grammar expected there (as phrase families) and the nearest known spelling; nothing is guessed.
 */
final class CriterionReader {

    /** What the compiler knows about the indicator whose criterion it reads. */
    record Context(String path, String indicator, BigDecimal maxScore, String criterion, int criterionOffset,
                   String content, int contentOffset, NameTable names, Map<String, Object> phrases,
                   String subject, Condition target, StepCounting counting, Quantity reference, Lexicon lexicon,
                   Map<String, Unit> units, Map<String, DataField> fields, Map<String, Expr> formulas) {

        /** The same indicator read against another 分值: one part of a criterion scored in parts (reading 32). */
        Context withMaxScore(BigDecimal partMax) {
            return new Context(path, indicator, partMax, criterion, criterionOffset, content, contentOffset, names,
                    phrases, subject, target, counting, reference, lexicon, units, fields, formulas);
        }
    }

    /**
     * The compiled rule; when the criterion has items the evaluator answers, the checklist it declares; and the text
     * the grammar read as scoring nothing (a scope, a note, a requirement stated without a score, a name's gloss, the
     * consequences of a veto), each with what it is, so that {@code check --explain} shows it.
     */
    record Result(Rule rule, Optional<DataField> checklist, List<String> unscored) {
    }

    /** Syntax errors reported per criterion at most; a text that broken needs its author first. */
    static final int MAX_ERRORS = 20;

    private final Context ctx;
    private final Source source;
    private final Diag diag;
    private final CriterionTokens tokens;
    private PartsBuilder parts;

    private CriterionReader(Context ctx, Source source, Diag diag) {
        this.ctx = ctx;
        this.source = source;
        this.diag = diag;
        CriterionTokens.Names names = ctx.names().matchable();
        if (!ctx.phrases().isEmpty()) {
            // the indicator's 用语 on top of the pack's names
            Map<String, Object> withPhrases = new LinkedHashMap<>(names.lookup());
            for (Map.Entry<String, Object> e : ctx.phrases().entrySet()) {
                withPhrases.put(NameTable.normal(e.getKey()), e.getValue());
            }
            names = new CriterionTokens.Names(withPhrases);
        }
        this.tokens = new CriterionTokens(ctx.criterion(), names, ctx.lexicon(), ctx.units());
    }

    static Optional<Result> compile(Context ctx, Source source, Diag diag) {
        int before = diag.problems.size();
        CriterionReader r = new CriterionReader(ctx, source, diag);
        Result result;
        try {
            result = r.run();
        } catch (PartsBuilder.Stop s) {
            result = null;
        }
        if (result == null || diag.hasErrorsFrom(before)) {
            return Optional.empty();
        }
        return Optional.of(result);
    }

    // ---------------------------------------------------------------- locations and reports

    CriterionTokens tokens() {
        return tokens;
    }

    Diag diag() {
        return diag;
    }

    SourceLocation loc(int from, int to) {
        int a = tokens.orig(from);
        int b = to > from ? tokens.orig(to - 1) + 1 : a;
        return source.at(ctx.criterionOffset() + a, b - a);
    }

    String span(int from, int to) {
        return tokens.span(from, to);
    }

    void warn(String code, int from, int to, Object... args) {
        diag.warn(code, ctx.path(), loc(from, to), args);
    }

    PartsBuilder.Stop fail(String code, int from, int to, Object... args) {
        diag.error(code, ctx.path(), loc(from, to), args);
        return new PartsBuilder.Stop();
    }

    Expr lastSubject() {
        return parts.lastSubject();
    }

    boolean implicitSubject(Parts.Part c) {
        return parts.implicitSubject(c);
    }

    List<Condition> listAlternatives(Condition head) {
        return parts.listAlternatives(head);
    }

    // ---------------------------------------------------------------- the pipeline

    private Result run() {
        if (tokens.text.isEmpty()) {
            throw fail("D028", 0, 0);
        }
        List<CriterionTokens.Tok> toks = tokens.tokens();
        String lost = tokens.uncovered();
        if (lost != null) {
            // by construction every character is a token; should one ever not be, refuse rather than skip it
            if (diag.observer != null) {
                diag.observer.read(ctx.path(), lost, null);
            }
            throw fail("D051", 0, tokens.text.length(), lost);
        }
        if (tokens.fullWidthDigits) {
            java.util.regex.Matcher fw = java.util.regex.Pattern.compile("[０-９][０-９．.]*").matcher(ctx.criterion());
            if (fw.find()) {
                diag.warn("D011", ctx.path(), source.at(ctx.criterionOffset() + fw.start(), fw.end() - fw.start()),
                        fw.group(), Numerals.halfWidth(fw.group()));
            }
        }
        if (diag.observer != null) {
            diag.observer.tokens(ctx.path(), toks);
        }
        CriterionContext tree = parse(toks);
        if (diag.observer != null) {
            diag.observer.read(ctx.path(), "", tree);
        }
        if (tree == null) {
            return null;
        }
        List<String> unscored = new ArrayList<>();
        parts = new PartsBuilder(ctx, this);
        List<String> numbered = new ArrayList<>();
        List<Parts.Sentence> scoring = new ArrayList<>();
        boolean numberedUsed = false;
        for (ParseTree child : tree.children) {
            BodyContext body = child instanceof SentenceContext s ? s.body()
                    : child instanceof MarkedSentenceContext m ? m.body() : null;
            if (body == null) {
                continue;
            }
            boolean marked = child instanceof MarkedSentenceContext || ((SentenceContext) child).MARKER() != null;
            if (definitions(body, unscored) && !scores(body)) {
                continue; // 「执行率=实际支出/预算数×100%。」: the measure's formula, checked against the pack's
            }
            if (!scores(body)) {
                String text = span(PartsBuilder.from(body), PartsBuilder.to(body)).strip();
                if (marked) {
                    // a numbered requirement: an item a deduction or 全部符合 may count
                    numbered.add(text);
                }
                if (!marked) {
                    // a sentence that scores nothing states a requirement (shown by check --explain)
                    unscored.add("要求（不计分）：" + text);
                }
                continue;
            }
            unscoredParts(body, unscored);
            numberedUsed |= countsItems(body);
            scoring.add(parts.sentence(child instanceof SentenceContext s ? s.MARKER()
                    : ((MarkedSentenceContext) child).MARKER(), body));
        }
        if (!numberedUsed) {
            for (String n : numbered) {
                unscored.add("编号的要求（没有条款逐项计分，不计分）：" + n);
            }
        }
        Items items = new Items(this, ctx, List.copyOf(numbered), numberedUsed);
        List<BigDecimal> parts = SumReading.maxima(scoring, ctx.maxScore());
        Rule rule;
        if (parts != null) {
            rule = SumReading.read(this, ctx, items, scoring, parts, unscored);
        } else {
            Readings readings = new Readings(this, ctx, items);
            rule = readings.assemble(scoring);
            unscored.addAll(readings.notes);
        }
        return new Result(rule, items.checklist(), List.copyOf(unscored));
    }

    /** The parts of a scoring sentence that score nothing: scope, notes, a veto's consequences, glosses of names. */
    private void unscoredParts(BodyContext body, List<String> out) {
        for (PartContext p : body.part()) {
            if (p instanceof ScopePartContext) {
                out.add("考核范围（不计分）：" + span(PartsBuilder.from(p), PartsBuilder.to(p)));
            } else if (p instanceof NotePartContext) {
                out.add("注（不计分）：" + span(PartsBuilder.from(p), PartsBuilder.to(p)));
            } else if (p instanceof VetoPartContext v) {
                for (ConsequenceContext c : v.consequence()) {
                    out.add("否决的后果（不计分）：" + span(PartsBuilder.from(c.prose()), PartsBuilder.to(c.prose())));
                }
            }
            glosses(p, out);
        }
    }

    /**
     * A measure's formula written in the criterion (「执行率=实际支出/预算数×100%」) scores nothing, but it must be the
     * formula the pack computes the measure by: a criterion whose formula differs from the one scored would read one
     * thing and score another (D053). Whether the sentence has such a definition.
     */
    private boolean definitions(BodyContext body, List<String> out) {
        boolean any = false;
        for (PartContext p : body.part()) {
            SubjectsComparisonContext sc = Conditions.definitionLike(p);
            if (!(p instanceof DefinitionPartContext) && sc == null) {
                continue;
            }
            any = true;
            int from = PartsBuilder.from(p);
            int to = PartsBuilder.to(p);
            String spelled = p instanceof DefinitionPartContext d ? d.NAME().getText()
                    : sc.subject(0).subjectTerm(0).NAME().getText();
            NameTable.Entry e = ctx.names().get(NameTable.normal(spelled));
            String name = e == null ? spelled : e.name();
            Expr declared = ctx.formulas().get(name);
            Expr written = p instanceof DefinitionPartContext d ? parts.expr(d.expr()) : parts.definedAs(sc);
            if (declared == null) {
                throw fail("D053", from, to, span(from, to), name, "（它是输入的数据，不是 计算 中的计算指标）");
            }
            if (!PackPrinter.expr(percentOf(declared)).equals(PackPrinter.expr(percentOf(written)))) {
                throw fail("D053", from, to, span(from, to), name, "（计算 中的公式是 " + PackPrinter.expr(declared) + "）");
            }
            out.add("计算指标的公式（不计分，与 计算 中的一致）：" + span(from, to));
        }
        return any;
    }

    /** A ratio and the same ratio × 100% are one value (0.95 is 95%): compared without the × 100%. */
    private static Expr percentOf(Expr e) {
        if (e instanceof Expr.Binary b && b.op() == Expr.ArithmeticOp.MULTIPLY && b.right() instanceof Expr.Const c
                && c.quantity().unit().isPercent() && c.quantity().value().compareTo(BigDecimal.valueOf(100)) == 0) {
            return b.left();
        }
        return e;
    }

    private void glosses(ParseTree t, List<String> out) {
        if (t instanceof GlossContext g) {
            out.add("名称的注释（不计分）：" + span(PartsBuilder.from(g), PartsBuilder.to(g)));
            return;
        }
        for (int i = 0; i < t.getChildCount(); i++) {
            glosses(t.getChild(i), out);
        }
    }

    /** Whether a sentence's parts give, take or compute points or state a condition of a clause. */
    private static boolean scores(BodyContext body) {
        for (PartContext p : body.part()) {
            if (!(p instanceof ProsePartContext || p instanceof ScopePartContext || p instanceof NotePartContext
                    || p instanceof TopicPartContext)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence counts the criterion's numbered items (一项不符合 / 以上情况 / 全部符合). */
    private static boolean countsItems(BodyContext body) {
        for (PartContext p : body.part()) {
            if (p instanceof DeductionPartContext d && d.deduction().deductionPrefix() != null
                    && (d.deduction().deductionPrefix().FAIL_ITEM() != null
                    || d.deduction().deductionPrefix().BACKREF() != null)) {
                return true;
            }
            if (p instanceof ConditionPartContext c && c.condition().conjunct(0) instanceof AllMetConjunctContext) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two-stage parsing, as for the pack file: SLL prediction without error recovery first (its decisions are cached,
     * so a criterion costs a walk of the DFA, and most are answered from the build's {@link PredictionTable}), then,
     * only for a criterion SLL rejects, full LL with recovery over a DFA of its own, whose errors are reported. Where
     * the grammar is ambiguous both take the alternative written first.
     */
    private CriterionContext parse(List<CriterionTokens.Tok> toks) {
        this.toks = toks;
        List<Token> list = new ArrayList<>(toks);
        CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(list));
        CriterionParser parser = PredictionTable.criterionParser(stream);
        parser.removeErrorListeners();
        parser.setErrorHandler(new org.antlr.v4.runtime.BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(org.antlr.v4.runtime.atn.PredictionMode.SLL);
        try {
            return parser.criterion();
        } catch (org.antlr.v4.runtime.misc.ParseCancellationException sllFailed) {
            stream.seek(0);
            parser.reset();
        }
        parser.setErrorHandler(new Recovery());
        PredictionTable.fullContext(parser);
        parser.getInterpreter().setPredictionMode(org.antlr.v4.runtime.atn.PredictionMode.LL);
        Errors errors = new Errors();
        parser.addErrorListener(errors);
        CriterionContext tree;
        try {
            tree = parser.criterion();
        } catch (org.antlr.v4.runtime.misc.ParseCancellationException e) {
            return null;
        }
        return errors.count > 0 ? null : tree;
    }

    /**
     * ANTLR's recovery, with the token it conjures for a missing one made like ours (it would ask our tokens for a
     * char stream they do not have): recovering lets the parse go on and report every error of the criterion.
     */
    private static final class Recovery extends org.antlr.v4.runtime.DefaultErrorStrategy {
        @Override
        protected Token getMissingSymbol(Parser recognizer) {
            CriterionTokens.Tok at = recognizer.getCurrentToken() instanceof CriterionTokens.Tok t ? t : null;
            int type = getExpectedTokens(recognizer).getMinElement();
            int pos = at == null ? 0 : at.from;
            return new CriterionTokens.Tok(type, pos, pos, "", null, at == null ? 0 : at.getStartIndex(),
                    at == null ? 0 : at.getStartIndex() - 1);
        }
    }

    /** Syntax errors, each located and worded from what the grammar expected there. */
    private final class Errors extends BaseErrorListener {
        int count;
        final Set<Integer> definitionsSaid = new java.util.HashSet<>();

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg,
                                RecognitionException e) {
            if (++count > MAX_ERRORS) {
                throw new org.antlr.v4.runtime.misc.ParseCancellationException("too many errors");
            }
            IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens()
                    : ((Parser) recognizer).getExpectedTokens();
            int from;
            int to;
            String at;
            if (offending instanceof CriterionTokens.Tok t) {
                from = t.from;
                to = t.to;
                at = span(from, to);
            } else {
                from = tokens.text.length();
                to = from;
                at = "评价标准末尾";
            }
            if (deductionWithoutAmount(offending, expected)) {
                // 「扣分值」 with nothing after it: the slip authors make most, with its own advice
                CriterionTokens.Tok prev = previous(offending);
                int start = prev == null ? from : Math.min(from, deductionStart(prev));
                diag.error("D008", ctx.path(), loc(start, prev == null ? to : prev.to), span(start,
                        prev == null ? to : prev.to));
                return;
            }
            UndeclaredDefinition.Span def = UndeclaredDefinition.around(toks,
                    offending instanceof CriterionTokens.Tok t ? toks.indexOf(t) : toks.size());
            if (def != null) {
                // the formula of a measure the pack does not declare: said once, with the declaration to add
                if (definitionsSaid.add(def.first())) {
                    int dFrom = toks.get(def.first()).from;
                    int dTo = toks.get(def.last()).to;
                    diag.error("D068", ctx.path(), loc(dFrom, dTo), span(dFrom, dTo),
                            span(dFrom, toks.get(def.eq()).from).strip());
                }
                return;
            }
            boolean prose = offending instanceof CriterionTokens.Tok t && t.getType() == CriterionParser.WORD;
            diag.error("D040", ctx.path(), loc(from, Math.max(to, from)), at, expectedText(expected),
                    prose ? suggestion(at) : "");
        }
    }

    private List<CriterionTokens.Tok> toks = List.of();

    private boolean deductionWithoutAmount(Object offending, IntervalSet expected) {
        CriterionTokens.Tok prev = previous(offending);
        return prev != null && (prev.getType() == CriterionParser.DEDUCT || prev.getType() == CriterionParser.MAX_SCORE
                && previous(prev) != null && previous(prev).getType() == CriterionParser.DEDUCT)
                && expected.contains(CriterionParser.NUM);
    }

    private CriterionTokens.Tok previous(Object offending) {
        int i = offending instanceof CriterionTokens.Tok t ? toks.indexOf(t) : toks.size();
        return i > 0 ? toks.get(i - 1) : null;
    }

    private int deductionStart(CriterionTokens.Tok last) {
        int i = toks.indexOf(last);
        while (i > 0 && toks.get(i).getType() != CriterionParser.DEDUCT) {
            i--;
        }
        // back to the start of the part: 每降低一个百分点，扣分值
        int start = toks.get(i).from;
        for (int k = i - 1; k >= 0; k--) {
            int type = toks.get(k).getType();
            if (type == CriterionParser.SEMI || type == CriterionParser.MARKER) {
                break;
            }
            start = toks.get(k).from;
        }
        return start;
    }

    /** What the grammar expected, as phrase families with an example each (not token names). */
    String expectedText(IntervalSet expected) {
        Set<String> families = new LinkedHashSet<>();
        for (int type : expected.toArray()) {
            String d = family(type);
            if (d != null) {
                families.add(d);
            }
            if (families.size() >= 8) {
                families.add("……");
                break;
            }
        }
        return families.isEmpty() ? "句末" : String.join("、", families);
    }

    private String family(int type) {
        return switch (type) {
            case Token.EOF -> "句末";
            case CriterionParser.NAME -> "已声明的数据或计算指标名称";
            case CriterionParser.YESNO -> "已声明的是否数据";
            case CriterionParser.CHECKLIST -> "已声明的清单";
            case CriterionParser.SERIES -> "已声明的分期数据";
            case CriterionParser.PHRASE -> "指标的用语";
            case CriterionParser.NUM -> "数字（如 95、0.5、十）";
            case CriterionParser.FRACTION -> "分数（如 十分之一）";
            case CriterionParser.PERCENT -> "百分号 %";
            case CriterionParser.PCT_POINT -> "个百分点";
            case CriterionParser.POINTS -> "分";
            case CriterionParser.UNIT -> "单位（如 件、日、万元）";
            case CriterionParser.WORD -> null;
            case CriterionParser.COMMA -> "逗号";
            case CriterionParser.SEMI -> "句号或分号";
            case CriterionParser.COLON -> "冒号";
            case CriterionParser.MARKER -> "编号（如 1、 ①）";
            case CriterionParser.STANDARD -> "「以…为标准」";
            case CriterionParser.SCOPE -> "「对…进行考核」";
            case CriterionParser.PERIODS -> "期别（如 第2、3、4季度）";
            case CriterionParser.AT_MOST -> "「超过100%以100%计算」";
            default -> {
                String d = ctx.lexicon().describe(type);
                List<String> ex = ctx.lexicon().examples(type, 2);
                yield d.isEmpty() ? null : ex.isEmpty() ? "「" + d + "」" : "「" + d + "」（如 " + String.join("、", ex) + "）";
            }
        };
    }

    /** The nearest known spelling of {@code text}: a declared name or a lexicon phrase. */
    private String suggestion(String text) {
        if (text.isBlank() || text.length() < 2 || text.length() > 12) {
            return "";
        }
        List<String> known = new ArrayList<>(ctx.names().spellings());
        for (Lexicon.Family f : ctx.lexicon().families) {
            known.addAll(f.spellings());
        }
        return Suggestions.closest(text, known);
    }
}
