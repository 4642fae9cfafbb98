package io.perfeval.core.analysis;

import io.perfeval.core.Indicator;
import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The direction an indicator's wording states for a number it reads — never guessed from the number's name alone:
 *
 * <ol>
 *   <li>the 指标内容 or 评价标准 says so of that number: 「预算调整次数越少越好」, 「满意度越高越好」;</li>
 *   <li>otherwise the criterion compares the number one way for full marks and the other way for none:
 *       「完成率≥95%得满分」 or 「结转结余率≥50%得0分」, or deducts per step below a reference (每降低…扣) or above it
 *       (每增加…扣), or deducts per thing counted (每调整一次扣1分). When such comparisons point both ways (a band
 *       85%–95% for full marks), nothing is stated.</li>
 * </ol>
 *
 * A name such as 完成率 states a direction only through what the criterion itself compares, which is (2).
 */
final class Wording {

    private static final Pattern PHRASE = Pattern.compile("越(高|大|多|快|低|小|少|慢)越好");
    private static final String STOP = "，。；;,、：:\\s「」“”\"'（）()《》";

    private Wording() {
    }

    /** 1: a higher value is better; -1: a lower one is; 0: the wording states neither. */
    static int stated(Indicator.Leaf leaf, String axis) {
        String name = axis.indexOf('[') > 0 ? axis.substring(0, axis.indexOf('[')) : axis;
        int phrase = phrase(leaf.description() + "。" + leaf.criterion(), name);
        return phrase != 0 ? phrase : compared(leaf, axis);
    }

    /** What 「…越高越好」 phrases about {@code name} say (0 when none, or when two disagree). */
    static int phrase(String text, String name) {
        Matcher m = PHRASE.matcher(text);
        int out = 0;
        while (m.find()) {
            String subject = subject(text, m.start());
            if (subject.isEmpty() || !about(subject, name)) {
                continue;
            }
            int d = "高大多快".indexOf(m.group(1).charAt(0)) >= 0 ? 1 : -1;
            if (out != 0 && out != d) {
                return 0;
            }
            out = d;
        }
        return out;
    }

    /** The words before position {@code end}, back to the last punctuation. */
    private static String subject(String text, int end) {
        int start = end;
        while (start > 0 && STOP.indexOf(text.charAt(start - 1)) < 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    /** Whether the words name the number: they share a tail of at least three characters (or all of the shorter). */
    static boolean about(String words, String name) {
        int n = 0;
        while (n < words.length() && n < name.length()
                && words.charAt(words.length() - 1 - n) == name.charAt(name.length() - 1 - n)) {
            n++;
        }
        return n >= Math.min(3, Math.min(words.length(), name.length())) && n >= 2;
    }

    /** The direction the criterion's comparisons and step deductions give {@code axis}, or 0. */
    static int compared(Indicator.Leaf leaf, String axis) {
        List<Integer> votes = new ArrayList<>();
        for (Rules.Scoped scoped : Rules.scoped(leaf.rule(), leaf.maxScore())) {
            Rule r = scoped.rule();
            if (r instanceof Rule.Cases c) {
                for (Rule.Case k : c.cases()) {
                    int outcome = extreme(k.then(), scoped.max());
                    if (outcome != 0) {
                        int d = direction(k.when(), axis);
                        if (d != 0) {
                            votes.add(d * outcome);
                        }
                    }
                }
            } else if (r instanceof Rule.Deduct d) {
                for (DeductionTerm t : d.terms()) {
                    if (t instanceof DeductionTerm.PerStep ps && axis.equals(LeafAnalyzer.axisName(ps.measure()))) {
                        votes.add(ps.direction() == DeductionTerm.Direction.BELOW ? 1
                                : ps.direction() == DeductionTerm.Direction.ABOVE ? -1 : 0);
                    } else if (t instanceof DeductionTerm.PerCount pc && axis.equals(LeafAnalyzer.axisName(pc.count()))) {
                        votes.add(-1); // 每…一项扣: each one more costs points
                    }
                }
            }
        }
        int out = 0;
        for (int v : votes) {
            if (v != 0 && out != 0 && v != out) {
                return 0;
            }
            out = v != 0 ? v : out;
        }
        return out;
    }

    /** 1 when a clause gives full marks, -1 when it gives nothing (0 points or a veto), 0 otherwise. */
    private static int extreme(Rule then, BigDecimal max) {
        if (then instanceof Rule.FullMarks) {
            return 1;
        }
        if (then instanceof Rule.FixedScore f) {
            return f.points().compareTo(max) == 0 ? 1 : f.points().signum() == 0 ? -1 : 0;
        }
        return then instanceof Rule.Veto ? -1 : 0;
    }

    /** 1 when the condition asks {@code axis} to be at least a bound, -1 at most, 0 neither or both. */
    private static int direction(Condition c, String axis) {
        if (c instanceof Condition.All all) {
            int out = 0;
            for (Condition x : all.conditions()) {
                int d = direction(x, axis);
                if (d != 0 && out != 0 && d != out) {
                    return 0;
                }
                out = d != 0 ? d : out;
            }
            return out;
        }
        if (!(c instanceof Condition.Compare cmp)) {
            return 0;
        }
        int side = axis.equals(LeafAnalyzer.axisName(cmp.left())) && cmp.right() instanceof Expr.Const ? 1
                : axis.equals(LeafAnalyzer.axisName(cmp.right())) && cmp.left() instanceof Expr.Const ? -1 : 0;
        return side * switch (cmp.op()) {
            case GE, GT -> 1;
            case LE, LT -> -1;
            case EQ, NE -> 0;
        };
    }
}
