package org.portcullis.daemon;

import org.portcullis.compile.Compiled;
import org.portcullis.compile.direct.DirectCompiler;
import org.portcullis.model.direct.DirectConfig;

/** Turns a direct configuration into the ruleset for the backend; FirewallException when it cannot. */
@FunctionalInterface
public interface RulesetCompiler {
    Compiled compile(DirectConfig config);

    static RulesetCompiler standard() {
        return DirectCompiler::compile;
    }
}
