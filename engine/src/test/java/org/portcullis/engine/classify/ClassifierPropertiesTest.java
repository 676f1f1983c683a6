package org.portcullis.engine.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.portcullis.engine.Hosts;
import org.portcullis.engine.IpProto;
import org.portcullis.engine.MacAddress;
import org.portcullis.engine.Packet;
import org.portcullis.engine.Simulator;
import org.portcullis.engine.TcpFlags;
import org.portcullis.engine.conntrack.CtDirection;
import org.portcullis.engine.conntrack.CtResult;
import org.portcullis.engine.conntrack.CtState;
import org.portcullis.engine.eval.Counters;
import org.portcullis.engine.eval.EvalContext;
import org.portcullis.engine.hook.BaseChain;
import org.portcullis.engine.hook.BaseChains;
import org.portcullis.engine.hook.ChainEvaluator;
import org.portcullis.engine.hook.ChainResult;
import org.portcullis.engine.hook.LinearChainEvaluator;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.HostFile;
import org.portcullis.engine.play.PacketRecord;
import org.portcullis.engine.trace.RuleRef;
import org.portcullis.model.net.IpAddress;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Ruleset;

/** The classifier and the linear walk agree on verdict, deciding rule, trace and counters. */
class ClassifierPropertiesTest {
    private static final int[] PROTOCOLS = {IpProto.TCP, IpProto.UDP, IpProto.ICMP, IpProto.ICMPV6, IpProto.SCTP, 47, 33, 136};
    private static final String[] IFACES = {"eth0", "eth1", "enp3s0", "lo", "wg0", "eth*"};

    /** Interfaces of every link kind: Ethernet with a MAC, without a link layer, and not known. */
    static final Host HOST = HostFile.parse("""
            forwarding yes
            interface lo 127.0.0.1/8 ::1/128
            interface eth0 ether 52:54:00:00:00:01 10.0.0.1/24 2001:db8::1/64
            interface eth1 ether 52:54:00:00:00:02 192.168.1.1/24
            interface wg0 none 198.18.9.1/24
            interface enp3s0 198.18.0.1/24
            route default via 10.0.0.254 dev eth0
            """);
    private static final MacAddress[] SENDERS = {null, MacAddress.parse("00:11:22:33:44:55"), MacAddress.parse("02:00:00:00:00:02")};

    private record Run(ChainResult result, List<Object> steps, Map<RuleRef, Long> counts, boolean uncertain, Packet after) {
    }

    private static Packet packet(RandomRulesets g) {
        Random r = g.random();
        boolean v6 = r.nextInt(4) == 0;
        IpAddress src = IpAddress.parse(v6 ? g.pick(RandomRulesets.V6) : g.pick(RandomRulesets.V4));
        IpAddress dst = IpAddress.parse(v6 ? g.pick(RandomRulesets.V6) : g.pick(RandomRulesets.V4));
        int proto = PROTOCOLS[r.nextInt(PROTOCOLS.length)];
        int sport = g.pickInt(RandomRulesets.PORTS) + (r.nextInt(4) == 0 ? 1 : 0);
        int dport = g.pickInt(RandomRulesets.PORTS) - (r.nextInt(4) == 0 ? 1 : 0);
        String iif = r.nextInt(5) == 0 ? null : g.pick(IFACES);
        String oif = r.nextInt(3) == 0 ? null : g.pick(IFACES);
        return new Packet(src, dst, proto, Math.max(0, sport), Math.max(0, dport),
                proto == IpProto.TCP ? TcpFlags.SYN : 0, IpProto.isIcmp(proto) ? 8 : -1, IpProto.isIcmp(proto) ? 0 : -1,
                iif, oif, r.nextInt(3), 60, null, SENDERS[r.nextInt(SENDERS.length)]);
    }

    private static CtResult ct(Random r) {
        int i = r.nextInt(CtState.values().length + 1);
        return i == CtState.values().length ? null : new CtResult(CtState.values()[i], CtDirection.ORIGINAL, null, false, null);
    }

    private static Run run(ChainEvaluator evaluator, BaseChain chain, Packet p, CtResult ct) {
        Counters counters = new Counters();
        EvalContext ctx = new EvalContext(p, counters, HOST);
        ctx.hook(Hook.INPUT);
        ctx.ct(ct);
        ChainResult result = evaluator.evaluate(chain, ctx);
        Map<RuleRef, Long> counts = new LinkedHashMap<>();
        for (RuleRef ref : counters.hit()) {
            counts.put(ref, counters.packets(ref));
        }
        return new Run(result, new ArrayList<>(ctx.steps()), counts, ctx.uncertain(), ctx.packet());
    }

    @Property(tries = 400)
    void classifierAndLinearWalkAgreeOnEveryPacket(@ForAll long seed) {
        RandomRulesets g = new RandomRulesets(seed);
        Ruleset rs = g.ruleset();
        ChainEvaluator linear = new LinearChainEvaluator();
        ChainEvaluator compiled = Classifier.evaluator(rs);
        for (int i = 0; i < 60; i++) {
            Packet p = packet(g);
            CtResult ct = ct(g.random());
            for (BaseChain chain : BaseChains.on(rs, Hook.INPUT, p.family())) {
                assertEquals(run(linear, chain, p, ct), run(compiled, chain, p, ct), () -> p + " in " + rs);
            }
        }
    }

    @Property(tries = 100)
    void simulatorExplainsWithTheRuleTheClassifierPicked(@ForAll long seed) {
        RandomRulesets g = new RandomRulesets(seed);
        Ruleset rs = g.ruleset();
        Simulator byDefault = new Simulator(rs, Hosts.base1(), 7);
        Simulator linear = new Simulator(rs, Hosts.base1(), 7, new LinearChainEvaluator());
        for (int i = 0; i < 20; i++) {
            Packet p = Packet.tcp(Hosts.PEER, 40000 + i, Hosts.SELF, g.pickInt(RandomRulesets.PORTS), TcpFlags.SYN);
            String iif = g.pick(IFACES);
            PacketRecord a = byDefault.receive(p, iif);
            PacketRecord b = linear.receive(p, iif);
            assertEquals(b.trace(), a.trace());
            assertEquals(b.fate(), a.fate());
        }
        assertEquals(linear.counters().hit(), byDefault.counters().hit());
    }
}
