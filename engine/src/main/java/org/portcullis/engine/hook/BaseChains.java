package org.portcullis.engine.hook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.portcullis.nft.Chain;
import org.portcullis.nft.ChainType;
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

    /**
     * What {@code hook} runs for a packet of {@code packetFamily}, in order: the base chains other than nat
     * chains, and the nat core (see {@link NatHook}) with the hook's nat chains when any nat chain exists for
     * the family. The core was registered with the first nat chain, which places it among chains of equal
     * priority as that chain would be.
     */
    public static List<HookEntry> plan(Ruleset ruleset, Hook hook, Family packetFamily) {
        record Placed(HookEntry entry, int created) {
        }
        List<Placed> out = new ArrayList<>();
        List<BaseChain> nat = new ArrayList<>();
        int created = 0;
        int natCreated = -1;
        for (Table t : ruleset.tables()) {
            if (!applies(t.family(), packetFamily)) {
                continue;
            }
            for (Chain c : t.chains()) {
                if (!c.isBase()) {
                    continue;
                }
                created++;
                boolean isNat = c.base().type() == ChainType.NAT;
                if (isNat && natCreated < 0) {
                    natCreated = created;
                }
                if (c.base().hook() != hook) {
                    continue;
                }
                if (isNat) {
                    nat.add(new BaseChain(t, c));
                } else {
                    out.add(new Placed(new BaseChain(t, c), created));
                }
            }
        }
        if (natCreated >= 0 && NatHook.manip(hook) != null) {
            Collections.reverse(nat);
            nat.sort(Comparator.comparingInt(BaseChain::priority));
            out.add(new Placed(new NatHook(hook, nat), natCreated));
        }
        out.sort(Comparator.comparingInt((Placed p) -> p.entry().priority()).thenComparing(Placed::created, Comparator.reverseOrder()));
        return out.stream().map(Placed::entry).toList();
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
