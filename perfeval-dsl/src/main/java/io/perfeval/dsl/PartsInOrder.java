package io.perfeval.dsl;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.Points;
import io.perfeval.dsl.Readings.Clause;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading the parts of a criterion in text order into clauses (a condition and what it gives): the clause being read —
 * its conditions (reading 14), the prose around them (reading 11), a marker (全部符合, 否则), the heading of its sentence
 * and the sentence head of reading 55 — until an outcome closes it. Deductions, steps, limits and bonuses are read by
 * {@link Deductions}; what both find is kept in {@link Collected}.
 */
final class PartsInOrder extends ReadingStep {

    private final Deductions deductions;

    PartsInOrder(Collected found) {
        super(found);
        this.deductions = new Deductions(this, found);
    }

    /** Parts that may be written once: a second one is a slip the author must see (D044). */
    final java.util.Map<String, List<String>> once = new java.util.HashMap<>();

    /** The condition heading the sentence being read (「…牧区:」), joined to each of its clauses. */
    Parts.Heading heading;

    // the clause being read
    Parts.Cond pending;
    /** The first condition part of the pending clause, as read. */
    Parts.Cond pendingFirst;
    /**
     * Reading 55: a condition a comma parts from the next one in the first clause of a sentence (「H，A的扣5分」), and
     * the sentence's clauses after it: H heads A alone or all of them, and the words do not say which.
     */
    Parts.Cond headCandidate;
    /** How many clauses the sentences before this one made (reading 60 joins a veto to this sentence's last clause). */
    private int sentenceStart;
    Parts.Cond sentenceHead;
    /** The pending condition is the declared target, said of a name (「组织活动次数达标」). */
    boolean pendingTarget;
    Parts.Part pendingMarker;
    /** Whether the conditions pending so far were joined by 或, and by a bare comma, somewhere (D078 when both). */
    private boolean chainOr;
    private boolean chainComma;
    int pendingFrom = -1;
    int pendingTo = -1;
    int proseFrom = -1;
    int proseTo = -1;

    void read(Parts.Part p) {
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
            if (p instanceof Parts.Otherwise && pending != null && pendingMarker == null) {
                requirementBeforeOtherwise(p);
            }
            if (pendingMarker != null && pendingMarker.getClass() == p.getClass()) {
                throw fail("D044", p.from(), p.to(), span(p.from(), p.to()), "「" + span(pendingFrom, pendingTo) + "」"); // 否则，否则，
            }
            pendingMarker = p;
            pendingFrom = pendingFrom < 0 ? p.from() : pendingFrom;
            pendingTo = p.to();
        } else if (p instanceof Parts.Outcome o && o.kind() == Parts.OutcomeKind.PROP && pending == null
                && proseFrom < 0 && pendingMarker == null) {
            once(p, "按比例得分");
            found.prop = true; // 采用完成率法计分 standing alone: the method; the formula (or the measure) says what
            found.propText = span(p.from(), p.to());
        } else if (p instanceof Parts.Outcome || p instanceof Parts.Veto) {
            clause(p);
        } else if (p instanceof Parts.Respective r) {
            respective(r);
        } else if (p instanceof Parts.Formula f) {
            if (pending != null || proseFrom >= 0 || pendingMarker != null) {
                clause(f); // 完成率≥90%的，得分=…: a formula for that band (否则按…计分: for the rest)
            } else {
                once(f, "得分公式");
                found.formula = f;
            }
        } else if (p instanceof Parts.Step s) {
            deductions.step(s);
        } else if (p instanceof Parts.Deduction d) {
            deductions.deduction(d);
        } else if (p instanceof Parts.Limit l) {
            deductions.limit(l);
        } else if (p instanceof Parts.Bonus b) {
            deductions.bonusAward(b);
        } else if (p instanceof Parts.Standard s) {
            once(s, "以…为标准");
            found.standard = s;
        } else if (p instanceof Parts.LevelTable l) {
            once(l, "档次表");
            found.levelTable = l;
        } else if (p instanceof Parts.BaseScore b) {
            // 基准分10分: where the points are counted from; the language counts from the 分值, so it must be that
            if (b.points().compareTo(ctx.maxScore()) != 0) {
                throw fail("D048", b.from(), b.to(), span(b.from(), b.to()), Numerals.trim(b.points()),
                        Numerals.trim(ctx.maxScore()));
            }
            found.notes.add("「" + span(b.from(), b.to()) + "」：即分值");
        } else if (p instanceof Parts.Topic t) {
            found.notes.add("主语：「" + span(t.from(), t.to()) + "」（后面省略主语的条款比较它）");
        } else if (p instanceof Parts.Note n && span(n.from(), n.to()).startsWith("即") && pending == null
                && pendingMarker == null && proseFrom >= 0 && n.to() - n.from() == 1) {
            // reading 30: 「…按实现程度赋分，即得分=…」 — the words before 即 say in prose what follows, they are not its
            // condition
            found.notes.add("「" + span(proseFrom, proseTo) + "」：即后面所写的计法（说明）");
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
            found.notes.add("「" + span(pendingFrom, pendingTo) + "」：即标准，后面的条件是它的反面");
            pending = null;
            pendingFirst = null;
            pendingFrom = -1;
            pendingTo = -1;
        }
        if (pending != null && proseFrom >= 0 && proseTo > pendingTo && proseTo <= c.from()) {
            // 「及时…申报…手续,并办理…变更手续,做到执证征收的计5分」: words between two conditions of one clause join the
            // first as its prose would at the outcome; left waiting, the next condition's join dropped them (H10-019)
            absorbProse();
        }
        pendingTarget = false;
        if (pending == null) {
            if (sentenceHead != null) {
                // reading 55: 「责任区内有上述事件发生,能及时报告的扣5分,不及时报告的扣10分」
                throw fail("D069", sentenceHead.from(), c.to(), span(sentenceHead.from(), sentenceHead.to()),
                        span(c.from(), c.to()));
            }
            pendingFirst = c;
            chainOr = false;
            chainComma = false;
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
            // 或 inside either condition (a connective of the grammar, not a 用语's own 或) counts too
            chainOr |= or || reader.tokens().anyWithin(pending.from(), pending.to(), CriterionParser.OR)
                    || reader.tokens().anyWithin(c.from(), c.to(), CriterionParser.OR);
            chainComma |= c.join() == null && span(pending.to(), c.from()).matches("[，,]");
            if (chainOr && chainComma) {
                // 「未按规定取消…账户,或擅自设立…账户,拖延、截留…的,计0分」: 或 between some, a bare comma between
                // others; read as 且 the comma would need every failing at once (H10-011)
                throw fail("D078", pendingFrom, c.to(), span(pendingFrom, c.to()));
            }
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
        found.targetUsed = true;
        found.notes.add("「" + span(t.from(), t.to()) + "」读作" + (t.met() ? "" : "未") + "达标（"
                + PackPrinter.condition(ctx.target()) + "）");
        Condition c = t.met() ? ctx.target() : new Condition.Not(ctx.target());
        boolean first = pending == null;
        cond(new Parts.Cond(c, null, null, null, List.of(c), null, t.from(), t.to()));
        pendingTarget = first && t.met();
    }

