package org.portcullis.daemon.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.backend.SimBackend;
import org.portcullis.daemon.BackendTarget;
import org.portcullis.daemon.Dispatcher;
import org.portcullis.daemon.DirectValidator;
import org.portcullis.daemon.EventLog;
import org.portcullis.daemon.Firewall;
import org.portcullis.daemon.RulesetCompiler;
import org.portcullis.daemon.RulesetTarget;
import org.portcullis.daemon.XmlDirectStore;
import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;
import org.portcullis.daemon.api.ZoneOps;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.nft.Family;
import org.portcullis.nft.Ruleset;

/** Masquerading and forward ports to another address switch the kernel's forwarding on, as in firewalld. */
class ForwardingSwitchTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private Dispatcher started(RulesetTarget target) {
        Firewall fw = new Firewall(target, RulesetCompiler.standard(), DirectValidator.standard(),
                new XmlDirectStore(dir), new XmlZoneStore(dir, dir.resolve("no-system-services")),
                new EventLog(new PrintStream(log, true, StandardCharsets.UTF_8)));
        fw.start();
        return new Dispatcher(fw).with(new RuntimeZoneHandlers(fw));
    }

    private static Response run(Dispatcher d, String op, String... args) {
        return d.dispatch(new Request(op, List.of(args), false));
    }

    @Test
    void anActiveMasqueradingZoneSwitchesIpv4ForwardingOn() {
        SimBackend sim = new SimBackend();
        Dispatcher d = started(new BackendTarget(sim));
        assertEquals(Response.ok(), run(d, ZoneOps.add("interface"), "public", "eth0"));
        assertEquals(Set.of(), sim.forwarding(), "public does not masquerade");
        assertEquals(Response.ok(), run(d, ZoneOps.add("interface"), "external", "wan0"));
        assertEquals(Set.of(Family.IP), sim.forwarding());
    }

    @Test
    void aForwardPortSwitchesForwardingOnOnlyWithAnAddress() {
        SimBackend sim = new SimBackend();
        Dispatcher d = started(new BackendTarget(sim));
        assertEquals(Response.ok(), run(d, ZoneOps.add("forward-port"), "public", "port=8080:proto=tcp:toport=80"));
        assertEquals(Set.of(), sim.forwarding(), "a redirect to this host");
        assertEquals(Response.ok(), run(d, ZoneOps.add("forward-port"), "public",
                "port=2222:proto=tcp:toport=22:toaddr=198.18.30.2"));
        assertEquals(Set.of(Family.IP), sim.forwarding());
    }

    @Test
    void aSwitchThatCannotBeWrittenIsLoggedAndTheChangeStands() {
        Dispatcher d = started(new RulesetTarget() {
            @Override
            public String name() {
                return "read-only";
            }

            @Override
            public void apply(Ruleset desired) {
            }

            @Override
            public void removeAll() {
            }

            @Override
            public void enableForwarding(Family family) {
                throw new FirewallException(ErrorCode.COMMAND_FAILED, "Read-only file system");
            }
        });
        assertEquals(Response.ok(), run(d, ZoneOps.add("interface"), "external", "wan0"));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("cannot switch IPv4 forwarding on: "), log.toString());
    }
}
