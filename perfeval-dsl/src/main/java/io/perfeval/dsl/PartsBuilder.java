package io.perfeval.dsl;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Condition.Comparison;
import io.perfeval.core.rule.DeductionTerm.Direction;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import io.perfeval.dsl.CriterionTokens.Tok;
import io.perfeval.dsl.gen.CriterionParser;
import io.perfeval.dsl.gen.CriterionParser.*;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns a criterion's parse tree into {@link Parts}, in text order: names resolved to the pack's declarations, numbers
 * read with their units, a comparison's omitted subject filled in (计分对象, else the indicator's own measure, else the
 * last subject written: README §3), periods applied to series. Makes no reading decision; reports what is wrong with a
 * constituent itself (a unit that does not agree, a series without periods) and stops the criterion there.
 */
final class PartsBuilder {

    /** Thrown to abandon a criterion after its error was reported. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private final CriterionReader.Context ctx;
    private final CriterionReader reader;
    private Expr lastSubject;
    private List<Integer> periods = List.of();
    /** The conditions whose subject was left out and filled in (by identity). */
    private final java.util.Set<Parts.Cond> implicit = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private boolean omitted;

    PartsBuilder(CriterionReader.Context ctx, CriterionReader reader) {
        this.ctx = ctx;
        this.reader = reader;
    }

    Parts.Sentence sentence(TerminalNode marker, BodyContext body) {
        List<Parts.Part> parts = new ArrayList<>();
        for (PartContext p : body.part()) {
            parts.add(part(p));
        }
        BigDecimal number = marker == null ? null : tok(marker.getSymbol()).number();
        ParserRuleContext whole = marker == null ? body : (ParserRuleContext) body.getParent();
        return new Parts.Sentence(number, List.copyOf(parts), from(whole), to(whole));
    }

    // ---------------------------------------------------------------- spans

    static Tok tok(Token t) {
        return (Tok) t;
    }

    static int from(ParserRuleContext c) {
        return tok(c.getStart()).from;
    }

    static int to(ParserRuleContext c) {
        Token stop = c.getStop();
        if (stop == null || stop.getType() == Token.EOF || stop.getTokenIndex() < c.getStart().getTokenIndex()) {
            return from(c);
        }
        return tok(stop).to;
    }

    private Stop fail(String code, int from, int to, Object... args) {
        return reader.fail(code, from, to, args);
    }

    // ---------------------------------------------------------------- parts

