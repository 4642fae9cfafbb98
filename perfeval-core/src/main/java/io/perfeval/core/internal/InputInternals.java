package io.perfeval.core.internal;

import io.perfeval.core.input.EvaluationInput;
import io.perfeval.core.input.Judgement;
import io.perfeval.core.input.Value;
import java.util.List;
import java.util.Map;

/**
 * <strong>Not API.</strong> How perfeval-core's evaluator reads an input built by slot ({@code RulePack.inputBuilder()})
 * without a public accessor on {@link EvaluationInput}: the input package installs its {@link Access} when
 * {@code EvaluationInput} is initialised, as {@link SheetInternals} does for the sheet package. Left out of the Javadoc
 * and of the public API list (perfeval-core/README.md); it may change in any release.
 */
public final class InputInternals {

    /** What the evaluator reads of an input built by slot. */
    public interface Access {
        /**
         * @param input an input
         * @param layout the data names by slot of the pack asking (its own list, compared by identity)
         * @return the input's data by slot — a {@code BigDecimal} for a number, a {@code boolean[]} for a checklist's
         *     answers, else its {@code Value}, null where not
         *     given; not copied, never written — when it was built by slot for exactly that layout, else null
         */
        Object[] slots(EvaluationInput input, List<String> layout);

        /**
         * @param met a checklist's answers as an input built by slot keeps them ({@code boolean[]}, item 1 first)
         * @return the same answers as the {@link Value.Checklist} that {@link EvaluationInput#data()} gives; not copied
         */
        Value.Checklist checklist(boolean[] met);

        /**
         * @param input an input
         * @param indicators the indicator names by slot of the pack asking (its own list, compared by identity)
         * @return the judgements the input was given by indicator slot for exactly that pack, by slot (null where none;
         *     not copied, never written), or null when it was given none that way for that pack
         */
        Judgement[] judged(EvaluationInput input, List<String> indicators);

        /**
         * @param input an input
         * @return the judgements it was given by name, without those given by slot
         */
        Map<String, Judgement> judgedByName(EvaluationInput input);
    }

    private static final String INPUT_PACKAGE = "io.perfeval.core.input";

    private static volatile Access access;

    private InputInternals() {
    }

    /**
     * Called by the input package when {@code EvaluationInput} is initialised; refuses any other access.
     *
     * @param a the input package's access
     */
    public static void install(Access a) {
        if (!a.getClass().getPackageName().equals(INPUT_PACKAGE)) {
            throw new IllegalArgumentException("io.perfeval.core.internal is not API");
        }
        access = a;
    }

    /**
     * The input package's access; installed before any input exists, so any caller holding an input finds it.
     *
     * @return the access
     */
    public static Access access() {
        return access;
    }
}
