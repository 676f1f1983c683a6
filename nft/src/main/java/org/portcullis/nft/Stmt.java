package org.portcullis.nft;

/** Statements of a rule, shaped like libnftables JSON statements. */
public sealed interface Stmt {

    /** {@code left op right}; the rule stops here unless it holds. */
    record Match(Expr left, Op op, Expr right) implements Stmt {
    }

    record Counter(long packets, long bytes) implements Stmt {
    }

    /** {@code log}; every field may be null; {@code group} and {@code queueThreshold} make it an nflog. */
    record Log(String prefix, String level, Integer group, Integer queueThreshold) implements Stmt {
        public Log(String prefix, String level, Integer group) {
            this(prefix, level, group, null);
        }
    }

    /** {@code limit rate [over] N/unit burst B packets}; unit is second, minute, hour or day. */
    record Limit(long rate, String per, long burst, boolean over) implements Stmt {
    }

    /** {@code reject [with type code]}; type is null (default), {@code tcp reset}, icmp, icmpv6 or icmpx. */
    record Reject(String type, String code) implements Stmt {
    }

    /** snat, dnat, masquerade, redirect; addr and port may be null, family may be null (ip/ip6 for inet). */
    record Nat(NatKind kind, String family, Expr addr, Expr port) implements Stmt {
    }

    /** {@code key set value}, e.g. {@code meta mark set 0x1}, {@code ct mark set 0x2}. */
    record Mangle(Expr key, Expr value) implements Stmt {
    }

    /** {@code notrack}. */
    record Notrack() implements Stmt {
    }

    /** A verdict ends evaluation of the rule. */
    record Verdict(VerdictKind kind, String target) implements Stmt {
        public static final Verdict ACCEPT = new Verdict(VerdictKind.ACCEPT, null);
        public static final Verdict DROP = new Verdict(VerdictKind.DROP, null);
        public static final Verdict RETURN = new Verdict(VerdictKind.RETURN, null);
        public static final Verdict CONTINUE = new Verdict(VerdictKind.CONTINUE, null);

        public static Verdict jump(String chain) {
            return new Verdict(VerdictKind.JUMP, chain);
        }

        public static Verdict goTo(String chain) {
            return new Verdict(VerdictKind.GOTO, chain);
        }
    }

    /** A statement read from a kernel that Portcullis does not model, kept as its JSON text. */
    record Unsupported(String raw) implements Stmt {
    }

    enum NatKind { SNAT, DNAT, MASQUERADE, REDIRECT }

    enum VerdictKind { ACCEPT, DROP, CONTINUE, RETURN, JUMP, GOTO }
}