    private void clause(Parts.Part outcome) {
        if (outcome instanceof Parts.Outcome o && o.kind() == Parts.OutcomeKind.FULL && o.thisItem() && pending == null
                && proseFrom < 0 && pendingMarker == null && STATED_MAX.matcher(span(o.from(), o.to())).matches()) {
            // 「本项满分6分,…,得分=平均分*6%」: the row's 分值 stated before how it is scored, no clause of its own (the
            // points equal the 分值, or PartsBuilder has refused them); read as an outcome with no condition it was D007
            found.notes.add("「" + span(o.from(), o.to()) + "」：即分值");
            return;
        }
        if (outcome instanceof Parts.Outcome o && o.kind() == Parts.OutcomeKind.FIXED && pending == null
                && pendingMarker == null && proseFrom >= 0 && "(（".indexOf(span(o.from(), o.to()).charAt(0)) >= 0
                && colonAt(o.to())) {
            // 「(1)制度建设（5分）：制定实施方案的得5分，否则不得分」: a part's title and its points before a colon, not a
            // clause — read as one it became an item the evaluator answers that gave the part's 5 points on its own
            // (a fourth adversarial probe)
            found.notes.add("「" + span(proseFrom, o.to()) + "」：分项的标题与分值");
            resetClause();
            return;
        }
        deductions.perCountInProse(outcome.to());
        if (outcome instanceof Parts.Veto && pending == null && pendingMarker == null && proseFrom >= 0
                && found.clauses.size() > sentenceStart && Items.joinsTheClauseBefore(span(proseFrom, proseTo))) {
            Clause before = found.clauses.get(found.clauses.size() - 1);
            if (before.cond != null && before.marker == null && before.step == null) {
                // reading 60: 「发生森林火灾无分,并实行一票否决」 — 并 joins the veto to the clause before, whose
                // condition it takes; the veto, which takes the whole evaluation's points, is that clause's outcome
                found.notes.add("「" + span(proseFrom, outcome.to()) + "」：与前一条款「" + span(before.from, before.to)
                        + "」同一条件，成立时一票否决");
                before.outcome = outcome;
                before.to = outcome.to();
                resetClause();
                return;
            }
        }
        Clause b = new Clause();
        b.outcome = outcome;
        b.from = firstOf(pendingFrom, proseFrom, outcome.from());
        b.to = outcome.to();
        takeCondition(b, outcome instanceof Parts.Outcome o && o.kind() == Parts.OutcomeKind.FULL
                || outcome instanceof Parts.Outcome o2 && found.fullScore(o2));
        if (heading != null) {
            underHeading(b);
        }
        found.clauses.add(b);
        resetClause();
    }

