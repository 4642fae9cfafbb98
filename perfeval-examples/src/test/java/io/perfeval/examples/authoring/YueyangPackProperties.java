package io.perfeval.examples.authoring;

import io.perfeval.core.RulePack;
import io.perfeval.testkit.PackContract;

/**
 * The pack author's kit over the Yueyang pack: generated inputs on and beside every threshold of the nine rows, the
 * analysis's exact score at each threshold, and scores that move the way the wording says.
 */
class YueyangPackProperties extends PackContract {

    static final RulePack PACK = YueyangDepartmentPack.pack();

    @Override
    protected RulePack pack() {
        return PACK;
    }
}
