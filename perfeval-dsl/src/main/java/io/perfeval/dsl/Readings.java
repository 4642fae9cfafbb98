package io.perfeval.dsl;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The readings: how the parts of a criterion ({@link Parts}) become one rule. Each documented reading of README §3 is
 * one method here, named after it, and pinned by a test; the grammar itself decides nothing of this. The parts are
 * read in text order into clauses (a condition and what it gives), deductions and limits; then the whole is
 * assembled: a formula, deductions, or ordered clauses — or, for clauses that only describe items, points added per
 * item or levels the evaluator chooses from.
 */
final class Readings {

    private final CriterionReader reader;
    private final CriterionReader.Context ctx;
    private final Items items;

    Readings(CriterionReader reader, CriterionReader.Context ctx, Items items) {
        this.reader = reader;
        this.ctx = ctx;
        this.items = items;
    }

    /** Whether this reads one part of a criterion scored in parts (reading 32): what no clause scores gives 0. */
    private boolean part;

    Readings asPart() {
        part = true;
        return this;
    }

    private PartsBuilder.Stop fail(String code, int from, int to, Object... args) {
        return reader.fail(code, from, to, args);
    }

    private String span(int from, int to) {
        return reader.span(from, to);
    }

    /** The step readings (2, 3, 5, 17, 22, 24, 36, 37) over what reading the parts in order found. */
    private Steps steps() {
        return new Steps(reader, ctx, clauses, notes, standard, floor, floorAt, floorFrom, floorTo);
    }

    /** A clause: when {@code cond} holds (null: unconditionally), {@code then}. */
    static final class Clause {
        Parts.Cond cond;
        /** 全部符合 or 否则 instead of a condition. */
        Parts.Part marker;
        /** The condition is the declared target (达标) or its negation, read from prose. */
        boolean target;
        boolean negTarget;
        /** The condition is an item the evaluator answers (prose without a declared target). */
        boolean item;
        boolean proseNegative;
        Parts.Part outcome;
        Parts.Step step;
        int from;
        int to;
    }

    /** What reading the parts in order found. */
    private final List<Clause> clauses = new ArrayList<>();
    private final List<DeductionTerm> terms = new ArrayList<>();
    private final List<Rule.Award> bonuses = new ArrayList<>();
    /** Readings 50 and 51: 大于目标值的，每增加1%加1分 / 每个断面加5分. */
    private final List<DeductionTerm> bonusTerms = new ArrayList<>();
    private Points bonusCap;
    private boolean floor;
    private Points floorAt;
    private int floorFrom = -1;
    private int floorTo = -1;
    private boolean cap;
    private boolean prop;
    private Parts.Formula formula;
    private Parts.Standard standard;
    private Parts.Step freeStep;
    /** The words of 采用完成率法计分, for the notes. */
    private String propText;
    /** The limit written (扣完为止 …), for saying so when there is nothing for it to limit. */
    private Parts.Limit limitPart;
    private Parts.LevelTable levelTable;
    private boolean targetUsed;
    /** 「视情况酌情给分，最高1分」: what the judgement gives at most (reading 32 also takes it as a part's 分值). */
    private Parts.Limit judgeMost;
    /** A per-count award (「每次得0.5分」, reading 53), the last one read; null when there is none. */
    private Parts.Deduction awardsPerCount;
    private boolean judgeMostUsed;
    /**
     * What the text says that the rule does not show by itself — prose read as the declared target, a standard that
     * restates the full-marks bound, a subject written as a topic, a limit with nothing to limit — worded for the
     * explanation, so that every part of the text is visible in how it was read.
     */
    final List<String> notes = new ArrayList<>();
    /** Parts that may be written once: a second one is a slip the author must see (D044). */
    private final java.util.Map<String, List<String>> once = new java.util.HashMap<>();

    /** The condition heading the sentence being read (「…牧区:」), joined to each of its clauses. */
    private Parts.Heading heading;

    // the clause being read
    private Parts.Cond pending;
    /** The first condition part of the pending clause, as read. */
    private Parts.Cond pendingFirst;
    /**
     * Reading 55: a condition a comma parts from the next one in the first clause of a sentence (「H，A的扣5分」), and
     * the sentence's clauses after it: H heads A alone or all of them, and the words do not say which.
     */
    private Parts.Cond headCandidate;
    private Parts.Cond sentenceHead;
    /** The pending condition is the declared target, said of a name (「组织活动次数达标」). */
    private boolean pendingTarget;
    private Parts.Part pendingMarker;
    private int pendingFrom = -1;
    private int pendingTo = -1;
    private int proseFrom = -1;
    private int proseTo = -1;

    Rule assemble(List<Parts.Sentence> sentences) {
        for (Parts.Sentence s : sentences) {
            for (Parts.Part p : s.parts()) {
                read(p);
            }
            endSentence();
        }
        if (floorAt != null && floorAt instanceof Points.Absolute a && a.points().compareTo(ctx.maxScore()) == 0) {
            floor = true; // 扣满N分为止 with N the 分值 is 扣完为止
            floorAt = null;
        }
        if (ctx.target() != null && !targetUsed) {
            reader.warn("D031", 0, reader.tokens().text.length(), ctx.indicator());
        }
        if (awardsPerCount != null) {
            return awardsPerCount();
        }
        if (hasBonus() && clauses.isEmpty() && terms.isEmpty() && formula == null && freeStep == null
                && levelTable == null && !prop) {
            return bonus(Rule.FixedScore.zero()); // an indicator of bonus points only
        }
        if (judgeMost != null && !terms.isEmpty() && !hasBonus() && floorAt == null && !judges()) {
            // 「每次扣2分,累计不超过4分」「最高不超过5分」 after deductions and nothing to judge: what they may take off
            floorAt = judgeMost.amount();
            floorFrom = judgeMost.from();
            floorTo = judgeMost.to();
            judgeMostUsed = true;
        }
        if (judgeMost != null && (formula != null || prop) && terms.isEmpty() && !judges()
                && judgeMost.amount().resolve(ctx.maxScore()).compareTo(ctx.maxScore()) == 0) {
            // 「得分=…×50,最高得50分」 with the 分值 50: the formula's score goes no higher than the 分值
            cap = true;
            judgeMostUsed = true;
            notes.add("「" + span(judgeMost.from(), judgeMost.to()) + "」：得分不超过分值");
        }
        Rule rule = rule();
        if (judgeMost != null && !judgeMostUsed) {
            // 最高N分 said of anything but a judgement has nothing here to bound: say so rather than drop it
            throw fail("D024", judgeMost.from(), judgeMost.to(), span(judgeMost.from(), judgeMost.to()),
                    "「最高N分」只能限定酌情给分");
        }
        if (!hasBonus() && !(rule instanceof Rule.NotApplicable)) {
            reachesMaxScore(rule);
        }
        limitNote(rule);
        return hasBonus() ? bonus(rule) : rule;
    }

    /**
     * A criterion's rule can give its 分值: read so that it never can, it was read wrong — 「…得10分；…得10分」 of a
     * 20-point indicator read as either-or instead of added up — or the 分值 is wrong (D049).
     */
    private void reachesMaxScore(Rule rule) {
        BigDecimal highest = Highest.of(rule, ctx.maxScore());
        if (highest.compareTo(ctx.maxScore()) < 0) {
            int all = reader.tokens().text.length();
            throw fail("D049", 0, all, span(0, all), Numerals.trim(highest), Numerals.trim(ctx.maxScore()));
        }
    }

    /** A limit that has nothing to limit in the rule read: said in the notes, so the words are not lost from view. */
    private void limitNote(Rule rule) {
        if (limitPart == null) {
            return;
        }
        String text = PackPrinter.rule(rule);
        String words = span(limitPart.from(), limitPart.to());
        if (limitPart.kind() == Parts.LimitKind.CAP && !text.contains("封顶")) {
            notes.add("「" + words + "」：本条的得分本就不超过分值");
        } else if ((limitPart.kind() == Parts.LimitKind.FLOOR || limitPart.kind() == Parts.LimitKind.MOST_DEDUCT)
                && !text.contains("扣分｛")) {
            notes.add("「" + words + "」：本条没有按项或按档的扣分可限，得分本就不低于 0 分");
        }
    }

    // ---------------------------------------------------------------- reading parts in order