    private Parts.Part part(PartContext p) {
        int from = from(p);
        int to = to(p);
        if (p instanceof ScopePartContext) {
            return new Parts.Scope(from, to);
        } else if (p instanceof BaseScorePartContext b) {
            return new Parts.BaseScore(number(b.score().NUM()), from, to);
        } else if (p instanceof StandardPartContext s) {
            return new Parts.Standard((Quantity) tok(s.STANDARD().getSymbol()).value, from, to);
        } else if (p instanceof NotePartContext) {
            return new Parts.Note(from, to);
        } else if (p instanceof VetoPartContext v) {
            return new Parts.Veto(Rule.VetoScope.valueOf((String) tok(v.VETO().getSymbol()).value), from, to);
        } else if (p instanceof DefinitionPartContext) {
            return new Parts.Definition(from, to); // checked against the pack's 计算 by CriterionReader
        } else if (p instanceof FormulaPartContext f) {
            return new Parts.Formula(expr(f.expr()), from, to);
        } else if (p instanceof LevelTablePartContext l) {
            return levelTable(l.levelTable());
        } else if (p instanceof StepPartContext s) {
            return step(s.step());
        } else if (p instanceof DeductionPartContext d) {
            return deduction(d.deduction());
        } else if (p instanceof LimitPartContext l) {
            return limit(l.limit());
        } else if (p instanceof BonusPartContext b) {
            return new Parts.Bonus(amount(b.amount()), from, to);
        } else if (p instanceof OutcomePartContext o) {
            if (o.outcome() instanceof RespectiveOutcomeContext r) {
                List<BigDecimal> scores = new ArrayList<>();
                for (ScoreContext sc : r.score()) {
                    scores.add(number(sc.NUM()));
                }
                return new Parts.Respective(List.copyOf(scores), from, to);
            }
            if (o.outcome() instanceof FormulaOutcomeContext f) {
                // 按执行率×分值计分: a formula for the score; 按完成率计分 of a rate alone is its share of the 分值
                Expr e = expr(f.expr());
                NameTable.Entry r = e instanceof Expr.Ref ref ? ctx.names().get(NameTable.normal(ref.name())) : null;
                if (r != null && r.unit() != null && r.unit().isPercent()) {
                    e = new Expr.Binary(Expr.ArithmeticOp.MULTIPLY, e, new Expr.MaxScore());
                }
                return new Parts.Formula(e, from, to);
            }
            return outcome(o.outcome());
        } else if (p instanceof OtherwisePartContext) {
            return new Parts.Otherwise(from, to);
        } else if (p instanceof ConditionPartContext c) {
            if (definitionLike(c) != null) {
                return new Parts.Definition(from, to); // checked against the pack's 计算 by CriterionReader
            }
            return condition(c.condition());
        } else if (p instanceof BoundPartContext b) {
            // 「100%:5分」 after a topic: the bound of the topic (the omitted subject)
            omitted = false;
            Expr s = subjectOr(null, from, to);
            Bound bd = bound(b.bound(), s);
            Parts.Cond c = compareBound(s, Comparison.GE, bd, from, to);
            if (omitted) {
                implicit.add(c);
            }
            return c;
        } else if (p instanceof TopicPartContext t) {
            // 「项目投资计划完成率,100%:5分;…」: the subject the clauses after it leave out — only where a sentence
            // begins; a declared name standing alone inside a sentence is a slip (a comparison or an outcome missing)
            if (t.getParent().getChild(0) != t) {
                throw fail("D047", from(t.subject()), to(t.subject()), reader.span(from(t.subject()), to(t.subject())));
            }
            lastSubject = subject(t.subject());
            return new Parts.Topic(from, to);
        }
        ProsePartContext prose = (ProsePartContext) p;
        return prose(prose.prose(), null);
    }

    private Parts.Prose prose(ProseContext p, Boolean join) {
        String text = reader.tokens().text.substring(from(p), to(p));
        return new Parts.Prose(from(p), to(p), negative(text), join);
    }

    static boolean negative(String text) {
        return text.contains("不") || text.contains("未") || text.contains("没有") || text.contains("无");
    }

    // ---------------------------------------------------------------- outcomes

