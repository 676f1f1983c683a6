package org.portcullis.nft;

import java.util.List;

import org.portcullis.model.net.IpPrefix;

/** Expressions, shaped like libnftables JSON expressions. */
public sealed interface Expr {

    /** A header field, e.g. {@code ip saddr}, {@code tcp dport}, {@code th dport}, {@code icmp type}. */
    record Payload(String protocol, String field) implements Expr {
    }

    /** Packet metadata, e.g. {@code iifname}, {@code oifname}, {@code l4proto}, {@code nfproto}, {@code mark}. */
    record Meta(String key) implements Expr {
    }

    /** Conntrack data, e.g. {@code ct state}, {@code ct status}, {@code ct mark}; {@code dir} may be null. */
    record Ct(String key, String dir) implements Expr {
    }

    /** A symbolic or string constant: an interface name (may end in {@code *}), {@code established}, {@code tcp}. */
    record Str(String value) implements Expr {
    }

    /** A numeric constant: a port, a protocol number, a mark, an icmp type. */
    record Num(long value) implements Expr {
    }

    /** An address or prefix constant. */
    record Prefix(IpPrefix prefix) implements Expr {
    }

    /** An inclusive range {@code lo-hi}. */
    record Range(Expr lo, Expr hi) implements Expr {
    }

    /** An anonymous set {@code { a, b }}. */
    record SetLit(List<Expr> elements) implements Expr {
        public SetLit {
            elements = List.copyOf(elements);
        }
    }

    /** A reference to a named set, {@code @name}. */
    record SetRef(String name) implements Expr {
    }

    /** {@code left & mask}, as used for marks and tcp flags. */
    record And(Expr left, Expr mask) implements Expr {
    }

    /** {@code left | right}, as in {@code meta mark set meta mark | 0x10}. */
    record Or(Expr left, Expr right) implements Expr {
    }

    /** {@code left ^ right}, as in {@code meta mark set meta mark & 0xff ^ 0x10}. */
    record Xor(Expr left, Expr right) implements Expr {
    }

    /** A FIB lookup, e.g. {@code fib saddr . mark . iif oif}: {@code flags} name the keys, {@code result} the answer. */
    record Fib(List<String> flags, String result) implements Expr {
        public Fib {
            flags = List.copyOf(flags);
        }
    }

    /** A boolean constant, written {@code exists} / {@code missing} in nft text. */
    record Bool(boolean value) implements Expr {
    }

    /** A TCP option field, e.g. {@code tcp option maxseg size}. */
    record TcpOption(String name, String field) implements Expr {
    }

    /** Routing data, e.g. {@code rt mtu}. */
    record Rt(String key) implements Expr {
    }

    /** Anything read from a kernel that Portcullis does not model; never matches silently. */
    record Unknown(String raw) implements Expr {
    }
}
