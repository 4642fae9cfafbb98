package io.perfeval.dsl;

import io.perfeval.core.rule.DeductionTerm;
import io.perfeval.core.rule.Points;
import io.perfeval.core.rule.Quantity;
import io.perfeval.core.rule.Rule;
import io.perfeval.dsl.PackParser.*;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The canonical rule form of a pack file (规则：分情形｛…｝, 扣分｛按档 …｝, 加分｛…｝ …: what {@link PackPrinter} writes and
 * an author may declare instead of a reading), read into the rule tree. Names, numbers, expressions and conditions are
 * read by the {@link PackReader} of the pack, against its declarations.
 */
final class RuleForm {

    private final PackReader reader;

    RuleForm(PackReader reader) {
        this.reader = reader;
    }

    Rule rule(ScoringContext r) {
        if (r instanceof RFullContext) {
            return new Rule.FullMarks();
        } else if (r instanceof RFixedContext f) {
            return new Rule.FixedScore(reader.quantity(f.quantity()).value().abs());
        } else if (r instanceof RDeductContext d) {
            List<DeductionTerm> terms = new ArrayList<>();
            for (TermContext t : d.term()) {
                terms.add(term(t));
            }
            Rule.Deduct deduct = new Rule.Deduct(terms, d.FLOOR() != null);
            return d.limit == null ? deduct : new Rule.LimitedDeduct(deduct, points(d.limit));
        } else if (r instanceof RFormulaContext f) {
            return new Rule.Formula(reader.expr(f.expr(), null), f.CAP() != null);
        } else if (r instanceof RCasesContext c) {
            List<Rule.Case> cases = new ArrayList<>();
            for (int i = 0; i < c.condition().size(); i++) {
                cases.add(new Rule.Case(reader.condition(c.condition(i), null), rule(c.scoring(i))));
            }
            return new Rule.Cases(cases, rule(c.scoring(c.scoring().size() - 1)));
        } else if (r instanceof RJudgementContext j) {
            return new Rule.Judgement(points(j.points(0)), points(j.points(1)));
        } else if (r instanceof RJudgementWithinContext j) {
            return new Rule.JudgementWithin(rule(j.scoring()));
        } else if (r instanceof RLevelsContext l) {
            List<Rule.Level> levels = new ArrayList<>();
            for (LevelContext x : l.level()) {
                Points low = points(x.low);
                levels.add(new Rule.Level(label(x.label), low, x.high == null ? low : points(x.high)));
            }
            return new Rule.Levels(levels);
        } else if (r instanceof RAwardsContext a) {
            return new Rule.Awards(awards(a.award()));
        } else if (r instanceof RBonusContext b) {
            List<AwardContext> awards = new ArrayList<>();
            List<DeductionTerm> steps = new ArrayList<>();
            for (BonusItemContext item : b.bonusItem()) {
                if (item.award() != null) {
                    awards.add(item.award());
                } else if (item.stepBonus() != null) {
                    StepBonusContext s = item.stepBonus();
                    steps.add(perStep(s.expr(0), s.direction(), s.expr(1), s.quantity(), s.points(), s.counting()));
                } else {
                    CountBonusContext c = item.countBonus();
                    steps.add(perCount(c.STRING().getText(), c.expr(), c.points()));
                }
            }
            return new Rule.Bonus(rule(b.scoring()), awards(awards), steps, points(b.cap));
        } else if (r instanceof RSumContext s) {
            return new Rule.Sum(parts(s.sumPart()));
        } else if (r instanceof RVetoContext v) {
            return new Rule.Veto(v.VETO_INDICATOR() != null ? Rule.VetoScope.INDICATOR : Rule.VetoScope.EVALUATION);
        } else if (r instanceof RNotApplicableContext n) {
            String reason = PackReader.unquote(n.STRING().getText());
            return new Rule.NotApplicable(reason.isBlank() ? "不适用" : reason);
        }
        return new Rule.NoRule();
    }

    private List<Rule.Award> awards(List<AwardContext> in) {
        List<Rule.Award> out = new ArrayList<>();
        for (AwardContext a : in) {
            out.add(new Rule.Award(label(a.label), reader.condition(a.condition(), null), points(a.points())));
        }
        return out;
    }

    /** The parts of 分项｛…｝, each with its own 分值 (above 0: D024 otherwise, read as 1 to go on). */
    private List<Rule.Part> parts(List<SumPartContext> in) {
        List<Rule.Part> out = new ArrayList<>();
        for (SumPartContext p : in) {
            BigDecimal max = reader.number(p.max);
            if (max.signum() <= 0) {
                reader.diag.error("D024", "", reader.loc(p.max), p.max.getText(), "分项分值必须大于0");
                max = BigDecimal.ONE;
            }
            out.add(new Rule.Part(label(p.label), max, rule(p.scoring())));
        }
        return out;
    }

    private static String label(Token t) {
        String s = PackReader.unquote(t.getText());
        return s.isBlank() ? "未命名" : s;
    }

    private DeductionTerm term(TermContext t) {
        if (t instanceof TPerCountContext c) {
            return perCount(c.STRING().getText(), c.expr(), c.points());
        }
        TPerStepContext s = (TPerStepContext) t;
        return perStep(s.expr(0), s.direction(), s.expr(1), s.quantity(), s.points(), s.counting());
    }

    /** 按项 「不符合项」 X 扣 0.5分 (a deduction's term), or 加 0.5分 (a bonus's count). */
    private DeductionTerm.PerCount perCount(String quoted, ExprContext count, PointsContext each) {
        String label = PackReader.unquote(quoted);
        return new DeductionTerm.PerCount(label.isBlank() ? "扣分项" : label, reader.expr(count, null),
                points(each));
    }

    /** 按档 X 低于 Y 每 1% 扣 0.5分 按实际折算 (a deduction's term), or 加 0.5分 (a bonus's step). */
    private DeductionTerm.PerStep perStep(ExprContext measure, DirectionContext direction, ExprContext reference,
                                          QuantityContext size, PointsContext each, CountingContext counting) {
        DeductionTerm.Direction dir = direction.D_BELOW() != null ? DeductionTerm.Direction.BELOW
                : direction.D_ABOVE() != null ? DeductionTerm.Direction.ABOVE : DeductionTerm.Direction.EITHER;
        Quantity step = reader.quantity(size);
        if (step.value().signum() <= 0) {
            reader.diag.error("D024", "", reader.loc(size), size.getText(), "档距必须大于0");
            step = new Quantity(BigDecimal.ONE, step.unit());
        }
        return new DeductionTerm.PerStep(reader.expr(measure, null), reader.expr(reference, null), dir, step,
                points(each), counting(counting));
    }

    static DeductionTerm.StepCounting counting(CountingContext c) {
        if (c.C_STARTED() != null) {
            return DeductionTerm.StepCounting.STARTED;
        } else if (c.C_COMPLETED() != null) {
            return DeductionTerm.StepCounting.COMPLETED;
        }
        return DeductionTerm.StepCounting.PROPORTIONAL;
    }

    private Points points(PointsContext p) {
        if (p instanceof PAbsoluteContext a) {
            return new Points.Absolute(reader.number(a.number()).abs());
        }
        PShareContext s = (PShareContext) p;
        BigDecimal den = reader.number(s.den);
        if (den.signum() <= 0) {
            reader.diag.error("D024", "", reader.loc(s), s.getText(), "分母必须大于0");
            den = BigDecimal.ONE;
        }
        return new Points.ShareOfMax(reader.number(s.num).abs(), den);
    }
}
