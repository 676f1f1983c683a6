package org.portcullis.backend;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.portcullis.engine.eval.Nats;
import org.portcullis.nft.Chain;
import org.portcullis.nft.ChainType;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/**
 * The kernel's check that each expression and statement sits only in chains its hooks allow, through
 * every base chain that reaches the chain by jump or goto; it refuses the transaction otherwise
 * ("Operation not supported"): nat only in nat chains and on its hooks (masquerade on postrouting, snat
 * also on input, dnat and redirect on prerouting and output), reject never on postrouting, {@code rt mtu}
 * only on forward, output and postrouting, and a {@code fib} answering an interface (or an address type
 * by the input interface) only on prerouting, input and forward.
 */
final class HookChecks {
    private static final Set<Hook> INPUT_SIDE = EnumSet.of(Hook.PREROUTING, Hook.INPUT, Hook.FORWARD);
    private static final Set<Hook> OUTPUT_SIDE = EnumSet.of(Hook.FORWARD, Hook.OUTPUT, Hook.POSTROUTING);

    private HookChecks() {
    }

    /** Base chain types and hooks reaching each chain of {@code t}. */
    private record Reach(Set<Hook> hooks, Set<ChainType> types) {
    }

    static void check(Table t) {
        Map<String, Chain> byName = new HashMap<>();
        t.chains().forEach(c -> byName.put(c.name(), c));
        Map<String, Reach> reach = new HashMap<>();
        for (Chain base : t.chains()) {
            if (base.base() == null) {
                continue;
            }
            Deque<Chain> todo = new ArrayDeque<>(List.of(base));
            while (!todo.isEmpty()) {
                Chain c = todo.pop();
                Reach r = reach.computeIfAbsent(c.name(), n -> new Reach(EnumSet.noneOf(Hook.class), EnumSet.noneOf(ChainType.class)));
                boolean added = r.hooks().add(base.base().hook()) | r.types().add(base.base().type());
                if (!added && c != base) {
                    continue;
                }
                for (Rule rule : c.rules()) {
                    for (Stmt s : rule.stmts()) {
                        if (s instanceof Stmt.Verdict(var kind, String target) && target != null && byName.containsKey(target)) {
                            todo.push(byName.get(target));
                        }
                    }
                }
            }
        }
        for (Chain c : t.chains()) {
            Reach r = reach.get(c.name());
            if (r == null) {
                continue;
            }
            for (Rule rule : c.rules()) {
                for (Stmt s : rule.stmts()) {
                    String why = refusal(s, r);
                    if (why != null) {
                        throw new IllegalArgumentException("Could not process rule: Operation not supported: " + why
                                + " in chain " + c.name() + " of table " + t.name());
                    }
                }
            }
        }
    }

    private static String refusal(Stmt s, Reach r) {
        return switch (s) {
            case Stmt.Nat n when !r.types().equals(EnumSet.of(ChainType.NAT)) -> "nat statement outside a nat chain";
            case Stmt.Nat n -> outside(r, EnumSet.copyOf(Nats.hooks(n.kind())), n.kind().name().toLowerCase(java.util.Locale.ROOT));
            case Stmt.Reject x when r.hooks().contains(Hook.POSTROUTING) -> "reject on postrouting";
            case Stmt.Mangle(Expr key, Expr value) -> expr(value, r);
            case Stmt.Match(Expr left, var op, Expr right) -> {
                String why = expr(left, r);
                yield why != null ? why : expr(right, r);
            }
            default -> null;
        };
    }

    private static String expr(Expr e, Reach r) {
        return switch (e) {
            case Expr.Rt(String key) when key.equals("mtu") -> outside(r, OUTPUT_SIDE, "rt mtu");
            case Expr.Fib(List<String> flags, String result) when result.startsWith("oif")
                    || result.equals("type") && flags.contains("iif") -> outside(r, INPUT_SIDE, "fib " + result);
            case Expr.Fib(List<String> flags, String result) when result.equals("type") && flags.contains("oif")
                    -> outside(r, OUTPUT_SIDE, "fib " + result);
            default -> null;
        };
    }

    private static String outside(Reach r, Set<Hook> allowed, String what) {
        for (Hook h : r.hooks()) {
            if (!allowed.contains(h)) {
                return what + " on " + h.nftName();
            }
        }
        return null;
    }
}
