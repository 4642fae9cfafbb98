package io.perfeval.dsl;

import io.perfeval.core.rule.Condition;
import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Dimension;
import io.perfeval.core.rule.Expr;
import io.perfeval.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Two readings of deductions that compile but cannot mean what the text says, found after the rule is read and refused
 * rather than scored (both were silent wrong scores in the seventh holdout):
 * <ul>
 *   <li>a step counted below a bound that the number it counts can never go under (D076): 「缺一项扣0.5分」 read as steps
 *       below 缺报目标项数 = 0 never deducts;</li>
 *   <li>full marks whose condition is over yes/no data and can fail while no deduction applies (D075): 「合理确定…的得2分。
 *       因…不合理,…,产生恶劣影响的,扣2分」 read as 「nothing to deduct」 gives 2 points to an unreasonable plan without
 *       bad effects.</li>
 * </ul>
 */
final class DeductionChecks {

    /** Yes/no data a condition may name and still be checked by trying every answer (2^12 = 4,096 tries at most). */
    private static final int MAX_YES_NO = 12;

    private DeductionChecks() {
    }

    /** A step of {@code rule} that can never deduct, described for D076; null when there is none. */
    static String stepThatNeverDeducts(Rule rule, NameTable names) {
        List<DeductionTerm> terms = new ArrayList<>();
        collect(rule, terms);
        for (DeductionTerm t : terms) {
            if (t instanceof DeductionTerm.PerStep s && s.direction() == DeductionTerm.Direction.BELOW
                    && s.reference() instanceof Expr.Const k && k.quantity().value().signum() <= 0
                    && s.measure() instanceof Expr.Ref r) {
                NameTable.Entry e = names.get(NameTable.normal(r.name()));
                Dimension d = e == null ? null : e.unit().dimension();
                if (d == Dimension.COUNT || d == Dimension.MONEY) {
                    return r.name() + "：" + k.quantity().display();
                }
            }
        }
        return null;
    }

    /**
     * Two points of one criterion that add up although one's condition includes the other's, described for D086; null
     * when there are none. Bonuses on one number with nested bounds (「…不低于10元…加1分,达到20元,加2分」: at 20 元, 1 + 2
     * or 2?) and deductions for a failing and its worse degree (「工期滞后的扣5分,工期严重滞后…的扣10分」: 5 + 10 or 10?)
     * read as adding up; the text does not say which (the corpora's authors read them as tiers, H8-011, H11-025).
     */
    static String nestedTiers(Rule rule) {
        if (rule instanceof Rule.Bonus b) {
            String onBonus = nestedBounds(b.awards());
            return onBonus != null ? onBonus : nestedTiers(b.base());
        }
        List<DeductionTerm> terms = new ArrayList<>();
        collect(rule, terms);
        for (DeductionTerm a : terms) {
            for (DeductionTerm b : terms) {
                if (a != b && a instanceof DeductionTerm.PerCount x && b instanceof DeductionTerm.PerCount y
                        && worseDegreeOf(y.label(), x.label())) {
                    return "「" + x.label() + "」与「" + y.label() + "」";
                }
            }
        }
        return null;
    }

    /** Bonus items over one number whose bounds nest (≥ 10 元 and ≥ 20 元): at the higher both hold and add up. */
    private static String nestedBounds(List<Rule.Award> awards) {
        for (Rule.Award a : awards) {
            for (Rule.Award b : awards) {
                if (a != b && a.when() instanceof Condition.Compare x && b.when() instanceof Condition.Compare y
                        && x.left() instanceof Expr.Ref l1 && y.left() instanceof Expr.Ref l2
                        && l1.name().equals(l2.name()) && x.right() instanceof Expr.Const && y.right() instanceof Expr.Const
                        && side(x.op()) != 0 && side(x.op()) == side(y.op())) {
                    return "「" + a.label() + "」与「" + b.label() + "」";
                }
            }
        }
        return null;
    }

    /** 1 for a lower bound (≥, >), −1 for an upper (≤, <), 0 otherwise. */
    private static int side(Condition.Comparison op) {
        return switch (op) {
            case GE, GT -> 1;
            case LE, LT -> -1;
            default -> 0;
        };
    }