    /**
     * 「至少2种宣传方式,否则不得分」: a condition with no outcome of its own before 否则 is the requirement, met for full
     * marks, and 否则 scores the rest. Read before as the condition of 否则's outcome, the marker dropped, it gave 0 to a
     * unit that met it and full marks to one that did not (the twelfth holdout's H12-029).
     */
    private void requirementBeforeOtherwise(Parts.Part otherwise) {
        String requirement = span(firstOf(pendingFrom, proseFrom, otherwise.from()), Math.max(pendingTo, proseTo));
        found.notes.add("「" + requirement + "」：否则之前的要求，达到得满分");
        clause(new Parts.Outcome(Parts.OutcomeKind.FULL, null, null, false, otherwise.from(), otherwise.from()));
    }

    /** The clause's condition joined with the heading of its sentence (且); what a heading cannot join is refused. */
    void underHeading(Clause b) {
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
    void takeCondition(Clause b, boolean full) {
        if (pending != null && proseFrom >= 0 && proseFrom < pendingFrom) {
            proseBeforeCondition();
        }
        if (pending != null && pendingMarker instanceof Parts.Otherwise o) {
            // 「否则，…的不得分」: the rest, or the rest where the condition holds? Never one of them dropped
            throw fail("D082", o.from(), b.to, span(o.from(), b.to));
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
    void nothingPending(Parts.Part at) {
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
            found.clauses.add(b);
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
    void absorbProse() {
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

    /**
     * Reading 11: prose before 得满分 is the declared target (达标) and prose before a loss is its negation — or, with no
     * declared target, the prose is an item the evaluator answers (符合 when what it says holds).
     */
    void prose(Clause b, int from, int to, boolean full) {
        String text = reader.tokens().text.substring(from, to);
        b.proseNegative = PartsBuilder.negative(text);
        if (ctx.target() == null) {
            b.item = true;
            b.cond = condOf(items.item(span(from, to), from, to), from, to);
            return;
        }
        found.targetUsed = true;
        found.notes.add("「" + span(from, to) + "」读作" + (full ? "" : "未") + "达标（" + PackPrinter.condition(ctx.target())
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

    void resetClause() {
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

    /** The declared name written at {@code at}, or null. */
    private String nameAt(int at) {
        CriterionTokens.Tok t = reader.tokens().nameIn(at, Integer.MAX_VALUE);
        return t != null && t.from == at ? span(t.from, t.to) : null;
    }

    /**
     * A part that may be written once per criterion. The very same words again are a slip the author must see (D044);
     * other words for a limit or a method that carries no value (「以总分为上限…超出总分值不加分」) say the same thing
     * twice and are read once; two different formulas, standards or amounts are refused (D024), since one would
     * silently win.
     */
    void once(Parts.Part p, String what) {
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

    /** A heading condition has no way onto deductions, steps standing alone or bonuses: refused, not dropped. */
    void notUnderHeading(Parts.Part p) {
        if (heading != null) {
            throw fail("D024", heading.from(), p.to(), span(heading.from(), p.to()), "标题条件下的扣分或加分");
        }
    }

    /** Whether the sentence read so far ends in a condition still waiting for its outcome. */
    boolean pendingCondition() {
        return pending != null;
    }

    void endSentence() {
        sentenceStart = found.clauses.size();
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

    Clause openInterp() {
        for (int i = found.clauses.size() - 1; i >= 0; i--) {
            Clause b = found.clauses.get(i);
            if (b.outcome instanceof Parts.Outcome o && o.kind() == Parts.OutcomeKind.INTERP && b.step == null) {
                return b;
            }
        }
        return null;
    }

    /** Whether the token at {@code at} is a colon. */
    private boolean colonAt(int at) {
        for (CriterionTokens.Tok t : reader.tokens().tokens()) {
            if (t.from >= at) {
                return t.getType() == CriterionParser.COLON;
            }
        }
        return false;
    }

    /** 本项满分6分: a statement of the 分值, when nothing before it waits for an outcome. */
    private static final java.util.regex.Pattern STATED_MAX =
            java.util.regex.Pattern.compile("(?:本|该|此)(?:项|指标)满分\\d+(?:\\.\\d+)?分");

    static int firstOf(int a, int b, int c) {
        int m = Integer.MAX_VALUE;
        for (int x : new int[] {a, b, c}) {
            if (x >= 0 && x < m) {
                m = x;
            }
        }
        return m == Integer.MAX_VALUE ? -1 : m;
    }
}
