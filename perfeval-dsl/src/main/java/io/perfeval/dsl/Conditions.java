package io.perfeval.dsl;

import static io.perfeval.dsl.PartsBuilder.from;
import static io.perfeval.dsl.PartsBuilder.to;
import static io.perfeval.dsl.PartsBuilder.tok;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Condition.Comparison;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Unit;
import io.perfeval.dsl.CriterionTokens.Tok;
import io.perfeval.dsl.PartsBuilder.Stop;
import io.perfeval.dsl.CriterionParser.*;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The data side of a criterion's parse tree, for {@link PartsBuilder}: conditions and comparisons over the pack's
 * declared names, with their units checked and an omitted subject filled in (计分对象, else the indicator's own
 * measure, else the last subject written: README §3), periods applied to series, numbers, and formulas. Keeps what a
 * criterion's later parts refer back to: the last subject written, the periods named, the comparisons whose subject was
 * left out, and the lists of bounds (reading 28).
 */
final class Conditions {

    private final CriterionReader.Context ctx;
    private final CriterionReader reader;
    private Expr lastSubject;
    private List<Integer> periods = List.of();
    /** The conditions whose subject was left out and filled in (by identity). */
    private final java.util.Set<Parts.Cond> implicit = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private boolean omitted;

    Conditions(CriterionReader.Context ctx, CriterionReader reader) {
        this.ctx = ctx;
        this.reader = reader;
    }

    private Stop fail(String code, int from, int to, Object... args) {
        return reader.fail(code, from, to, args);
    }

    /** 「100%:5分」 after a topic: the bound of the topic (the omitted subject). */
    Parts.Cond boundPart(BoundPartContext b, int from, int to) {
        omitted = false;
        Expr s = subjectOr(null, from, to);
        Bound bd = bound(b.bound(), s);
        Parts.Cond c = compareBound(s, Comparison.GE, bd, from, to);
        if (omitted) {
            implicit.add(c);
        }
        return c;
    }

    /** 「项目投资计划完成率,100%:5分;…」: the subject the clauses after it leave out. */
    void topic(SubjectContext s) {
        lastSubject = subject(s);
    }

    /** 完成率每降低…: what the steps count, and the subject from then on. */
    Expr stepSubject(SubjectTermContext t) {
        lastSubject = subjectTerm(t);
        return lastSubject;
    }

    BigDecimal number(TerminalNode n) {
        BigDecimal v = tok(n.getSymbol()).number();
        if (v == null) {
            Tok t = tok(n.getSymbol());
            throw fail("D016", t.from, t.to, "数字过长");
        }
        return v;
    }

    Parts.Part condition(ConditionContext c) {
        List<ConjunctContext> parts = c.conjunct();
        Boolean and = null;
        Parts.Cond acc = conjunct(parts.get(0));
        if (acc == null && parts.size() == 1) {
            return parts.get(0) instanceof AllMetConjunctContext ? new Parts.AllMet(from(c), to(c))
                    : new Parts.Target(targetMet(parts.get(0)), from(c), to(c));
        } else if (acc == null) {
            throw fail("D024", from(c), to(c), reader.span(from(c), to(c)), "「全部符合」「达标」不能与其他条件并列");
        }
        for (int i = 1; i < parts.size(); i++) {
            ConnectiveContext k = c.connective(i - 1);
            boolean isAnd = k.OR() == null;
            if (and != null && and != isAnd) {
                throw fail("D025", from(c), to(c), reader.span(from(c), to(c)));
            }
            and = isAnd;
            Parts.Cond next = conjunct(parts.get(i));
            if (next == null) {
                throw fail("D024", from(c), to(c), reader.span(from(c), to(c)), "「全部符合」「达标」不能与其他条件并列");
            }
            List<Condition> both = List.of(acc.condition(), next.condition());
            Condition joined = isAnd ? new Condition.All(flatten(both, true)) : new Condition.Any(flatten(both, false));
            List<Condition> list = new ArrayList<>(acc.list());
            list.addAll(next.list());
            // the bounds survive only for one subject compared on both sides (85%≤完成率<95%)
            boolean sameSubject = isAnd && acc.subject() != null && acc.subject().equals(next.subject());
            acc = new Parts.Cond(joined, sameSubject ? acc.subject() : null,
                    sameSubject ? (acc.lower() != null ? acc.lower() : next.lower()) : null,
                    sameSubject ? (acc.upper() != null ? acc.upper() : next.upper()) : null,
                    // a list (A、B和C) keeps its members, which 各/分别 count one by one; 且 makes one condition
                    isAnd && k.HE() == null ? List.of(joined) : List.copyOf(list), null, acc.from(), next.to());
        }
        return acc;
    }

