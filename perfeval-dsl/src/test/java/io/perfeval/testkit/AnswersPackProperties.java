package io.perfeval.testkit;

import io.perfeval.core.RulePack;

/** The kit's contract on a pack whose rules compare no number (yes/no and checklist only): it runs, nothing throws. */
class AnswersPackProperties extends PackContract {

    @Override
    protected RulePack pack() {
        return TestkitProperties.ANSWERS;
    }
}
