package org.portcullis.model.rule;

import java.util.List;
import java.util.Set;

import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;

/** One condition of an iptables-syntax rule. A rule matches when all of its matches hold. */
public sealed interface Match {

    /** {@code -i NAME}; a trailing {@code +} is a wildcard. */
    record InInterface(String name, boolean negated) implements Match {
    }

    /** {@code -o NAME}; a trailing {@code +} is a wildcard. */
    record OutInterface(String name, boolean negated) implements Match {
    }

    /** {@code -s A[,B...]}; several prefixes only without negation. */
    record Source(List<IpPrefix> prefixes, boolean negated) implements Match {
        public Source {
            prefixes = List.copyOf(prefixes);
        }
    }

    /** {@code -d A[,B...]}; several prefixes only without negation. */
    record Destination(List<IpPrefix> prefixes, boolean negated) implements Match {
        public Destination {
            prefixes = List.copyOf(prefixes);
        }
    }

    /** {@code -p PROTO}; the IP protocol number ({@code all} is not represented). */
    record Protocol(int number, boolean negated) implements Match {
    }

    /**
     * Port conditions of the tcp, udp, sctp or dccp match ({@code --sport}, {@code --dport}) and of
     * multiport ({@code --sports}, {@code --dports}, {@code --ports}); {@code protocol} is the number of
     * the {@code -p} protocol they belong to.
     */
    record Ports(int protocol, PortDirection direction, List<PortRange> ranges, boolean multiport, boolean negated)
            implements Match {
        public Ports {
            ranges = List.copyOf(ranges);
        }
    }

    /** {@code -m state --state} or {@code -m conntrack --ctstate}. */
    record ConnState(Set<CtState> states, boolean conntrackMatch, boolean negated) implements Match {
        public ConnState {
            states = Set.copyOf(states);
        }
    }

    /** {@code --icmp-type} / {@code --icmpv6-type}; {@code code} is -1 for any code, type and code -1 for IPv4 {@code any}. */
    record IcmpType(boolean v6, int type, int code, boolean negated) implements Match {
    }

    /** {@code -m iprange --src-range/--dst-range FROM-TO}. */
    record AddressRange(boolean source, IpAddress from, IpAddress to, boolean negated) implements Match {
    }

    /** {@code -m comment --comment TEXT}. */
    record Comment(String text) implements Match {
    }

    /** {@code -m limit --limit N/unit --limit-burst B}. */
    record Limit(int rate, LimitUnit unit, int burst) implements Match {
    }

    /** {@code -m mark --mark VALUE[/MASK]}. */
    record Mark(long value, long mask, boolean negated) implements Match {
    }

    /** {@code --tcp-flags MASK COMP} and {@code --syn}. */
    record TcpFlags(Set<TcpFlag> mask, Set<TcpFlag> set, boolean negated) implements Match {
        public TcpFlags {
            mask = Set.copyOf(mask);
            set = Set.copyOf(set);
        }
    }
}