    private Parts.Outcome outcome(OutcomeContext o) {
        int from = from(o);
        int to = to(o);
        if (o instanceof FullOutcomeContext f) {
            if (f.NUM() != null) {
                BigDecimal stated = tok(f.NUM().getSymbol()).number();
                if (stated != null && stated.compareTo(ctx.maxScore()) != 0) {
                    reader.warn("D023", from, to, reader.span(from, to), Numerals.trim(stated),
                            Numerals.trim(ctx.maxScore()));
                }
            }
            return new Parts.Outcome(Parts.OutcomeKind.FULL, null, null, f.THIS_ITEM() != null, from, to);
        } else if (o instanceof ZeroOutcomeContext z) {
            return new Parts.Outcome(Parts.OutcomeKind.FIXED, new Points.Absolute(BigDecimal.ZERO), null,
                    z.THIS_ITEM() != null, from, to);
        } else if (o instanceof RangeOutcomeContext r) {
            return new Parts.Outcome(Parts.OutcomeKind.RANGE, points(r.score(0)), points(r.score(1)),
                    r.THIS_ITEM() != null, from, to);
        } else if (o instanceof BareRangeOutcomeContext r) {
            // 「9.0-10分」: 分 written once, after the range
            return new Parts.Outcome(Parts.OutcomeKind.RANGE, new Points.Absolute(number(r.NUM())), points(r.score()),
                    r.THIS_ITEM() != null, from, to);
        } else if (o instanceof ParenRangeOutcomeContext r) {
            return new Parts.Outcome(Parts.OutcomeKind.RANGE, points(r.score(0)), points(r.score(1)), false, from, to);
        } else if (o instanceof FixedOutcomeContext f) {
            return new Parts.Outcome(Parts.OutcomeKind.FIXED, points(f.score()), null, f.THIS_ITEM() != null, from, to);
        } else if (o instanceof ParenFixedOutcomeContext f) {
            return new Parts.Outcome(Parts.OutcomeKind.FIXED, points(f.score()), null, false, from, to);
        } else if (o instanceof JudgeOutcomeContext) {
            return new Parts.Outcome(Parts.OutcomeKind.JUDGE, null, null, false, from, to);
        } else if (o instanceof InterpOutcomeContext) {
            return new Parts.Outcome(Parts.OutcomeKind.INTERP, null, null, false, from, to);
        } else if (o instanceof RampOutcomeContext) {
            return new Parts.Outcome(Parts.OutcomeKind.RAMP, null, null, false, from, to);
        } else if (o instanceof PropOutcomeContext) {
            return new Parts.Outcome(Parts.OutcomeKind.PROP, null, null, false, from, to);
        } else if (o instanceof ShareOutcomeContext s) {
            Points a = share(s.value(0));
            Points b = share(s.value(1));
            // 100%-80% or 80%-100%: the band is the same, low end first
            boolean ascending = ((Points.ShareOfMax) a).numerator().compareTo(((Points.ShareOfMax) b).numerator()) <= 0;
            return new Parts.Outcome(Parts.OutcomeKind.SHARE, ascending ? a : b, ascending ? b : a, false, from, to);
        }
        // 按分值的60%计分 / 得60%分值 / 得一半分值 / 得分值的一半: a share of the 分值 (of a part's, in a sum)
        ValueContext shareOf = o instanceof ShareOfMaxOutcomeContext s ? s.value()
                : o instanceof ValueOfMaxOutcomeContext v ? v.value()
                : o instanceof MaxOfValueOutcomeContext m ? m.value() : null;
        if (shareOf != null) {
            Points.ShareOfMax p = (Points.ShareOfMax) share(shareOf);
            if (p.numerator().compareTo(p.denominator()) > 0) {
                throw fail("D024", from, to, reader.span(from, to), "超过分值的得分份额");
            }
            return new Parts.Outcome(Parts.OutcomeKind.SHARE_OF_MAX, p, null, false, from, to);
        }
        if (o instanceof RespectiveOutcomeContext || o instanceof FormulaOutcomeContext) {
            throw new IllegalStateException("分别 and formula outcomes are parts of their own (see part())");
        }
        NaOutcomeContext n = (NaOutcomeContext) o;
        return new Parts.Outcome(Parts.OutcomeKind.NOT_APPLICABLE, null, null, n.THIS_ITEM() != null, from, to);
    }

    private Points points(ScoreContext s) {
        return new Points.Absolute(number(s.NUM()));
    }

    /** 100% (or 0) of the 分值 in a share band: a percentage or a bare number read as one. */
    private Points share(ValueContext v) {
        Quantity q = value(v);
        if (q.unit().dimension() != io.perfeval.core.rule.Dimension.RATIO || q.value().signum() < 0) {
            throw fail("D017", from(v), to(v), reader.span(from(v), to(v)), "%", q.unit());
        }
        BigDecimal pct = q.unit().isPercent() ? q.value() : q.value().multiply(BigDecimal.valueOf(100));
        if (q.unit().equals(Unit.NUMBER) && q.value().compareTo(BigDecimal.ONE) > 0) {
            pct = q.value(); // 60%-0: the bare 0 and a bare 60 are percentages written without %
        }
        return new Points.ShareOfMax(pct.stripTrailingZeros(), BigDecimal.valueOf(100));
    }

    private BigDecimal number(TerminalNode n) {
        BigDecimal v = tok(n.getSymbol()).number();
        if (v == null) {
            Tok t = tok(n.getSymbol());
            throw fail("D016", t.from, t.to, "数字过长");
        }
        return v;
    }