    private void read(Parts.Part p) {
        if (p instanceof Parts.Heading h) {
            heading = h;
        } else if (p instanceof Parts.Cond c) {
            cond(c);
        } else if (p instanceof Parts.Prose pr) {
            proseFrom = proseFrom < 0 ? pr.from() : proseFrom;
            proseTo = pr.to();
        } else if (p instanceof Parts.Target t) {
            targetCond(t);
        } else if (p instanceof Parts.AllMet || p instanceof Parts.Otherwise) {
            if (pendingMarker != null && pendingMarker.getClass() == p.getClass()) {
                throw fail("D044", p.from(), p.to(), span(p.from(), p.to()), "「" + span(pendingFrom, pendingTo) + "」"); // 否则，否则，
            }
            pendingMarker = p;
            pendingFrom = pendingFrom < 0 ? p.from() : pendingFrom;
            pendingTo = p.to();
        } else if (p instanceof Parts.Outcome o && o.kind() == Parts.OutcomeKind.PROP && pending == null
                && proseFrom < 0 && pendingMarker == null) {
            once(p, "按比例得分");
            prop = true; // 采用完成率法计分 standing alone: the method; the formula (or the measure) says what
            propText = span(p.from(), p.to());
        } else if (p instanceof Parts.Outcome || p instanceof Parts.Veto) {
            clause(p);
        } else if (p instanceof Parts.Respective r) {
            respective(r);
        } else if (p instanceof Parts.Formula f) {
            if (pending != null || proseFrom >= 0 || pendingMarker != null) {
                clause(f); // 完成率≥90%的，得分=…: a formula for that band (否则按…计分: for the rest)
            } else {
                once(f, "得分公式");
                formula = f;
            }
        } else if (p instanceof Parts.Step s) {
            step(s);
        } else if (p instanceof Parts.Deduction d) {
            deduction(d);
        } else if (p instanceof Parts.Limit l) {
            limit(l);
        } else if (p instanceof Parts.Bonus b) {
            bonusAward(b);
        } else if (p instanceof Parts.Standard s) {
            once(s, "以…为标准");
            standard = s;
        } else if (p instanceof Parts.LevelTable l) {
            once(l, "档次表");
            levelTable = l;
        } else if (p instanceof Parts.BaseScore b) {
            // 基准分10分: where the points are counted from; the language counts from the 分值, so it must be that
            if (b.points().compareTo(ctx.maxScore()) != 0) {
                throw fail("D048", b.from(), b.to(), span(b.from(), b.to()), Numerals.trim(b.points()),
                        Numerals.trim(ctx.maxScore()));
            }
            notes.add("「" + span(b.from(), b.to()) + "」：即分值");
        } else if (p instanceof Parts.Topic t) {
            notes.add("主语：「" + span(t.from(), t.to()) + "」（后面省略主语的条款比较它）");
        } else if (p instanceof Parts.Note n && span(n.from(), n.to()).startsWith("即") && pending == null
                && pendingMarker == null && proseFrom >= 0 && n.to() - n.from() == 1) {
            // reading 30: 「…按实现程度赋分，即得分=…」 — the words before 即 say in prose what follows, they are not its
            // condition
            notes.add("「" + span(proseFrom, proseTo) + "」：即后面所写的计法（说明）");
            proseFrom = -1;
            proseTo = -1;
        }
        // Scope and Note parts score nothing: the grammar admits them only where they cannot carry a score
    }

    /** Reading 14: successive conditions of one clause all apply (且) unless 或 joins them. */
    private void cond(Parts.Cond c) {
        if (pending != null && c.condition() instanceof Condition.Not n && n.condition().equals(pending.condition())) {
            // 「合同签定率达100%、代管率达100%、兑现率达100%，达不到标准不计分」: what is written first is the standard the
            // condition after it negates — the standard, not a condition of its own (read with it, never true)
            notes.add("「" + span(pendingFrom, pendingTo) + "」：即标准，后面的条件是它的反面");
            pending = null;
            pendingFirst = null;
            pendingFrom = -1;
            pendingTo = -1;
        }
        pendingTarget = false;
        if (pending == null) {
            if (sentenceHead != null) {
                // reading 55: 「责任区内有上述事件发生,能及时报告的扣5分,不及时报告的扣10分」
                throw fail("D069", sentenceHead.from(), c.to(), span(sentenceHead.from(), sentenceHead.to()),
                        span(c.from(), c.to()));
            }
            pendingFirst = c;
        }
        if (pending != null) {
            if (pendingFirst == pending && span(pending.to(), c.from()).matches("[，,]")) {
                // 「H，A的扣5分」: H may head every clause of the sentence, or be A's alone
                headCandidate = pending;
            }
            if (pending.list().contains(c.condition()) || pending.condition().equals(c.condition())) {
                // the same condition twice in one clause reads the same as once, so the repeat is a slip to show
                throw fail("D044", c.from(), c.to(), span(c.from(), c.to()), "这个条件");
            }
            List<Condition> both = List.of(pending.condition(), c.condition());
            boolean or = Boolean.FALSE.equals(c.join());
            Condition joined = or ? new Condition.Any(Conditions.flatten(both, false))
                    : new Condition.All(Conditions.flatten(both, true));
            List<Condition> list = new ArrayList<>(pending.list());
            list.addAll(c.list());
            c = new Parts.Cond(joined, null, null, null, List.copyOf(list), null, pending.from(), c.to());
        }
        pending = c;
        pendingFrom = pendingFrom < 0 ? c.from() : pendingFrom;
        pendingTo = c.to();
    }

    /** 「X达标」/「X不达标」: the declared 达标 or its negation. */
    private void targetCond(Parts.Target t) {
        if (ctx.target() == null) {
            throw fail("D013", t.from(), t.to(), span(t.from(), t.to()));
        }
        targetUsed = true;
        notes.add("「" + span(t.from(), t.to()) + "」读作" + (t.met() ? "" : "未") + "达标（"
                + PackPrinter.condition(ctx.target()) + "）");
        Condition c = t.met() ? ctx.target() : new Condition.Not(ctx.target());
        boolean first = pending == null;
        cond(new Parts.Cond(c, null, null, null, List.of(c), null, t.from(), t.to()));
        pendingTarget = first && t.met();
    }

    private void clause(Parts.Part outcome) {
        perCountInProse(outcome.to());
        Clause b = new Clause();
        b.outcome = outcome;
        b.from = firstOf(pendingFrom, proseFrom, outcome.from());
        b.to = outcome.to();
        takeCondition(b, outcome instanceof Parts.Outcome o && o.kind() == Parts.OutcomeKind.FULL
                || outcome instanceof Parts.Outcome o2 && fullScore(o2));
        if (heading != null) {
            underHeading(b);
        }
        clauses.add(b);
        resetClause();
    }

    /** The clause's condition joined with the heading of its sentence (且); what a heading cannot join is refused. */
    private void underHeading(Clause b) {
        if (b.cond == null || b.marker != null) {
            // 否则 under a heading: the rest of the heading's cases or of all? Not for the compiler to guess
            throw fail("D024", heading.from(), b.to, span(heading.from(), b.to), "标题条件下的否则或无条件条款");
        }
        Condition both = new Condition.All(Conditions.flatten(List.of(heading.cond().condition(),
                b.cond.condition()), true));
        b.cond = new Parts.Cond(both, b.cond.subject(), b.cond.lower(), b.cond.upper(), List.of(both), null,
                b.cond.from(), b.cond.to());
    }

    /**
     * The condition of the clause being read, from what was written before its outcome: the conditions, the prose
     * around them, or a marker (全部符合, 否则). Every word written there ends up in the condition or in an error.
     */
    private void takeCondition(Clause b, boolean full) {
        if (pending != null && proseFrom >= 0 && proseFrom < pendingFrom) {
            proseBeforeCondition();
        }
        if (pending != null && proseFrom > pendingFrom) {
            b.cond = qualifiedByProse();
        } else if (pending != null) {
            b.cond = pending;
            b.target = pendingTarget;
        } else if (pendingMarker != null) {
            b.marker = pendingMarker;
        } else if (proseFrom >= 0) {
            prose(b, proseFrom, proseTo, full);
        }
    }

    /** Nothing may be waiting when a part that takes no condition is read: what waits would be dropped (D036). */
    private void nothingPending(Parts.Part at) {
        if (pending != null || proseFrom >= 0 || pendingMarker != null) {
            int from = firstOf(pendingFrom, proseFrom, -1);
            int to = Math.max(pendingTo, proseTo);
            throw fail("D045", from, to, span(from, to), span(at.from(), at.to()));
        }
    }

    /**
     * Reading 28: 「超过80%、70%和60%，且…，分别得6分、4分和2分」 is one clause per bound, in order, each with the other
     * conditions written beside the list; the numbers of bounds and of scores must agree (D039).
     */
    private void respective(Parts.Respective r) {
        Clause probe = new Clause();
        probe.from = firstOf(pendingFrom, proseFrom, r.from());
        takeCondition(probe, false);
        Condition head = probe.cond == null ? null : listHead(probe.cond.condition());
        List<Condition> each = head == null ? null : reader.listAlternatives(head);
        if (each == null || each.size() != r.scores().size()) {
            throw fail("D039", probe.from, r.to(), span(probe.from, r.to()), each == null ? 1 : each.size(),
                    r.scores().size());
        }
        for (int i = 0; i < each.size(); i++) {
            Clause b = new Clause();
            b.from = probe.from;
            b.to = r.to();
            Condition c = substitute(probe.cond.condition(), head, each.get(i));
            Parts.Cond one = condOf(c, probe.from, r.from());
            b.cond = c == each.get(i) && probe.cond.subject() != null ? new Parts.Cond(c, probe.cond.subject(), null,
                    null, List.of(c), null, probe.from, r.from()) : one;
            b.outcome = new Parts.Outcome(Parts.OutcomeKind.FIXED, new Points.Absolute(r.scores().get(i)), null, false,
                    r.from(), r.to());
            clauses.add(b);
        }
        resetClause();
    }

