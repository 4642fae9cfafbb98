package io.perfeval.dsl;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm.Direction;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import io.perfeval.dsl.CriterionTokens.Tok;
import io.perfeval.dsl.CriterionParser.*;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns a criterion's parse tree into {@link Parts}, in text order: outcomes, deductions, steps, limits and the other
 * parts here, the conditions and formulas over the pack's names in {@link Conditions} (names resolved, numbers read
 * with their units, an omitted subject filled in, periods applied to series). Makes no reading decision; reports what
 * is wrong with a constituent itself (a unit that does not agree, a series without periods) and stops the criterion
 * there.
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
    /** Conditions, comparisons, subjects and formulas over the pack's names. */
    private final Conditions conditions;

    PartsBuilder(CriterionReader.Context ctx, CriterionReader reader) {
        this.ctx = ctx;
        this.reader = reader;
        this.conditions = new Conditions(ctx, reader);
    }

    Parts.Sentence sentence(TerminalNode marker, BodyContext body) {
        List<Parts.Part> parts = new ArrayList<>();
        for (PartContext p : body.part()) {
            Parts.Part made = part(p);
            if (parts.isEmpty() && made instanceof Parts.Cond c && body.getChildCount() > 2
                    && body.getChild(1) instanceof SepContext sep && sep.COLON() != null
                    && body.part(1) instanceof ConditionPartContext) {
                // 「山区…牧区:覆盖…达到300户的得10分,…得9分」: a condition, a colon and another condition — the first heads
                // the sentence and holds for every clause of it (「90-100%:3分」 is a clause, its colon before the outcome)
                made = new Parts.Heading(c, c.from(), c.to());
            }
            parts.add(made);
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
            return new Parts.BaseScore(conditions.number(b.score().NUM()), from, to);
        } else if (p instanceof StandardPartContext s) {
            return new Parts.Standard((Quantity) tok(s.STANDARD().getSymbol()).value, from, to);
        } else if (p instanceof NotePartContext) {
            return new Parts.Note(from, to);
        } else if (p instanceof VetoPartContext v) {
            return new Parts.Veto(Rule.VetoScope.valueOf((String) tok(v.VETO().getSymbol()).value), from, to);
        } else if (p instanceof DefinitionPartContext) {
            return new Parts.Definition(from, to); // checked against the pack's 计算 by CriterionReader
        } else if (p instanceof FormulaPartContext f) {
            return new Parts.Formula(conditions.expr(f.expr()), from, to);
        } else if (p instanceof LevelTablePartContext l) {
            return levelTable(l.levelTable());
        } else if (p instanceof StepPartContext s) {
            return step(s.step());
        } else if (p instanceof DeductionPartContext d) {
            return d.deduction().TO() != null ? lossRange(d.deduction()) : deduction(d.deduction());
        } else if (p instanceof LimitPartContext l) {
            return limit(l.limit());
        } else if (p instanceof BonusPartContext b) {
            return new Parts.Bonus(amount(b.amount()), from, to);
        } else if (p instanceof OutcomePartContext o) {
            if (o.outcome() instanceof RespectiveOutcomeContext r) {
                return new Parts.Respective(scores(r.score(), r.NUM()), from, to);
            }
            if (o.outcome() instanceof FormulaOutcomeContext f) {
                // 按执行率×分值计分: a formula for the score; 按完成率计分 of a rate alone is its share of the 分值
                Expr e = conditions.expr(f.expr());
                NameTable.Entry r = e instanceof Expr.Ref ref ? ctx.names().get(NameTable.normal(ref.name())) : null;
                if (r != null && r.unit() != null && r.unit().isPercent() || ratioPhrase(f.expr())) {
                    // 按照完成值占指标值的比例计分: the ratio's share of the 分值, as 按完成率计分 is
                    e = new Expr.Binary(Expr.ArithmeticOp.MULTIPLY, e, new Expr.MaxScore());
                }
                return new Parts.Formula(e, from, to);
            }
            return outcome(o.outcome());
        } else if (p instanceof OtherwisePartContext) {
            return new Parts.Otherwise(from, to);
        } else if (p instanceof ConditionPartContext c) {
            if (Conditions.definitionLike(c) != null) {
                return new Parts.Definition(from, to); // checked against the pack's 计算 by CriterionReader
            }
            return conditions.condition(c.condition());
        } else if (p instanceof BoundPartContext b) {
            return conditions.boundPart(b, from, to); // 「100%:5分」 after a topic: the bound of the topic
        } else if (p instanceof MethodPartContext m) {
            // 「按工程形象进度评价。」「根据…比例,5%以内扣1分…」: what the clauses after it compare (as a topic)
            conditions.topic(m.subject());
            return new Parts.Topic(from, to);
        } else if (p instanceof TopicPartContext t) {
            // 「项目投资计划完成率,100%:5分;…」: the subject the clauses after it leave out — only where a sentence
            // begins; a declared name standing alone inside a sentence is a slip (a comparison or an outcome missing)
            if (t.getParent().getChild(0) != t) {
                throw fail("D047", from(t.subject()), to(t.subject()), reader.span(from(t.subject()), to(t.subject())));
            }
            conditions.topic(t.subject());
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
                    // 「…,满分2.5分。…,满分1分。」 in a 4-point indicator: the points of that part, not the indicator's
                    // full marks (read so, any one part met scored all 4); above the 分值 it is refused (D042)
                    reader.warn("D023", from, to, reader.span(from, to), Numerals.trim(stated),
                            Numerals.trim(ctx.maxScore()));
                    return new Parts.Outcome(Parts.OutcomeKind.FIXED, new Points.Absolute(stated), null,
                            f.THIS_ITEM() != null, from, to);
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
            return new Parts.Outcome(Parts.OutcomeKind.RANGE, new Points.Absolute(conditions.number(r.NUM())), points(r.score()),
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

    /** Whether the formula is one 「X占Y的比例」 and nothing else. */
    private static boolean ratioPhrase(ExprContext e) {
        return e.term().size() == 1 && e.term(0).factor().size() == 1 && e.term(0).factor(0).OCCUPY() != null;
    }

    private Points points(ScoreContext s) {
        return new Points.Absolute(conditions.number(s.NUM()));
    }

    /** 100% (or 0) of the 分值 in a share band: a percentage or a bare number read as one. */
    private Points share(ValueContext v) {
        Quantity q = conditions.value(v);
        if (q.unit().dimension() != io.perfeval.core.rule.Dimension.RATIO || q.value().signum() < 0) {
            throw fail("D017", from(v), to(v), reader.span(from(v), to(v)), "%", q.unit());
        }
        BigDecimal pct = q.unit().isPercent() ? q.value() : q.value().multiply(BigDecimal.valueOf(100));
        if (q.unit().equals(Unit.NUMBER) && q.value().compareTo(BigDecimal.ONE) > 0) {
            pct = q.value(); // 60%-0: the bare 0 and a bare 60 are percentages written without %
        }
        return new Points.ShareOfMax(pct.stripTrailingZeros(), BigDecimal.valueOf(100));
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
        return new Parts.LevelTable(List.copyOf(labels), scores(l.score(), l.NUM()), from(l), to(l));
    }

    /** 「6分、4分、2分」, or 「6、4、2分」 with 分 written once after the last: the same scores. */
    private List<BigDecimal> scores(List<ScoreContext> each, List<org.antlr.v4.runtime.tree.TerminalNode> sharedUnit) {
        List<BigDecimal> scores = new ArrayList<>();
        for (ScoreContext s : each) {
            scores.add(conditions.number(s.NUM()));
        }
        for (org.antlr.v4.runtime.tree.TerminalNode n : sharedUnit) {
            scores.add(conditions.number(n));
        }
        return List.copyOf(scores);
    }

    // ---------------------------------------------------------------- deductions

    private Parts.Step step(StepContext s) {
        int from = from(s);
        int to = to(s);
        String implied = null;
        if (s.EACH() == null) {
            // 「少一次扣0.5分」「下降1个百分点扣1分」: one unit before 扣 is per unit, as 一项不符合扣0.5分 is per item (D011
            // says so); any other size leaves per step or once open (「下降5个百分点扣1分」, D066)
            String said = s.DIRECTION().getText() + s.stepSize().getText();
            if (s.stepSize().NUM() == null || conditions.number(s.stepSize().NUM()).compareTo(BigDecimal.ONE) != 0) {
                throw fail("D066", from, to, reader.span(from, to), said);
            }
            implied = "每" + said;
        }
        Expr measure = null;
        Expr reference = null;
        if (s.NAME().size() == 2) {
            measure = new Expr.Ref(conditions.entry(s.NAME(0)).name());
            reference = new Expr.Ref(conditions.entry(s.NAME(1)).name());
        }
        Expr subject = s.subjectTerm() == null ? null : conditions.stepSubject(s.subjectTerm());
        String dirValue = s.DIRECTION() == null ? null : (String) tok(s.DIRECTION().getSymbol()).value;
        StepSizeContext size = s.stepSize();
        String typo = null;
        Quantity q;
        if (size.NUM() != null) {
            BigDecimal n = conditions.number(size.NUM());
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
        if (implied != null) {
            typo = implied;
        }
        if (q.value().signum() <= 0) {
            throw fail("D024", from, to, reader.span(from, to), "每档的大小必须大于0");
        }
        // reading 26: a lag (滞后、延迟 …) counted in time is more time; counted in progress (%, 件) it is less progress
        Direction dir = dirValue == null ? null : dirValue.equals("LAG")
                ? (q.unit().dimension() == io.perfeval.core.rule.Dimension.DURATION || duration(q.unit())
                ? Direction.ABOVE : Direction.BELOW)
                : Direction.valueOf(dirValue);
        return new Parts.Step(dir, q, s.BAND() != null, measure, reference, subject, amount(s.amount()),
                s.BONUS() != null, typo, from, to);
    }

    private static boolean duration(Unit u) {
        String s = u.symbol();
        return s.equals("日") || s.equals("天") || s.equals("工作日") || s.equals("月") || s.equals("年")
                || s.equals("小时");
    }

    /**
     * 「…不合理的，扣1-3分」「酌扣2-5分」: a loss the evaluator chooses inside the range, read as 酌情扣分 with its bounds
     * (a judged outcome whose low and high are the points taken away; the clause reader makes it a judgement of
     * 分值 − high to 分值 − low). Counted per occurrence or per item (每处扣0.2-0.5分, 各酌扣5-10分) it is refused: the
     * evaluator gives one judgement per indicator, not one per occurrence (D079).
     */
    private Parts.Part lossRange(DeductionContext d) {
        int from = from(d);
        int to = to(d);
        if (d.deductionPrefix() != null || d.PER_UNIT() != null) {
            throw fail("D079", from, to, reader.span(from, to));
        }
        Points low = d.NUM() != null ? new Points.Absolute(conditions.number(d.NUM())) : amount(d.amount(0));
        Points high = amount(d.amount(d.amount().size() - 1));
        if (!(low instanceof Points.Absolute lo && high instanceof Points.Absolute hi)
                || lo.points().compareTo(hi.points()) >= 0) {
            // 分值的十分之一至五分之一, or 扣3-1分: say it as points, low end first
            throw fail("D080", from, to, reader.span(from, to), Numerals.trim(ctx.maxScore()));
        }
        return new Parts.Outcome(Parts.OutcomeKind.JUDGE, low, high, false, from, to);
    }

    private Parts.Deduction deduction(DeductionContext d) {
        if (d.DEDUCT() != null && CriterionTokens.JUDGED.equals(tok(d.DEDUCT().getSymbol()).value)) {
            // 「酌扣2分」: up to 2 points, at the evaluator's discretion, or 2 points? The words do not say
            throw fail("D081", from(d), to(d), reader.span(from(d), to(d)));
        }
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
                if (pre.prose() != null && !countsTheSubject()) {
                    // 每出现一个专项未按进度完成资金下达扣0.5分: the counted thing is prose, not a declared count; with
                    // 计分对象 a declared count the words say what it counts (「少1人档扣1分」, reading 31)
                    throw fail("D034", from(pre), to(pre), reader.span(from(pre), to(pre)));
                }
                if (pre.subjectTerm() != null) {
                    SubjectTermContext st = pre.subjectTerm();
                    if (st.NAME() == null) {
                        throw fail("D006", from(st), to(st), reader.span(from(st), to(st)), "（每…后应为计数的名称）");
                    }
                    NameTable.Entry counted0 = conditions.entry(st.NAME());
                    count = new Expr.Ref(counted0.name());
                    if (pre.EACH_TIME().isEmpty() && pre.EACH() == null && (counted0.unit() == null
                            || counted0.unit().dimension() != io.perfeval.core.rule.Dimension.COUNT)) {
                        // reading 58 is for counts: 「超支金额扣1分」 — per 万元, or once? The words do not say (D066)
                        throw fail("D066", from(pre), to(d), reader.span(from(pre), to(d)), "1" + (counted0.unit()
                                == null ? "" : counted0.unit().symbol()));
                    }
                }
            }
        }
        if (d.PER_UNIT() != null && counted == Parts.Counted.PLAIN) {
            // 「…不强的评价指标,扣0.5分/个」: per occurrence, as 每个扣0.5分 (the words before are what is counted)
            counted = Parts.Counted.EACH_TIME;
            if (pre != null && !countsTheSubject()) {
                throw fail("D034", from(pre), to(d), reader.span(from(pre), to(d)));
            }
        }
        org.antlr.v4.runtime.tree.TerminalNode verb = d.DEDUCT() != null ? d.DEDUCT() : d.BONUS() != null ? d.BONUS()
                : d.GET();
        return new Parts.Deduction(counted, count, amount(d.amount(0)), d.BONUS() != null || d.GET() != null,
                d.GET() != null, countFrom, tok(verb.getSymbol()).from, from(d), to(d));
    }

    /** Whether the indicator's 计分对象 is a declared count, which a per-occurrence deduction counts (reading 31). */
    private boolean countsTheSubject() {
        NameTable.Entry e = ctx.subject() == null ? null : ctx.names().get(ctx.subject());
        return e != null && e.kind() == NameTable.Kind.NUMERIC && e.unit() != null
                && e.unit().dimension() == io.perfeval.core.rule.Dimension.COUNT;
    }

    private Points amount(AmountContext a) {
        if (a instanceof ShareAmountContext s) {
            CriterionTokens.Fraction f = (CriterionTokens.Fraction) tok(s.FRACTION().getSymbol()).value;
            return new Points.ShareOfMax(f.numerator(), f.denominator());
        } else if (a instanceof FractionAmountContext s) {
            CriterionTokens.Fraction f = (CriterionTokens.Fraction) tok(s.FRACTION().getSymbol()).value;
            return new Points.ShareOfMax(f.numerator(), f.denominator());
        } else if (a instanceof PercentAmountContext p) {
            return new Points.ShareOfMax(conditions.number(p.NUM()).stripTrailingZeros(), BigDecimal.valueOf(100));
        }
        PointsAmountContext p = (PointsAmountContext) a;
        return new Points.Absolute(conditions.number(p.NUM()));
    }

    private Parts.Limit limit(LimitContext l) {
        int from = from(l);
        int to = to(l);
        if (l.FLOOR() != null) {
            Object v = tok(l.FLOOR().getSymbol()).value;
            return new Parts.Limit(Parts.LimitKind.FLOOR, v == null ? null : new Points.Absolute((BigDecimal) v),
                    from, to);
        } else if (l.CAP() != null && tok(l.CAP().getSymbol()).value instanceof BigDecimal most) {
            // 加到1分为止: as 最高加1分
            return new Parts.Limit(Parts.LimitKind.MOST_BONUS, new Points.Absolute(most), from, to);
        } else if (l.CAP() != null && "BONUS".equals(tok(l.CAP().getSymbol()).value)) {
            // 加分至基本分值封顶: the bonus is at most the 分值 (基本分值), as 最高加N分 with N the 分值
            return new Parts.Limit(Parts.LimitKind.MOST_BONUS, new Points.ShareOfMax(BigDecimal.ONE, BigDecimal.ONE),
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


    // ---------------------------------------------------------------- for the readings

    Expr expr(ExprContext e) {
        return conditions.expr(e);
    }

    Expr definedAs(SubjectsComparisonContext sc) {
        return conditions.definedAs(sc);
    }

    boolean implicitSubject(Parts.Part c) {
        return conditions.implicitSubject(c);
    }

    List<Condition> listAlternatives(Condition head) {
        return conditions.listAlternatives(head);
    }

    Expr lastSubject() {
        return conditions.lastSubject();
    }
}
