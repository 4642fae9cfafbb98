package io.perfeval.dsl;

import io.perfeval.core.DataField;
import io.perfeval.core.DataType;
import io.perfeval.core.GradeBand;
import io.perfeval.core.GradeScale;
import io.perfeval.core.Indicator;
import io.perfeval.core.Measure;
import io.perfeval.core.NotApplicablePolicy;
import io.perfeval.core.PackInfo;
import io.perfeval.core.Rounding;
import io.perfeval.core.RulePack;
import io.perfeval.core.diag.Problem;
import io.perfeval.core.diag.SourceLocation;
import io.perfeval.core.diag.Suggestions;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Dimension;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.core.rule.Unit;
import io.perfeval.dsl.PackParser.*;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Turns a parsed pack file into a checked core {@link RulePack}: the one visitor over the parse tree. */
final class PackReader {

    static final int MAX_NAME = 64;
    static final int MAX_NUMBER = 30;
    static final int MAX_CRITERION = 5000;
    static final int MAX_INDICATORS = 2000;

    private final Source source;
    final Diag diag;
    private final NameTable names = new NameTable();
    private final Map<String, SourceLocation> declared = new LinkedHashMap<>();
    private final List<DataField> fields = new ArrayList<>();
    private final List<Measure> measures = new ArrayList<>();
    /** 实际完成值 and 指标值, which a template's kinds read: declared for the criteria, never data of the pack. */
    private final List<DataField> templateFields = new ArrayList<>();
    private final Map<String, SourceLocation> sourceMap = new LinkedHashMap<>();
    /** Units the pack declares (单位：), by symbol. */
    private final Map<String, Unit> units = new LinkedHashMap<>();
    /** Per leaf path, the criterion text read as scoring nothing (for {@link Explanation}). */
    final Map<String, List<String>> unscored = new LinkedHashMap<>();
    /** The criterion lexicon with the pack's own spellings (写法：). */
    private Lexicon lexicon = Lexicon.STANDARD;
    private boolean undeclared;
    /** The canonical rule form (规则：…), read against this pack's names. */
    private final RuleForm rules = new RuleForm(this);
    /** The header says 加分：…: reading 50's steps need it (D065). */
    private boolean bonusDeclared;

    PackReader(Source source, Diag diag) {
        this.source = source;
        this.diag = diag;
    }

    // ---------------------------------------------------------------- locations

    SourceLocation loc(Token t) {
        return source.at(t.getStartIndex(), t.getStopIndex() - t.getStartIndex() + 1);
    }

    SourceLocation loc(ParserRuleContext c) {
        Token a = c.getStart();
        Token b = c.getStop() == null ? a : c.getStop();
        return source.at(a.getStartIndex(), Math.max(0, b.getStopIndex() - a.getStartIndex() + 1));
    }

    static String unquote(String s) {
        return s.substring(1, s.length() - 1);
    }

