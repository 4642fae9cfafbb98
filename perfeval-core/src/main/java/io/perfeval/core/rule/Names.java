package io.perfeval.core.rule;

import java.util.Objects;

/** Checks shared by the tree's compact constructors. */
final class Names {

    private Names() {
    }

    static String require(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return name;
    }
}
