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
        if (ipv == Ipv.EB) {
            throw RestoreError.unsupported("ebtables rules (family eb)");
        }
        Tables.check(table);
        String kernelChain = Tables.kernelChain(table, chain);
        try {
            return new RuleReader(ipv, table, kernelChain, args).read();
        } catch (IptablesError e) {
            throw RestoreError.of(ipv, kernelChain, e);
        }
    }
}
