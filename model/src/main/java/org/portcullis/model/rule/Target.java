package org.portcullis.model.rule;

import org.portcullis.model.net.IpAddress;

/** What an iptables-syntax rule does when it matches ({@code -j} or {@code -g}). */
public sealed interface Target {

    record Accept() implements Target {
    }

    record Drop() implements Target {
    }

    record Return() implements Target {
    }

    /** {@code -j REJECT [--reject-with TYPE]}; {@code with} is the iptables name or null for the default. */
    record Reject(String with) implements Target {
    }

    /** {@code -j LOG [--log-prefix P] [--log-level L]}; both may be null. */
    record Log(String prefix, String level) implements Target {
    }

    /** {@code -j CHAIN}: a user chain of the same table. */
    record Jump(String chain) implements Target {
    }

    /** {@code -g CHAIN}. */
    record Goto(String chain) implements Target {
    }

    /** {@code -j MASQUERADE [--to-ports P[-Q]]}; ports may be null. */
    record Masquerade(PortRange toPorts) implements Target {
    }

    /** {@code -j SNAT --to-source A[-B][:P[-Q]]}; {@code to} and {@code ports} may be null. */
    record Snat(IpAddress from, IpAddress to, PortRange ports) implements Target {
    }

    /** {@code -j DNAT --to-destination A[-B][:P[-Q]]}; {@code to} and {@code ports} may be null. */
    record Dnat(IpAddress from, IpAddress to, PortRange ports) implements Target {
    }

    /** {@code -j REDIRECT [--to-ports P[-Q]]}. */
    record Redirect(PortRange toPorts) implements Target {
    }

    /** {@code -j MARK --set-xmark V/M} (and --set-mark, --and-mark, --or-mark as V/M forms). */
    record SetMark(long value, long mask) implements Target {
    }

    /** {@code -j NOTRACK} or {@code -j CT --notrack}. */
    record Notrack() implements Target {
    }
}
