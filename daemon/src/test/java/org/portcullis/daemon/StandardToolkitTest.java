package org.portcullis.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;
import org.portcullis.daemon.direct.PermanentDirectHandlers;
import org.portcullis.daemon.direct.RuntimeDirectHandlers;
import org.portcullis.model.error.ErrorCode;

/** The daemon with the real quoting, rule parser and direct.xml store (skipped where those are not built in). */
class StandardToolkitTest {
    @TempDir
    Path dir;

    private static void assumeAvailable(Runnable probe, String what) {
        try {
            probe.run();
        } catch (UnsupportedOperationException e) {
            Assumptions.abort(what + " is not available in this build");
        }
    }

    private Dispatcher dispatcher(Firewall fw) {
        return new Dispatcher(fw).with(new StatusHandlers(fw))
                .with(new RuntimeDirectHandlers(fw, ArgsQuoting.standard()))
                .with(new PermanentDirectHandlers(fw, ArgsQuoting.standard()));
    }

    private Firewall firewall() {
        return new Firewall(new FakeBackend(), new FakeCompiler(), DirectValidator.standard(), new XmlDirectStore(dir),
                new EventLog(new PrintStream(OutputStream.nullOutputStream())));
    }

    @Test
    void listingsQuoteLikeShlex() {
        assumeAvailable(() -> ArgsQuoting.standard().join(List.of("x")), "Shlex");
        assumeAvailable(() -> DirectValidator.standard().rule(new org.portcullis.model.direct.DirectRule(
                org.portcullis.model.direct.Ipv.IPV4, "filter", "INPUT", 0, List.of("-j", "ACCEPT"))), "RuleParser");
        Firewall fw = firewall();
        fw.start();
        Dispatcher d = dispatcher(fw);
        d.dispatch(new Request(Ops.ADD_RULE, List.of("ipv4", "filter", "INPUT", "0", "-i", "eth+", "-m", "comment",
                "--comment", "allow web", "!", "-s", "198.18.0.1", "-j", "ACCEPT"), false));
        assertEquals(List.of("ipv4 filter INPUT 0 -i eth+ -m comment --comment 'allow web' '!' -s 198.18.0.1 -j ACCEPT"),
                d.dispatch(Request.runtime(Ops.GET_ALL_RULES)).lines());
    }

    @Test
    void realRuleParserRefusesUnknownMatchesAtRuntimeAndPermanently() {
        assumeAvailable(() -> DirectValidator.standard().rule(new org.portcullis.model.direct.DirectRule(
                org.portcullis.model.direct.Ipv.IPV4, "filter", "INPUT", 0, List.of("-j", "ACCEPT"))), "RuleParser");
        assumeAvailable(() -> new XmlDirectStore(dir).load(), "DirectXml");
        Firewall fw = firewall();
        fw.start();
        Dispatcher d = dispatcher(fw);
        Response r = d.dispatch(new Request(Ops.ADD_RULE, List.of("ipv4", "filter", "INPUT", "0", "-m", "nosuchmatch", "-j", "ACCEPT"), true));
        assertEquals(ErrorCode.COMMAND_FAILED, r.code());
        assertTrue(Files.notExists(dir.resolve("direct.xml")));
    }

    @Test
    void reloadReadsAHandEditedDirectXml() throws IOException {
        assumeAvailable(() -> new XmlDirectStore(dir).load(), "DirectXml");
        assumeAvailable(() -> ArgsQuoting.standard().join(List.of("x")), "Shlex");
        assumeAvailable(() -> DirectValidator.standard().rule(new org.portcullis.model.direct.DirectRule(
                org.portcullis.model.direct.Ipv.IPV4, "filter", "INPUT", 0, List.of("-j", "ACCEPT"))), "RuleParser");
        Firewall fw = firewall();
        fw.start();
        Dispatcher d = dispatcher(fw);
        Files.writeString(dir.resolve("direct.xml"), """
                <?xml version="1.0" encoding="utf-8"?>
                <direct>
                  <chain ipv="ipv4" table="filter" chain="blocklist"/>
                  <rule ipv="ipv4" table="filter" chain="OUTPUT" priority="0">-o enp3s0 -p tcp --dport 22 -j ACCEPT</rule>
                </direct>
                """);
        assertEquals(Response.Kind.OK, d.dispatch(Request.runtime(Ops.RELOAD)).kind());
        assertEquals(List.of("ipv4 filter OUTPUT 0 -o enp3s0 -p tcp --dport 22 -j ACCEPT"),
                d.dispatch(Request.runtime(Ops.GET_ALL_RULES)).lines());
        assertEquals(List.of("ipv4 filter blocklist"), d.dispatch(Request.runtime(Ops.GET_ALL_CHAINS)).lines());
        Files.writeString(dir.resolve("direct.xml"), "<direct><chain ipv=\"ipv7\" table=\"filter\" chain=\"x\"/></direct>");
        Response bad = d.dispatch(Request.runtime(Ops.RELOAD));
        assertEquals(ErrorCode.INVALID_IPV, bad.code());
        assertTrue(bad.message().startsWith("'" + dir.resolve("direct.xml") + "': "), bad.message());
        assertEquals(List.of("ipv4 filter blocklist"), d.dispatch(Request.runtime(Ops.GET_ALL_CHAINS)).lines());
    }

    @Test
    void runtimeToPermanentWritesDirectXml() throws IOException {
        assumeAvailable(() -> new XmlDirectStore(dir).load(), "DirectXml");
        assumeAvailable(() -> DirectValidator.standard().rule(new org.portcullis.model.direct.DirectRule(
                org.portcullis.model.direct.Ipv.IPV4, "filter", "INPUT", 0, List.of("-j", "ACCEPT"))), "RuleParser");
        Firewall fw = firewall();
        fw.start();
        Dispatcher d = dispatcher(fw);
        d.dispatch(new Request(Ops.ADD_RULE, List.of("ipv4", "filter", "OUTPUT", "1000", "-o", "enp3s0", "-j", "DROP"), false));
        assertEquals(Response.Kind.OK, d.dispatch(Request.runtime(Ops.RUNTIME_TO_PERMANENT)).kind());
        String xml = Files.readString(dir.resolve("direct.xml"));
        assertTrue(xml.contains("<rule ipv=\"ipv4\" table=\"filter\" chain=\"OUTPUT\" priority=\"1000\">-o enp3s0 -j DROP</rule>"), xml);
        Firewall restarted = firewall();
        restarted.start();
        assertEquals(fw.runtime().tracked(), restarted.runtime().tracked());
    }
}
