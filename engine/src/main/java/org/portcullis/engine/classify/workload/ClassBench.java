package org.portcullis.engine.classify.workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.portcullis.engine.Packet;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.Chain;
import org.portcullis.nft.BaseHook;
import org.portcullis.nft.ChainType;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Table;

/**
 * Reads ClassBench filter sets ({@code @src/len dst/len sport_lo : sport_hi dport_lo : dport_hi proto/mask
 * flags/mask}) into one input base chain, rule i at position i, first match wins, policy drop; and their
 * traces ({@code src dst sport dport proto flags expected}).
 */
public final class ClassBench {
    public static final String TABLE = "classbench";
    public static final String CHAIN = "input";
    /** The interface trace packets arrive on. */
    public static final String IIF = "eth0";

    private ClassBench() {
    }

    public static List<ClassBenchRule> readRules(Path file) throws IOException {
        List<ClassBenchRule> out = new ArrayList<>();
        int line = 0;
        for (String text : Files.readAllLines(file)) {
            line++;
            if (!text.isBlank()) {
                out.add(parseRule(text, file + ":" + line));
            }
        }
        return out;
    }

    static ClassBenchRule parseRule(String text, String where) {
        String[] f = text.trim().split("\\s+");
        try {
            if (f.length < 9 || !f[0].startsWith("@") || !f[3].equals(":") || !f[6].equals(":")) {
                throw new IllegalArgumentException("expected 9 columns");
            }
            String[] proto = f[8].split("/");
            return new ClassBenchRule(IpPrefix.parse(f[0].substring(1)), IpPrefix.parse(f[1]),
                    Integer.parseInt(f[2]), Integer.parseInt(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[7]),
                    Integer.decode(proto[0]), Integer.decode(proto[1]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new FirewallException(ErrorCode.PARSE_ERROR, "classbench rule at " + where + ": " + e.getMessage());
        }
    }

    public static Ruleset ruleset(List<ClassBenchRule> rules) {
        List<Rule> ir = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            ir.add(rules.get(i).toRule(i));
        }
        Chain input = new Chain(CHAIN, new BaseHook(ChainType.FILTER, Hook.INPUT, 0, ChainPolicy.DROP), ir);
        return new Ruleset(List.of(new Table(Family.IP, TABLE, List.of(), List.of(input))));
    }

    public static List<TracePacket> readTrace(Path file) throws IOException {
        List<TracePacket> out = new ArrayList<>();
        int line = 0;
        for (String text : Files.readAllLines(file)) {
            line++;
            if (!text.isBlank()) {
                out.add(parseTrace(text, file + ":" + line));
            }
        }
        return out;
    }

    static TracePacket parseTrace(String text, String where) {
        String[] f = text.trim().split("\\s+");
        try {
            if (f.length < 7) {
                throw new IllegalArgumentException("expected 7 columns");
            }
            IpAddress src = IpAddress.v4((int) Long.parseLong(f[0]));
            IpAddress dst = IpAddress.v4((int) Long.parseLong(f[1]));
            Packet p = new Packet(src, dst, Integer.parseInt(f[4]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    0, -1, -1, IIF, null, 0, 64, null);
            return new TracePacket(p, Integer.parseInt(f[6]));
        } catch (IllegalArgumentException e) {
            throw new FirewallException(ErrorCode.PARSE_ERROR, "classbench trace at " + where + ": " + e.getMessage());
        }
    }

    public static Workload workload(String name, List<ClassBenchRule> rules, List<TracePacket> trace) {
        return new Workload(name, ruleset(rules), trace.stream().map(TracePacket::packet).toList());
    }

    /** For sets without a trace: {@code count} packets, each a random point of a random rule's filter. */
    public static Workload sampled(String name, List<ClassBenchRule> rules, int count, long seed) {
        java.util.Random r = new java.util.Random(seed);
        List<Packet> packets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ClassBenchRule c = rules.get(r.nextInt(rules.size()));
            int proto = c.protocolMask() == 0 ? (r.nextBoolean() ? 6 : 17) : c.protocol();
            packets.add(new Packet(point(c.src(), r), point(c.dst(), r), proto, between(c.sportLo(), c.sportHi(), r),
                    between(c.dportLo(), c.dportHi(), r), 0, -1, -1, IIF, null, 0, 64, null));
        }
        return new Workload(name, ruleset(rules), packets);
    }

    private static IpAddress point(IpPrefix p, java.util.Random r) {
        long host = p.length() == 32 ? 0 : r.nextLong() & ((1L << (32 - p.length())) - 1);
        return IpAddress.v4((int) (p.address().lo() | host));
    }

    private static int between(int lo, int hi, java.util.Random r) {
        return lo + r.nextInt(hi - lo + 1);
    }
}
