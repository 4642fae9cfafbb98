package io.perfeval.dsl;

import io.perfeval.core.DataField;
import io.perfeval.core.diag.SourceLocation;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Condition.Comparison;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.DeductionTerm.Direction;
import io.perfeval.core.rule.DeductionTerm.StepCounting;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import io.perfeval.dsl.CriterionLexer.T;
import io.perfeval.dsl.CriterionLexer.Tok;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles one 评价标准 text, as the official table writes it, into a core {@link Rule}. The text is split into
 * sentences (at ；。 and numbered items 1、 1. （1） ①); numbered sentences that score nothing are checklist items;
 * the others are read left to right as a stream of conditions, outcomes and deductions, which are then assembled by
 * the readings documented in the language reference (README.md). Whatever cannot be read is reported with its
 * position — nothing is guessed silently.
 */
final class CriterionCompiler {

    /** What the compiler knows about the indicator whose criterion it reads. */
    record Context(String path, String indicator, BigDecimal maxScore, String criterion, int criterionOffset,
                   String content, int contentOffset, NameTable names, Map<String, Object> phrases,
                   String subject, Condition target, StepCounting counting, Quantity reference) {
    }

    /** The compiled rule and, when the criterion counts failed checklist items, the checklist it declares. */
    record Result(Rule rule, Optional<DataField> checklist) {
    }

    private static final Pattern MARKER = Pattern.compile(
            "^(?:(\\d{1,2})\\s*[、.．]|[（(](\\d{1,2})[)）]|([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]))(?!\\d)");
    private static final Pattern SCORING = Pattern.compile(
            "得(?:满分|零分|分|\\d|[一二三四五六七八九十]+分)|扣|计分|\\d分|满分|确定|否决|不加分");
    private static final Pattern SCOPE = Pattern.compile("^(?:对[^，,；;。]*进行(?:考核|抽查|检查|评价|核查)|[^，,；;。]*之日起)[，,]?");
    private static final Pattern NOTE = Pattern.compile("^(?:并可|如|例如|注)");
    /** Words that make prose a condition of its own: negation or comparison. */
    private static final Pattern QUALIFIER = Pattern.compile("[不未没无]|超过|低于|高于|以上|以下|达到|大于|小于|等于");

    private final Context ctx;
    private final Source source;
    private final Diag diag;
    private final CriterionLexer lexer;
    private final CriterionLexer.Names lookup;
    private String checklistName;
    private List<String> checklistItems = List.of();

    private CriterionCompiler(Context ctx, Source source, Diag diag) {
        this.ctx = ctx;
        this.source = source;
        this.diag = diag;
        this.lexer = new CriterionLexer(ctx.criterion());
        CriterionLexer.Names names = ctx.names().matchable();
        if (!ctx.phrases().isEmpty()) {
            // the indicator's 用语 on top of the pack's names
            Map<String, Object> withPhrases = new LinkedHashMap<>(names.lookup());
            for (Map.Entry<String, Object> e : ctx.phrases().entrySet()) {
                withPhrases.put(NameTable.normal(e.getKey()), e.getValue());
            }
            names = new CriterionLexer.Names(withPhrases);
        }
        this.lookup = names;
    }

    static Optional<Result> compile(Context ctx, Source source, Diag diag) {
        int before = diag.problems.size();
        CriterionCompiler c = new CriterionCompiler(ctx, source, diag);
        Rule r;
        try {
            r = c.run();
        } catch (Stop s) {
            r = null;
        }
        if (r == null || diag.hasErrorsFrom(before)) {
            return Optional.empty();
        }
        Optional<DataField> list = c.checklistName == null ? Optional.empty()
                : Optional.of(DataField.checklist(c.checklistName, c.checklistItems));
        return Optional.of(new Result(r, list));
    }

