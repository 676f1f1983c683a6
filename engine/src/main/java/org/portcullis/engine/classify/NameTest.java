package org.portcullis.engine.classify;

import java.util.List;

import org.portcullis.engine.eval.Interfaces;

/** Interface name patterns a rule requires ({@code negated}: forbids). */
record NameTest(List<String> patterns, boolean negated) {
    NameTest {
        patterns = List.copyOf(patterns);
    }

    boolean admits(String name) {
        boolean any = patterns.stream().anyMatch(p -> Interfaces.matches(name, p));
        return any != negated;
    }
}
