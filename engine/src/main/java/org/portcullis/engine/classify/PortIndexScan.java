package org.portcullis.engine.classify;

import java.util.IdentityHashMap;
import java.util.Map;

import org.portcullis.engine.IpProto;
import org.portcullis.engine.Packet;
import org.portcullis.engine.hook.RuleScan;
import org.portcullis.nft.Chain;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Table;

/**
 * A rule scan that skips rules whose destination-port guard the packet fails, using an index per chain
 * built once from the ruleset. The rules it does not skip are evaluated as usual, so decisions and traces
 * are those of the linear scan.
 */
public final class PortIndexScan implements RuleScan {
    private final Map<Chain, ChainIndex> index = new IdentityHashMap<>();

    public PortIndexScan(Ruleset ruleset) {
        for (Table t : ruleset.tables()) {
            for (Chain c : t.chains()) {
                index.put(c, new ChainIndex(c.rules()));
            }
        }
    }

    @Override
    public int next(Chain chain, int from, Packet packet) {
        ChainIndex i = index.get(chain);
        if (i == null) {
            return from;
        }
        return i.next(from, IpProto.hasPorts(packet.protocol()) ? packet.dport() : -1);
    }
}
