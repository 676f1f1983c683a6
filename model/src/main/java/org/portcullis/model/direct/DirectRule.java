package org.portcullis.model.direct;

import java.util.List;

/**
 * A direct rule as the user gave it. Its identity is all five parts: the same arguments at another
 * priority, or under another chain spelling, are another rule.
 */
public record DirectRule(Ipv ipv, String table, String chain, int priority, List<String> args) {
    public DirectRule {
        args = List.copyOf(args);
    }

    public ChainKey key() {
        return new ChainKey(ipv, table, chain);
    }
}
