package org.portcullis.analysis.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.analysis.explain.render.ExplainHeader;
import org.portcullis.analysis.explain.render.TextRenderer;
import org.portcullis.analysis.explain.render.Words;
import org.portcullis.engine.ConnectRequest;
import org.portcullis.engine.IpProto;
import org.portcullis.engine.Outcome;
import org.portcullis.engine.conntrack.CtState;
import org.portcullis.engine.play.Fate;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.net.IpAddress;

class ExplainerTest {
    static final IpAddress SELF = IpAddress.parse("198.18.0.1");
    static final IpAddress PEER = IpAddress.parse("198.18.0.2");

    private static PacketQuery out(int dport, String oif, CtState ct) {
        return new PacketQuery(PacketPath.OUT, IpProto.TCP, null, -1, PEER, dport, null, oif, ct, -1, -1);
    }

    @Test
    void policyDropIsNamedWithItsChain() {
        Explainer e = new Explainer(Fixtures.foreign(), Fixtures.base1(), 1);
        ExplainedConnection c = e.connect(ConnectRequest.outbound(IpProto.TCP, PEER, 22), null);
        assertEquals(Outcome.TIMEOUT, c.connection().outcome());
        String lost = Words.lost(c.connection().lost().getFirst(), e.namer());
        assertTrue(lost.matches("SYN 198\\.18\\.0\\.1:\\d+ -> 198\\.18\\.0\\.2:22 dropped in output by policy drop of chain ip t out"), lost);
        List<String> text = new TextRenderer(e.namer(), new ExplainHeader("test", "base1")).connection(c);
        assertTrue(text.contains("      rule #0 handle 7: counter packets 0 bytes 0"), String.join("\n", text));
        assertEquals("outcome: timeout", text.getLast());
    }

    @Test
    void assumedCtStateIsNotedAndUsed() {
        Explainer e = new Explainer(Fixtures.compiled(Fixtures.rule(0, "-m", "state", "--state", "ESTABLISHED", "-j", "ACCEPT"),
                Fixtures.rule(1, "-j", "DROP")), Fixtures.base1(), 1);
        ExplainedPacket fresh = e.packet(out(80, null, CtState.NEW));
        ExplainedPacket known = e.packet(out(80, null, CtState.ESTABLISHED));
        assertEquals(Fate.DROPPED, fresh.record().fate());
        assertEquals(Fate.SENT, known.record().fate());
        assertTrue(known.notes().contains("ct state established assumed: conntrack is not asked"), known.notes()::toString);
    }

    @Test
    void theOifRoutesWouldChooseAddsNoNote() {
        Explainer e = new Explainer(Fixtures.foreign(), Fixtures.base1(), 1);
        ExplainedPacket p = e.packet(out(22, "enp3s0", CtState.NEW));
        assertTrue(p.notes().stream().noneMatch(n -> n.startsWith("sent by")), p.notes()::toString);
        assertEquals("enp3s0", p.record().trace().steps().stream()
                .filter(s -> s instanceof org.portcullis.engine.trace.Step.HookEntered).map(s -> ((org.portcullis.engine.trace.Step.HookEntered) s).oif())
                .findFirst().orElseThrow());
    }

    @Test
    void aPacketInMustBeForTheHost() {
        Explainer e = new Explainer(Fixtures.foreign(), Fixtures.base1(), 1);
        PacketQuery q = new PacketQuery(PacketPath.IN, IpProto.TCP, PEER, -1, IpAddress.parse("198.18.0.9"), 22, null, null, CtState.NEW, -1, -1);
        FirewallException x = assertThrows(FirewallException.class, () -> e.packet(q));
        assertEquals(ErrorCode.INVALID_ADDR, x.code());
    }

    @Test
    void aPacketOutMustComeFromTheHost() {
        Explainer e = new Explainer(Fixtures.foreign(), Fixtures.base1(), 1);
        PacketQuery q = new PacketQuery(PacketPath.OUT, IpProto.TCP, PEER, -1, SELF, 22, null, null, CtState.NEW, -1, -1);
        assertEquals(ErrorCode.INVALID_ADDR, assertThrows(FirewallException.class, () -> e.packet(q)).code());
    }

    @Test
    void theSameSeedGivesTheSamePorts() {
        Explainer a = new Explainer(Fixtures.foreign(), Fixtures.base1(), 42);
        Explainer b = new Explainer(Fixtures.foreign(), Fixtures.base1(), 42);
        assertEquals(a.packet(out(22, null, CtState.NEW)).record().packet(), b.packet(out(22, null, CtState.NEW)).record().packet());
    }
}