    private static final String[] DEGREES = {"特别严重", "较为严重", "较严重", "严重", "重大", "特大", "较大"};

    /** Whether {@code worse} is {@code lesser} said of a worse degree: 工期严重滞后… of 工期滞后. */
    private static boolean worseDegreeOf(String worse, String lesser) {
        String stripped = worse;
        for (String d : DEGREES) {
            stripped = stripped.replace(d, "");
        }
        return !stripped.equals(worse) && lesser.length() >= 2 && !worse.equals(lesser) && stripped.contains(lesser);
    }

    private static void collect(Rule rule, List<DeductionTerm> out) {
        if (rule instanceof Rule.Deduct d) {
            out.addAll(d.terms());
        } else if (rule instanceof Rule.LimitedDeduct l) {
            out.addAll(l.deduct().terms());
        } else if (rule instanceof Rule.Bonus b) {
            collect(b.base(), out);
        } else if (rule instanceof Rule.Cases c) {
            for (Rule.Case k : c.cases()) {
                collect(k.then(), out);
            }
            collect(c.otherwise(), out);
        } else if (rule instanceof Rule.Sum s) {
            for (Rule.Part p : s.parts()) {
                collect(p.rule(), out);
            }
        } else if (rule instanceof Rule.JudgementWithin j) {
            collect(j.tier(), out);
        }
    }

    /**
     * Answers of the yes/no data under which {@code full} fails and none of {@code terms} deducts, described for D075
     * (「安置方式合理 为否、产生恶劣影响 为否」); null when there are none, or when the conditions name anything but
     * declared yes/no data (or more than {@value #MAX_YES_NO}), which this check does not try.
     */
    static String fullMarksUnmetWithoutDeduction(Condition full, List<DeductionTerm> terms) {
        List<String> names = new ArrayList<>();
        if (!yesNoOnly(full, names)) {
            return null;
        }
        List<Condition> deducting = new ArrayList<>();
        for (DeductionTerm t : terms) {
            if (!(t instanceof DeductionTerm.PerCount pc) || !(pc.count() instanceof Expr.CountOf c)) {
                return null;
            }
            for (Condition x : c.conditions()) {
                if (!yesNoOnly(x, names)) {
                    return null;
                }
                deducting.add(x);
            }
        }
        if (names.size() > MAX_YES_NO) {
            return null;
        }
        for (int answers = 0; answers < 1 << names.size(); answers++) {
            if (holds(full, names, answers)) {
                continue;
            }
            boolean deducts = false;
            for (Condition x : deducting) {
                deducts |= holds(x, names, answers);
            }
            if (!deducts) {
                StringBuilder said = new StringBuilder();
                for (int k = 0; k < names.size(); k++) {
                    said.append(k == 0 ? "" : "、").append(names.get(k))
                            .append((answers >> k & 1) == 1 ? " 为是" : " 为否");
                }
                return said.toString();
            }
        }
        return null;
    }

    private static boolean yesNoOnly(Condition c, List<String> names) {
        if (c instanceof Condition.IsYes y) {
            if (!names.contains(y.name())) {
                names.add(y.name());
            }
            return true;
        }
        if (c instanceof Condition.Not n) {
            return yesNoOnly(n.condition(), names);
        }
        List<Condition> parts = c instanceof Condition.All a ? a.conditions()
                : c instanceof Condition.Any a ? a.conditions() : null;
        if (parts == null) {
            return false;
        }
        for (Condition x : parts) {
            if (!yesNoOnly(x, names)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(Condition c, List<String> names, int answers) {
        if (c instanceof Condition.IsYes y) {
            return (answers >> names.indexOf(y.name()) & 1) == 1;
        }
        if (c instanceof Condition.Not n) {
            return !holds(n.condition(), names, answers);
        }
        boolean all = c instanceof Condition.All;
        for (Condition x : all ? ((Condition.All) c).conditions() : ((Condition.Any) c).conditions()) {
            if (holds(x, names, answers) != all) {
                return !all;
            }
        }
        return all;
    }
}
