package org.portcullis.compile.direct;

import org.portcullis.compile.Compiled;
import org.portcullis.model.direct.DirectConfig;

/** Compiles the direct configuration into Portcullis' own nftables tables. */
public final class DirectCompiler {
    private DirectCompiler() {
    }

    /** Throws FirewallException (COMMAND_FAILED and others) when a rule, chain or passthrough cannot be applied. */
    public static Compiled compile(DirectConfig config) {
        throw new UnsupportedOperationException("contract");
    }
}
