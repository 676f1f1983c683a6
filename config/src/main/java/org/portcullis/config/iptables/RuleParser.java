package org.portcullis.config.iptables;

import java.util.List;

import org.portcullis.model.direct.Ipv;
import org.portcullis.model.rule.RuleSpec;

/** Parses the iptables argument language of direct rules. */
public final class RuleParser {
    private RuleParser() {
    }

    /** Throws FirewallException(COMMAND_FAILED, message naming what is wrong) for bad input. */
    public static RuleSpec parse(Ipv ipv, String table, String chain, List<String> args) {
        throw new UnsupportedOperationException("contract");
    }
}
