package org.portcullis.analysis.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs every check on one ruleset and host model: the ssh session first (a lock-out is the worst), then
 * replies, DNS and IPv6. Nothing is applied; every connection is played on the simulator.
 */
public final class Checker {
    private static final List<Check> CHECKS = List.of(new SessionCheck(), new RepliesCheck(), new DnsCheck(), new Ipv6Check());

    private Checker() {
    }

    public static CheckReport run(CheckInput input) {
        CheckContext ctx = new CheckContext(input);
        List<Finding> findings = new ArrayList<>();
        for (Check c : CHECKS) {
            findings.addAll(c.run(ctx));
        }
        return new CheckReport(findings, ctx.notes());
    }
}