    /** Thrown to abandon a criterion after its error was reported. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    // ---------------------------------------------------------------- locations and reports

    private SourceLocation loc(int from, int to) {
        int a = lexer.orig(from);
        int b = to > from ? lexer.orig(to - 1) + 1 : a;
        return source.at(ctx.criterionOffset() + a, b - a);
    }

    private String span(int from, int to) {
        return lexer.span(from, to);
    }

    private void error(String code, int from, int to, Object... args) {
        diag.error(code, ctx.path(), loc(from, to), args);
    }

    private Stop fail(String code, int from, int to, Object... args) {
        error(code, from, to, args);
        return new Stop();
    }

    // ---------------------------------------------------------------- sentences

    private record Sentence(int from, int to, boolean numbered) {
    }

    /** Splits normalised [from, to) at ；;。 and at numbered-item markers. */
    private List<Sentence> sentences(String text, int from, int to) {
        List<Sentence> out = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            boolean end = i == to || "；;。".indexOf(text.charAt(i)) >= 0
                    || text.charAt(i) == '.' && (i == 0 || !Character.isDigit(text.charAt(i - 1)));
            boolean marker = i > start && i < to && startsMarker(text, i) && "，,、".indexOf(text.charAt(i - 1)) < 0
                    && !Character.isDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '.';
            if (end || marker) {
                if (i > start) {
                    int s = start;
                    Matcher m = MARKER.matcher(text.substring(s, i));
                    boolean numbered = m.find();
                    if (numbered) {
                        s += m.end();
                    }
                    if (s < i) {
                        out.add(new Sentence(s, i, numbered));
                    }
                }
                start = end ? i + 1 : i;
            }
        }
        return out;
    }

    private static boolean startsMarker(String text, int i) {
        char c = text.charAt(i);
        // every marker begins with an ASCII digit, a bracket or a circled number: only those are worth a matcher
        if (!(c >= '0' && c <= '9') && c != '（' && c != '(' && !(c >= '①' && c <= '⑳')) {
            return false;
        }
        Matcher m = MARKER.matcher(text.substring(i, Math.min(text.length(), i + 5)));
        return m.find() && (m.group(3) != null || m.group(2) != null || i == 0);
    }

    // ---------------------------------------------------------------- events

    private enum Kind { COND, PROSE, FULL, FIXED, INTERP, JUDGE, RANGE, RAMP, VETO, STEP, AMOUNT, COUNT_EACH,
        EACH_PREFIX, FAIL_ITEM, FLOOR, CAP, PROP, ALLMET, OTHERWISE, STANDARD, FORMULA, JOIN, SEP }

    /** One thing the text says, in order. */
    private record Ev(Kind kind, int from, int to, Object a, Object b) {
        Ev(Kind kind, int from, int to) {
            this(kind, from, to, null, null);
        }
    }

    /** A parsed condition: the core condition, plus the bounds when it is a comparison of the subject with numbers. */
    private record Cond(Condition condition, Expr subject, Quantity lower, Quantity upper, List<Condition> list,
                        boolean perPeriod) {
        static Cond of(Condition c) {
            return new Cond(c, null, null, null, List.of(c), false);
        }
    }

    /** 每降低一个百分点 / 每五个百分点为档. */
    private record Step(Direction direction, Quantity step, boolean banded, Expr measure, Expr reference) {
    }

    private List<Integer> periods = List.of();
    private Expr lastSubject;

    private Rule run() {
        String text = lexer.text;
        if (text.isEmpty()) {
            throw fail("D028", 0, 0);
        }
        if (lexer.fullWidthDigits) {
            java.util.regex.Matcher fw = Pattern.compile("[０-９][０-９．.]*").matcher(ctx.criterion());
            if (fw.find()) {
                diag.warn("D011", ctx.path(), source.at(ctx.criterionOffset() + fw.start(), fw.end() - fw.start()),
                        fw.group(), Numerals.halfWidth(fw.group()));
            }
        }
        List<Ev> events = new ArrayList<>();
        List<String> items = new ArrayList<>();
        List<Sentence> sentences = sentences(text, 0, text.length());
        for (Sentence s : sentences) {
            String raw = text.substring(s.from(), s.to());
            if (s.numbered() && !SCORING.matcher(raw).find()) {
                items.add(lexer.span(s.from(), s.to()).strip());
                continue;
            }
            if (!events.isEmpty() && NOTE.matcher(raw).find()) {
                continue; // 如… / 注：… after the rule: an example or a note, scoring nothing
            }
            int from = s.from();
            Matcher scope = SCOPE.matcher(raw);
            if (scope.find() && scope.end() < raw.length()) {
                from += scope.end();
            }
            scan(from, s.to(), events);
            events.add(new Ev(Kind.SEP, s.to(), s.to()));
        }
        if (!items.isEmpty()) {
            checklistItems = List.copyOf(items);
        }
        return assemble(events);
    }

    private void scan(int from, int to, List<Ev> out) {
        List<Tok> toks = lexer.tokens(from, to, lookup);
        // drop notes: a comma part that starts with 并可 / 如 / 注 scores nothing
        List<Tok> kept = new ArrayList<>();
        boolean skipping = false;
        boolean partStart = true;
        for (Tok t : toks) {
            if (t.type() == T.COMMA) {
                skipping = false;
                partStart = true;
                kept.add(t);
                continue;
            }
            if (partStart && NOTE.matcher(lexer.text.substring(t.start(), Math.min(t.start() + 2, lexer.text.length())))
                    .find() && !kept.isEmpty()) {
                skipping = true;
            }
            partStart = false;
            if (!skipping) {
                kept.add(t);
            }
        }
        new Scanner(kept, out).run();
    }

    /** Reads one sentence's tokens into events. */
    private final class Scanner {
        final List<Tok> t;
        final List<Ev> out;
        int p;
        int proseFrom = -1;
        int proseTo = -1;
        Expr[] pair;
        int pairFrom;

        Scanner(List<Tok> t, List<Ev> out) {
            this.t = t;
            this.out = out;
        }

        T at(int i) {
            return i < t.size() ? t.get(i).type() : null;
        }

        Tok tok(int i) {
            return t.get(i);
        }

        void flush() {
            if (proseFrom >= 0) {
                out.add(new Ev(Kind.PROSE, proseFrom, proseTo));
                proseFrom = -1;
            }
        }

        void emit(Ev e) {
            flush();
            out.add(e);
        }

        void run() {
            while (p < t.size()) {
                Tok k = tok(p);
                int start = p;
                switch (k.type()) {
                    case COMMA -> {
                        flush();
                        p++;
                    }
                    case DE -> p++;
                    case AND, OR -> {
                        // 或是 / 且 after a comma joins this part's condition to the previous one
                        emit(new Ev(Kind.JOIN, k.start(), k.end(), k.type() == T.AND, null));
                        p++;
                    }
                    case FULL -> {
                        p++;
                        BigDecimal stated = null;
                        if (at(p) == T.NUM && at(p + 1) == T.UNIT && tok(p + 1).text().equals("分")) {
                            stated = tok(p).num();
                            p += 2;
                        }
                        if (stated != null && stated.compareTo(ctx.maxScore()) != 0) {
                            diag.warn("D023", ctx.path(), loc(k.start(), tok(p - 1).end()),
                                    span(k.start(), tok(p - 1).end()), stated.toPlainString(),
                                    ctx.maxScore().stripTrailingZeros().toPlainString());
                        }
                        emit(new Ev(Kind.FULL, k.start(), tok(p - 1).end()));
                    }
                    case ZERO -> {
                        p++;
                        emit(new Ev(Kind.FIXED, k.start(), k.end(), BigDecimal.ZERO, null));
                    }
                    case GET -> {
                        if (at(p + 1) == T.NUM && at(p + 2) == T.UNIT && tok(p + 2).text().equals("分")) {
                            emit(new Ev(Kind.FIXED, k.start(), tok(p + 2).end(), tok(p + 1).num(), null));
                            p += 3;
                        } else {
                            prose();
                        }
                    }
                    case INTERP -> {
                        p++;
                        emit(new Ev(Kind.INTERP, k.start(), k.end()));
                    }
                    case JUDGE -> {
                        p++;
                        emit(new Ev(Kind.JUDGE, k.start(), k.end()));
                    }
                    case RAMP -> {
                        p++;
                        emit(new Ev(Kind.RAMP, k.start(), k.end()));
                    }
                    case VETO -> {
                        emit(new Ev(Kind.VETO, k.start(), k.end(), k.value(), null));
                        p = t.size(); // what follows 一票否决 in its sentence are its consequences (不得评先评优 …)
                    }
                    case PROP -> {
                        p++;
                        emit(new Ev(Kind.PROP, k.start(), k.end()));
                    }
                    case CAP -> {
                        p++;
                        emit(new Ev(Kind.CAP, k.start(), k.end()));
                    }
                    case FLOOR -> {
                        p++;
                        emit(new Ev(Kind.FLOOR, k.start(), k.end(), k.value(), null));
                    }
                    case ALLMET -> {
                        p++;
                        emit(new Ev(Kind.ALLMET, k.start(), k.end()));
                    }
                    case OTHERWISE -> {
                        p++;
                        emit(new Ev(Kind.OTHERWISE, k.start(), k.end()));
                    }
                    case STANDARD -> {
                        p++;
                        emit(new Ev(Kind.STANDARD, k.start(), k.end(), k.num(), null));
                    }
                    case FAIL_ITEM -> {
                        p++;
                        emit(new Ev(Kind.FAIL_ITEM, k.start(), k.end()));
                    }
                    case EACH_PREFIX -> {
                        p++;
                        emit(new Ev(Kind.EACH_PREFIX, k.start(), k.end()));
                    }
                    case EACH_TIME -> {
                        p++;
                        Expr counted = null;
                        if (at(p) == T.NAME && ((NameTable.Entry) tok(p).value()).kind() == NameTable.Kind.NUMERIC) {
                            counted = new Expr.Ref(((NameTable.Entry) tok(p).value()).name());
                            p++;
                        }
                        emit(new Ev(Kind.COUNT_EACH, k.start(), tok(p - 1).end(), counted, null));
                    }
                    case EACH, PER_BAND -> step(k);
                    case DEDUCT -> amount(k);
                    case SCORE_EQ -> {
                        p++;
                        Expr e = expr();
                        if (e == null) {
                            throw fail("D006", k.start(), k.end(), span(k.start(), k.end()), "（得分=后应为公式）");
                        }
                        emit(new Ev(Kind.FORMULA, k.start(), tok(p - 1).end(), e, null));
                    }
                    case LP -> {
                        // a score range: （8分到10分） / (8-10分)
                        if (at(p + 1) == T.NUM && scoreRange()) {
                            break;
                        }
                        prose();
                    }
                    default -> {
                        if (at(p) == T.NAME && at(p + 1) == T.HE && at(p + 2) == T.NAME && at(p + 3) == T.EACH) {
                            pair = new Expr[] {new Expr.Ref(((NameTable.Entry) tok(p).value()).name()),
                                new Expr.Ref(((NameTable.Entry) tok(p + 2).value()).name())};
                            pairFrom = k.start();
                            p += 3;
                            break;
                        }
                        Cond c = condition();
                        if (c != null) {
                            emit(new Ev(Kind.COND, k.start(), tok(p - 1).end(), c, null));
                        } else {
                            p = start;
                            prose();
                        }
                    }
                }
            }
            flush();
        }

        void prose() {
            Tok k = tok(p);
            if (proseFrom < 0) {
                proseFrom = k.start();
            }
            proseTo = k.end();
            p++;
        }

        boolean scoreRange() {
            int q = p + 1;
            BigDecimal lo = tok(q).num();
            q++;
            if (at(q) == T.UNIT && tok(q).text().equals("分")) {
                q++;
            }
            if (at(q) != T.DASH || at(q + 1) != T.NUM) {
                return false;
            }
            BigDecimal hi = tok(q + 1).num();
            q += 2;
            if (at(q) == T.UNIT && tok(q).text().equals("分")) {
                q++;
            }
            if (at(q) != T.RP) {
                return false;
            }
            emit(new Ev(Kind.RANGE, tok(p).start(), tok(q).end(), lo, hi));
            p = q + 1;
            return true;
        }

        /** 每降低一个百分点 / 每增个百分点 (typo) / 每五个百分点为档 / 每档. */
        void step(Tok k) {
            if (k.type() == T.PER_BAND) {
                p++;
                return; // 每档扣…: the amount follows; the band was declared by 为档
            }
            int q = p + 1;
            Direction dir = null;
            if (at(q) == T.DIR) {
                dir = Direction.valueOf((String) tok(q).value());
                q++;
            }
            BigDecimal n = null;
            if (at(q) == T.NUM) {
                n = tok(q).num();
                q++;
            }
            Unit unit = null;
            if (at(q) == T.PCT) {
                unit = Unit.PERCENT;
                q++;
            } else if (at(q) == T.UNIT) {
                unit = Units.of(tok(q).text()).orElse(null);
                q++;
            }
            if (unit == null) {
                // 每 followed by something else (每个项目 is EACH_TIME): prose
                prose();
                return;
            }
            if (n == null) {
                String what = span(k.start(), tok(q - 1).end());
                String reading = "每" + (dir == null ? "" : directionWord(tok(p + 1).text())) + "一" + tok(q - 1).text();
                diag.warn("D011", ctx.path(), loc(k.start(), tok(q - 1).end()), what, reading);
                n = BigDecimal.ONE;
            }
            boolean banded = false;
            if (at(q) == T.BAND) {
                banded = true;
                q++;
            }
            int from = pair != null ? pairFrom : k.start();
            emit(new Ev(Kind.STEP, from, tok(q - 1).end(), new Step(dir, new Quantity(n, unit), banded,
                    pair == null ? null : pair[0], pair == null ? null : pair[1]), null));
            pair = null;
            p = q;
        }

        String directionWord(String w) {
            return switch (w) {
                case "增" -> "增加";
                case "减" -> "减少";
                default -> w;
            };
        }

        /** 扣0.5分 / 扣分值0.5分 / 扣分值的十分之一 / 扣分值二分之一 / 扣1.5分. */
        void amount(Tok k) {
            int q = p + 1;
            boolean ofMax = false;
            if (at(q) == T.MAXSCORE) {
                ofMax = true;
                q++;
                if (at(q) == T.DE) {
                    q++;
                }
            }
            Points pts = null;
            if (at(q) == T.FRACTION) {
                BigDecimal[] f = (BigDecimal[]) tok(q).value();
                pts = new Points.ShareOfMax(f[0], f[1]);
                q++;
            } else if (at(q) == T.NUM && at(q + 1) == T.UNIT && tok(q + 1).text().equals("分")) {
                pts = new Points.Absolute(tok(q).num());
                q += 2;
            }
            if (pts == null) {
                if (ofMax) {
                    // 扣分值 with nothing after it
                    throw fail("D008", k.start(), tok(q - 1).end(), span(k.start(), tok(q - 1).end()));
                }
                prose();
                return;
            }
            emit(new Ev(Kind.AMOUNT, k.start(), tok(q - 1).end(), pts, null));
            p = q;
        }

        // ---- conditions

        Cond condition() {
            int save = p;
            Cond first = atom();
            if (first == null) {
                p = save;
                return null;
            }
            Cond acc = first;
            Boolean and = null;
            while (at(p) == T.AND || at(p) == T.OR) {
                boolean isAnd = at(p) == T.AND;
                int opAt = p;
                p++;
                Cond next = atom();
                if (next == null) {
                    p = opAt;
                    break;
                }
                if (and != null && and != isAnd) {
                    throw fail("D025", tok(save).start(), tok(p - 1).end(), span(tok(save).start(), tok(p - 1).end()));
                }
                and = isAnd;
                List<Condition> parts = List.of(acc.condition(), next.condition());
                acc = Cond.of(isAnd ? new Condition.All(flatten(parts, true)) : new Condition.Any(flatten(parts, false)));
            }
            return acc;
        }

        List<Condition> flatten(List<Condition> parts, boolean all) {
            List<Condition> out = new ArrayList<>();
            for (Condition c : parts) {
                if (all && c instanceof Condition.All a) {
                    out.addAll(a.conditions());
                } else if (!all && c instanceof Condition.Any a) {
                    out.addAll(a.conditions());
                } else {
                    out.add(c);
                }
            }
            return out;
        }

        Cond atom() {
            int save = p;
            if (at(p) == T.PERIODS) {
                @SuppressWarnings("unchecked")
                List<Integer> ords = (List<Integer>) tok(p).value();
                periods = ords;
                p++;
                while (at(p) == T.DE) {
                    p++;
                }
            }
            if (at(p) == T.COND) {
                Condition c = (Condition) tok(p).value();
                p++;
                return Cond.of(c);
            }
            Expr subject = null;
            NameTable.Entry subjectEntry = null;
            if (at(p) == T.NAME) {
                List<NameTable.Entry> list = new ArrayList<>();
                list.add((NameTable.Entry) tok(p).value());
                p++;
                while (at(p) == T.HE && at(p + 1) == T.NAME) {
                    list.add((NameTable.Entry) tok(p + 1).value());
                    p += 2;
                }
                while (at(p) == T.DE || at(p) == T.ALL) {
                    p++;
                }
                NameTable.Entry e = list.get(0);
                if (e.kind() == NameTable.Kind.YES_NO) {
                    boolean negated = false;
                    if (at(p) == T.NEG) {
                        negated = true;
                        p++;
                    } else if (at(p) == T.POS) {
                        p++;
                    }
                    List<Condition> conds = new ArrayList<>();
                    for (NameTable.Entry x : list) {
                        if (x.kind() != NameTable.Kind.YES_NO) {
                            p = save;
                            return null;
                        }
                        Condition c = new Condition.IsYes(x.name());
                        conds.add(negated ? new Condition.Not(c) : c);
                    }
                    Condition one = conds.size() == 1 ? conds.get(0) : new Condition.All(conds);
                    return new Cond(one, null, null, null, conds, false);
                }
                if (list.size() > 1 || e.kind() == NameTable.Kind.CHECKLIST) {
                    p = save;
                    return null;
                }
                subjectEntry = e;
                subject = new Expr.Ref(e.name());
            }
            Cond c = comparison(subject, subjectEntry);
            if (c == null) {
                p = save;
            }
            return c;
        }

        Cond comparison(Expr subject, NameTable.Entry entry) {
            int start = p;
            if (at(p) == T.BETWEEN_START) {
                p++;
                Quantity v1 = value();
                if (v1 == null) {
                    return null;
                }
                boolean incl1 = false;
                if (at(p) == T.INCL) {
                    incl1 = true;
                    p++;
                }
                if (at(p) == T.DASH) {
                    p++;
                    Quantity v2 = value();
                    boolean incl2 = false;
                    if (at(p) == T.INCL) {
                        incl2 = true;
                        p++;
                    }
                    if (v2 == null || at(p) != T.BETWEEN_END) {
                        return null;
                    }
                    p++;
                    if (!incl1 && !incl2) {
                        incl1 = true;
                        incl2 = true;
                    }
                    return range(subject, entry, v1, incl1, v2, incl2, start);
                }
                if (at(p) == T.ABOVE_POST || at(p) == T.BELOW_POST) {
                    Comparison op = at(p) == T.ABOVE_POST ? Comparison.GE : Comparison.LE;
                    p++;
                    return compare(subject, entry, op, v1, start);
                }
                return null;
            }
            Comparison op = switch (at(p) == null ? T.TEXT : at(p)) {
                case GE -> Comparison.GE;
                case GT -> Comparison.GT;
                case LE -> Comparison.LE;
                case LT -> Comparison.LT;
                case EQ -> Comparison.EQ;
                case NE -> Comparison.NE;
                case POS -> subject != null ? Comparison.GE : null;
                default -> null;
            };
            if (op != null) {
                p++;
                if (at(p) == T.NAME && entry != null) {
                    NameTable.Entry other = (NameTable.Entry) tok(p).value();
                    p++;
                    return seriesCompare(entry, op, other, start);
                }
                Quantity v = value();
                if (v == null) {
                    return null;
                }
                if (at(p) == T.INCL) {
                    p++;
                    op = op == Comparison.GT ? Comparison.GE : op == Comparison.LT ? Comparison.LE : op;
                }
                if (at(p) == T.ABOVE_POST) {
                    p++;
                    op = Comparison.GE;
                } else if (at(p) == T.BELOW_POST) {
                    p++;
                    op = Comparison.LE;
                }
                return compare(subject, entry, op, v, start);
            }
            if (at(p) == T.NUM) {
                Quantity v1 = value();
                boolean incl1 = false;
                if (at(p) == T.INCL) {
                    incl1 = true;
                    p++;
                }
                if (at(p) == T.ABOVE_POST || at(p) == T.BELOW_POST) {
                    Comparison o = at(p) == T.ABOVE_POST ? Comparison.GE : Comparison.LE;
                    p++;
                    return compare(subject, entry, o, v1, start);
                }
                // 85%≤完成率<95%: a bound written before its subject
                Comparison first = comparator(at(p));
                if (subject == null && first != null && at(p + 1) == T.NAME
                        && ((NameTable.Entry) tok(p + 1).value()).kind() == NameTable.Kind.NUMERIC) {
                    NameTable.Entry e = (NameTable.Entry) tok(p + 1).value();
                    p += 2;
                    Cond low = compare(new Expr.Ref(e.name()), e, flip(first), v1, start);
                    Comparison second = comparator(at(p));
                    if (second == null || at(p + 1) != T.NUM) {
                        return low;
                    }
                    p++;
                    Quantity v2 = value();
                    Cond high = compare(new Expr.Ref(e.name()), e, second, v2, start);
                    Condition both = new Condition.All(List.of(low.condition(), high.condition()));
                    return new Cond(both, low.subject(), low.lower() != null ? low.lower() : high.lower(),
                            high.upper() != null ? high.upper() : low.upper(), List.of(both), false);
                }
                if (at(p) == T.DASH) {
                    p++;
                    Quantity v2 = value();
                    if (v2 == null) {
                        return null;
                    }
                    boolean incl2 = false;
                    if (at(p) == T.INCL) {
                        incl2 = true;
                        p++;
                    }
                    if (at(p) == T.BETWEEN_END) {
                        p++;
                    }
                    if (!incl1 && !incl2) {
                        incl1 = true;
                        incl2 = true;
                    }
                    return range(subject, entry, v1, incl1, v2, incl2, start);
                }
            }
            return null;
        }

        Comparison comparator(T t) {
            if (t == null) {
                return null;
            }
            return switch (t) {
                case GE -> Comparison.GE;
                case GT -> Comparison.GT;
                case LE -> Comparison.LE;
                case LT -> Comparison.LT;
                default -> null;
            };
        }

        Comparison flip(Comparison c) {
            return switch (c) {
                case GE -> Comparison.LE;
                case GT -> Comparison.LT;
                case LE -> Comparison.GE;
                case LT -> Comparison.GT;
                default -> c;
            };
        }

        Quantity value() {
            if (at(p) != T.NUM) {
                return null;
            }
            BigDecimal n = tok(p).num();
            p++;
            if (at(p) == T.PCT) {
                p++;
                return new Quantity(n, Unit.PERCENT);
            }
            if (at(p) == T.UNIT) {
                Unit u = Units.of(tok(p).text()).orElse(Unit.NUMBER);
                p++;
                return new Quantity(n, u);
            }
            return new Quantity(n, Unit.NUMBER);
        }

        Expr subjectOr(Expr subject, int start) {
            if (subject != null) {
                lastSubject = subject;
                return subject;
            }
            if (ctx.subject() != null) {
                return new Expr.Ref(ctx.subject());
            }
            NameTable.Entry own = ctx.names().get(ctx.indicator());
            if (own == null) {
                own = ctx.names().get(NameTable.normal(ctx.indicator()));
            }
            if (own != null && own.kind() == NameTable.Kind.NUMERIC) {
                return new Expr.Ref(own.name());
            }
            if (lastSubject != null) {
                return lastSubject;
            }
            throw fail("D012", tok(start).start(), tok(p - 1).end(), span(tok(start).start(), tok(p - 1).end()));
        }

        Quantity adopt(Quantity v, Expr subject) {
            if (v.unit().equals(Unit.NUMBER) && subject instanceof Expr.Ref r) {
                NameTable.Entry e = ctx.names().get(r.name());
                if (e != null && e.unit() != null && !e.unit().equals(Unit.NUMBER)) {
                    return new Quantity(v.value(), e.unit());
                }
            }
            return v;
        }

        void checkUnits(Expr subject, Quantity v, int start) {
            if (subject instanceof Expr.Ref r) {
                NameTable.Entry e = ctx.names().get(r.name());
                if (e != null && e.unit() != null && !e.unit().comparableWith(v.unit())) {
                    throw fail("D017", tok(start).start(), tok(p - 1).end(), span(tok(start).start(), tok(p - 1).end()),
                            e.unit(), v.unit());
                }
            }
        }

        Cond compare(Expr subject, NameTable.Entry entry, Comparison op, Quantity v, int start) {
            Expr s = subjectOr(subject, start);
            Quantity q = adopt(v, s);
            checkUnits(s, q, start);
            Condition c = new Condition.Compare(op, s, new Expr.Const(q));
            Quantity lo = op == Comparison.GE || op == Comparison.GT || op == Comparison.EQ ? q : null;
            Quantity hi = op == Comparison.LE || op == Comparison.LT || op == Comparison.EQ ? q : null;
            return new Cond(c, s, lo, hi, List.of(c), false);
        }

        Cond range(Expr subject, NameTable.Entry entry, Quantity v1, boolean incl1, Quantity v2, boolean incl2,
                   int start) {
            Expr s = subjectOr(subject, start);
            Quantity b = adopt(v2, s);
            Quantity a = v1.unit().equals(Unit.NUMBER) ? new Quantity(v1.value(), b.unit()) : v1;
            checkUnits(s, a, start);
            checkUnits(s, b, start);
            Condition lo = new Condition.Compare(incl1 ? Comparison.GE : Comparison.GT, s, new Expr.Const(a));
            Condition hi = new Condition.Compare(incl2 ? Comparison.LE : Comparison.LT, s, new Expr.Const(b));
            Condition all = new Condition.All(List.of(lo, hi));
            return new Cond(all, s, a, b, List.of(all), false);
        }

        /** 支出进度未达到序时进度 over the criterion's periods (第2、3、4季度). */
        Cond seriesCompare(NameTable.Entry left, Comparison op, NameTable.Entry right, int start) {
            int from = tok(start).start();
            if (left.kind() != NameTable.Kind.SERIES || right.kind() != NameTable.Kind.SERIES) {
                Condition c = new Condition.Compare(op, new Expr.Ref(left.name()), new Expr.Ref(right.name()));
                return Cond.of(c);
            }
            if (periods.isEmpty()) {
                throw fail("D019", from, tok(p - 1).end(), span(from, tok(p - 1).end()));
            }
            List<Condition> conds = new ArrayList<>();
            for (int ord : periods) {
                if (ord < 1 || ord > left.periods().size()) {
                    throw fail("D020", from, tok(p - 1).end(), left.name(), ord, String.join("、", left.periods()));
                }
                String period = left.periods().get(ord - 1);
                conds.add(new Condition.Compare(op, new Expr.PeriodValue(left.name(), period),
                        new Expr.PeriodValue(right.name(), period)));
            }
            Condition one = conds.size() == 1 ? conds.get(0) : new Condition.All(conds);
            return new Cond(one, null, null, null, conds, true);
        }

        // ---- formulas after 得分=

        Expr expr() {
            Expr left = factor();
            if (left == null) {
                return null;
            }
            while (at(p) == T.TIMES || at(p) == T.DIV) {
                Expr.ArithmeticOp op = at(p) == T.TIMES ? Expr.ArithmeticOp.MULTIPLY : Expr.ArithmeticOp.DIVIDE;
                p++;
                Expr right = factor();
                if (right == null) {
                    return null;
                }
                left = new Expr.Binary(op, left, right);
            }
            return left;
        }

        Expr factor() {
            if (at(p) == T.NAME) {
                NameTable.Entry e = (NameTable.Entry) tok(p).value();
                p++;
                return new Expr.Ref(e.name());
            }
            if (at(p) == T.MAXSCORE) {
                p++;
                return new Expr.MaxScore();
            }
            if (at(p) == T.NUM) {
                Quantity q = value();
                return new Expr.Const(q);
            }
            return null;
        }
    }

    // ---------------------------------------------------------------- assembly

    /** A clause: when {@code cond} holds (null: unconditionally), {@code outcome}. */
    private static final class Band {
        Cond cond;
        Kind marker; // ALLMET, OTHERWISE, or null
        boolean target; // cond is the indicator's 达标 (true) or its negation (false) from prose
        boolean negTarget;
        Ev outcome;
        Step step;
        Points amount;
        int from;
        int to;
    }

    private Rule assemble(List<Ev> events) {
        List<Band> bands = new ArrayList<>();
        List<DeductionTerm> terms = new ArrayList<>();
        Cond pending = null;
        Kind pendingMarker = null;
        int pendingFrom = -1;
        int pendingTo = -1;
        int proseFrom = -1;
        int proseTo = -1;
        Step step = null;
        int stepFrom = -1;
        Ev countEach = null;
        boolean eachPrefix = false;
        boolean failItem = false;
        int failFrom = -1;
        boolean floor = false;
        BigDecimal floorAt = null;
        int floorFrom = -1;
        boolean cap = false;
        boolean prop = false;
        Expr formula = null;
        Quantity standard = null;
        int standardFrom = -1;
        int standardTo = -1;
        Step freeStep = null;
        Points freeAmount = null;
        int freeFrom = -1;
        int freeTo = -1;
        boolean targetUsed = false;
        Boolean join = null;

        for (Ev e : events) {
            switch (e.kind()) {
                case JOIN -> join = (Boolean) e.a();
                case COND -> {
                    Cond c = (Cond) e.a();
                    if (pending != null) {
                        // successive conditions all apply (且), unless 或 joins them
                        List<Condition> both = List.of(pending.condition(), c.condition());
                        Condition joined = Boolean.FALSE.equals(join) ? new Condition.Any(both) : new Condition.All(both);
                        c = Cond.of(joined);
                    }
                    join = null;
                    pending = c;
                    pendingFrom = pendingFrom < 0 ? e.from() : pendingFrom;
                    pendingTo = e.to();
                }
                case PROSE -> {
                    proseFrom = proseFrom < 0 ? e.from() : proseFrom;
                    proseTo = e.to();
                }
                case ALLMET, OTHERWISE -> {
                    pendingMarker = e.kind();
                    pendingFrom = pendingFrom < 0 ? e.from() : pendingFrom;
                    pendingTo = e.to();
                }
                case FULL, FIXED, INTERP, JUDGE, RANGE, RAMP, VETO -> {
                    Band b = new Band();
                    b.outcome = e;
                    b.from = firstOf(pendingFrom, proseFrom, e.from());
                    b.to = e.to();
                    if (pending != null && proseFrom >= 0 && proseFrom < pendingFrom) {
                        pending = null; // prose around a condition: the whole is prose
                        proseTo = Math.max(proseTo, pendingTo);
                    }
                    if (pending != null && proseFrom > pendingFrom
                            && QUALIFIER.matcher(span(proseFrom, proseTo)).find()) {
                        // 「有结余,但不超过上年结转,得2分」: words after the condition that qualify it would be dropped
                        throw fail("D035", proseFrom, proseTo, span(proseFrom, proseTo));
                    }
                    if (pending != null) {
                        b.cond = pending;
                    } else if (pendingMarker != null) {
                        b.marker = pendingMarker;
                    } else if (proseFrom >= 0) {
                        resolveProse(b, proseFrom, proseTo, e.kind() == Kind.FULL);
                        targetUsed = true;
                    }
                    bands.add(b);
                    pending = null;
                    pendingMarker = null;
                    pendingFrom = proseFrom = -1;
                }
                case STEP -> {
                    step = (Step) e.a();
                    stepFrom = e.from();
                }
                case COUNT_EACH -> countEach = e;
                case EACH_PREFIX -> eachPrefix = true;
                case FAIL_ITEM -> {
                    failItem = true;
                    failFrom = e.from();
                }
                case AMOUNT -> {
                    Points pts = (Points) e.a();
                    int from = firstOf(pendingFrom, firstOf(stepFrom, failFrom, countEach == null ? -1 : countEach.from()),
                            e.from());
                    if (step != null) {
                        if (pending != null) {
                            Band b = new Band();
                            b.cond = pending;
                            b.step = step;
                            b.amount = pts;
                            b.from = pendingFrom;
                            b.to = e.to();
                            b.outcome = new Ev(Kind.STEP, stepFrom, e.to());
                            bands.add(b);
                            pending = null;
                            pendingFrom = -1;
                        } else if (openInterp(bands) != null) {
                            // 「在0分和满分之间确定」 … 「每降低一个百分点，扣…」: the steps compute that clause's score
                            Band interp = openInterp(bands);
                            interp.step = step;
                            interp.amount = pts;
                        } else if (freeStep == null) {
                            freeStep = step;
                            freeAmount = pts;
                            freeFrom = stepFrom;
                            freeTo = e.to();
                        } else {
                            throw fail("D024", stepFrom, e.to(), span(stepFrom, e.to()), "两处按档扣分");
                        }
                        step = null;
                        stepFrom = -1;
                    } else if (failItem) {
                        terms.add(new DeductionTerm.PerCount("不符合项", new Expr.FailedItems(checklist(failFrom), List.of()),
                                pts));
                        failItem = false;
                    } else if (countEach != null && countEach.a() != null) {
                        terms.add(new DeductionTerm.PerCount(span(countEach.from(), countEach.to())
                                .replaceFirst("^每(?:出现一个|发现一个|有一个|个)?", ""), (Expr) countEach.a(), pts));
                        countEach = null;
                    } else if (pending != null) {
                        // 支出进度未达到序时进度的，每次扣1分 / A和B不合格各扣2分 / …的扣2分
                        String label = span(pendingFrom, pendingTo);
                        List<Condition> list = pending.list();
                        terms.add(new DeductionTerm.PerCount(label, new Expr.CountOf(list), pts));
                        pending = null;
                        pendingFrom = -1;
                        countEach = null;
                    } else if (proseFrom >= 0 && countEach != null) {
                        // 每出现一个<prose>扣0.5分: per occurrence, but the prose names no count; reading it against 达标
                        // would deduct once however many there are, so it is refused rather than misread
                        throw fail("D034", countEach.from(), proseTo, span(countEach.from(), proseTo));
                    } else if (proseFrom >= 0) {
                        Band b = new Band();
                        resolveProse(b, proseFrom, proseTo, false);
                        targetUsed = true;
                        terms.add(new DeductionTerm.PerCount(span(proseFrom, proseTo),
                                new Expr.CountOf(List.of(b.cond.condition())), pts));
                        proseFrom = -1;
                    } else {
                        throw fail("D006", e.from(), e.to(), span(e.from(), e.to()), "（没有说明按什么扣分）");
                    }
                    eachPrefix = false;
                }
                case FLOOR -> {
                    floor = true;
                    floorAt = (BigDecimal) e.a();
                    floorFrom = e.from();
                }
                case CAP -> cap = true;
                case PROP -> prop = true;
                case FORMULA -> formula = (Expr) e.a();
                case STANDARD -> {
                    standard = new Quantity((BigDecimal) e.a(), Unit.PERCENT);
                    standardFrom = e.from();
                    standardTo = e.to();
                }
                case SEP -> {
                    if (step != null) {
                        throw fail("D008", stepFrom, e.from(), span(stepFrom, e.from()));
                    }
                    if (failItem) {
                        throw fail("D008", failFrom, e.from(), span(failFrom, e.from()));
                    }
                    if (countEach != null) {
                        throw fail("D008", countEach.from(), e.from(), span(countEach.from(), e.from()));
                    }
                    if (pending != null) {
                        throw fail("D007", pendingFrom, pendingTo, span(pendingFrom, pendingTo));
                    }
                    if (proseFrom >= 0) {
                        throw fail("D006", proseFrom, proseTo, span(proseFrom, proseTo), "");
                    }
                    pendingMarker = null;
                    pendingFrom = -1;
                }
                default -> {
                }
            }
        }
        if (floorAt != null && floorAt.compareTo(ctx.maxScore()) != 0) {
            throw fail("D024", floorFrom, floorFrom + 1, span(floorFrom, floorFrom + 4), "扣分上限与分值不同");
        }
        if (ctx.target() != null && !targetUsed) {
            diag.warn("D031", ctx.path(), loc(0, lexer.text.length()), ctx.indicator());
        }

        // 1. formulas
        if (formula != null || (prop && bands.isEmpty() && terms.isEmpty() && freeStep == null)) {
            if (!bands.isEmpty() || !terms.isEmpty()) {
                throw fail("D024", 0, lexer.text.length(), span(0, lexer.text.length()), "公式与分段条款并用");
            }
            Expr score = formula;
            if (score == null) {
                Expr own = ownMeasure(0, lexer.text.length());
                score = new Expr.Binary(Expr.ArithmeticOp.MULTIPLY, own, new Expr.MaxScore());
            }
            return new Rule.Formula(score, cap);
        }

        // 2. deductions only (all bands are the no-deduction case 全部符合得满分)
        if (!terms.isEmpty()) {
            for (Band b : bands) {
                if (b.outcome.kind() != Kind.FULL) {
                    throw fail("D024", b.from, b.to, span(b.from, b.to), "逐项扣分与分段得分并用");
                }
            }
            if (freeStep != null) {
                throw fail("D024", freeFrom, freeTo, span(freeFrom, freeTo), "逐项扣分与按档扣分并用");
            }
            return new Rule.Deduct(terms, floor);
        }

        // 3. clauses
        List<Rule.Case> cases = new ArrayList<>();
        List<SourceLocation> caseLocs = new ArrayList<>();
        List<String> caseTexts = new ArrayList<>();
        Rule otherwise = null;
        Condition targetCond = null;
        for (Band b : bands) {
            Rule then = outcome(b, bands, floor);
            if (b.marker == Kind.OTHERWISE || (b.negTarget && targetCond != null)) {
                if (otherwise != null) {
                    throw fail("D014", b.from, b.to, span(b.from, b.to));
                }
                otherwise = then;
                continue;
            }
            if (b.marker == Kind.ALLMET) {
                throw fail("D024", b.from, b.to, span(b.from, b.to), "全部符合但没有逐项扣分");
            }
            if (b.cond == null) {
                if (bands.size() == 1 && freeStep == null) {
                    return then;
                }
                throw fail("D007", b.from, b.to, span(b.from, b.to));
            }
            if (b.target) {
                targetCond = b.cond.condition();
            }
            cases.add(new Rule.Case(b.cond.condition(), then));
            caseLocs.add(loc(b.from, b.to));
            caseTexts.add(span(b.from, b.to));
        }
        if (freeStep != null) {
            if (otherwise != null) {
                throw fail("D024", freeFrom, freeTo, span(freeFrom, freeTo), "否则条款与按档扣分并用");
            }
            otherwise = freeDeduction(freeStep, freeAmount, freeFrom, freeTo, standard, standardFrom, standardTo, bands,
                    floor);
        } else if (standard != null) {
            throw fail("D006", standardFrom, standardTo, span(standardFrom, standardTo), "");
        }
        if (cases.isEmpty()) {
            if (otherwise == null) {
                throw fail("D006", 0, lexer.text.length(), span(0, lexer.text.length()), "（没有任何得分条款）");
            }
            return otherwise;
        }
        if (otherwise == null) {
            boolean allLosing = true;
            for (Rule.Case c : cases) {
                if (c.then() instanceof Rule.FullMarks || c.then() instanceof Rule.Judgement) {
                    allLosing = false;
                }
            }
            otherwise = allLosing ? new Rule.FullMarks() : new Rule.NoRule();
        }
        BandCheck.check(cases, otherwise, ctx, diag, caseLocs, caseTexts);
        return new Rule.Cases(cases, otherwise);
    }

    /** The latest 「在0分和满分之间确定」 clause still waiting for its step deduction. */
    private static Band openInterp(List<Band> bands) {
        for (int i = bands.size() - 1; i >= 0; i--) {
            Band b = bands.get(i);
            if (b.outcome.kind() == Kind.INTERP && b.step == null) {
                return b;
            }
        }
        return null;
    }

    private static int firstOf(int a, int b, int c) {
        int m = Integer.MAX_VALUE;
        for (int x : new int[] {a, b, c}) {
            if (x >= 0 && x < m) {
                m = x;
            }
        }
        return m == Integer.MAX_VALUE ? -1 : m;
    }

    private static int firstOf(int a, int b) {
        return firstOf(a, b, -1);
    }

    /** Prose before 得满分 is the declared target; prose before a loss is its negation. */
    private void resolveProse(Band b, int from, int to, boolean full) {
        if (ctx.target() == null) {
            throw fail("D013", from, to, span(from, to));
        }
        String text = lexer.text.substring(from, to);
        if (full) {
            b.cond = Cond.of(ctx.target());
            b.target = true;
        } else {
            if (!(text.contains("不") || text.contains("未") || text.contains("没有") || text.contains("无"))) {
                throw fail("D026", from, to, span(from, to));
            }
            b.cond = Cond.of(new Condition.Not(ctx.target()));
            b.negTarget = true;
        }
    }

    private Expr ownMeasure(int from, int to) {
        if (ctx.subject() != null) {
            return new Expr.Ref(ctx.subject());
        }
        NameTable.Entry own = ctx.names().get(NameTable.normal(ctx.indicator()));
        if (own != null && own.kind() == NameTable.Kind.NUMERIC) {
            return new Expr.Ref(own.name());
        }
        throw fail("D012", from, to, span(from, to));
    }

    private Rule outcome(Band b, List<Band> bands, boolean floor) {
        Ev o = b.outcome;
        return switch (o.kind()) {
            case FULL -> new Rule.FullMarks();
            case FIXED -> new Rule.FixedScore((BigDecimal) o.a());
            case JUDGE -> Rule.Judgement.anywhere();
            case RANGE -> new Rule.Judgement(new Points.Absolute((BigDecimal) o.a()), new Points.Absolute((BigDecimal) o.b()));
            case VETO -> new Rule.Veto(Rule.VetoScope.valueOf((String) o.a()));
            case INTERP -> {
                if (b.step == null) {
                    yield Rule.Judgement.anywhere();
                }
                if (b.cond == null || b.cond.lower() == null && b.cond.upper() == null) {
                    throw fail("D032", b.from, b.to, span(b.from, b.to));
                }
                Direction dir = b.step.direction() != null ? b.step.direction()
                        : b.cond.lower() != null && fullMarksAt(bands, b.cond.lower(), true) ? Direction.ABOVE
                        : Direction.BELOW;
                Quantity ref = dir == Direction.BELOW ? b.cond.upper() : b.cond.lower();
                if (ref == null || b.cond.subject() == null) {
                    throw fail("D032", b.from, b.to, span(b.from, b.to));
                }
                yield new Rule.Deduct(List.of(new DeductionTerm.PerStep(b.cond.subject(), new Expr.Const(ref), dir,
                        b.step.step(), b.amount, counting(b.step, b.from, b.to))), floor);
            }
            case STEP -> {
                Direction dir = b.step.direction() == null ? Direction.ABOVE : b.step.direction();
                Quantity ref = dir == Direction.BELOW ? b.cond.upper() : b.cond.lower();
                if (ref == null || b.cond.subject() == null) {
                    throw fail("D032", b.from, b.to, span(b.from, b.to));
                }
                yield new Rule.Deduct(List.of(new DeductionTerm.PerStep(b.cond.subject(), new Expr.Const(ref), dir,
                        b.step.step(), b.amount, counting(b.step, b.from, b.to))), floor);
            }
            case RAMP -> {
                // 15-30日按比例减分: linear from full marks at the end next to the full-marks clause to 0 at the other
                if (b.cond == null || b.cond.lower() == null || b.cond.upper() == null) {
                    throw fail("D032", b.from, b.to, span(b.from, b.to));
                }
                Quantity lo = b.cond.lower();
                Quantity hi = b.cond.upper();
                boolean fullBelow = fullMarksAt(bands, lo, true);
                Direction dir = fullBelow ? Direction.ABOVE : Direction.BELOW;
                BigDecimal width = hi.in(lo.unit()).value().subtract(lo.value());
                Quantity unitStep = new Quantity(BigDecimal.ONE, lo.unit());
                yield new Rule.Deduct(List.of(new DeductionTerm.PerStep(b.cond.subject(),
                        new Expr.Const(fullBelow ? lo : hi), dir, unitStep, new Points.ShareOfMax(BigDecimal.ONE, width),
                        StepCounting.PROPORTIONAL)), true);
            }
            default -> throw fail("D006", b.from, b.to, span(b.from, b.to), "");
        };
    }

    /** Whether some full-marks clause covers values at or below (or above) {@code q}. */
    private static boolean fullMarksAt(List<Band> bands, Quantity q, boolean below) {
        for (Band b : bands) {
            if (b.outcome.kind() == Kind.FULL && b.cond != null && b.cond.condition() instanceof Condition.Compare c
                    && c.right() instanceof Expr.Const k && k.quantity().compareTo(q) == 0) {
                return below ? (c.op() == Comparison.LE || c.op() == Comparison.LT)
                        : (c.op() == Comparison.GE || c.op() == Comparison.GT);
            }
        }
        return false;
    }

    private StepCounting counting(Step step, int from, int to) {
        if (ctx.counting() != null) {
            return ctx.counting();
        }
        if (step.banded()) {
            throw fail("D009", from, to, span(from, to));
        }
        return StepCounting.PROPORTIONAL;
    }

    /** A step deduction standing alone: it applies to whatever no clause scores, counted from the full-marks bound. */
    private Rule freeDeduction(Step step, Points amount, int from, int to, Quantity standard, int sFrom, int sTo,
                               List<Band> bands, boolean floor) {
        Direction dir = step.direction() == null ? Direction.BELOW : step.direction();
        if (step.measure() != null) {
            // 实际完成情况与计划每相差3%: the deviation of one datum from another
            return new Rule.Deduct(List.of(new DeductionTerm.PerStep(step.measure(), step.reference(), dir,
                    step.step(), amount, counting(step, from, to))), floor);
        }
        Band full = null;
        for (Band b : bands) {
            boolean fullMarks = b.outcome.kind() == Kind.FULL || b.outcome.kind() == Kind.FIXED
                    && ((BigDecimal) b.outcome.a()).compareTo(ctx.maxScore()) == 0;
            if (fullMarks && b.cond != null) {
                full = b;
                break;
            }
        }
        Quantity threshold = null;
        Expr subject = null;
        if (full != null) {
            subject = full.cond.subject();
            threshold = dir == Direction.BELOW ? full.cond.lower() : full.cond.upper();
        }
        if (subject == null) {
            subject = lastSubject != null ? lastSubject : ownMeasure(from, to);
        }
        Quantity ref = ctx.reference() != null ? ctx.reference() : threshold;
        if (standard != null && (threshold == null || standard.compareTo(threshold) != 0)) {
            if (ctx.reference() == null || ctx.counting() == null) {
                throw fail("D010", sFrom, sTo, span(sFrom, sTo), standard.display(),
                        threshold == null ? "?" : threshold.display());
            }
            // the declared reading must agree with the standard: it is the first band's far end
            Quantity firstBandEnd = new Quantity(dir == Direction.BELOW
                    ? ref.value().subtract(step.step().in(ref.unit()).value())
                    : ref.value().add(step.step().in(ref.unit()).value()), ref.unit());
            if (firstBandEnd.compareTo(standard) != 0 && ref.compareTo(standard) != 0) {
                throw fail("D010", sFrom, sTo, span(sFrom, sTo), standard.display(), ref.display());
            }
        }
        if (ref == null) {
            throw fail("D032", from, to, span(from, to));
        }
        return new Rule.Deduct(List.of(new DeductionTerm.PerStep(subject, new Expr.Const(ref), dir, step.step(), amount,
                counting(step, from, to))), floor);
    }

    /** The checklist counted by 一项不符合: the criterion's numbered items, else 指标内容's. */
    private String checklist(int at) {
        if (checklistName != null) {
            return checklistName;
        }
        List<String> items = checklistItems;
        if (items.isEmpty() && ctx.content() != null && !ctx.content().isEmpty()) {
            CriterionLexer content = new CriterionLexer(ctx.content());
            List<String> found = new ArrayList<>();
            for (Sentence s : sentences(content.text, 0, content.text.length())) {
                if (s.numbered()) {
                    found.add(content.span(s.from(), s.to()).strip());
                }
            }
            items = found;
        }
        if (items.isEmpty()) {
            throw fail("D029", at, at + 5, span(at, Math.min(lexer.text.length(), at + 5)));
        }
        NameTable.Entry declared = ctx.names().get(NameTable.normal(ctx.indicator()));
        checklistItems = List.copyOf(items);
        checklistName = declared != null && declared.kind() == NameTable.Kind.CHECKLIST ? declared.name()
                : NameTable.normal(ctx.indicator());
        if (declared != null && declared.kind() == NameTable.Kind.CHECKLIST) {
            // the pack declares it: the compiler adds nothing
            String name = checklistName;
            checklistName = null;
            return name;
        }
        return checklistName;
    }
}
