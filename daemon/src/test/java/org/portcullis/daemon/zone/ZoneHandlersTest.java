package org.portcullis.daemon.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.daemon.Dispatcher;
import org.portcullis.daemon.EventLog;
import org.portcullis.daemon.Firewall;
import org.portcullis.daemon.DefaultBackends;
import org.portcullis.daemon.RulesetCompiler;
import org.portcullis.daemon.StatusHandlers;
import org.portcullis.daemon.XmlDirectStore;
import org.portcullis.daemon.DirectValidator;
import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;
import org.portcullis.daemon.api.ZoneOps;
import org.portcullis.model.error.ErrorCode;

/** The zone families over a real zone directory: runtime versus permanent, reload, runtime-to-permanent. */
class ZoneHandlersTest {
    @TempDir
    Path dir;

    private Firewall fw;
    private Dispatcher d;

    @BeforeEach
    void start() {
        fw = new Firewall(new DefaultBackends().byName("sim").target(), RulesetCompiler.standard(), DirectValidator.standard(), new XmlDirectStore(dir),
                new XmlZoneStore(dir, dir.resolve("no-system-services")),
                new EventLog(new PrintStream(OutputStream.nullOutputStream())));
        d = new Dispatcher(fw).with(new StatusHandlers(fw)).with(new RuntimeZoneHandlers(fw))
                .with(new PermanentZoneHandlers(fw));
        fw.start();
    }

    private Response run(String op, String... args) {
        return d.dispatch(new Request(op, List.of(args), false));
    }

    private Response perm(String op, String... args) {
        return d.dispatch(new Request(op, List.of(args), true));
    }

    @Test
    void runtimeAdditionIsAppliedButNotSaved() {
        assertEquals(Response.ok(), run(ZoneOps.add("service"), "public", "http"));
        assertEquals(Response.answer(true), run(ZoneOps.query("service"), "", "http"));
        assertEquals(Response.answer(false), perm(ZoneOps.query("service"), "public", "http"));
        assertFalse(Files.exists(dir.resolve("zones/public.xml")));
    }

    @Test
    void badValuesAreRefusedAndChangeNothing() {
        Response r = run(ZoneOps.add("service"), "public", "nosuch");
        assertEquals(ErrorCode.INVALID_SERVICE, r.code());
        assertEquals(ErrorCode.INVALID_ZONE, run(ZoneOps.add("port"), "nosuch", "80/tcp").code());
        assertEquals(ErrorCode.INVALID_PORT, run(ZoneOps.add("port"), "public", "99999/tcp").code());
        assertEquals(Response.lines(List.of("dhcpv6-client ssh")), run(ZoneOps.list("service"), "public"));
    }

    @Test
    void permanentChangeIsWrittenAndAppliedByReload() throws Exception {
        assertEquals(Response.ok(), perm(ZoneOps.add("service"), "public", "http"));
        assertTrue(Files.readString(dir.resolve("zones/public.xml")).contains("<service name=\"http\"/>"));
        assertEquals(Response.answer(false), run(ZoneOps.query("service"), "public", "http"));
        assertEquals(Response.ok(), run(Ops.RELOAD));
        assertEquals(Response.answer(true), run(ZoneOps.query("service"), "public", "http"));
    }

    @Test
    void runtimeToPermanentWritesChangedZonesOnly() throws Exception {
        run(ZoneOps.add("interface"), "home", "eth7");
        assertEquals(Response.ok(), run(Ops.RUNTIME_TO_PERMANENT));
        assertTrue(Files.readString(dir.resolve("zones/home.xml")).contains("<interface name=\"eth7\"/>"));
        assertFalse(Files.exists(dir.resolve("zones/work.xml")));
        assertEquals(Response.lines(List.of("home")), perm(ZoneOps.GET_ZONE_OF_INTERFACE, "eth7"));
    }

    @Test
    void anInterfaceBelongsToOneZone() {
        run(ZoneOps.add("interface"), "public", "eth1");
        assertEquals(ErrorCode.ZONE_CONFLICT, run(ZoneOps.add("interface"), "home", "eth1").code());
        assertEquals(Response.ok(), run(ZoneOps.CHANGE_INTERFACE, "home", "eth1"));
        assertEquals(Response.lines(List.of("home")), run(ZoneOps.GET_ZONE_OF_INTERFACE, "eth1"));
    }

    @Test
    void newZonesAreCheckedAndBuiltinZonesCannotBeDeleted() {
        assertEquals(ErrorCode.INVALID_NAME, perm(ZoneOps.NEW_ZONE, "averyveryverylongname").code());
        assertEquals(Response.ok(), perm(ZoneOps.NEW_ZONE, "lab"));
        assertEquals(ErrorCode.NAME_CONFLICT, perm(ZoneOps.NEW_ZONE, "lab").code());
        assertTrue(Files.exists(dir.resolve("zones/lab.xml")));
        assertEquals(ErrorCode.BUILTIN_ZONE, perm(ZoneOps.DELETE_ZONE, "public").code());
        assertEquals(Response.ok(), perm(ZoneOps.DELETE_ZONE, "lab"));
        assertFalse(Files.exists(dir.resolve("zones/lab.xml")));
    }

    @Test
    void defaultZoneAndLogDeniedAreKeptInFirewalldConf() throws Exception {
        assertEquals(Response.ok(), run(ZoneOps.SET_DEFAULT_ZONE, "home"));
        assertEquals(ErrorCode.ZONE_ALREADY_SET, run(ZoneOps.SET_DEFAULT_ZONE, "home").code());
        assertEquals(ErrorCode.INVALID_VALUE, run(ZoneOps.SET_LOG_DENIED, "bogus").code());
        assertEquals(Response.ok(), run(ZoneOps.SET_LOG_DENIED, "all"));
        String conf = Files.readString(dir.resolve("firewalld.conf"));
        assertTrue(conf.contains("DefaultZone=home\n") && conf.contains("LogDenied=all\n"), conf);
        assertEquals(Response.ok(), run(Ops.RELOAD));
        assertEquals(Response.lines(List.of("home")), run(ZoneOps.GET_DEFAULT_ZONE));
    }

    @Test
    void panicIsAppliedAndReported() {
        assertEquals(Response.ok(), run(ZoneOps.PANIC_ON));
        assertEquals(ErrorCode.ALREADY_ENABLED, run(ZoneOps.PANIC_ON).code());
        assertEquals(Response.answer(true), run(ZoneOps.QUERY_PANIC));
        assertEquals(Response.ok(), run(ZoneOps.PANIC_OFF));
        assertEquals(ErrorCode.NOT_ENABLED, run(ZoneOps.PANIC_OFF).code());
    }
}
