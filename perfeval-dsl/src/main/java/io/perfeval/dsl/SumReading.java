package io.perfeval.dsl;

import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reading 32 (分项计分): a criterion written as sentences that each state their own points, the points adding up to
 * the 分值 and none of them the 分值 alone, is parts scored separately and added —
 * 「…15分钟内可到达…得0.5分,15—30分钟到达得0.3分,30分钟以上不得分;…交通组织合理得0.5分;…达15平方米得0.5分」 is 0.5 + 0.5 +
 * 0.5. Each part is read as a criterion of its own whose 分值 is its highest stated points (得N分, 分别得…, 最高N分 of a
 * judgement, 扣完N分为止); inside a part, what no clause scores gives 0, as an award not earned does. A sentence that
 * only takes every point away (「…未全部落实,本项指标不得分」) is about the whole indicator and is tried first.
 *
 * <p>Sentences of one clause each are left to the awards reading (reading 18), which reads them the same way.
 */
final class SumReading {

    private SumReading() {
    }

    /** How one sentence takes part: a part with its 分值, or a disqualifier of the whole. */
    private record Role(BigDecimal max, boolean disqualifier) {
    }

    /**
     * The 分值 of each sentence when the sentences are parts added up (null for a disqualifier), or null when the
     * criterion is not written so.
     */
    static List<BigDecimal> maxima(List<Parts.Sentence> sentences, BigDecimal max) {
        if (sentences.size() < 2) {
            return null;
        }
        List<BigDecimal> out = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        int parts = 0;
        boolean someNotAward = false;
        for (Parts.Sentence s : sentences) {
            Role r = role(s);
            if (r == null) {
                return null;
            }
            out.add(r.disqualifier() ? null : r.max());
            if (!r.disqualifier()) {
                if (r.max().compareTo(max) >= 0) {
                    return null;
                }
                sum = sum.add(r.max());
                parts++;
                someNotAward |= !singleAward(s);
            }
        }
        return parts >= 2 && someNotAward && sum.compareTo(max) == 0 ? out : null;
    }

    private static Role role(Parts.Sentence s) {
        BigDecimal stated = null;
        boolean losing = true;
        boolean outcome = false;
        for (Parts.Part p : s.parts()) {
            BigDecimal here = null;
            if (p instanceof Parts.Outcome o) {
                outcome = true;
                if (o.kind() == Parts.OutcomeKind.FULL || o.kind() == Parts.OutcomeKind.NOT_APPLICABLE) {
                    return null; // full marks of what? a part's 分值 must be written as points
                }
                if (o.kind() == Parts.OutcomeKind.PROP) {
                    // 「…得4分,未完成的按实际比例计分」: a share of the points the sentence states (it must state some)
                    losing = false;
                    continue;
                }
                here = absolute(o.high() != null ? o.high() : o.low());
                if (o.kind() != Parts.OutcomeKind.JUDGE && here == null) {
                    return null;
                }
                losing &= here != null && here.signum() == 0;
            } else if (p instanceof Parts.Veto) {
                outcome = true;
            } else if (p instanceof Parts.Respective r) {
                outcome = true;
                losing = false;
                here = highest(r.scores());
            } else if (p instanceof Parts.LevelTable t) {
                outcome = true;
                losing = false;
                here = highest(t.scores());
            } else if (p instanceof Parts.Limit l && (l.kind() == Parts.LimitKind.MOST_SCORE
                    || l.kind() == Parts.LimitKind.FLOOR && l.amount() != null)) {
                here = absolute(l.amount());
            } else if (p instanceof Parts.Step || p instanceof Parts.Deduction) {
                losing = false;
            } else if (p instanceof Parts.Bonus || p instanceof Parts.Formula || p instanceof Parts.BaseScore
                    || p instanceof Parts.Standard) {
                return null;
            }
            if (here != null) {
                stated = stated == null ? here : stated.max(here);
            }
        }
        if (outcome && losing) {
            return new Role(null, true);
        }
        return stated == null || stated.signum() == 0 ? null : new Role(stated, false);
    }

    private static BigDecimal absolute(Points p) {
        return p instanceof Points.Absolute a ? a.points() : null;
    }

    /** A sentence of one condition and its points (what reading 18 adds up already). */
    private static boolean singleAward(Parts.Sentence s) {
        int outcomes = 0;
        for (Parts.Part p : s.parts()) {
            if (p instanceof Parts.Outcome o) {
                outcomes++;
                if (o.kind() != Parts.OutcomeKind.FIXED) {
                    return false;
                }
            } else if (p.scoring() && !(p instanceof Parts.Cond)) {
                return false;
            }
        }
        return outcomes == 1;
    }

    /**
     * The parts read one by one, each against its own 分值, added; the disqualifiers tried before them. The notes of
     * every part's reading go to {@code notes}.
     */
    static Rule read(CriterionReader reader, CriterionReader.Context ctx, Items items,
                     List<Parts.Sentence> sentences, List<BigDecimal> maxima, List<String> notes) {
        List<Rule.Part> parts = new ArrayList<>();
        List<Rule.Case> disqualifiers = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        StringBuilder sum = new StringBuilder();
        for (int k = 0; k < sentences.size(); k++) {
            Parts.Sentence s = sentences.get(k);
            BigDecimal max = maxima.get(k);
            String text = label(reader.span(s.from(), s.to()));
            if (max == null) {
                Readings whole = new Readings(reader, ctx, items);
                Rule r = whole.assemble(List.of(s));
                notes.addAll(whole.notes);
                if (!(r instanceof Rule.Cases c)) {
                    throw reader.fail("D024", s.from(), s.to(), text, "不得分的条款没有条件");
                }
                disqualifiers.addAll(c.cases());
                notes.add("「" + text + "」先于各部分判断：成立时本指标不得分");
                continue;
            }
            Readings one = new Readings(reader, ctx.withMaxScore(max), items).asPart();
            Rule r = one.assemble(List.of(s));
            for (String n : one.notes) {
                notes.add("（" + text + "）" + n);
            }
            String label = labels.add(text) ? text : text + "（第" + (k + 1) + "部分）";
            labels.add(label);
            parts.add(new Rule.Part(label, max, r));
            sum.append(sum.length() > 0 ? " + " : "").append(Numerals.trim(max));
        }
        notes.add("分项计分：各部分分别计分后相加（" + sum + " = " + Numerals.trim(ctx.maxScore()) + " 分）");
        Rule total = new Rule.Sum(parts);
        return disqualifiers.isEmpty() ? total : new Rule.Cases(disqualifiers, total);
    }

    /** The highest of some scores, or null (a loop, not a stream: no lambda on the compile path). */
    private static BigDecimal highest(List<BigDecimal> scores) {
        BigDecimal best = null;
        for (BigDecimal x : scores) {
            best = best == null || x.compareTo(best) > 0 ? x : best;
        }
        return best;
    }

    /** A part's label: its sentence, without the list number and the closing punctuation. */
    private static String label(String sentence) {
        return sentence.strip().replaceFirst("^(?:\\d{1,2}[、.．]|[（(]\\d{1,2}[)）]|[①-⑳])", "")
                .replaceFirst("[。；;，,\\s]+$", "").strip();
    }
}
