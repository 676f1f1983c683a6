package org.portcullis.engine.hook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.portcullis.nft.Chain;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Table;

/** Finds the base chains a packet meets on a hook, in the order the kernel runs them. */
public final class BaseChains {
    private BaseChains() {
    }

    /**
     * Chains of tables whose family sees packets of {@code packetFamily} (ip or ip6), by priority. Among
     * equal priorities the kernel runs the chain registered last first (it inserts a hook before those of
     * the same priority), and a ruleset lists its tables and chains in the order they were created.
     */
    public static List<BaseChain> on(Ruleset ruleset, Hook hook, Family packetFamily) {
        List<BaseChain> out = new ArrayList<>();
        for (Table t : ruleset.tables()) {
            if (!applies(t.family(), packetFamily)) {
                continue;
            }
            for (Chain c : t.chains()) {
                if (c.isBase() && c.base().hook() == hook) {
                    out.add(new BaseChain(t, c));
                }
            }
        }
        Collections.reverse(out);
        out.sort(Comparator.comparingInt(BaseChain::priority));
        return out;
    }

    static boolean applies(Family table, Family packet) {
        return switch (table) {
            case IP -> packet == Family.IP;
            case IP6 -> packet == Family.IP6;
            case INET -> packet == Family.IP || packet == Family.IP6;
            case ARP, BRIDGE, NETDEV -> false;
        };
    }
}