    /** 达标 / 不达标 said of a name: which one. */
    private static boolean targetMet(ConjunctContext c) {
        return ((TargetConjunctContext) c).NEG() == null;
    }

    static List<Condition> flatten(List<Condition> parts, boolean all) {
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

    /** One conjunct as a condition; null for a name said to be 达标 without a bound (the declared target). */
    private Parts.Cond conjunct(ConjunctContext c) {
        int from = from(c);
        int to = to(c);
        if (c instanceof PeriodsConjunctContext p) {
            @SuppressWarnings("unchecked")
            List<Integer> ords = (List<Integer>) tok(p.PERIODS().getSymbol()).value;
            periods = ords;
            return series(p.seriesComparison());
        } else if (c instanceof SeriesConjunctContext s) {
            return series(s.seriesComparison());
        } else if (c instanceof YesNoConjunctContext y) {
            boolean negated = (y.NEG() != null) != (y.NOT() != null);
            List<Condition> conds = new ArrayList<>();
            for (TerminalNode n : y.YESNO()) {
                Condition one = new Condition.IsYes(entry(n).name());
                conds.add(negated ? new Condition.Not(one) : one);
            }
            Condition one = conds.size() == 1 ? conds.get(0) : new Condition.All(conds);
            return new Parts.Cond(one, null, null, null, List.copyOf(conds), null, from, to);
        } else if (c instanceof PhraseConjunctContext p) {
            Condition cond = (Condition) tok(p.PHRASE().getSymbol()).value;
            boolean negated = (p.NEG() != null) != (p.NOT() != null);
            Condition one = negated ? new Condition.Not(cond) : cond;
            if (!negated && cond instanceof Condition.Compare k && k.right() instanceof Expr.Const b) {
                // 用语「资金到位滞后年度投资计划」：资金到位滞后年数 > 0年 — the phrase compares a subject with a bound
                Parts.Cond typed = compare(k.left(), k.op(), b.quantity(), from, to);
                return new Parts.Cond(one, typed.subject(), typed.lower(), typed.upper(), List.of(one), null, from, to);
            }
            return new Parts.Cond(one, null, null, null, List.of(one), null, from, to);
        } else if (c instanceof AllMetConjunctContext || c instanceof TargetConjunctContext) {
            return null;
        } else if (c instanceof PresenceConjunctContext p) {
            return presence(p, from, to);
        }
        return comparison(((ComparisonConjunctContext) c).comparison());
    }

    /**
     * Reading 27: 「无结余」「没有X」 of a declared amount or count X is X = 0, 「有结余」 X > 0 (in X's unit); said of a
     * rate or of a formula it is refused (D017), since "none" of a rate says nothing of its value.
     */
    private Parts.Cond presence(PresenceConjunctContext p, int from, int to) {
        Expr x = subjectTerm(p.subjectTerm());
        lastSubject = x;
        NameTable.Entry e = x instanceof Expr.Ref r ? ctx.names().get(r.name()) : null;
        Unit u = e == null ? null : e.unit();
        if (u == null || u.dimension() == io.perfeval.core.rule.Dimension.RATIO
                || u.dimension() == io.perfeval.core.rule.Dimension.SCORE) {
            throw fail("D017", from, to, reader.span(from, to), u == null ? "?" : u, "金额或数量");
        }
        Quantity zero = new Quantity(BigDecimal.ZERO, u);
        return compare(x, p.NOT() != null ? Comparison.EQ : Comparison.GT, zero, from, to);
    }

    private Parts.Cond series(SeriesComparisonContext s) {
        int from = from(s);
        int to = to(s);
        NameTable.Entry left = entry(s.SERIES(0));
        NameTable.Entry right = entry(s.SERIES(1));
        Comparison op = cmp(s.cmp());
        if (periods.isEmpty()) {
            throw fail("D019", from, to, reader.span(from, to));
        }
        List<Condition> conds = new ArrayList<>();
        for (int ord : periods) {
            if (ord < 1 || ord > left.periods().size()) {
                throw fail("D020", from, to, left.name(), ord, String.join("、", left.periods()));
            }
            String period = left.periods().get(ord - 1);
            conds.add(new Condition.Compare(op, new Expr.PeriodValue(left.name(), period),
                    new Expr.PeriodValue(right.name(), period)));
        }
        Condition one = conds.size() == 1 ? conds.get(0) : new Condition.All(conds);
        return new Parts.Cond(one, null, null, null, List.copyOf(conds), null, from, to);
    }

    /** Whether {@code c}'s subject was left out of the text and filled in. */
    boolean implicitSubject(Parts.Part c) {
        return c instanceof Parts.Cond k && implicit.contains(k);
    }

    private Parts.Cond comparison(ComparisonContext c) {
        omitted = false;
        int[] plusMinus = plusMinus(c, new int[2]);
        if (plusMinus[0] > 0 && plusMinus[0] < plusMinus[1]) {
            // 「在-5%至±10%之间」: a size and a signed bound in one comparison
            throw fail("D084", from(c), to(c), reader.span(from(c), to(c)));
        }
        absolute = plusMinus[0] > 0;
        Parts.Cond out;
        try {
            out = comparison0(c);
        } finally {
            absolute = false;
        }
        if (out.subject() != null) {
            // 偏差率在±5%以内 … 超过10%: the size in one clause and the signed number in another — is −12% over 10%?
            // Subjects are told apart by name (a record's equals would spin classes on the first compile, PreloadTest);
            // a size of anything but a declared number is refused rather than left unchecked
            boolean sized = plusMinus[0] > 0;
            Expr compared = sized && out.subject() instanceof Expr.Abs a ? a.value() : out.subject();
            if (compared instanceof Expr.Ref r) {
                (sized ? bySize : bySign).add(r.name());
                if (bySize.contains(r.name()) && bySign.contains(r.name())) {
                    throw fail("D084", from(c), to(c), reader.span(from(c), to(c)));
                }
            } else if (sized) {
                throw fail("D084", from(c), to(c), reader.span(from(c), to(c)));
            }
        }
        if (omitted) {
            implicit.add(out);
        }
        return out;
    }

    /** Whether the comparison being read has ± bounds: it compares its subject's size, |subject| (reading 64). */
    private boolean absolute;
    /** Subjects compared by their size (±) and by their signed value so far in this criterion (never both, D084). */
    private final java.util.Set<String> bySize = new java.util.HashSet<>();
    private final java.util.Set<String> bySign = new java.util.HashSet<>();

    /** {@code counts[0]}: the values under {@code t} written with ±; {@code counts[1]}: all its numbers. */
    private static int[] plusMinus(org.antlr.v4.runtime.tree.ParseTree t, int[] counts) {
        if (t instanceof ValueContext v) {
            counts[0] += v.PLUS_MINUS() != null ? 1 : 0;
            counts[1] += v.NUM() != null ? 1 : 0;
            return counts;
        }
        for (int i = 0; i < t.getChildCount(); i++) {
            plusMinus(t.getChild(i), counts);
        }
        return counts;
    }

    /** The subject as compared: its size when the bounds are written with ±. */
    private Expr sized(Expr s) {
        return absolute && !(s instanceof Expr.Abs) ? new Expr.Abs(s) : s;
    }

    /** The list comparisons read (by identity of their head condition) with one condition per bound, in order. */
    private final java.util.Map<Condition, List<Condition>> lists = new java.util.IdentityHashMap<>();

    /** The conditions of a list comparison (超过80%、70%和60%), one per bound; null for any other condition. */
    List<Condition> listAlternatives(Condition head) {
        return lists.get(head);
    }

    private Parts.Cond comparison0(ComparisonContext c) {
        int from = from(c);
        int to = to(c);
        if (c instanceof ListComparisonContext l) {
            // 超过80%、70%和60%: one comparison per bound, paired with 分别得… by the readings
            Expr s = subjectOr(l.subject(), from, to);
            Comparison written = l.cmp() != null ? cmp(l.cmp()) : Comparison.GE;
            // a postfix on the last bound only (80%、70%和60%以上) is every bound's
            List<PostfixContext> last = l.listBound(l.listBound().size() - 1).postfix();
            List<Condition> each = new ArrayList<>();
            Parts.Cond first = null;
            for (ListBoundContext lb : l.listBound()) {
                Comparison op = written;
                for (PostfixContext p : lb.postfix().isEmpty() ? last : lb.postfix()) {
                    op = postfix(p, op);
                }
                Bound b = bound(lb.bound(), s);
                Comparison o = b.inclusive() && op == Comparison.GT ? Comparison.GE
                        : b.inclusive() && op == Comparison.LT ? Comparison.LE : op;
                Parts.Cond one = compareBound(s, o, b, from, to);
                first = first == null ? one : first;
                each.add(one.condition());
            }
            lists.put(first.condition(), List.copyOf(each));
            return first;
        }
        if (c instanceof RangeComparisonContext r) {
            Expr s = subjectOr(r.subject(), from, to);
            Bound b1 = bound(r.bound(0), s);
            Bound b2 = bound(r.bound(1), s);
            if (b1.quantity() == null || b2.quantity() == null) {
                // 「A的0-10%之间」: a range of shares of another number is not a shape the language has
                throw fail("D024", from, to, reader.span(from, to), "以另一个数的几成为边界的区间");
            }
            boolean incl1 = b1.inclusive();
            boolean incl2 = b2.inclusive();
            if (r.bound(1).INCL() != null && CriterionTokens.LOWER_END.equals(tok(r.bound(1).INCL().getSymbol()).value)) {
                // 5-10万(含5万): the first end is included, so the other is not
                incl1 = true;
                incl2 = false;
            } else if (!b1.marked() && !b2.marked()) {
                incl1 = true;
                incl2 = true;
            }
            Quantity hi = adopt(b2.quantity(), s);
            Quantity lo = b1.quantity().unit().equals(Unit.NUMBER) ? new Quantity(b1.quantity().value(), hi.unit())
                    : b1.quantity();
            checkUnits(s, lo, from, to);
            checkUnits(s, hi, from, to);
            if (lo.compareTo(hi) > 0) {
                // 「99%-90%的得27分」「299-271户」: a range written from its high end is the same range
                Quantity t = lo;
                lo = hi;
                hi = t;
                boolean i = incl1;
                incl1 = incl2;
                incl2 = i;
            }
            Condition low = new Condition.Compare(incl1 ? Comparison.GE : Comparison.GT, s, new Expr.Const(lo));
            Condition high = new Condition.Compare(incl2 ? Comparison.LE : Comparison.LT, s, new Expr.Const(hi));
            Condition all = new Condition.All(List.of(low, high));
            return new Parts.Cond(all, s, lo, hi, List.of(all), null, from, to);
        } else if (c instanceof BoundsFirstComparisonContext b) {
            Expr s = subject(b.subject());
            lastSubject = s;
            s = sized(s);
            Comparison first = flip(cmp(b.cmp(0)));
            Parts.Cond low = compareBound(s, first, bound(b.bound(0), s), from, to);
            if (b.cmp().size() < 2) {
                return low;
            }
            Parts.Cond high = compareBound(s, cmp(b.cmp(1)), bound(b.bound(1), s), from, to);
            Condition both = new Condition.All(List.of(low.condition(), high.condition()));
            return new Parts.Cond(both, s, low.lower() != null ? low.lower() : high.lower(),
                    high.upper() != null ? high.upper() : low.upper(), List.of(both), null, from, to);
        } else if (c instanceof OpComparisonContext o) {
            pointsNeedASubject(o.subject(), o.bound(), from, to);
            Expr s = subjectOr(o.subject(), from, to);
            Comparison op = cmp(o.cmp());
            Bound b = bound(o.bound(), s);
            if (b.inclusive()) {
                op = op == Comparison.GT ? Comparison.GE : op == Comparison.LT ? Comparison.LE : op;
            }
            for (PostfixContext p : o.postfix()) {
                op = postfix(p, op);
            }
            return compareBound(s, op, b, from, to);
        } else if (c instanceof SubjectsComparisonContext sc) {
            Expr right = subject(sc.subject(sc.subject().size() - 1));
            Expr left = sc.subject().size() == 2 ? subject(sc.subject(0)) : subjectOr(null, from, to);
            if (sc.subject().size() == 2) {
                lastSubject = left;
            }
            Condition cond = new Condition.Compare(cmp(sc.cmp()), left, right);
            return new Parts.Cond(cond, left, null, null, List.of(cond), null, from, to);
        } else if (c instanceof PostfixComparisonContext p) {
            pointsNeedASubject(p.subject(), p.bound(), from, to);
            Expr s = subjectOr(p.subject(), from, to);
            Bound b = bound(p.bound(), s);
            Comparison op = b.inclusive() ? Comparison.GE : null;
            for (PostfixContext x : p.postfix()) {
                op = postfix(x, op);
            }
            if (op == null) {
                op = Comparison.GE;
            }
            return compareBound(s, op, b, from, to);
        }
        BareComparisonContext bare = (BareComparisonContext) c;
        pointsNeedASubject(bare.subject(), bare.bound(), from, to);
        Expr s = subjectOr(bare.subject(), from, to);
        Bound b = bound(bare.bound(), s);
        // a threshold written without a comparison word (完成100%的得20分, 100%:5分) is reached: 达到, ≥ (README §3)
        return compareBound(s, Comparison.GE, b, from, to);
    }

    /** (含) after 以上 / 以下 keeps the end; 以上 is ≥, 以下 is ≤; (不含) makes it strict. */
    private static Comparison postfix(PostfixContext p, Comparison op) {
        if (p.ABOVE() != null) {
            return Comparison.GE;
        } else if (p.BELOW() != null) {
            return Comparison.LE;
        } else if (p.INCL() != null) {
            return op == null ? Comparison.GE : op == Comparison.GT ? Comparison.GE
                    : op == Comparison.LT ? Comparison.LE : op;
        }
        return op == Comparison.GE ? Comparison.GT : op == Comparison.LE ? Comparison.LT : op;
    }

    /** A written bound: a number with its unit and (含)/(不含), or 计划面积的90% (an expression). */
    record Bound(Quantity quantity, Expr expr, boolean inclusive, boolean marked) {
    }

    private Bound bound(BoundContext b, Expr subject) {
        if (b.value() != null && b.subjectTerm() == null) {
            Quantity q = value(b.value());
            return new Bound(q, null, b.INCL() != null, b.INCL() != null || b.EXCL() != null);
        }
        // 计划面积的90%: that share of another number
        Expr of = subjectTerm(b.subjectTerm());
        Quantity share = value(b.value());
        return new Bound(null, new Expr.Binary(Expr.ArithmeticOp.MULTIPLY, of, new Expr.Const(share)), false, false);
    }

    Quantity value(ValueContext v) {
        if (v.FRACTION() != null) {
            CriterionTokens.Fraction f = (CriterionTokens.Fraction) tok(v.FRACTION().getSymbol()).value;
            return Quantity.number(io.perfeval.core.rule.Decimals.divide(f.numerator(), f.denominator()));
        }
        Tok n = tok(v.NUM().getSymbol());
        BigDecimal x = number(v.NUM());
        if (v.MINUS() != null) {
            x = x.negate();
        }
        if (v.PLUS_MINUS() != null && !absolute) {
            // ±5 as an amount, a step or a score: only a comparison's bound says what a size is compared with
            throw fail("D084", from(v), to(v), reader.span(from(v), to(v)));
        }
        if (n.value instanceof CriterionTokens.Num num && num.percent() || v.PERCENT() != null
                || v.PCT_POINT() != null) {
            return new Quantity(x, Unit.PERCENT);
        }
        if (v.POINTS() != null) {
            return new Quantity(x, Unit.POINT);
        }
        if (v.UNIT() != null) {
            return new Quantity(x, (Unit) tok(v.UNIT().getSymbol()).value);
        }
        return new Quantity(x, Unit.NUMBER);
    }

    private Parts.Cond compare(Expr s, Comparison op, Quantity v, int from, int to) {
        Quantity q = adopt(v, s);
        checkUnits(s, q, from, to);
        Condition c = new Condition.Compare(op, s, new Expr.Const(q));
        Quantity lo = op == Comparison.GE || op == Comparison.GT || op == Comparison.EQ ? q : null;
        Quantity hi = op == Comparison.LE || op == Comparison.LT || op == Comparison.EQ ? q : null;
        return new Parts.Cond(c, s, lo, hi, List.of(c), null, from, to);
    }

    private Parts.Cond compareBound(Expr s, Comparison op, Bound b, int from, int to) {
        return b.expr() != null ? compareExpr(s, op, b.expr(), from, to) : compare(s, op, b.quantity(), from, to);
    }

    private Parts.Cond compareExpr(Expr s, Comparison op, Expr right, int from, int to) {
        Condition c = new Condition.Compare(op, s, right);
        return new Parts.Cond(c, s, null, null, List.of(c), null, from, to);
    }

    /** A bare number takes the subject's unit: 预算调整率等于0 is 0%. */
    private Quantity adopt(Quantity v, Expr subject) {
        if (subject instanceof Expr.Abs a) {
            subject = a.value(); // |偏差率| is a percentage as 偏差率 is
        }
        if (v.unit().equals(Unit.NUMBER) && subject instanceof Expr.Ref r) {
            NameTable.Entry e = ctx.names().get(r.name());
            if (e != null && e.unit() != null && !e.unit().equals(Unit.NUMBER)) {
                return new Quantity(v.value(), e.unit());
            }
        }
        return v;
    }

    private void checkUnits(Expr subject, Quantity v, int from, int to) {
        if (subject instanceof Expr.Abs a) {
            subject = a.value();
        }
        if (subject instanceof Expr.Ref r) {
            NameTable.Entry e = ctx.names().get(r.name());
            if (e != null && e.unit() != null && !e.unit().comparableWith(v.unit())) {
                throw fail("D017", from, to, reader.span(from, to), e.unit(), v.unit());
            }
        }
    }

    /**
     * 「控制在5%以内得6分，超过0.1个百分点扣1分」: 个百分点 is a difference of two rates, so a bound in it with the subject
     * left out is a distance from an earlier bound, not a level of the subject (read as one, 0.1% would be the bound).
     * Refused (D067); written with its subject (「偏差率超过5个百分点」) the subject is itself a difference.
     */
    private void pointsNeedASubject(SubjectContext written, BoundContext bound, int from, int to) {
        if (written == null && bound.value() != null && bound.value().PCT_POINT() != null) {
            throw fail("D067", from, to, reader.span(from, to));
        }
    }

    /** The subject written, or the omitted one: 计分对象, the indicator's own measure, the last subject written. */
    private Expr subjectOr(SubjectContext written, int from, int to) {
        if (written != null) {
            Expr s = subject(written);
            lastSubject = s;
            return sized(s);
        }
        omitted = true;
        if (ctx.subject() != null) {
            return sized(new Expr.Ref(ctx.subject()));
        }
        NameTable.Entry own = ctx.names().get(ctx.indicator());
        if (own == null) {
            own = ctx.names().get(NameTable.normal(ctx.indicator()));
        }
        if (own != null && own.kind() == NameTable.Kind.NUMERIC) {
            return sized(new Expr.Ref(own.name()));
        }
        if (lastSubject != null) {
            return sized(lastSubject);
        }
        throw fail("D012", from, to, reader.span(from, to));
    }

    Expr lastSubject() {
        return lastSubject;
    }

    /**
     * 「执行率=实际支出/预算数」 standing as a part of its own (no 的, no 如, nothing joined to it): the parse of a
     * comparison, but a name set equal to a formula over other names is that name's definition. Null when not such.
     */
    static SubjectsComparisonContext definitionLike(PartContext p) {
        if (!(p instanceof ConditionPartContext c) || c.condition().IF() != null || c.condition().DE() != null
                || c.condition().conjunct().size() != 1
                || !(c.condition().conjunct(0) instanceof ComparisonConjunctContext k)
                || !(k.comparison() instanceof SubjectsComparisonContext sc)) {
            return null;
        }
        boolean equals = sc.cmp().EQ() != null;
        boolean nameLeft = sc.subject().size() == 2 && sc.subject(0).subjectTerm().size() == 1
                && sc.subject(0).subjectTerm(0).NAME() != null;
        boolean formulaRight = sc.subject().size() == 2 && sc.subject(1).subjectTerm().size() > 1;
        return equals && nameLeft && formulaRight ? sc : null;
    }

    /** The formula of {@link #definitionLike}'s right side. */
    Expr definedAs(SubjectsComparisonContext sc) {
        return subject(sc.subject(1));
    }

    Expr subject(SubjectContext s) {
        Expr acc = subjectTerm(s.subjectTerm(0));
        for (int i = 1; i < s.subjectTerm().size(); i++) {
            Token op = ((TerminalNode) s.getChild(2 * i - 1)).getSymbol();
            acc = new Expr.Binary(arith(op.getType()), acc, subjectTerm(s.subjectTerm(i)));
        }
        return acc;
    }

    private Expr subjectTerm(SubjectTermContext t) {
        if (t.NAME() != null) {
            return new Expr.Ref(entry(t.NAME()).name());
        }
        return subject(t.subject());
    }

    private static Expr.ArithmeticOp arith(int type) {
        return switch (type) {
            case CriterionParser.TIMES -> Expr.ArithmeticOp.MULTIPLY;
            case CriterionParser.DIV -> Expr.ArithmeticOp.DIVIDE;
            case CriterionParser.PLUS -> Expr.ArithmeticOp.ADD;
            default -> Expr.ArithmeticOp.SUBTRACT;
        };
    }

    NameTable.Entry entry(TerminalNode n) {
        return (NameTable.Entry) tok(n.getSymbol()).value;
    }

    static Comparison cmp(CmpContext c) {
        return switch (c.getStart().getType()) {
            case CriterionParser.GE, CriterionParser.POS -> Comparison.GE;
            case CriterionParser.GT -> Comparison.GT;
            case CriterionParser.LE -> Comparison.LE;
            case CriterionParser.LT -> Comparison.LT;
            case CriterionParser.EQ -> Comparison.EQ;
            default -> Comparison.NE;
        };
    }

    private static Comparison flip(Comparison c) {
        return switch (c) {
            case GE -> Comparison.LE;
            case GT -> Comparison.LT;
            case LE -> Comparison.GE;
            case LT -> Comparison.GT;
            default -> c;
        };
    }

    // ---------------------------------------------------------------- formulas

    Expr expr(ExprContext e) {
        Expr acc = term(e.term(0));
        for (int i = 1; i < e.term().size(); i++) {
            Token op = ((TerminalNode) e.getChild(2 * i - 1)).getSymbol();
            acc = new Expr.Binary(arith(op.getType()), acc, term(e.term(i)));
        }
        return acc;
    }

    private Expr term(TermContext t) {
        Expr acc = factor(t.factor(0));
        for (int i = 1; i < t.factor().size(); i++) {
            Token op = ((TerminalNode) t.getChild(2 * i - 1)).getSymbol();
            acc = new Expr.Binary(arith(op.getType()), acc, factor(t.factor(i)));
        }
        return acc;
    }

    private Expr factor(FactorContext f) {
        if (f.expr() != null && f.ABS().isEmpty()) {
            return expr(f.expr());
        } else if (f.expr() != null) {
            return new Expr.Abs(expr(f.expr()));
        } else if (f.OCCUPY() != null) {
            // 完成值占指标值的比例: a ratio of two declared numbers
            return new Expr.Binary(Expr.ArithmeticOp.DIVIDE, new Expr.Ref(entry(f.NAME(0)).name()),
                    new Expr.Ref(entry(f.NAME(1)).name()));
        } else if (!f.NAME().isEmpty()) {
            Expr ref = new Expr.Ref(entry(f.NAME(0)).name());
            if (f.atMost() != null) {
                Quantity cap = adopt((Quantity) tok(f.atMost().AT_MOST().getSymbol()).value, ref);
                return new Expr.Min(ref, new Expr.Const(cap));
            }
            return ref;
        } else if (f.MAX_SCORE() != null) {
            return new Expr.MaxScore();
        }
        return new Expr.Const(value(f.value()));
    }
}
