package org.portcullis.analysis.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import java.util.TreeSet;

import org.portcullis.nft.Chain;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Op;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/**
 * The connections the check plays, as guesses to put to the simulator: the services people most often run or
 * reach (ssh first, the usual example) and every tcp or udp destination port a rule of the ruleset names, so a
 * zone's services are tried too. Which of them break is for the simulation to say.
 */
record Probes(List<Probe> inbound, List<Probe> outbound) {
    /** At most this many ports per protocol are taken from the ruleset. */
    static final int RULESET_PORTS = 16;

    static Probes of(Ruleset ruleset) {
        TreeSet<Integer> tcp = new TreeSet<>();
        TreeSet<Integer> udp = new TreeSet<>();
        for (Table t : ruleset.tables()) {
            for (Chain c : t.chains()) {
                for (Rule r : c.rules()) {
                    ports(r, tcp, udp);
                }
            }
        }
        List<Probe> named = new ArrayList<>();
        tcp.stream().limit(RULESET_PORTS).forEach(p -> named.add(Probe.tcp(p)));
        udp.stream().limit(RULESET_PORTS).forEach(p -> named.add(Probe.udp(p)));
        SequencedSet<Probe> in = new LinkedHashSet<>(List.of(Probe.tcp(22)));
        in.addAll(named);
        in.add(Probe.ECHO);
        SequencedSet<Probe> out = new LinkedHashSet<>(List.of(Probe.tcp(443), Probe.tcp(80), Probe.tcp(22),
                Probe.udp(53), Probe.udp(123), Probe.ECHO));
        out.addAll(named);
        return new Probes(List.copyOf(in), List.copyOf(out));
    }

    private static void ports(Rule r, TreeSet<Integer> tcp, TreeSet<Integer> udp) {
        for (Stmt s : r.stmts()) {
            if (s instanceof Stmt.Match m && m.op() != Op.NE && m.left() instanceof Expr.Payload p && p.field().equals("dport")) {
                List<Integer> values = new ArrayList<>();
                values(m.right(), values);
                if (p.protocol().equals("tcp") || p.protocol().equals("th")) {
                    tcp.addAll(values);
                }
                if (p.protocol().equals("udp") || p.protocol().equals("th")) {
                    udp.addAll(values);
                }
            }
        }
    }

    private static void values(Expr e, List<Integer> out) {
        switch (e) {
            case Expr.Num n when n.value() > 0 && n.value() <= 65535 -> out.add((int) n.value());
            case Expr.Range r -> values(r.lo(), out);
            case Expr.SetLit s -> s.elements().forEach(x -> values(x, out));
            default -> {
            }
        }
    }
}
