package io.perfeval.examples;

import io.perfeval.core.RulePack;
import io.perfeval.dsl.PackCompiler;
import io.perfeval.testkit.PackContract;

/**
 * How a pack author checks a new pack with the kit before scoring anyone: compile it and extend {@link PackContract},
 * whose three properties run over generated inputs that sit on and beside every threshold. This is the whole test;
 * perfeval-dsl/README.md explains it.
 */
class AuthorPackProperties extends PackContract {

    static final RulePack PACK = PackCompiler.fromResource("io/perfeval/examples/author-pack.perfeval");

    @Override
    protected RulePack pack() {
        return PACK;
    }
}