    /** The head condition of a list comparison inside {@code c}, or null. */
    private Condition listHead(Condition c) {
        if (reader.listAlternatives(c) != null) {
            return c;
        }
        List<Condition> parts = c instanceof Condition.All a ? a.conditions() : c instanceof Condition.Any a
                ? a.conditions() : c instanceof Condition.Not n ? List.of(n.condition()) : List.of();
        for (Condition x : parts) {
            Condition h = listHead(x);
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    /** {@code c} with {@code head} (by identity) replaced by {@code with}. */
    private static Condition substitute(Condition c, Condition head, Condition with) {
        if (c == head) {
            return with;
        }
        if (c instanceof Condition.All a) {
            List<Condition> out = new ArrayList<>();
            for (Condition x : a.conditions()) {
                out.add(substitute(x, head, with));
            }
            return new Condition.All(out);
        }
        if (c instanceof Condition.Any a) {
            List<Condition> out = new ArrayList<>();
            for (Condition x : a.conditions()) {
                out.add(substitute(x, head, with));
            }
            return new Condition.Any(out);
        }
        if (c instanceof Condition.Not n) {
            return new Condition.Not(substitute(n.condition(), head, with));
        }
        return c;
    }

    /**
     * Prose before a condition of the same clause. Written right before a comparison that names no subject
     * (「“三公经费”>0」 where 「三公经费」 is no declared name), the prose is the subject the author meant: an error
     * (D041), never an item that would hide the comparison. With a declared target the whole is that target's prose,
     * as before; else the prose is an item the evaluator answers, joined by 且 (「项目实施前，资金到位率≥90%」).
     */
    private void proseBeforeCondition() {
        // the prose may also go on after the condition (「提升对外交通联系,镇区车行15分钟内可到达…节点得0.5分」): the words
        // before it end where it begins, less the separators between
        String text = reader.tokens().text;
        int beforeEnd = Math.min(proseTo, pendingFrom);
        while (beforeEnd > proseFrom && "，,：:、".indexOf(text.charAt(beforeEnd - 1)) >= 0) {
            beforeEnd--;
        }
        boolean adjacent = beforeEnd == pendingFrom;
        if (adjacent && pendingFirst != null && reader.implicitSubject(pendingFirst)) {
            throw fail("D041", proseFrom, pendingTo, span(proseFrom, beforeEnd), span(pendingFrom, pendingTo),
                    io.perfeval.core.diag.Suggestions.closest(span(proseFrom, beforeEnd), ctx.names().spellings()));
        }
        String name = adjacent ? nameAt(pendingFrom) : null;
        if (name != null) {
            // 「年度预算执行率≥90%」 with 执行率 declared: the words run into the name — part of it, or a condition of
            // their own? Either reading could be wrong, so neither is made (D054)
            throw fail("D054", proseFrom, pendingTo, span(proseFrom, beforeEnd), name);
        }
        if (ctx.target() != null) {
            pending = null;
            proseTo = Math.max(proseTo, pendingTo);
            return;
        }
        List<Condition> all = new ArrayList<>();
        all.add(items.item(span(proseFrom, beforeEnd), proseFrom, beforeEnd));
        all.add(pending.condition());
        int end = pendingTo;
        if (proseTo > pendingTo) {
            // and the words after it qualify it, as qualifiedByProse reads them
            String after = span(pendingTo, proseTo);
            if (after.matches(QUALIFIES)) {
                throw fail("D035", pendingTo, proseTo, after);
            }
            all.add(items.item(after, pendingTo, proseTo));
            end = proseTo;
        }
        Condition both = new Condition.All(Conditions.flatten(all, true));
        pending = new Parts.Cond(both, null, null, null, List.of(both), null, proseFrom, end);
        pendingFrom = proseFrom;
        pendingTo = end;
        proseFrom = -1;
        proseTo = -1;
    }

    /** Words that negate or compare: prose qualifying a condition with them cannot be an item (D035). */
    private static final String QUALIFIES = ".*(?:[不未没无]|超过|低于|高于|以上|以下|达到|大于|小于|等于|含|包括).*";

    /**
     * Words after a condition that qualify it (「有结余,但不超过上年结转,得2分」 read as prose after 有结余): dropping them
     * would score the clause without its qualification, so they are refused (D035) when they negate or compare, and
     * are an item the evaluator answers, joined by 且, otherwise.
     */
    private Parts.Cond qualifiedByProse() {
        String words = span(proseFrom, proseTo);
        if (words.matches(QUALIFIES)) {
            throw fail("D035", proseFrom, proseTo, words);
        }
        Condition item = items.item(words, proseFrom, proseTo);
        Condition both = new Condition.All(Conditions.flatten(List.of(pending.condition(), item), true));
        return new Parts.Cond(both, null, null, null, List.of(both), null, pending.from(), proseTo);
    }

    /**
     * For a part that takes the waiting condition as it is (a deduction, a bonus): prose written before or after that
     * condition joins it as {@link #takeCondition} would join it, so that no word between them is dropped.
     */
    private void absorbProse() {
        if (pending == null || proseFrom < 0) {
            return;
        }
        if (proseFrom < pendingFrom) {
            proseBeforeCondition();
            if (pending == null) { // the prose was the declared target's: read as a clause of its own
                return;
            }
        } else {
            pending = qualifiedByProse();
            pendingTo = Math.max(pendingTo, proseTo);
        }
        proseFrom = -1;
        proseTo = -1;
    }

    private boolean fullScore(Parts.Outcome o) {
        return o.kind() == Parts.OutcomeKind.FIXED && o.points() != null && o.points().compareTo(ctx.maxScore()) == 0;
    }

    /**
     * Reading 11: prose before 得满分 is the declared target (达标) and prose before a loss is its negation — or, with no
     * declared target, the prose is an item the evaluator answers (符合 when what it says holds).
     */
    private void prose(Clause b, int from, int to, boolean full) {
        String text = reader.tokens().text.substring(from, to);
        b.proseNegative = PartsBuilder.negative(text);
        if (ctx.target() == null) {
            b.item = true;
            b.cond = condOf(items.item(span(from, to), from, to), from, to);
            return;
        }
        targetUsed = true;
        notes.add("「" + span(from, to) + "」读作" + (full ? "" : "未") + "达标（" + PackPrinter.condition(ctx.target())
                + "）");
        if (full) {
            b.cond = condOf(ctx.target(), from, to);
            b.target = true;
        } else {
            if (!b.proseNegative) {
                throw fail("D026", from, to, span(from, to));
            }
            b.cond = condOf(new Condition.Not(ctx.target()), from, to);
            b.negTarget = true;
        }
    }

    private static Parts.Cond condOf(Condition c, int from, int to) {
        return new Parts.Cond(c, null, null, null, List.of(c), null, from, to);
    }

    private void resetClause() {
        sentenceHead = headCandidate;
        headCandidate = null;
        pending = null;
        pendingFirst = null;
        pendingTarget = false;
        pendingMarker = null;
        pendingFrom = -1;
        proseFrom = -1;
        proseTo = -1;
    }

    /** Readings 2, 3 and 16: where a step deduction belongs. */
    private void step(Parts.Step s) {
        if (s.typo() != null) {
            reader.warn("D011", s.from(), s.to(), span(s.from(), s.to()), s.typo());
        }
        if (s.adds()) {
            bonusStep(s);
            return;
        }
        if (pending != null || proseFrom >= 0 || pendingMarker != null) {
            // 大于100%每增加0.1个百分点扣0.1分: the condition written before the steps is their clause's
            Clause b = new Clause();
            b.step = s;
            b.outcome = s;
            b.from = firstOf(pendingFrom, proseFrom, s.from());
            b.to = s.to();
            takeCondition(b, false);
            if (b.cond == null) {
                throw fail("D045", b.from, s.from(), span(b.from, s.from()), span(s.from(), s.to()));
            }
            if (heading != null) {
                underHeading(b);
            }
            clauses.add(b);
            resetClause();
        } else if (heading != null) {
            notUnderHeading(s);
        } else if (openInterp() != null) {
            openInterp().step = s;
        } else if (freeStep == null) {
            freeStep = s;
        } else {
            throw fail("D024", s.from(), s.to(), span(s.from(), s.to()), "两处按档扣分");
        }
    }

    /** Readings 7 and 12: what a deduction counts. */
    private void deduction(Parts.Deduction d) {
        notUnderHeading(d);
        // reading 51: 「每个断面加5分」 counts as a deduction counts, its points a bonus; reading 53: 「每次得0.5分」 the
        // same, its points earned from nothing up to the 分值
        List<DeductionTerm> into = d.adds() ? bonusTerms : terms;
        if (d.awards()) {
            awardsPerCount = d;
        }
        if (d.counted() == Parts.Counted.FAIL_ITEM || d.counted() == Parts.Counted.BACKREF
                || d.counted() == Parts.Counted.EACH_TIME && d.count() != null) {
            // the deduction says what it counts itself: nothing written before it may be dropped
            nothingPending(d);
        }
        absorbProse();
        int before = firstOf(pendingFrom, proseFrom, d.from());
        if (d.counted() == Parts.Counted.PLAIN && before < d.from() && (proseFrom >= 0 || pending != null)
                && eachInProse(before, d.from())) {
            // 「…,每滞留半个月扣0.5分」: a deduction per something the words count, which no declared number says;
            // read as one condition it would deduct once however many there are (D034)
            throw fail("D034", before, d.to(), span(before, d.to()));
        }
        if (d.counted() == Parts.Counted.FAIL_ITEM || d.counted() == Parts.Counted.BACKREF) {
            into.add(new DeductionTerm.PerCount("不符合项", items.failedItems(d.from()), d.amount()));
        } else if (d.counted() == Parts.Counted.EACH_TIME && d.count() != null) {
            String label = reader.span(d.countFrom(), countEnd(d)).replaceFirst("^每(?:出现一个|发现一个|有一个|个)?", "");
            NameTable.Entry counted = d.count() instanceof Expr.Ref r ? ctx.names().get(NameTable.normal(r.name()))
                    : null;
            io.perfeval.core.rule.Unit u = counted == null ? null : counted.unit();
            if (u != null && u.dimension() != io.perfeval.core.rule.Dimension.COUNT) {
                // 「每迟报一天扣1分」 with 迟报 the declared 迟报天数: one deduction per unit of a quantity — steps of one
                // unit from none (reading 43), not a count of items
                into.add(new DeductionTerm.PerStep(d.count(), new Expr.Const(new Quantity(BigDecimal.ZERO, u)),
                        DeductionTerm.Direction.ABOVE, new Quantity(BigDecimal.ONE, u), d.amount(),
                        ctx.counting() != null ? ctx.counting() : DeductionTerm.StepCounting.PROPORTIONAL));
            } else {
                into.add(new DeductionTerm.PerCount(label.isEmpty() ? "次数" : label, d.count(), d.amount()));
            }
        } else if (d.counted() == Parts.Counted.EACH_TIME && shortfallBelowABound(d)) {
            // 「全年2次以上得1分,少一次扣0.5分」 with 计分对象 the count of what is done: one short of the clause's
            // bound is a step of one below it (reading 3), not a count of the 计分对象's occurrences
            String said = span(d.countFrom(), countEnd(d));
            step(new Parts.Step(DeductionTerm.Direction.BELOW, new Quantity(BigDecimal.ONE, subjectUnit()), false,
                    null, null, null, d.amount(), d.adds(), "每" + said, d.countFrom(), d.to()));
            return;
        } else if (d.counted() == Parts.Counted.EACH_TIME && countedSubject() != null) {
            // reading 31: 「六个责任体系目标责任书缺一项扣0.5分」 with 计分对象 a declared count: the words say what the
            // count counts
            int from = firstOf(pendingFrom, proseFrom, d.from());
            notes.add("「" + span(from, d.to()) + "」：按计分对象「" + ctx.subject() + "」的个数" + (d.adds() ? "加分" : "扣分"));
            int to = Math.max(pendingTo, proseTo);
            into.add(new DeductionTerm.PerCount(to > from ? label(from, to) : ctx.subject(),
                    new Expr.Ref(countedSubject()), d.amount()));
        } else if (pending != null && d.counted() == Parts.Counted.EACH_TIME && pending.list().size() < 2) {
            // 「…的，有一户扣2分」: per occurrence, but what is written before is one condition, true or not — read as
            // a count it would deduct once however many there are (D034: declare the count and point 用语 at it)
            throw fail("D034", pendingFrom, d.to(), span(pendingFrom, d.to()));
        } else if (pending != null) {
            // 支出进度未达到序时进度的，每次扣1分 / A和B不合格各扣2分: each listed condition that holds counts; …的扣2分
            // with several conditions (「制定了方案，但任务不明确，责任未落实的，扣2分」) deducts once when they hold together
            List<Condition> counted = d.counted() == Parts.Counted.EACH_PREFIX || d.counted() == Parts.Counted.EACH_TIME
                    ? pending.list() : List.of(pending.condition());
            into.add(new DeductionTerm.PerCount(label(pendingFrom, pendingTo), new Expr.CountOf(counted),
                    d.amount()));
        } else if (proseFrom >= 0 && d.counted() == Parts.Counted.EACH_TIME) {
            throw fail("D034", proseFrom, d.to(), span(proseFrom, d.to()));
        } else if (proseFrom >= 0 && d.counted() == Parts.Counted.EACH_PREFIX && countedSubject() != null) {
            // reading 54: 「教育、组织、群众工作不力各扣1分」 with 计分对象 a declared count: it counts the listed failings
            notes.add("「" + span(proseFrom, d.to()) + "」：按计分对象「" + ctx.subject() + "」的个数"
                    + (d.adds() ? "加分" : "扣分"));
            into.add(new DeductionTerm.PerCount(label(proseFrom, proseTo), new Expr.Ref(countedSubject()),
                    d.amount()));
        } else if (proseFrom >= 0) {
            List<int[]> members = d.counted() == Parts.Counted.EACH_PREFIX && ctx.target() == null
                    ? Items.listMembers(reader.tokens().tokens(), proseFrom, proseTo) : List.of();
            List<Condition> counted = new ArrayList<>();
            if (members.size() >= 2) {
                // reading 54: 「无专人、无方案、无记录各扣1分」: each listed failing is an item the evaluator answers, and
                // each that holds deducts — read as one item it would deduct once however many fail
                for (int[] m : members) {
                    counted.add(items.item(span(m[0], m[1]), m[0], m[1]));
                }
            } else {
                Clause b = new Clause();
                prose(b, proseFrom, proseTo, false);
                counted.add(b.cond.condition());
            }
            into.add(new DeductionTerm.PerCount(label(proseFrom, proseTo), new Expr.CountOf(counted), d.amount()));
        } else {
            throw fail("D006", d.from(), d.to(), span(d.from(), d.to()), "（没有说明按什么扣分）");
        }
        resetClause();
    }

    /** The declared name written at {@code at}, or null. */
    private String nameAt(int at) {
        CriterionTokens.Tok t = reader.tokens().nameIn(at, Integer.MAX_VALUE);
        return t != null && t.from == at ? span(t.from, t.to) : null;
    }

    /** Whether 每 is written in the prose of [from, to) (not inside a declared name or 用语). */
    private boolean eachInProse(int from, int to) {
        for (CriterionTokens.Tok t : reader.tokens().tokens()) {
            if (t.from >= from && t.to <= to && (t.getType() == CriterionParser.WORD
                    || t.getType() == CriterionParser.EACH) && t.getText().contains("每")) {
                return true;
            }
        }
        return false;
    }

    /**
     * 「每提请1个企业加0.5分」「每引进1个项目(经认定)得2分」 where 每 ran into the words after it: a score per count of
     * what the words say, which read as one condition would score once however many there are (D034) — refused here,
     * before a clause or a bonus takes the words as its condition. 每年、每季度 and the lexicon's other words are not
     * counts.
     */
    private void perCountInProse(int to) {
        int from = firstOf(pendingFrom, proseFrom, to);
        boolean each = false;
        for (CriterionTokens.Tok t : reader.tokens().tokens()) {
            if (t.from < from || t.to > to) {
                continue;
            }
            if ((t.getType() == CriterionParser.WORD || t.getType() == CriterionParser.EACH)
                    && t.getText().startsWith("每") && !ordinaryWord(t.getText())) {
                each = true;
            } else if (each && t.getType() == CriterionParser.NUM) {
                throw fail("D034", from, to, span(from, to));
            }
        }
    }

    private boolean ordinaryWord(String text) {
        for (Lexicon.Spelling s : ctx.lexicon().startingAt(text, 0)) {
            if (s.type() == CriterionParser.WORD && s.text().equals(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code d} counts one short (少一次, 缺一项) of the 计分对象 while a clause of this criterion bounds that
     * count from below (「2次以上得1分」): the count is of what is done, and the shortfall is below the bound.
     */
    private boolean shortfallBelowABound(Parts.Deduction d) {
        String subject = countedSubject();
        if (subject == null || d.count() != null || d.adds()) {
            return false;
        }
        String said = span(d.countFrom(), countEnd(d));
        if (!said.startsWith("少") && !said.startsWith("缺")) {
            return false;
        }
        for (Clause c : clauses) {
            if (c.cond != null && c.cond.lower() != null && c.cond.subject() instanceof Expr.Ref r
                    && r.name().equals(subject)) {
                return true;
            }
        }
        return false;
    }

    private io.perfeval.core.rule.Unit subjectUnit() {
        return ctx.names().get(ctx.subject()).unit();
    }

    /** The declared 计分对象 when it is a count (件、项、户 …), else null. */
    private String countedSubject() {
        if (ctx.subject() == null) {
            return null;
        }
        // the 计分对象 is the declared name as written (PackReader resolves it), 數 and all: not its normal spelling
        NameTable.Entry e = ctx.names().get(ctx.subject());
        return e != null && e.kind() == NameTable.Kind.NUMERIC && e.unit() != null
                && e.unit().dimension() == io.perfeval.core.rule.Dimension.COUNT ? e.name() : null;
    }

    /** What a per-count deduction counts, as written, without a trailing 的. */
    private String label(int from, int to) {
        return span(from, to).strip().replaceFirst("[的者]+$", "");
    }

    /** Where the counted words of 每个项目目标扣0.5分 end: before 扣. */
    private int countEnd(Parts.Deduction d) {
        String t = reader.tokens().text;
        if (d.adds()) {
            // 「…的,每次得0.5分」「每个断面加5分」: up to the 得 or 加 of the points
            return d.verbFrom();
        }
        int k = t.indexOf('扣', d.countFrom());
        return k < 0 || k > d.to() ? d.to() : k;
    }

    /**
     * A part that may be written once per criterion. The very same words again are a slip the author must see (D044);
     * other words for a limit or a method that carries no value (「以总分为上限…超出总分值不加分」) say the same thing
     * twice and are read once; two different formulas, standards or amounts are refused (D024), since one would
     * silently win.
     */
    private void once(Parts.Part p, String what) {
        String text = span(p.from(), p.to());
        List<String> seen = once.get(what);
        if (seen == null) { // not computeIfAbsent: no lambda on the compile path (BENCHMARKS.md)
            seen = new ArrayList<>();
            once.put(what, seen);
        }
        for (String before : seen) {
            if (NameTable.normal(before).equals(NameTable.normal(text))) {
                throw fail("D044", p.from(), p.to(), text, what);
            }
        }
        if (!seen.isEmpty() && carriesValue(p)) {
            throw fail("D024", p.from(), p.to(), text, "已有「" + seen.get(0) + "」，又写了另一个" + what);
        }
        seen.add(text);
    }

    private static boolean carriesValue(Parts.Part p) {
        return p instanceof Parts.Formula || p instanceof Parts.Standard || p instanceof Parts.LevelTable
                || p instanceof Parts.Limit l && l.amount() != null;
    }

    private void limit(Parts.Limit l) {
        once(l, l.kind() == Parts.LimitKind.CAP ? "封顶" : l.kind() == Parts.LimitKind.MOST_BONUS ? "加分上限"
                : l.kind() == Parts.LimitKind.MOST_SCORE ? "得分上限" : "扣分下限");
        limitPart = l;
        switch (l.kind()) {
            case FLOOR -> {
                if (l.amount() == null) {
                    floor = true;
                    notes.add("「" + span(l.from(), l.to()) + "」：扣分到 0 分为止");
                } else {
                    floorAt = l.amount();
                    floorFrom = l.from();
                    floorTo = l.to();
                }
            }
            case MOST_DEDUCT -> {
                floorAt = l.amount();
                floorFrom = l.from();
                floorTo = l.to();
            }
            case MOST_BONUS -> bonusCap = l.amount();
            case MOST_SCORE -> judgeMost = l;
            case CAP -> {
                cap = true;
                notes.add("「" + span(l.from(), l.to()) + "」：得分不超过分值");
            }
        }
    }

    /**
     * Reading 50: 「大于目标值的，每增加1%加1分」 adds points per step beyond the condition's bound, counted as a step
     * deduction's steps are (reading 2, 4), on top of the rest like reading 23's bonus. The condition must say where the
     * steps count from: a bound (超过95%的) or a declared number (大于目标值的); without one the steps are refused (D032),
     * never counted from a guess.
     */
    private void bonusStep(Parts.Step s) {
        notUnderHeading(s);
        Clause b = new Clause();
        b.from = firstOf(pendingFrom, proseFrom, s.from());
        b.to = s.to();
        takeCondition(b, false);
        if (b.cond == null) {
            throw fail("D032", b.from, b.to, span(b.from, b.to));
        }
        DeductionTerm.Direction dir = s.direction() == null ? DeductionTerm.Direction.ABOVE : s.direction();
        if (dir == DeductionTerm.Direction.EITHER) {
            throw fail("D024", s.from(), s.to(), span(s.from(), s.to()), "加分的档须写明增加或减少的方向");
        }
        Expr reference = Steps.reference(b.cond, dir);
        if (reference == null || b.cond.subject() == null) {
            throw fail("D032", b.from, b.to, span(b.from, b.to));
        }
        bonusTerms.add(steps().bonusStep(s, b.cond.subject(), reference, dir));
        resetClause();
    }

    /** Reading 23: 加N分 after a condition is a bonus on top of the rest. */
    private void bonusAward(Parts.Bonus b) {
        notUnderHeading(b);
        absorbProse();
        perCountInProse(b.to());
        Condition when;
        String label;
        if (pending != null) {
            when = pending.condition();
            label = span(pendingFrom, pendingTo);
        } else if (proseFrom >= 0) {
            label = span(proseFrom, proseTo);
            when = items.item(label, proseFrom, proseTo);
        } else {
            throw fail("D007", b.from(), b.to(), span(b.from(), b.to()));
        }
        bonuses.add(new Rule.Award(label, when, b.amount()));
        resetClause();
    }

    /**
     * Reading 44: deductions, each of a fixed number of points once, on conditions that compare one and the same number
     * (bands), as ordered clauses giving the 分值 less the deduction; null when the deductions are not such.
     */
    private List<Rule.Case> bands() {
        if (terms.isEmpty()) {
            return null;
        }
        String subject = null;
        List<Rule.Case> out = new ArrayList<>();
        for (DeductionTerm t : terms) {
            if (!(t instanceof DeductionTerm.PerCount pc) || !(pc.count() instanceof Expr.CountOf c)
                    || c.conditions().size() != 1 || !(pc.each() instanceof Points.Absolute a)) {
                return null;
            }
            String on = comparedNumber(c.conditions().get(0));
            if (on == null || subject != null && !subject.equals(on)) {
                return null;
            }
            subject = on;
            BigDecimal left = ctx.maxScore().subtract(a.points()).max(BigDecimal.ZERO);
            out.add(new Rule.Case(c.conditions().get(0), new Rule.FixedScore(left)));
        }
        // bands meet at most at an end; 「低于90%扣2分，低于80%扣5分」 nest, and may well add up: not bands
        for (int i = 0; i < out.size(); i++) {
            for (int j = i + 1; j < out.size(); j++) {
                if (overlap(range(out.get(i).when()), range(out.get(j).when()))) {
                    return null;
                }
            }
        }
        return out;
    }

    /** The values a condition on one number admits, as [low, high] (null: unbounded), ends included or not. */
    private static Quantity[] range(Condition c) {
        if (c instanceof Condition.Compare k && k.right() instanceof Expr.Const v) {
            Quantity q = v.quantity();
            return switch (k.op()) {
                case GE, GT -> new Quantity[] {q, null};
                case LE, LT -> new Quantity[] {null, q};
                case EQ -> new Quantity[] {q, q};
                default -> new Quantity[] {null, null};
            };
        }
        Quantity[] r = {null, null};
        if (c instanceof Condition.All all) {
            for (Condition x : all.conditions()) {
                Quantity[] one = range(x);
                r[0] = r[0] == null || one[0] != null && one[0].compareTo(r[0]) > 0 ? (one[0] != null ? one[0] : r[0])
                        : r[0];
                r[1] = r[1] == null || one[1] != null && one[1].compareTo(r[1]) < 0 ? (one[1] != null ? one[1] : r[1])
                        : r[1];
            }
        }
        return r;
    }

    /** Whether two ranges share more than an end. */
    private static boolean overlap(Quantity[] a, Quantity[] b) {
        Quantity low = a[0] == null ? b[0] : b[0] == null ? a[0] : a[0].compareTo(b[0]) >= 0 ? a[0] : b[0];
        Quantity high = a[1] == null ? b[1] : b[1] == null ? a[1] : a[1].compareTo(b[1]) <= 0 ? a[1] : b[1];
        return low == null || high == null || low.compareTo(high) < 0;
    }

    /** The number a condition compares with constants (the text of its one subject), or null. */
    private static String comparedNumber(Condition c) {
        if (c instanceof Condition.Compare k && k.right() instanceof Expr.Const) {
            return PackPrinter.expr(k.left());
        }
        if (c instanceof Condition.All all) {
            String on = null;
            for (Condition x : all.conditions()) {
                String one = comparedNumber(x);
                if (one == null || on != null && !on.equals(one)) {
                    return null;
                }
                on = one;
            }
            return on;
        }
        return null;
    }

    /** A heading condition has no way onto deductions, steps standing alone or bonuses: refused, not dropped. */
    private void notUnderHeading(Parts.Part p) {
        if (heading != null) {
            throw fail("D024", heading.from(), p.to(), span(heading.from(), p.to()), "标题条件下的扣分或加分");
        }
    }

    private void endSentence() {
        heading = null;
        sentenceHead = null;
        headCandidate = null;
        if (pending != null) {
            throw fail("D007", pendingFrom, pendingTo, span(pendingFrom, pendingTo));
        }
        if (proseFrom >= 0) {
            throw fail("D036", proseFrom, proseTo, span(proseFrom, proseTo));
        }
        pendingMarker = null;
        pendingFrom = -1;
    }

    private Clause openInterp() {
        for (int i = clauses.size() - 1; i >= 0; i--) {
            Clause b = clauses.get(i);
            if (b.outcome instanceof Parts.Outcome o && o.kind() == Parts.OutcomeKind.INTERP && b.step == null) {
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

    // ---------------------------------------------------------------- assembling the rule

    private Rule rule() {
        int all = reader.tokens().text.length();
        bareBounds();
        if (levelTable != null) {
            return new ItemScores(reader, ctx, items, clauses, notes, part).levels(levelTable);
        }
        // formulas (完成率法)
        if (formula != null || (prop && clauses.isEmpty() && terms.isEmpty() && freeStep == null)) {
            if (!terms.isEmpty()) {
                throw fail("D024", 0, all, span(0, all), "公式与逐项扣分并用");
            }
            List<Rule.Case> exemptions = new ArrayList<>();
            for (Clause b : clauses) {
                if (exempting(b)) {
                    // reading 25: 「若实施方案没有该项建设任务的，不扣分」 beside a formula is tried before it
                    exemptions.add(new Rule.Case(b.cond.condition(), outcome(b)));
                } else if (b.cond != null && b.marker == null && losesAll(b)) {
                    // reading 29 beside a formula: 「得分=满意度×分值。满意度低于60%不得分。」
                    exemptions.add(new Rule.Case(b.cond.condition(), outcome(b)));
                    notes.add("「" + span(b.from, b.to) + "」先于公式判断：成立时不得分");
                } else {
                    throw fail("D024", 0, all, span(0, all), "公式与分段条款并用");
                }
            }
            Expr score = formula != null ? points(formula.score())
                    : new Expr.Binary(Expr.ArithmeticOp.MULTIPLY, steps().proportional(0, all), new Expr.MaxScore());
            if (propText != null) {
                notes.add("「" + propText + "」：" + (formula != null ? "按所写的公式计分"
                        : "得分 = " + PackPrinter.expr(score) + "（按本指标的计算指标）"));
            }
            Rule f = new Rule.Formula(score, cap);
            return exemptions.isEmpty() ? f : new Rule.Cases(exemptions, f);
        }
        // deductions only (the clauses are the no-deduction case: 全部符合得满分)
        if (!terms.isEmpty()) {
            List<Rule.Case> disqualifiers = new ArrayList<>();
            for (Clause b : clauses) {
                if (b.outcome instanceof Parts.Outcome o && (o.kind() == Parts.OutcomeKind.FULL || fullScore(o))) {
                    String gate = b.cond == null ? null : gate(b.cond.condition());
                    if (gate != null) {
                        // reading 56: 「有责任区和责任人划分表得1分,漏一处扣1分」 — the table is the condition of the
                        // points, not the absence of deductions; dropped, a pack without it would score 1
                        throw fail("D070", b.from, b.to, span(b.from, b.to), gate);
                    }
                    notes.add("「" + span(b.from, b.to) + "」：即没有扣分时得满分");
                    if (b.cond != null) {
                        dropItems(b.cond.condition()); // it describes full marks; nobody answers its items
                    }
                } else if (b.cond != null && b.marker == null && losesAll(b)) {
                    // reading 29 beside deductions: 「强制险缺失的，不得分；其他保险缺失的，每项扣1分」
                    disqualifiers.add(new Rule.Case(b.cond.condition(), outcome(b)));
                    notes.add("「" + span(b.from, b.to) + "」先于扣分判断：成立时不得分");
                } else {
                    throw fail("D024", b.from, b.to, span(b.from, b.to), "逐项扣分与分段得分并用");
                }
            }
            if (freeStep != null) {
                throw fail("D024", freeStep.from(), freeStep.to(), span(freeStep.from(), freeStep.to()),
                        "逐项扣分与按档扣分并用");
            }
            List<Rule.Case> bands = bands();
            String on = bands == null ? null : comparedNumber(bands.get(0).when());
            List<Rule.Case> fullBands = new ArrayList<>();
            for (Clause b : clauses) {
                if (on != null && b.cond != null && b.marker == null && b.outcome instanceof Parts.Outcome o
                        && (o.kind() == Parts.OutcomeKind.FULL || fullScore(o))
                        && on.equals(comparedNumber(b.cond.condition()))) {
                    fullBands.add(new Rule.Case(b.cond.condition(), new Rule.FullMarks()));
                }
            }
            List<Rule.Case> sameDisqualifiers = new ArrayList<>();
            List<Rule.Case> otherDisqualifiers = new ArrayList<>();
            for (Rule.Case d : disqualifiers) {
                (on != null && on.equals(comparedNumber(d.when())) ? sameDisqualifiers : otherDisqualifiers).add(d);
            }
            if (bands != null && bands.size() + fullBands.size() + sameDisqualifiers.size() >= 2) {
                // 「95%以上不扣分,90%-95%之间扣2分,90%以下不得分」「5%以内扣1分,5%-10%之间扣3分,10%以上不得分」:
                // deductions by bands of one number are alternatives, the first band that holds decides (reading 44),
                // not additions; its full-marks band comes first and its 不得分 band last, as written
                List<Rule.Case> ordered = new ArrayList<>(otherDisqualifiers);
                ordered.addAll(fullBands);
                ordered.addAll(bands);
                ordered.addAll(sameDisqualifiers);
                notes.add("按同一数值分档扣分：各档依次判断，先满足的一档决定得分（扣分不累加）");
                return new Rule.Cases(ordered, new Rule.FullMarks());
            }
            Rule deduct = steps().limited(new Rule.Deduct(terms, floor));
            return disqualifiers.isEmpty() ? deduct : new Rule.Cases(disqualifiers, deduct);
        }
        Rule items = clauses.isEmpty() || freeStep != null || standard != null ? null
                : new ItemScores(reader, ctx, this.items, clauses, notes, part).read();
        if (items != null) {
            return items;
        }
        return cases(all);
    }

    /**
     * Reading 57: 「100%计满分,每低于5%扣2分」 — a number alone before full marks, with the criterion's step after it: the
     * step's direction says which side of the number is full marks (每低于: at or above it), on the step's subject (or
     * the omitted one). A number alone is no item for the evaluator to answer: without such a step it is refused (D071).
     */
    private void bareBounds() {
        for (Clause b : clauses) {
            Quantity q = b.item && b.cond != null ? bareBound(b.cond.from(), b.cond.to()) : null;
            if (q == null) {
                continue;
            }
            Parts.Step s = freeStep;
            boolean full = b.outcome instanceof Parts.Outcome o && (o.kind() == Parts.OutcomeKind.FULL || fullScore(o));
            if (s == null || s.direction() == null || s.direction() == DeductionTerm.Direction.EITHER || !full) {
                throw fail("D071", b.from, b.to, span(b.cond.from(), b.cond.to()), span(b.from, b.to));
            }
            Expr subject = s.subject() != null ? s.subject() : steps().proportional(b.cond.from(), b.cond.to());
            boolean below = s.direction() == DeductionTerm.Direction.BELOW;
            Condition c = new Condition.Compare(below ? Condition.Comparison.GE : Condition.Comparison.LE, subject,
                    new Expr.Const(q));
            dropItems(b.cond.condition());
            b.item = false;
            b.cond = new Parts.Cond(c, subject, below ? q : null, below ? null : q, List.of(c), null, b.cond.from(),
                    b.cond.to());
            notes.add("「" + span(b.from, b.to) + "」：即 " + PackPrinter.condition(c) + "（「" + span(s.from(), s.to())
                    + "」" + (below ? "向下" : "向上") + "计档）");
        }
    }

    /** The number written alone between {@code from} and {@code to} (「100%」「3个」), or null. */
    private Quantity bareBound(int from, int to) {
        List<CriterionTokens.Tok> in = new ArrayList<>();
        for (CriterionTokens.Tok t : reader.tokens().tokens()) {
            if (t.from >= from && t.to <= to) {
                in.add(t);
            }
        }
        if (in.isEmpty() || in.size() > 2 || in.get(0).getType() != CriterionParser.NUM
                || !(in.get(0).value instanceof CriterionTokens.Num n) || n.value() == null) {
            return null;
        }
        if (in.size() == 1) {
            return n.percent() ? new Quantity(n.value(), io.perfeval.core.rule.Unit.PERCENT) : null;
        }
        CriterionTokens.Tok u = in.get(1);
        if (u.getType() == CriterionParser.PERCENT) {
            return new Quantity(n.value(), io.perfeval.core.rule.Unit.PERCENT);
        }
        return u.getType() == CriterionParser.UNIT && u.value instanceof io.perfeval.core.rule.Unit unit
                ? new Quantity(n.value(), unit) : null;
    }

    /**
     * The declared data a full-marks clause's condition tests that no deduction counts (joined with 、), or null: such
     * a condition is more than 「nothing to deduct」, and reading it as that would drop it.
     */
    private String gate(Condition c) {
        java.util.Set<String> tested = new java.util.LinkedHashSet<>();
        for (String n : Mentions.of(c)) {
            NameTable.Entry e = ctx.names().get(NameTable.normal(n));
            if (e != null && e.kind() != NameTable.Kind.CHECKLIST) {
                tested.add(n); // (no lambda: this runs in a JVM's first compile, PreloadTest)
            }
        }
        for (DeductionTerm t : terms) {
            tested.removeAll(Mentions.of(t instanceof DeductionTerm.PerCount pc ? pc.count()
                    : ((DeductionTerm.PerStep) t).measure()));
        }
        return tested.isEmpty() ? null : String.join("、", tested);
    }

    /**
     * Reading 21: 「得分值=种植率×30」 multiplies by the points without saying 分; a bare number multiplying a formula that
     * has no 分值 and no points in it is those points.
     */
    static Expr points(Expr score) {
        if (mentionsPoints(score) || !(score instanceof Expr.Binary b) || b.op() != Expr.ArithmeticOp.MULTIPLY) {
            return score;
        }
        if (b.right() instanceof Expr.Const c && c.quantity().unit().equals(io.perfeval.core.rule.Unit.NUMBER)) {
            return new Expr.Binary(b.op(), b.left(), new Expr.Const(new Quantity(c.quantity().value(),
                    io.perfeval.core.rule.Unit.POINT)));
        }
        if (b.left() instanceof Expr.Const c && c.quantity().unit().equals(io.perfeval.core.rule.Unit.NUMBER)) {
            return new Expr.Binary(b.op(), new Expr.Const(new Quantity(c.quantity().value(),
                    io.perfeval.core.rule.Unit.POINT)), b.right());
        }
        return score;
    }

    private static boolean mentionsPoints(Expr e) {
        if (e instanceof Expr.MaxScore) {
            return true;
        }
        if (e instanceof Expr.Const c) {
            return c.quantity().unit().equals(io.perfeval.core.rule.Unit.POINT);
        }
        if (e instanceof Expr.Binary b) {
            return mentionsPoints(b.left()) || mentionsPoints(b.right());
        }
        if (e instanceof Expr.Min m) {
            return mentionsPoints(m.left()) || mentionsPoints(m.right());
        }
        if (e instanceof Expr.Max m) {
            return mentionsPoints(m.left()) || mentionsPoints(m.right());
        }
        return e instanceof Expr.Abs a && mentionsPoints(a.value());
    }

    /**
     * Whether every case gives fixed points (or full marks) for a requirement met: conditions true or false, none a
     * number's band, no judgement.
     */
    private static boolean requirementsOnly(List<Rule.Case> cases, Condition target) {
        for (Rule.Case c : cases) {
            boolean points = c.then() instanceof Rule.FullMarks
                    || c.then() instanceof Rule.FixedScore f && f.points().signum() > 0;
            // the declared 达标 is the very condition object (not equals(): a record's equals bootstraps method
            // handles on a JVM's first compile, tens of milliseconds)
            if (!points || !(c.when() == target || trueOrFalse(c.when()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean trueOrFalse(Condition c) {
        if (c instanceof Condition.IsYes || c instanceof Condition.AllItemsMet) {
            return true;
        }
        if (c instanceof Condition.Not n) {
            return trueOrFalse(n.condition());
        }
        List<Condition> members = c instanceof Condition.All a ? a.conditions()
                : c instanceof Condition.Any a ? a.conditions() : null;
        if (members == null) {
            return false;
        }
        for (Condition m : members) {
            if (!trueOrFalse(m)) {
                return false;
            }
        }
        return true;
    }

    /** Ordered clauses (reading 1), with a step deduction standing alone (reading 3) for what they leave. */
    private Rule cases(int all) {
        List<Rule.Case> cases = new ArrayList<>();
        List<io.perfeval.core.diag.SourceLocation> caseLocs = new ArrayList<>();
        List<String> caseTexts = new ArrayList<>();
        Rule otherwise = null;
        Condition targetCond = null;
        if (clauses.size() == 1 && freeStep == null && standard == null && clauses.get(0).item
                && clauses.get(0).outcome instanceof Parts.Outcome o && o.kind() == Parts.OutcomeKind.JUDGE
                && items.drop(clauses.get(0).cond.condition())) {
            // 「…总体建设完善，视情况酌情给分」 alone: the words say what is judged, not when
            Clause b = clauses.get(0);
            notes.add("「" + span(b.cond.from(), b.cond.to()) + "」：评价人酌情给分所依据的情况");
            return outcome(b);
        }
        List<Clause> ordered = disqualifiersFirst(exemptionsFirst(clauses));
        for (int k = 0; k < ordered.size(); k++) {
            Clause b = ordered.get(k);
            Rule then = outcome(b);
            if (b.marker instanceof Parts.Otherwise || (b.negTarget && targetCond != null)
                    || complement(ordered, k)) {
                if (otherwise != null) {
                    throw fail("D014", b.from, b.to, span(b.from, b.to));
                }
                otherwise = then;
                continue;
            }
            if (b.marker instanceof Parts.AllMet) {
                throw fail("D024", b.from, b.to, span(b.from, b.to), "全部符合但没有逐项扣分");
            }
            if (b.cond == null) {
                if (ordered.size() == 1 && freeStep == null) {
                    if (b.outcome instanceof Parts.Veto) {
                        throw fail("D037", b.from, b.to, span(b.from, b.to));
                    }
                    return then;
                }
                throw fail("D007", b.from, b.to, span(b.from, b.to));
            }
            if (b.target) {
                targetCond = b.cond.condition();
            }
            cases.add(new Rule.Case(b.cond.condition(), then));
            caseLocs.add(reader.loc(b.from, b.to));
            caseTexts.add(span(b.from, b.to));
        }
        if (freeStep != null) {
            startsFromMaxScore(cases, caseTexts, caseLocs);
            if (otherwise != null) {
                throw fail("D024", freeStep.from(), freeStep.to(), span(freeStep.from(), freeStep.to()),
                        "否则条款与按档扣分并用");
            }
            otherwise = steps().freeDeduction(freeStep);
        } else if (standard != null) {
            throw fail("D006", standard.from(), standard.to(), span(standard.from(), standard.to()), "");
        }
        if (cases.isEmpty()) {
            if (otherwise == null) {
                throw fail("D006", 0, all, span(0, all), "（没有任何得分条款）");
            }
            return otherwise;
        }
        if (otherwise == null) {
            // reading 10: a criterion that only says when marks are lost (不得分, 扣…, 否决) gives full marks otherwise;
            // one that also gives points (得满分, 得N分 with N > 0, 酌情) says nothing of the rest: no score there
            boolean allLosing = true;
            for (int k = 0; k < cases.size(); k++) {
                allLosing &= losing(cases.get(k).then()) || deductsByJudgement(caseTexts.get(k));
            }
            otherwise = allLosing ? new Rule.FullMarks() : part ? Rule.FixedScore.zero() : new Rule.NoRule();
            if (!allLosing && !part && requirementsOnly(cases, targetCond)) {
                // reading 52: points for meeting requirements that are true or false (是否, items the evaluator
                // answers, the declared 达标) are earned by meeting them: the rest, not meeting them, scores none —
                // as an award item does. A number's bands stay open (D015): their rest may be another band.
                otherwise = Rule.FixedScore.zero();
                notes.add("未达到所列要求的情形不得分（原文只写了达到要求时的得分）");
            }
        }
        BandCheck.check(cases, otherwise, ctx.path(), reader.diag(), caseLocs, caseTexts);
        return new Rule.Cases(cases, otherwise);
    }

    /**
     * Steps standing alone deduct from the 分值 (reading 3): the clause the steps count from must give the 分值, else
     * 「耳标佩戴率100%得5分，每降2%扣1分」 would deduct from 10 what the text deducts from 5 (D048).
     */
    private void startsFromMaxScore(List<Rule.Case> cases, List<String> texts,
                                    List<io.perfeval.core.diag.SourceLocation> locs) {
        BigDecimal best = null;
        int at = -1;
        for (int k = 0; k < cases.size(); k++) {
            Rule then = cases.get(k).then();
            BigDecimal p = then instanceof Rule.FullMarks ? ctx.maxScore()
                    : then instanceof Rule.FixedScore f ? f.points() : null;
            if (p != null && (best == null || p.compareTo(best) > 0)) {
                best = p;
                at = k;
            }
        }
        if (best != null && best.signum() > 0 && best.compareTo(ctx.maxScore()) < 0) {
            Clause b = clauseOf(texts.get(at));
            throw fail("D048", b.from, b.to, texts.get(at), Numerals.trim(best), Numerals.trim(ctx.maxScore()));
        }
    }

    private Clause clauseOf(String text) {
        for (Clause b : clauses) {
            if (span(b.from, b.to).equals(text)) {
                return b;
            }
        }
        throw new IllegalStateException("no clause " + text);
    }

    /** 「…的，视情况酌情扣分」: a judgement of how much to take away, not of what to give (reading 10). */
    private boolean deductsByJudgement(String clause) {
        for (Clause b : clauses) {
            if (span(b.from, b.to).equals(clause) && b.outcome instanceof Parts.Outcome o
                    && o.kind() == Parts.OutcomeKind.JUDGE) {
                return span(o.from(), o.to()).contains("扣");
            }
        }
        return false;
    }

    /** Whether a rule only takes points away: 0 分, deductions, a veto (what reading 10 reads as the losing cases). */
    private static boolean losing(Rule r) {
        return r instanceof Rule.FixedScore f && f.points().signum() == 0 || r instanceof Rule.Deduct
                || r instanceof Rule.LimitedDeduct || r instanceof Rule.Veto || r instanceof Rule.NotApplicable;
    }

    /**
     * Reading 25: a clause that exempts (「没有楼堂馆所项目的部门按满分计算」「本年未发生采购的，此项得满分」, or any 不适用
     * clause) is tried first, wherever it is written: where it holds, the numbers the other clauses compare may not
     * exist.
     */
    private List<Clause> exemptionsFirst(List<Clause> in) {
        List<Clause> first = new ArrayList<>();
        List<Clause> rest = new ArrayList<>();
        for (Clause b : in) {
            if (exempting(b) && (in.indexOf(b) > 0 || isNotApplicable(b))) {
                first.add(b);
            } else {
                rest.add(b);
            }
        }
        first.addAll(rest);
        return first;
    }

    /** Takes back the items made for a condition that scores nothing (the last made, in reverse order). */
    private void dropItems(Condition c) {
        if (c instanceof Condition.All a) {
            for (int k = a.conditions().size() - 1; k >= 0; k--) {
                dropItems(a.conditions().get(k));
            }
        } else {
            items.drop(c);
        }
    }

    /** A clause that takes every point away: 不得分, 一票否决. */
    private static boolean losesAll(Clause b) {
        return b.outcome instanceof Parts.Veto || b.outcome instanceof Parts.Outcome o
                && o.kind() == Parts.OutcomeKind.FIXED && o.points().signum() == 0;
    }

    private boolean exempting(Clause b) {
        int from = b.cond == null ? 0 : Math.min(b.from, b.cond.from());
        // 若/如 may have been read as its own word just before the condition
        String before = span(Math.max(0, from - 2), from);
        String cond = b.cond == null ? "" : (before.endsWith("若") || before.endsWith("如") ? "若" : "")
                + span(from, b.cond.to());
        boolean exempts = b.cond != null && cond.matches(EXEMPTS);
        return b.cond != null && (isNotApplicable(b)
                || exempts && b.outcome instanceof Parts.Outcome f && f.kind() == Parts.OutcomeKind.FULL);
    }

    private static boolean isNotApplicable(Clause b) {
        return b.outcome instanceof Parts.Outcome o && o.kind() == Parts.OutcomeKind.NOT_APPLICABLE;
    }

    /** An exempting condition: 没有楼堂馆所项目的, 若实施方案没有该项建设任务, 本年未发生采购的. */
    private static final String EXEMPTS = "^(?:(?:如|若|凡|如果)[^，,；;。]{0,12}?)?(?:没有|无|未发生|不涉及|未涉及|未安排|未开展).*";

    /**
     * Reading 29: a clause that takes every point away (不得分, 一票否决) on a condition about something no earlier clause
     * tests is tried before them: 「抛荒面积控制在0.1%以下的计10分,…或连片抛荒在2亩以上的不计分」 — 2 亩 of 连片抛荒 loses
     * the 10 points whatever the share; read in order, the first clause would give them.
     */
    private List<Clause> disqualifiersFirst(List<Clause> in) {
        List<Clause> first = new ArrayList<>();
        List<Clause> rest = new ArrayList<>();
        java.util.Set<String> tested = new java.util.HashSet<>();
        for (Clause b : in) {
            if (b.cond != null && losesAll(b) && !rest.isEmpty() && b.marker == null
                    && !tested.containsAll(Mentions.of(b.cond.condition()))) {
                first.add(b);
                notes.add("「" + span(b.from, b.to) + "」先于前面的条款判断：它的条件涉及前面条款没有检查的数据，"
                        + "成立时不论前面的条款如何都不得分");
            } else {
                if (b.cond != null) {
                    tested.addAll(Mentions.of(b.cond.condition()));
                }
                rest.add(b);
            }
        }
        if (first.isEmpty()) {
            return in;
        }
        // exemptions (reading 25) stay before everything
        List<Clause> out = new ArrayList<>();
        int k = 0;
        while (k < rest.size() && exempting(rest.get(k))) {
            out.add(rest.get(k++));
        }
        out.addAll(first);
        out.addAll(rest.subList(k, rest.size()));
        return out;
    }

    /**
     * Reading 11 for evaluator items: a negative item right after the positive item of a clause that gives full marks
     * or a score is that clause's complement (否则), not a second item: 「编制符合要求的得7分，不符合要求的视具体情况扣分」.
     */
    private boolean complement(List<Clause> ordered, int k) {
        if (k == 0) {
            return false;
        }
        Clause b = ordered.get(k);
        Clause prev = ordered.get(k - 1);
        boolean complement = b.item && b.proseNegative && prev.item && !prev.proseNegative && k == ordered.size() - 1
                && !(b.outcome instanceof Parts.Outcome o && o.kind() == Parts.OutcomeKind.FULL)
                && negates(span(b.cond.from(), b.cond.to()), span(prev.cond.from(), prev.cond.to()))
                && items.drop(b.cond.condition());
        if (complement) {
            notes.add("「" + span(b.cond.from(), b.cond.to()) + "」读作前一条的反面（否则）");
        }
        return complement;
    }

    /**
     * Whether {@code negative} says the opposite of {@code positive}: without its negation word it is what the positive
     * says, or shares at least half of it (「不符合要求」 of 「编制符合要求」, 「未组织银企对接活动」 of 「按时组织银企对接会」),
     * or is a bare 未完成、不符合 that
     * negates whatever came before. A negative clause about something
     * else (「未单设…仅在其他部门增挂牌子」 after 「属事业编制」) is another item, not the complement.
     */
    static boolean negates(String negative, String positive) {
        String n = negative.strip().replaceFirst("[的者，,:：]+$", "");
        String p = positive.strip().replaceFirst("[的者，,:：]+$", "");
        java.util.regex.Matcher m = NEGATION.matcher(n);
        if (!m.find()) {
            return false;
        }
        String without = n.substring(0, m.start()) + n.substring(m.end());
        int shared = longestCommon(without, p);
        return without.equals(p) || GENERIC.contains(without)
                || shared >= 2 && 2 * shared >= Math.min(without.length(), p.length());
    }

    /** The length of the longest run of characters two texts share (short texts: quadratic is fine). */
    private static int longestCommon(String a, String b) {
        int best = 0;
        int[] prev = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return best;
    }

    /** What a bare 未完成、不符合、未达到 negates: the clause before, whatever it says. */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("完成", "符合", "符合要求", "达到", "达到要求",
            "达标", "到位", "落实", "做到", "具备", "执行", "提供", "满足", "满足要求", "按要求", "按时完成", "按要求完成",
            "完成任务", "完成目标", "达到目标");

    private static final java.util.regex.Pattern NEGATION = java.util.regex.Pattern.compile("没有|不|未|无");

    private Rule outcome(Clause b) {
        Parts.Part o = b.outcome;
        if (o instanceof Parts.Veto v) {
            return new Rule.Veto(v.scope());
        }
        if (o instanceof Parts.Formula f) {
            return new Rule.Formula(points(f.score()), cap);
        }
        if (o instanceof Parts.Step s) {
            return steps().stepClause(b, s);
        }
        Parts.Outcome out = (Parts.Outcome) o;
        return switch (out.kind()) {
            case FULL -> new Rule.FullMarks();
            case FIXED -> {
                if (out.points().compareTo(ctx.maxScore()) > 0) {
                    throw fail("D042", out.from(), out.to(), span(out.from(), out.to()), Numerals.trim(out.points()),
                            Numerals.trim(ctx.maxScore()));
                }
                yield new Rule.FixedScore(out.points());
            }
            case JUDGE -> judged();
            case RANGE -> new Rule.Judgement(out.low(), out.high());
            case SHARE -> new Rule.Judgement(out.low(), out.high());
            case SHARE_OF_MAX -> {
                Points.ShareOfMax p = (Points.ShareOfMax) out.low();
                yield new Rule.Formula(new Expr.Binary(Expr.ArithmeticOp.MULTIPLY, new Expr.Const(Quantity.number(
                        io.perfeval.core.rule.Decimals.divide(p.numerator(), p.denominator()))), new Expr.MaxScore()),
                        false);
            }
            case NOT_APPLICABLE -> new Rule.NotApplicable(notApplicableReason(b));
            case INTERP -> steps().interpolated(b);
            case RAMP -> steps().ramp(b);
            case PROP -> new Rule.Formula(new Expr.Binary(Expr.ArithmeticOp.MULTIPLY, steps().proportional(b.from, b.to),
                    new Expr.MaxScore()), cap);
        };
    }

    /** 酌情给分: anywhere from 0 to the 分值, or to what 最高N分 says. */
    private Rule judged() {
        if (judgeMost == null) {
            return Rule.Judgement.anywhere();
        }
        judgeMostUsed = true;
        return new Rule.Judgement(new Points.Absolute(BigDecimal.ZERO), judgeMost.amount());
    }

    private String notApplicableReason(Clause b) {
        String text = b.cond == null ? "" : span(b.cond.from(), b.cond.to()).replaceFirst("[的者]$", "");
        return text.isBlank() ? "不适用" : text;
    }

    /**
     * Reading 53: 「党委政府主要领导作出批示的，每次得0.5分；其他领导…每次得0.2分」 — points earned per count, from none up to
     * the 分值 (or a lower 最高得N分), whatever the pack's bonus policy: they are the indicator's score, not a bonus on
     * it. Only alone: beside clauses, deductions or a formula the text would leave open what they add to (D024).
     */
    private Rule awardsPerCount() {
        Parts.Deduction d = awardsPerCount;
        if (!clauses.isEmpty() || !terms.isEmpty() || formula != null || freeStep != null || levelTable != null || prop
                || !bonuses.isEmpty() || bonusCap != null) {
            throw fail("D024", d.from(), d.to(), span(d.from(), d.to()), "按次得分与其他计分条款并用（请把按次得分单列为一个指标，或用 规则：写明两者如何合计）");
        }
        Points cap = new Points.ShareOfMax(BigDecimal.ONE, BigDecimal.ONE);
        if (judgeMost != null) {
            // 「最多得2分」: the most the counts earn, never above the 分值
            judgeMostUsed = true;
            if (judgeMost.amount().resolve(ctx.maxScore()).compareTo(ctx.maxScore()) < 0) {
                cap = judgeMost.amount();
            }
        } else {
            notes.add("按次得分未写上限：最多得分值");
        }
        return new Rule.Bonus(Rule.FixedScore.zero(), List.of(), bonusTerms, cap);
    }

    /** Whether a clause leaves its points to the evaluator (酌情扣分). */
    private boolean judges() {
        for (Clause b : clauses) {
            if (b.outcome instanceof Parts.Outcome o && o.kind() == Parts.OutcomeKind.JUDGE) {
                return true;
            }
        }
        return false;
    }

    private boolean hasBonus() {
        return !bonuses.isEmpty() || !bonusTerms.isEmpty();
    }

    /**
     * Readings 23 and 50: bonus points on top of the rest, capped by 最高加N分; else awards alone by their sum, and steps
     * (which have no sum) by the 分值 — a bonus never doubles an indicator silently: a higher cap must be written.
     */
    private Rule bonus(Rule base) {
        Points cap = bonusCap;
        if (cap == null && !bonusTerms.isEmpty()) {
            cap = new Points.ShareOfMax(BigDecimal.ONE, BigDecimal.ONE);
            notes.add("按档或按个数加分未写上限：加分最多为分值");
        } else if (cap == null) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Rule.Award a : bonuses) {
                sum = sum.add(a.points().resolve(ctx.maxScore()));
            }
            cap = new Points.Absolute(sum);
        }
        return new Rule.Bonus(base, bonuses, bonusTerms, cap);
    }
}
