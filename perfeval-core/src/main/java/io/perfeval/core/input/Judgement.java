package io.perfeval.core.input;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A score an evaluator gives by judgement where the rule asks for it (酌情扣分), with the written reason that official
 * practice requires. The evaluator checks it against the range the rule allows.
 */
public record Judgement(BigDecimal score, String reason) {

    public Judgement {
        Objects.requireNonNull(score, "score");
        reason = reason == null ? "" : reason;
    }

    /** Throws {@link io.perfeval.core.diag.InvalidInputException} (I018) when {@code score} is not a usable number. */
    public static Judgement of(String score, String reason) {
        return new Judgement(Numbers.parse(score, ""), reason);
    }
}