    /**
     * A text printed on one line of every sheet (a name, a header field, a checklist item): a control character or a
     * line break in it would break the sheet's lines or forge new ones, so it is refused (D058), and the text goes on
     * with spaces for them so that the rest of the file is still checked.
     */
    String oneLine(String s, Token at) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029') {
                diag.error("D058", "", loc(at), String.format("U+%04X", (int) ch), s.substring(0, i).strip());
                StringBuilder b = new StringBuilder(s.length());
                for (int k = 0; k < s.length(); k++) {
                    char c = s.charAt(k);
                    b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
                }
                return b.toString();
            }
        }
        return s;
    }

    private static String text(TextContext t) {
        if (t.STRING() != null) {
            return unquote(t.STRING().getText());
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.getChildCount(); i++) {
            b.append(t.getChild(i).getText());
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- the pack

    Optional<RulePack> read(PackContext pack) {
        HeaderContext h = pack.header();
        String id = h.packId == null ? "unknown" : h.packId.getText();
        String name = null;
        String region = "";
        String version = "";
        String basis = "";
        BigDecimal total = new BigDecimal("100");
        Rounding rounding = Rounding.DEFAULT;
        NotApplicablePolicy policy = NotApplicablePolicy.RESCALE;
        io.perfeval.core.BonusPolicy bonus = io.perfeval.core.BonusPolicy.WITHIN_MAX;
        BigDecimal maxTotal = null;
        // the pack as a whole (subject ""), for the checks of its 总分 (C003) and of its having indicators (C015)
        sourceMap.put("", loc(h.getStart()));
        for (HeaderFieldContext f : h.headerField()) {
            if (f instanceof HNameContext c) {
                name = oneLine(text(c.value), c.value.getStart());
            } else if (f instanceof HRegionContext c) {
                region = oneLine(text(c.value), c.value.getStart());
            } else if (f instanceof HVersionContext c) {
                version = oneLine(text(c.value), c.value.getStart());
            } else if (f instanceof HBasisContext c) {
                basis = oneLine(text(c.value), c.value.getStart());
            } else if (f instanceof HTotalContext c) {
                total = number(c.number());
                sourceMap.put("", loc(c.getStart()));
            } else if (f instanceof HRoundingContext c) {
                RoundingMode mode = RoundingMode.HALF_UP;
                if (c.roundMode != null) {
                    mode = switch (c.roundMode.getText()) {
                        case "四舍五入" -> RoundingMode.HALF_UP;
                        case "去尾", "截尾" -> RoundingMode.DOWN;
                        case "进一", "进位" -> RoundingMode.UP;
                        case "四舍六入五成双", "银行家舍入" -> RoundingMode.HALF_EVEN;
                        default -> {
                            diag.error("D018", "", loc(c.roundMode), "舍入方式", c.roundMode.getText(),
                                    "四舍五入、去尾、进一、四舍六入五成双");
                            yield RoundingMode.HALF_UP;
                        }
                    };
                }
                int scale = scale(c.scale);
                if (scale > Rounding.MAX_SCORE_SCALE) {
                    // never cut silently: 保留8位小数 kept to 6 would print other scores than the pack declares
                    diag.error("D016", "", loc(c.scale), "得分最多保留 " + Rounding.MAX_SCORE_SCALE + " 位小数，此处为 "
                            + scale + " 位");
                    scale = Rounding.MAX_SCORE_SCALE;
                }
                rounding = new Rounding(scale, mode);
            } else if (f instanceof HBonusPolicyContext c) {
                bonusDeclared = true;
                bonus = switch (c.policy.getText()) {
                    case "不超过分值" -> io.perfeval.core.BonusPolicy.WITHIN_MAX;
                    case "可超过分值" -> io.perfeval.core.BonusPolicy.ABOVE_MAX;
                    default -> {
                        diag.error("D018", "", loc(c.policy), "加分", c.policy.getText(), "不超过分值、可超过分值");
                        yield io.perfeval.core.BonusPolicy.WITHIN_MAX;
                    }
                };
            } else if (f instanceof HMaxTotalContext c) {
                maxTotal = number(c.number());
            } else if (f instanceof HNaPolicyContext c) {
                policy = switch (c.policy.getText()) {
                    case "按比例折算" -> NotApplicablePolicy.RESCALE;
                    case "不计入" -> NotApplicablePolicy.EXCLUDE;
                    default -> {
                        diag.error("D018", "", loc(c.policy), "不适用处理", c.policy.getText(), "按比例折算、不计入");
                        yield NotApplicablePolicy.RESCALE;
                    }
                };
            }
        }
        if (name == null) {
            diag.error("D030", "", loc(h.getStart()), "名称");
            name = id;
        }
        PackInfo info = new PackInfo(id, name, region, version, basis);
        RulePack.Builder b = RulePack.builder(info).totalScore(total).rounding(rounding).notApplicablePolicy(policy)
                .bonusPolicy(bonus);
        if (maxTotal != null) {
            b.maxTotal(maxTotal);
        }

        // units and wording first: the data, formulas and criteria use them
        for (SectionContext s : pack.section()) {
            if (s instanceof UnitsSectionContext u) {
                for (UnitDeclContext ud : u.unitDecl()) {
                    unitDecl(ud);
                }
            } else if (s instanceof WordingSectionContext w) {
                wording(w);
            }
        }

        // declarations first, wherever they are written, so that indicators may come before or after them
        for (SectionContext s : pack.section()) {
            if (s instanceof DataSectionContext d) {
                for (DataDeclContext dd : d.dataDecl()) {
                    data(dd);
                }
            }
        }
        TemplateReader templates = new TemplateReader(this, diag);
        for (SectionContext s : pack.section()) {
            if (s instanceof TemplateSectionContext t) {
                templates.section(t);
            }
        }
        for (SectionContext s : pack.section()) {
            if (s instanceof MeasuresSectionContext m) {
                for (MeasureDeclContext md : m.measureDecl()) {
                    declare(md.name, NameTable.Kind.NUMERIC, null, List.of());
                }
            } else if (s instanceof AliasesSectionContext a) {
                for (AliasDeclContext ad : a.aliasDecl()) {
                    if (names.has(ad.alias.getText())) {
                        diag.error("D004", ad.alias.getText(), loc(ad.alias), ad.alias.getText());
                    }
                    String target = ad.target.getText();
                    if (!names.has(target)) {
                        unknown(ad.target);
                    } else {
                        names.alias(ad.alias.getText(), names.get(target).name());
                    }
                }
            }
        }
        for (SectionContext s : pack.section()) {
            if (s instanceof MeasuresSectionContext m) {
                for (MeasureDeclContext md : m.measureDecl()) {
                    measure(md);
                }
            }
        }
        for (SectionContext s : pack.section()) {
            if (s instanceof GradesSectionContext g) {
                List<GradeBand> bands = new ArrayList<>();
                for (GradeBandContext gb : g.gradeBand()) {
                    bands.add(new GradeBand(gb.name.getText(), gb.lo == null ? null : number(gb.lo),
                            gb.lop == null || gb.lop.LE() != null || gb.lop.GE() != null,
                            gb.hi == null ? null : number(gb.hi), gb.hip != null && (gb.hip.LE() != null
                            || gb.hip.GE() != null)));
                }
                b.grades(new GradeScale(bands));
                sourceMap.put("等级", loc(g));
            }
        }
        for (DataField f : fields) {
            b.field(f);
        }
        for (Measure m : measures) {
            b.measure(m);
        }
        List<Node> tops = new ArrayList<>();
        for (SectionContext s : pack.section()) {
            if (s instanceof IndicatorsSectionContext is) {
                tree(is.indicator(), tops);
            }
        }
        List<Indicator> built = new ArrayList<>();
        for (Node n : tops) {
            Indicator i = build(n, n.name, b);
            if (i != null) {
                built.add(i);
            }
        }
        for (Indicator i : built) {
            b.indicator(i);
        }
        // built once; not ifPresent(b::template): a method reference spins a class on a JVM's first compile
        Optional<io.perfeval.core.IndicatorTemplate> template = templates.template();
        if (template.isPresent()) {
            b.template(template.get());
        }
        for (Map.Entry<String, SourceLocation> e : sourceMap.entrySet()) {
            b.source(e.getKey(), e.getValue());
        }
        if (built.size() != tops.size() || templates.failed()) {
            return Optional.empty(); // an indicator that could not be built has said why
        }
        RulePack.CheckResult result = b.check();
        for (Problem p : result.problems()) {
            if (undeclared && p.code().equals("C004")) {
                continue;
            }
            diag.add(p);
        }
        return diag.hasErrors() ? Optional.empty() : result.pack();
    }

    // ---------------------------------------------------------------- declarations

    private void declare(Token name, NameTable.Kind kind, Unit unit, List<String> periods) {
        String n = name.getText();
        if (n.length() > MAX_NAME) {
            diag.error("D016", n, loc(name), "名称长度超过 " + MAX_NAME + " 个字符");
        }
        if (declared.containsKey(n)) {
            diag.error("D004", n, loc(name), n);
            return;
        }
        declared.put(n, loc(name));
        sourceMap.put(n, loc(name));
        names.add(new NameTable.Entry(n, kind, unit, periods));
    }

    private void data(DataDeclContext d) {
        String name = d.name.getText();
        String desc = d.desc == null ? "" : unquote(d.desc.getText());
        DataTypeContext t = d.dataType();
        DataField f;
        if (t instanceof TAmountContext a) {
            Unit u = unit(a.u, "金额", Dimension.MONEY);
            f = new DataField(name, DataType.AMOUNT, u, desc, List.of(), List.of(), null, null);
        } else if (t instanceof TPercentContext p) {
            // 百分比（≤100%）: a share that cannot exceed its bound (issue 17); plain 百分比 is unbounded above, as before
            f = new DataField(name, DataType.PERCENTAGE, Unit.PERCENT, desc, List.of(), List.of(), BigDecimal.ZERO,
                    p.max == null ? null : new BigDecimal(p.max.getText()));
        } else if (t instanceof TCountContext c) {
            Unit u = unit(c.u, "数量", Dimension.COUNT);
            f = new DataField(name, DataType.COUNT, u, desc, List.of(), List.of(), null, null);
        } else if (t instanceof TQuantityContext q) {
            // 数值（%）: a rate that may be negative (变动率), unlike 百分比
            Unit u = q.SCORE_UNIT() != null ? Unit.POINT : q.PERCENT() != null ? Unit.PERCENT : unit(q.u, "数值", null);
            f = new DataField(name, DataType.QUANTITY, u, desc, List.of(), List.of(), null, null);
        } else if (t instanceof TYesNoContext) {
            f = DataField.yesNo(name, desc);
        } else if (t instanceof TChecklistContext c) {
            List<String> items = new ArrayList<>();
            for (TerminalNode x : c.STRING()) {
                items.add(oneLine(unquote(x.getText()), x.getSymbol()));
            }
            f = new DataField(name, DataType.CHECKLIST, Unit.NUMBER, desc, items, List.of(), null, null);
        } else {
            TSeriesContext s = (TSeriesContext) t;
            Unit u = s.PERCENT() != null ? Unit.PERCENT : unit(s.u, "分期数据", null);
            List<String> periods = new ArrayList<>();
            for (TerminalNode n : s.NAME()) {
                if (n.getSymbol() != s.u) {
                    periods.add(n.getText());
                }
            }
            f = new DataField(name, DataType.SERIES, u, desc, List.of(), periods, null, null);
        }
        NameTable.Kind kind = switch (f.type()) {
            case YES_NO -> NameTable.Kind.YES_NO;
            case CHECKLIST -> NameTable.Kind.CHECKLIST;
            case SERIES -> NameTable.Kind.SERIES;
            default -> NameTable.Kind.NUMERIC;
        };
        int before = declared.size();
        declare(d.name, kind, f.unit(), f.periods());
        if (declared.size() > before) {
            fields.add(f);
        }
    }

    private Unit unit(Token t, String what, Dimension needed) {
        if (t == null) {
            return Unit.NUMBER;
        }
        Optional<Unit> u = unitOf(t.getText());
        if (u.isPresent() && needed != null && u.get().dimension() != needed) {
            // 数量（个月）: a known unit, of another kind than the type asks for — say so, not that it is unknown
            diag.error("D083", what, loc(t), t.getText(), what);
            return needed == Dimension.MONEY ? Unit.WAN_YUAN : needed == Dimension.COUNT ? Unit.ITEM : Unit.NUMBER;
        }
        if (u.isEmpty()) {
            diag.error("D005", what, loc(t), t.getText(), what);
            return needed == Dimension.MONEY ? Unit.WAN_YUAN : needed == Dimension.COUNT ? Unit.ITEM : Unit.NUMBER;
        }
        return u.get();
    }

    private void measure(MeasureDeclContext m) {
        boolean before = undeclared;
        undeclared = false;
        Expr formula = expr(m.expr(), null);
        boolean unknownNames = undeclared;
        undeclared = before || unknownNames;
        Unit unit = m.unit() != null ? unitOf(m.unit()) : unknownNames ? Unit.NUMBER : inferUnit(formula);
        String desc = m.desc == null ? "" : unquote(m.desc.getText());
        Measure measure = new Measure(m.name.getText(), formula, unit, scale(m.scale), desc);
        measures.add(measure);
        NameTable.Entry e = names.get(m.name.getText());
        if (e != null && e.kind() == NameTable.Kind.NUMERIC && e.unit() == null && !unknownNames) {
            names.add(new NameTable.Entry(e.name(), e.kind(), unit, List.of()));
        }
    }

    /** The data declared so far, by name. */
    /** Whether {@code rule} adds points per step somewhere (reading 50's bonus). */
    private static boolean addsSteps(Rule rule) {
        if (rule instanceof Rule.Bonus b) {
            for (DeductionTerm t : b.terms()) {
                if (t instanceof DeductionTerm.PerStep) {
                    return true;
                }
            }
            return addsSteps(b.base());
        } else if (rule instanceof Rule.Cases c) {
            for (Rule.Case k : c.cases()) {
                if (addsSteps(k.then())) {
                    return true;
                }
            }
            return addsSteps(c.otherwise());
        } else if (rule instanceof Rule.Sum s) {
            for (Rule.Part p : s.parts()) {
                if (addsSteps(p.rule())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The declared measures' formulas by name, for a criterion that writes one out (D053). */
    private Map<String, Expr> formulas() {
        Map<String, Expr> out = new LinkedHashMap<>();
        for (Measure m : measures) {
            out.put(m.name(), m.formula());
        }
        return out;
    }

    private Map<String, DataField> fieldIndex() {
        Map<String, DataField> out = new LinkedHashMap<>();
        for (DataField f : fields) {
            out.put(f.name(), f);
        }
        for (DataField f : templateFields) {
            out.put(f.name(), f);
        }
        return out;
    }

    /** A unit by its symbol: the pack's own (单位：) first, then the standard ones. */
    private Optional<Unit> unitOf(String symbol) {
        Unit own = units.get(symbol);
        return own != null ? Optional.of(own) : Units.of(symbol);
    }

    /** 单位：羽：计数 / 标准亩：度量. */
    private void unitDecl(UnitDeclContext u) {
        String symbol = u.name.getText();
        if (units.containsKey(symbol)) {
            diag.error("D004", symbol, loc(u.name), symbol);
            return;
        }
        // a symbol the language knows too (处、笔、万 … learnt after some packs declared them): the pack's own
        // declaration wins, so a pack that compiled before keeps its meaning
        switch (u.kind.getText()) {
            case "计数" -> units.put(symbol, Unit.count(symbol));
            case "度量" -> units.put(symbol, Unit.other(symbol));
            default -> diag.error("D018", symbol, loc(u.kind), "单位的种类", u.kind.getText(), "计数、度量");
        }
    }

    /** 写法：「不足」 → 「低于」: the pack's own spellings of lexicon families. */
    private void wording(WordingSectionContext w) {
        Map<String, String> extra = new LinkedHashMap<>();
        for (WordingDeclContext d : w.wordingDecl()) {
            String spelling = unquote(d.spelling.getText()).strip();
            String family = unquote(d.family.getText()).strip();
            if (Lexicon.STANDARD.family(family) == null && Lexicon.STANDARD.familyOfSpelling(family) != null) {
                // 「综合评分」 → 「酌情评分」: named by one of its family's spellings, which says which family it joins
                family = Lexicon.STANDARD.familyOfSpelling(family).name();
            }
            if (Lexicon.STANDARD.family(family) == null) {
                diag.error("D018", spelling, loc(d.family), "用语族", family,
                        String.join("、", Lexicon.STANDARD.familyNames()));
            } else if (spelling.isEmpty()) {
                diag.error("D028", "", loc(d.spelling));
            } else {
                extra.put(NameTable.normal(spelling), family);
            }
        }
        lexicon = lexicon.with(extra);
    }

    private Unit unitOf(UnitContext u) {
        if (u.PERCENT() != null) {
            return Unit.PERCENT;
        }
        if (u.SCORE_UNIT() != null) {
            return Unit.POINT;
        }
        Optional<Unit> x = unitOf(u.getText());
        if (x.isEmpty()) {
            diag.error("D005", "", loc(u), u.getText(), "计算指标");
            return Unit.NUMBER;
        }
        return x.get();
    }

    /** The unit a formula yields, by the core's algebra (the checks and the evaluator use the same). */
    private Unit inferUnit(Expr e) {
        // a class, not this::declaredUnit: no lambda or method reference on the compile path (BENCHMARKS.md)
        Optional<io.perfeval.core.rule.DerivedUnit> d = io.perfeval.core.rule.DerivedUnit.of(e, new DeclaredUnits());
        Unit u = d.isPresent() ? d.get().unit().orElse(null) : null;
        return u == null ? Unit.NUMBER : u;
    }

    private final class DeclaredUnits implements java.util.function.Function<String, Unit> {
        @Override
        public Unit apply(String name) {
            return declaredUnit(name);
        }
    }

    /** The unit of a declared datum or measure (measures declared so far); null when not known. */
    private Unit declaredUnit(String name) {
        NameTable.Entry x = names.get(name);
        if (x != null && x.unit() != null) {
            return x.unit();
        }
        for (Measure m : measures) {
            if (m.name().equals(name)) {
                return m.unit();
            }
        }
        return null;
    }

    private int scale(Token t) {
        String s = t.getText();
        String digits = s.substring(2, s.length() - 3);
        BigDecimal v = Numerals.allDigits(digits) ? new BigDecimal(digits) : Numerals.parse(digits);
        if (v == null || v.compareTo(BigDecimal.TEN) > 0) {
            diag.error("D016", "", loc(t), "小数位数 " + digits);
            return 2;
        }
        return v.intValue();
    }

    BigDecimal number(NumberContext n) {
        String s = n.NUMBER().getText();
        if (s.length() > MAX_NUMBER) {
            diag.error("D016", "", loc(n), "数字过长");
            return BigDecimal.ZERO;
        }
        BigDecimal v = new BigDecimal(s);
        return n.MINUS() != null ? v.negate() : v;
    }

    private void unknown(Token t) {
        undeclared = true;
        diag.error("D003", t.getText(), loc(t), t.getText(), Suggestions.closest(t.getText(), names.spellings()));
    }

    private String resolve(Token t) {
        NameTable.Entry e = names.get(t.getText());
        if (e == null) {
            unknown(t);
            return t.getText();
        }
        return e.name();
    }

    // ---------------------------------------------------------------- formulas and conditions

    Expr expr(ExprContext e, Map<String, Object> phrases) {
        if (e instanceof EMulContext m) {
            return new Expr.Binary(m.op.getType() == PackParser.TIMES ? Expr.ArithmeticOp.MULTIPLY
                    : Expr.ArithmeticOp.DIVIDE, expr(m.expr(0), phrases), expr(m.expr(1), phrases));
        } else if (e instanceof EAddContext a) {
            return new Expr.Binary(a.op.getType() == PackParser.PLUS ? Expr.ArithmeticOp.ADD
                    : Expr.ArithmeticOp.SUBTRACT, expr(a.expr(0), phrases), expr(a.expr(1), phrases));
        } else if (e instanceof EParenContext p) {
            return expr(p.expr(), phrases);
        } else if (e instanceof EConstContext c) {
            return new Expr.Const(quantity(c.quantity()));
        } else if (e instanceof EMaxContext) {
            return new Expr.MaxScore();
        } else if (e instanceof ECountOfContext c) {
            List<Condition> counted = new ArrayList<>();
            for (ConditionContext x : c.condition()) {
                counted.add(condition(x, phrases));
            }
            return new Expr.CountOf(counted);
        } else if (e instanceof EFailedContext f) {
            return new Expr.FailedItems(checklistName(f.NAME().getSymbol()), items(f.items()));
        } else if (e instanceof EPeriodContext p) {
            return new Expr.PeriodValue(resolve(p.series), p.period.getText());
        } else if (e instanceof EMinContext m) {
            return new Expr.Min(expr(m.expr(0), phrases), expr(m.expr(1), phrases));
        } else if (e instanceof EMaxContext m) {
            return new Expr.Max(expr(m.expr(0), phrases), expr(m.expr(1), phrases));
        } else if (e instanceof EAbsContext a) {
            return new Expr.Abs(expr(a.expr(), phrases));
        }
        ERefContext r = (ERefContext) e;
        return new Expr.Ref(resolve(r.NAME().getSymbol()));
    }

    /** Checklists may be declared by the compiler itself (named after an indicator): resolved by the core check. */
    private String checklistName(Token t) {
        NameTable.Entry e = names.get(t.getText());
        return e == null ? t.getText() : e.name();
    }

    private List<Integer> items(ItemsContext i) {
        if (i == null) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (TerminalNode n : i.NUMBER()) {
            out.add(Integer.valueOf(n.getText().length() > 6 ? "0" : n.getText()));
        }
        return out;
    }

    Quantity quantity(QuantityContext q) {
        BigDecimal v = number(q.number());
        if (q.PERCENT() != null) {
            return new Quantity(v, Unit.PERCENT);
        }
        if (q.SCORE_UNIT() != null) {
            return new Quantity(v, Unit.POINT);
        }
        if (q.u != null) {
            Optional<Unit> u = unitOf(q.u.getText());
            if (u.isEmpty()) {
                diag.error("D005", "", loc(q.u), q.u.getText(), v.toPlainString());
                return new Quantity(v, Unit.NUMBER);
            }
            return new Quantity(v, u.get());
        }
        return new Quantity(v, Unit.NUMBER);
    }

    Condition condition(ConditionContext c, Map<String, Object> phrases) {
        if (c instanceof CNotContext n) {
            return new Condition.Not(condition(n.condition(), phrases));
        } else if (c instanceof CAndContext || c instanceof COrContext) {
            // an unparenthesised chain a 且 b 且 c is one All of three (as the printer writes it); parentheses nest
            boolean all = c instanceof CAndContext;
            List<Condition> parts = new ArrayList<>();
            chain(c, all, parts, phrases);
            return all ? new Condition.All(parts) : new Condition.Any(parts);
        } else if (c instanceof CParenContext p) {
            return condition(p.condition(), phrases);
        } else if (c instanceof CCompareContext cmp) {
            return new Condition.Compare(comparison(cmp.cmp()), expr(cmp.left, phrases), expr(cmp.right, phrases));
        } else if (c instanceof CAllMetContext a) {
            return new Condition.AllItemsMet(checklistName(a.NAME().getSymbol()), items(a.items()));
        }
        CYesContext y = (CYesContext) c;
        return new Condition.IsYes(resolve(y.NAME().getSymbol()));
    }

    private void chain(ConditionContext c, boolean all, List<Condition> out, Map<String, Object> phrases) {
        if (all && c instanceof CAndContext a) {
            chain(a.condition(0), true, out, phrases);
            chain(a.condition(1), true, out, phrases);
        } else if (!all && c instanceof COrContext o) {
            chain(o.condition(0), false, out, phrases);
            chain(o.condition(1), false, out, phrases);
        } else {
            out.add(condition(c, phrases));
        }
    }

    static Condition.Comparison comparison(CmpContext c) {
        if (c.GE() != null) {
            return Condition.Comparison.GE;
        } else if (c.GT() != null) {
            return Condition.Comparison.GT;
        } else if (c.LE() != null) {
            return Condition.Comparison.LE;
        } else if (c.LT() != null) {
            return Condition.Comparison.LT;
        } else if (c.EQ() != null) {
            return Condition.Comparison.EQ;
        }
        return Condition.Comparison.NE;
    }

    // ---------------------------------------------------------------- indicators

    /** An indicator as written, before its level structure is checked. */
    private static final class Node {
        String name;
        int level;
        BigDecimal max;
        IndicatorContext ctx;
        Token nameToken;
        final List<Node> children = new ArrayList<>();
    }

    private void tree(List<IndicatorContext> list, List<Node> tops) {
        if (list.size() > MAX_INDICATORS) {
            diag.error("D016", "", loc(list.get(MAX_INDICATORS).getStart()), "指标超过 " + MAX_INDICATORS + " 个");
            return;
        }
        Node[] open = new Node[4];
        for (IndicatorContext c : list) {
            Node n = new Node();
            n.ctx = c;
            n.nameToken = c.name != null ? c.name : c.quoted;
            n.name = c.name != null ? c.name.getText() : oneLine(unquote(c.quoted.getText()), c.quoted);
            n.level = c.depth.getType() == PackParser.LEVEL1 ? 1 : c.depth.getType() == PackParser.LEVEL2 ? 2 : 3;
            n.max = number(c.number());
            if (n.max.signum() <= 0) {
                diag.error("D024", n.name, loc(c.number()), c.number().getText(), "分值必须大于0");
                n.max = BigDecimal.ONE;
            }
            if (n.name.length() > MAX_NAME) {
                diag.error("D016", n.name, loc(n.nameToken), "名称长度超过 " + MAX_NAME + " 个字符");
            }
            Node parent = null;
            for (int l = n.level - 1; l >= 1 && parent == null; l--) {
                parent = open[l];
            }
            if (n.level == 1) {
                tops.add(n);
            } else if (parent == null) {
                diag.error("D022", n.name, loc(n.nameToken), n.name, levelName(n.level), "文件开头");
                continue;
            } else {
                // a level may be skipped (两级指标表: 一级 then 三级); the indicator joins the nearest open parent
                parent.children.add(n);
            }
            open[n.level] = n;
            for (int i = n.level + 1; i < open.length; i++) {
                open[i] = null;
            }
        }
    }

    private static String levelName(int level) {
        return switch (level) {
            case 1 -> "一级指标";
            case 2 -> "二级指标";
            default -> "三级指标";
        };
    }

    /**
     * Declares the names a template's kinds read (实际完成值, 指标值) for its criteria only: they are not data of the
     * pack (each bound indicator has its own). A pack datum of the same name is D004.
     */
    void declareTemplateName(String name, Token at) {
        if (declared.containsKey(name)) {
            diag.error("D004", name, loc(at), name);
            return;
        }
        declared.put(name, loc(at));
        names.add(new NameTable.Entry(name, NameTable.Kind.NUMERIC, Unit.NUMBER, List.of()));
        templateFields.add(new DataField(name, io.perfeval.core.DataType.QUANTITY, Unit.NUMBER, "", List.of(),
                List.of(), null, null));
    }

    void source(String subject, SourceLocation at) {
        sourceMap.put(subject, at);
    }

    private Indicator build(Node n, String path, RulePack.Builder b) {
        sourceMap.put(path, loc(n.nameToken));
        if (!n.children.isEmpty()) {
            for (IndicatorPartContext part : n.ctx.indicatorPart()) {
                diag.error("D024", n.name, loc(part), part.getStart().getText(), "只有三级（末级）指标才有评价标准和声明");
            }
            List<Indicator> kids = new ArrayList<>();
            for (Node c : n.children) {
                Indicator k = build(c, path + "/" + c.name, b);
                if (k != null) {
                    kids.add(k);
                }
            }
            return kids.size() == n.children.size() ? new Indicator.Group(n.name, n.max, kids) : null;
        }
        return leaf(n.name, n.max, n.nameToken, n.ctx.indicatorPart(), path, b);
    }

    /**
     * A leaf from its parts: the criterion compiled (or the declared 规则), with its declarations. {@code b} receives
     * the checklist a criterion declares for the evaluator to answer; {@code null} for a template's kind, which
     * scores any project's indicator and so may not ask for an item of its own (D060).
     */
    Indicator.Leaf leaf(String name, BigDecimal max, Token nameToken, List<IndicatorPartContext> parts, String path,
                        RulePack.Builder b) {
        String content = "";
        int contentOffset = 0;
        String criterion = null;
        int criterionOffset = 0;
        Token criterionToken = null;
        String subject = null;
        Condition target = null;
        DeductionTerm.StepCounting counting = null;
        Quantity reference = null;
        Rule declaredRule = null;
        List<Rule.Case> notApplicableWhen = new ArrayList<>();
        Map<String, Object> phrases = new LinkedHashMap<>();
        for (IndicatorPartContext part : parts) {
            if (part instanceof PContentContext c) {
                content = unquote(c.STRING().getText());
                contentOffset = c.STRING().getSymbol().getStartIndex() + 1;
            } else if (part instanceof PCriterionContext c) {
                criterionToken = c.STRING().getSymbol();
                criterion = unquote(criterionToken.getText());
                criterionOffset = criterionToken.getStartIndex() + 1;
                if (criterion.length() > MAX_CRITERION) {
                    diag.error("D016", path, loc(criterionToken), "评价标准超过 " + MAX_CRITERION + " 个字符");
                    return null;
                }
            } else if (part instanceof PSubjectContext s) {
                subject = resolve(s.name);
            } else if (part instanceof PTargetContext t) {
                target = condition(t.condition(), phrases);
            } else if (part instanceof PPhraseContext p) {
                String phrase = unquote(p.STRING().getText());
                if (p.condition() instanceof CYesContext y && names.get(y.NAME().getText()) != null) {
                    phrases.put(phrase, names.get(y.NAME().getText()));
                } else {
                    phrases.put(phrase, condition(p.condition(), phrases));
                }
            } else if (part instanceof PCountingContext c) {
                counting = RuleForm.counting(c.counting());
            } else if (part instanceof PReferenceContext r) {
                reference = quantity(r.quantity());
            } else if (part instanceof PRuleContext r) {
                declaredRule = rules.rule(r.scoring());
            } else if (part instanceof PNotApplicableWhenContext w) {
                String reason = unquote(w.reason.getText()).strip();
                notApplicableWhen.add(new Rule.Case(condition(w.condition(), phrases),
                        new Rule.NotApplicable(reason.isEmpty() ? "不适用" : reason)));
            } else if (part instanceof PZeroWhenContext z) {
                // the worst case the official table leaves unsaid (spending with no budget): 0 points, tried in
                // declaration order with the 不适用条件, before the criterion
                notApplicableWhen.add(new Rule.Case(condition(z.condition(), phrases), Rule.FixedScore.zero()));
            }
        }
        Rule rule = declaredRule;
        if (rule == null) {
            if (criterion == null) {
                diag.error("D021", path, loc(nameToken), name);
                return null;
            }
            CriterionReader.Context ctx = new CriterionReader.Context(path, name, max, criterion,
                    criterionOffset, content, contentOffset, names, phrases, subject, target, counting, reference,
                    lexicon, units, fieldIndex(), formulas());
            Optional<CriterionReader.Result> read = CriterionReader.compile(ctx, source, diag);
            if (read.isEmpty()) {
                return null;
            }
            rule = read.get().rule();
            if (!bonusDeclared && addsSteps(rule)) {
                // reading 50: whether the steps can lift the score above the 分值 is the pack's choice; never assumed
                diag.error("D065", path, loc(criterionToken), criterion);
            }
            unscored.put(path, read.get().unscored());
            DataField f = read.get().checklist().orElse(null);
            if (f != null && b == null) {
                diag.error("D060", path, loc(criterionToken), name, String.join("、", f.items()));
                return null;
            }
            if (f != null && !declared.containsKey(f.name())) {
                declared.put(f.name(), loc(nameToken));
                sourceMap.put(f.name(), loc(nameToken));
                names.add(new NameTable.Entry(f.name(), NameTable.Kind.CHECKLIST, Unit.NUMBER, List.of()));
                b.field(f);
            }
        }
        if (!notApplicableWhen.isEmpty()) {
            // 不适用条件 and 零分条件 are tried before the criterion: a zero denominator never reaches the official rule
            rule = new Rule.Cases(notApplicableWhen, rule);
        }
        return new Indicator.Leaf(name, max, content, criterion == null ? "" : criterion, rule);
    }
}
