package org.portcullis.config.iptables;

import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Passthrough;

/**
 * Checks a whole direct configuration at once, as Portcullis does for {@code --permanent} changes
 * (firewalld 1.3 only finds these errors at the next reload): tables, every rule's arguments and every
 * passthrough command. Chain existence is left to the compiler, since a permanent rule may be added before
 * its chain.
 */
public final class DirectValidation {
    private DirectValidation() {
    }

    /** Throws the first error found, as a FirewallException with firewalld's name and message. */
    public static void validate(DirectConfig config) {
        for (DirectChain c : config.chains()) {
            Tables.check(c.ipv(), c.table());
        }
        for (DirectRule r : config.rules()) {
            RuleParser.parse(r.ipv(), r.table(), r.chain(), r.args());
        }
        for (Passthrough p : config.passthroughs()) {
            PassthroughParser.parse(p.ipv(), p.args());
        }
    }
}