    private Parts.LevelTable levelTable(LevelTableContext l) {
        String text = reader.span(from(l.prose()), to(l.prose()));
        List<String> labels = new ArrayList<>();
        for (String s : text.split("[、，,和及]")) {
            String label = s.replaceAll("^(?:优秀|良好|合格|中等|较好|一般|较差|差|优|良|中)?", "$0").strip();
            if (!label.isEmpty()) {
                labels.add(label);
            }
        }
        // the labels end where their count does: 优、良、中、差四档 → 优 良 中 差
        if (!labels.isEmpty()) {
            String lastLabel = labels.get(labels.size() - 1).replaceAll("[一二三四五六七八九十0-9]+(?:个)?(?:档|等|级|个等次|等次)$", "");
            labels.set(labels.size() - 1, lastLabel);
        }
        List<BigDecimal> scores = new ArrayList<>();
        for (ScoreContext s : l.score()) {
            scores.add(number(s.NUM()));
        }
        return new Parts.LevelTable(List.copyOf(labels), List.copyOf(scores), from(l), to(l));
    }

    // ---------------------------------------------------------------- deductions

    private Parts.Step step(StepContext s) {
        int from = from(s);
        int to = to(s);
        Expr measure = null;
        Expr reference = null;
        if (s.NAME().size() == 2) {
            measure = new Expr.Ref(entry(s.NAME(0)).name());
            reference = new Expr.Ref(entry(s.NAME(1)).name());
        }
        Expr subject = s.subjectTerm() == null ? null : subjectTerm(s.subjectTerm());
        if (subject != null) {
            lastSubject = subject;
        }
        String dirValue = s.DIRECTION() == null ? null : (String) tok(s.DIRECTION().getSymbol()).value;
        StepSizeContext size = s.stepSize();
        String typo = null;
        Quantity q;
        if (size.NUM() != null) {
            BigDecimal n = number(size.NUM());
            Unit u = size.PERCENT() != null || size.PCT_POINT() != null ? Unit.PERCENT
                    : (Unit) tok(size.UNIT().getSymbol()).value;
            q = new Quantity(n, u);
        } else {
            // 每增个百分点: the number was left out (D011 names the reading)
            Unit u = size.PCT_POINT() != null ? Unit.PERCENT : (Unit) tok(size.UNIT().getSymbol()).value;
            q = new Quantity(BigDecimal.ONE, u);
            String dirWord = s.DIRECTION() == null ? "" : s.DIRECTION().getText();
            dirWord = dirWord.equals("增") ? "增加" : dirWord.equals("减") ? "减少" : dirWord;
            typo = "每" + dirWord + "一" + size.getText();
        }
        if (q.value().signum() <= 0) {
            throw fail("D024", from, to, reader.span(from, to), "每档的大小必须大于0");
        }
        // reading 26: a lag (滞后、延迟 …) counted in time is more time; counted in progress (%, 件) it is less progress
        Direction dir = dirValue == null ? null : dirValue.equals("LAG")
                ? (q.unit().dimension() == io.perfeval.core.rule.Dimension.DURATION || duration(q.unit())
                ? Direction.ABOVE : Direction.BELOW)
                : Direction.valueOf(dirValue);
        return new Parts.Step(dir, q, s.BAND() != null, measure, reference, subject, amount(s.amount()), typo, from,
                to);
    }

    private static boolean duration(Unit u) {
        String s = u.symbol();
        return s.equals("日") || s.equals("天") || s.equals("工作日") || s.equals("月") || s.equals("年")
                || s.equals("小时");
    }

    private Parts.Deduction deduction(DeductionContext d) {
        DeductionPrefixContext pre = d.deductionPrefix();
        Parts.Counted counted = Parts.Counted.PLAIN;
        Expr count = null;
        int countFrom = from(d);
        if (pre != null) {
            if (pre.EACH_PREFIX() != null) {
                counted = Parts.Counted.EACH_PREFIX;
            } else if (pre.FAIL_ITEM() != null) {
                counted = Parts.Counted.FAIL_ITEM;
            } else if (pre.BACKREF() != null) {
                counted = Parts.Counted.BACKREF;
            } else {
                counted = Parts.Counted.EACH_TIME;
                if (pre.prose() != null) {
                    // 每出现一个专项未按进度完成资金下达扣0.5分: the counted thing is prose, not a declared count
                    throw fail("D034", from(pre), to(pre), reader.span(from(pre), to(pre)));
                }
                if (pre.subjectTerm() != null) {
                    SubjectTermContext st = pre.subjectTerm();
                    if (st.NAME() == null) {
                        throw fail("D006", from(st), to(st), reader.span(from(st), to(st)), "（每…后应为计数的名称）");
                    }
                    count = new Expr.Ref(entry(st.NAME()).name());
                }
            }
        }
        return new Parts.Deduction(counted, count, amount(d.amount()), countFrom, from(d), to(d));
    }

