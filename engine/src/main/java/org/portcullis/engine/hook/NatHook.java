package org.portcullis.engine.hook;

import java.util.List;

import org.portcullis.engine.conntrack.Manip;
import org.portcullis.nft.Hook;

/**
 * The kernel's nat core on one hook. Once any nat chain exists for a family, the core sits on prerouting
 * and output at priority -100 (translating destinations) and on postrouting and input at 100 (sources),
 * whatever the priorities of the nat chains: it runs them itself, in their priority order, for a flow's
 * first packet until one sets a translation up, then rewrites every packet of a translated flow.
 */
public record NatHook(Hook hook, List<BaseChain> chains) implements HookEntry {
    public static final int DST_PRIORITY = -100;
    public static final int SRC_PRIORITY = 100;

    public NatHook {
        chains = List.copyOf(chains);
    }

    /** Null for a hook without a nat core (forward). */
    public static Manip manip(Hook hook) {
        return switch (hook) {
            case PREROUTING, OUTPUT -> Manip.DST;
            case POSTROUTING, INPUT -> Manip.SRC;
            default -> null;
        };
    }

    public Manip manip() {
        return manip(hook);
    }

    @Override
    public int priority() {
        return manip() == Manip.DST ? DST_PRIORITY : SRC_PRIORITY;
    }
}
