package org.portcullis.engine.eval;

import org.portcullis.engine.trace.RuleRef;
import org.portcullis.nft.Stmt;

/** What a log statement does with a packet, in words: kernel log, audit record or nflog group. */
final class Logs {
    private Logs() {
    }

    static String describe(Stmt.Log l, RuleRef ref) {
        String prefix = l.prefix() == null ? "" : " prefix \"" + l.prefix() + "\"";
        if (l.group() != null) {
            return "log group " + l.group() + prefix
                    + (l.queueThreshold() == null ? "" : " queue-threshold " + l.queueThreshold())
                    + " by " + ref + ": the packet goes to the listeners of nflog group " + l.group()
                    + " (none is modelled)";
        }
        if ("audit".equals(l.level())) {
            return "log level audit by " + ref + ": an audit record (NETFILTER_PKT) is written, without a prefix";
        }
        return "log" + prefix + (l.level() == null ? "" : " level " + l.level()) + " by " + ref
                + ": a line in the kernel log";
    }
}