    private Points amount(AmountContext a) {
        if (a instanceof ShareAmountContext s) {
            CriterionTokens.Fraction f = (CriterionTokens.Fraction) tok(s.FRACTION().getSymbol()).value;
            return new Points.ShareOfMax(f.numerator(), f.denominator());
        } else if (a instanceof FractionAmountContext s) {
            CriterionTokens.Fraction f = (CriterionTokens.Fraction) tok(s.FRACTION().getSymbol()).value;
            return new Points.ShareOfMax(f.numerator(), f.denominator());
        } else if (a instanceof PercentAmountContext p) {
            return new Points.ShareOfMax(number(p.NUM()).stripTrailingZeros(), BigDecimal.valueOf(100));
        }
        PointsAmountContext p = (PointsAmountContext) a;
        return new Points.Absolute(number(p.NUM()));
    }

    private Parts.Limit limit(LimitContext l) {
        int from = from(l);
        int to = to(l);
        if (l.FLOOR() != null) {
            Object v = tok(l.FLOOR().getSymbol()).value;
            return new Parts.Limit(Parts.LimitKind.FLOOR, v == null ? null : new Points.Absolute((BigDecimal) v),
                    from, to);
        } else if (l.CAP() != null) {
            return new Parts.Limit(Parts.LimitKind.CAP, null, from, to);
        } else if (l.DEDUCT() != null) {
            return new Parts.Limit(Parts.LimitKind.MOST_DEDUCT, amount(l.amount()), from, to);
        } else if (l.BONUS() == null) {
            return new Parts.Limit(Parts.LimitKind.MOST_SCORE, amount(l.amount()), from, to);
        }
        return new Parts.Limit(Parts.LimitKind.MOST_BONUS, amount(l.amount()), from, to);
    }

    // ---------------------------------------------------------------- conditions

    private Parts.Part condition(ConditionContext c) {
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
                    isAnd ? List.of(joined) : List.copyOf(list), null, acc.from(), next.to());
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
        Parts.Cond out = comparison0(c);
        if (omitted) {
            implicit.add(out);
        }
        return out;
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
            Condition low = new Condition.Compare(incl1 ? Comparison.GE : Comparison.GT, s, new Expr.Const(lo));
            Condition high = new Condition.Compare(incl2 ? Comparison.LE : Comparison.LT, s, new Expr.Const(hi));
            Condition all = new Condition.All(List.of(low, high));
            return new Parts.Cond(all, s, lo, hi, List.of(all), null, from, to);
        } else if (c instanceof BoundsFirstComparisonContext b) {
            Expr s = subject(b.subject());
            lastSubject = s;
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
        if (v.unit().equals(Unit.NUMBER) && subject instanceof Expr.Ref r) {
            NameTable.Entry e = ctx.names().get(r.name());
            if (e != null && e.unit() != null && !e.unit().equals(Unit.NUMBER)) {
                return new Quantity(v.value(), e.unit());
            }
        }
        return v;
    }

    private void checkUnits(Expr subject, Quantity v, int from, int to) {
        if (subject instanceof Expr.Ref r) {
            NameTable.Entry e = ctx.names().get(r.name());
            if (e != null && e.unit() != null && !e.unit().comparableWith(v.unit())) {
                throw fail("D017", from, to, reader.span(from, to), e.unit(), v.unit());
            }
        }
    }

    /** The subject written, or the omitted one: 计分对象, the indicator's own measure, the last subject written. */
    private Expr subjectOr(SubjectContext written, int from, int to) {
        if (written != null) {
            Expr s = subject(written);
            lastSubject = s;
            return s;
        }
        omitted = true;
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

    private Expr subject(SubjectContext s) {
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

    private NameTable.Entry entry(TerminalNode n) {
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
        } else if (f.NAME() != null) {
            Expr ref = new Expr.Ref(entry(f.NAME()).name());
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
