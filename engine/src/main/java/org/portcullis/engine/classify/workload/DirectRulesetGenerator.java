package org.portcullis.engine.classify.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.portcullis.engine.IpProto;
import org.portcullis.engine.Packet;
import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;
import org.portcullis.nft.BaseHook;
import org.portcullis.nft.Chain;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.ChainType;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Op;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/**
 * Seeded rulesets shaped like a host's firewall with direct rules: an input chain that accepts
 * established flows, drops invalid ones, accepts loopback and jumps to a chain of direct rules over
 * interfaces, address prefixes, protocols, ports and ct state, with counters, logs and reject. Packets are
 * drawn from the rules' own fields (and some at random) so that decisions spread over the whole chain.
 */
public final class DirectRulesetGenerator {
    public static final String TABLE = "direct";
    private static final String[] IFACES = {"eth0", "eth1", "enp3s0", "enp4s0", "wg0", "veth*", "br-lan"};
    private static final int[] PORTS = {22, 25, 53, 80, 110, 123, 143, 443, 465, 587, 993, 995, 3306, 5432, 6379, 8080, 8443, 9090};
    private static final int PREAMBLE = 4;

    private DirectRulesetGenerator() {
    }

    /** A workload of {@code rules} rules in all (at least 5) and {@code flows} packets. */
    public static Workload generate(int rules, int flows, long seed) {
        if (rules <= PREAMBLE) {
            throw new IllegalArgumentException("at least " + (PREAMBLE + 1) + " rules");
        }
        Random r = new Random(seed);
        List<DirectRuleSpec> specs = new ArrayList<>();
        for (int i = PREAMBLE; i < rules; i++) {
            specs.add(spec(r));
        }
        Chain input = new Chain("input", new BaseHook(ChainType.FILTER, Hook.INPUT, 0, ChainPolicy.DROP), List.of(
                rule(ct("established", "related"), Stmt.Verdict.ACCEPT),
                rule(ct("invalid"), Stmt.Verdict.DROP),
                rule(new Stmt.Match(new Expr.Meta("iifname"), Op.EQ, new Expr.Str("lo")), Stmt.Verdict.ACCEPT),
                rule(Stmt.Verdict.jump("input_direct"))));
        Chain direct = new Chain("input_direct", null, specs.stream().map(DirectRuleSpec::toRule).toList());
        Ruleset rs = new Ruleset(List.of(new Table(Family.IP, TABLE, List.of(), List.of(input, direct))));
        List<Packet> packets = new ArrayList<>(flows);
        for (int i = 0; i < flows; i++) {
            packets.add(r.nextInt(10) < 8 ? specs.get(r.nextInt(specs.size())).sample(r) : random(r));
        }
        return new Workload("direct-" + rules, rs, packets);
    }

    private static Stmt.Match ct(String... states) {
        List<Expr> els = java.util.Arrays.stream(states).<Expr>map(Expr.Str::new).toList();
        return new Stmt.Match(new Expr.Ct("state", null), Op.IN, els.size() == 1 ? els.getFirst() : new Expr.SetLit(els));
    }

    private static Rule rule(Stmt... stmts) {
        return new Rule(List.of(stmts));
    }

    private static DirectRuleSpec spec(Random r) {
        int roll = r.nextInt(100);
        int proto = roll < 60 ? IpProto.TCP : roll < 85 ? IpProto.UDP : roll < 95 ? IpProto.ICMP : -1;
        int[] ports = null;
        boolean src = r.nextInt(10) < 8;
        if (proto == IpProto.TCP || proto == IpProto.UDP) {
            int kind = r.nextInt(10);
            if (kind < 6) {
                ports = new int[] {pickPort(r), -1};
            } else if (kind < 8) {
                int lo = 1024 + r.nextInt(60000);
                ports = new int[] {lo, lo + r.nextInt(2000)};
            } else {
                ports = new int[] {pickPort(r), pickPort(r), pickPort(r)};
            }
        }
        return new DirectRuleSpec(
                r.nextInt(2) == 0 ? IFACES[r.nextInt(IFACES.length)] : null,
                src ? prefix(r) : null,
                !src || r.nextInt(10) < 3 ? prefix(r) : null,
                proto, ports, r.nextInt(10) < 4, r.nextBoolean(), r.nextInt(20) == 0,
                roll % 7 == 0 ? Stmt.Verdict.DROP : roll % 5 == 0 ? new Stmt.Reject(null, null) : Stmt.Verdict.ACCEPT);
    }

    private static int pickPort(Random r) {
        return r.nextInt(4) == 0 ? 1 + r.nextInt(65535) : PORTS[r.nextInt(PORTS.length)];
    }

    private static IpPrefix prefix(Random r) {
        int len = switch (r.nextInt(6)) {
            case 0, 1 -> 16;
            case 2, 3 -> 24;
            case 4 -> 28;
            default -> 32;
        };
        int base = switch (r.nextInt(4)) {
            case 0 -> 0x0a000000 | r.nextInt(1 << 24);
            case 1 -> 0xc0a80000 | r.nextInt(1 << 16);
            case 2 -> 0xac100000 | r.nextInt(1 << 20);
            default -> r.nextInt();
        };
        return new IpPrefix(IpAddress.v4(base), len);
    }

    private static Packet random(Random r) {
        int proto = r.nextInt(4) == 0 ? IpProto.UDP : IpProto.TCP;
        return new Packet(IpAddress.v4(r.nextInt()), IpAddress.v4(r.nextInt()), proto, 1024 + r.nextInt(64000),
                pickPort(r), proto == IpProto.TCP ? 2 : 0, -1, -1, IFACES[r.nextInt(3)], null, 0, 64, null);
    }
}
