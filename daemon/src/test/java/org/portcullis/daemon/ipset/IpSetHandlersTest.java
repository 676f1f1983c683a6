package org.portcullis.daemon.ipset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.daemon.DefaultBackends;
import org.portcullis.daemon.DirectValidator;
import org.portcullis.daemon.Dispatcher;
import org.portcullis.daemon.EventLog;
import org.portcullis.daemon.Firewall;
import org.portcullis.daemon.RulesetCompiler;
import org.portcullis.daemon.StatusHandlers;
import org.portcullis.daemon.XmlDirectStore;
import org.portcullis.daemon.api.IpSetOps;
import org.portcullis.daemon.api.IpSetSettings;
import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;
import org.portcullis.daemon.api.ZoneOps;
import org.portcullis.daemon.zone.PermanentZoneHandlers;
import org.portcullis.daemon.zone.RuntimeZoneHandlers;
import org.portcullis.daemon.zone.XmlZoneStore;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.ipset.IpSet;

/** The ipset families over a real configuration directory: permanent files, runtime entries, reload. */
class IpSetHandlersTest {
    @TempDir
    Path dir;

    private Firewall fw;
    private Dispatcher d;

    @BeforeEach
    void start() {
        fw = new Firewall(new DefaultBackends().byName("sim").target(), RulesetCompiler.standard(),
                DirectValidator.standard(), new XmlDirectStore(dir),
                new XmlZoneStore(dir, dir.resolve("no-system-services"), dir.resolve("no-system-ipsets")),
                new EventLog(new PrintStream(OutputStream.nullOutputStream())));
        d = new Dispatcher(fw).with(new StatusHandlers(fw)).with(new RuntimeZoneHandlers(fw))
                .with(new PermanentZoneHandlers(fw)).with(new RuntimeIpSetHandlers(fw))
                .with(new PermanentIpSetHandlers(fw));
        fw.start();
    }

    private Response run(String op, String... args) {
        return d.dispatch(new Request(op, List.of(args), false));
    }

    private Response perm(String op, String... args) {
        return d.dispatch(new Request(op, List.of(args), true));
    }

    private Response perm(String op, String name, IpSetSettings settings) {
        List<String> args = new ArrayList<>(List.of(name));
        args.addAll(settings.lines());
        return d.dispatch(new Request(op, args, true));
    }

    private static IpSetSettings settings(String type, String... options) {
        SequencedMap<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < options.length; i += 2) {
            m.put(options[i], options[i + 1]);
        }
        return IpSetSettings.of(type, m);
    }

    @Test
    void aNewSetIsWrittenAndAppliedByReload() throws Exception {
        assertEquals(Response.ok(), perm(IpSetOps.NEW, "web", settings("hash:ip", "family", "inet6")));
        assertEquals("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<ipset type=\"hash:ip\">\n"
                + "  <option name=\"family\" value=\"inet6\"/>\n</ipset>\n",
                Files.readString(dir.resolve("ipsets/web.xml")));
        assertEquals(Response.lines(List.of("web")), perm(IpSetOps.GET_IPSETS));
        assertEquals(Response.lines(List.of("")), run(IpSetOps.GET_IPSETS));
        assertEquals(ErrorCode.INVALID_IPSET, run(IpSetOps.INFO, "web").code());
        assertEquals(Response.ok(), run(Ops.RELOAD));
        assertEquals(Response.lines(List.of("web", "  type: hash:ip", "  options: family=inet6", "  entries: ")),
                run(IpSetOps.INFO, "web"));
        assertEquals(dir.resolve("ipsets/web.xml").toString(), perm(IpSetOps.PATH, "web").lines().getFirst());
    }

    @Test
    void newSetsAreCheckedInFirewalldsOrder() {
        assertEquals(Response.ok(), perm(IpSetOps.NEW, "web", settings("hash:ip")));
        assertEquals(Response.error(ErrorCode.NAME_CONFLICT, "new_ipset(): 'web'"),
                perm(IpSetOps.NEW, "web", settings("hash:net")));
        assertEquals(Response.error(ErrorCode.INVALID_NAME, "' ' is not allowed in 'a b'"),
                perm(IpSetOps.NEW, "a b", settings("hash:foo")));
        assertEquals(Response.error(ErrorCode.INVALID_TYPE, "'hash:foo' is not valid ipset type"),
                perm(IpSetOps.NEW, "x", settings("hash:foo", "foo", "1")));
        assertEquals(Response.error(ErrorCode.INVALID_IPSET, "ipset invalid option 'foo'"),
                perm(IpSetOps.NEW, "x", settings("hash:ip", "timeout", "1", "foo", "1")));
        assertFalse(Files.exists(dir.resolve("ipsets/x.xml")));
    }

    @Test
    void runtimeEntriesAreKeptApartFromPermanentOnesUntilRuntimeToPermanent() throws Exception {
        assertEquals(Response.ok(), perm(IpSetOps.NEW, "web", settings("hash:ip")));
        assertEquals(Response.ok(), run(Ops.RELOAD));
        assertEquals(Response.ok(), run(IpSetOps.ADD_ENTRY, "web", "198.18.7.5/24"));
        assertEquals(Response.error(ErrorCode.ALREADY_ENABLED, "'198.18.7.0/24' already is in 'web'"),
                run(IpSetOps.ADD_ENTRY, "web", "198.18.7.0/24"));
        assertEquals(Response.answer(true), run(IpSetOps.QUERY_ENTRY, "web", "198.18.7.1/24"));
        assertEquals(Response.lines(List.of("198.18.7.0/24")), run(IpSetOps.GET_ENTRIES, "web"));
        assertEquals(Response.lines(List.of()), perm(IpSetOps.GET_ENTRIES, "web"));
        assertEquals(List.of("198.18.7.0/24"), fw.runtime().zones().ipsets().get("web").entries());
        assertEquals(Response.ok(), run(Ops.RUNTIME_TO_PERMANENT));
        assertTrue(Files.readString(dir.resolve("ipsets/web.xml")).contains("<entry>198.18.7.0/24</entry>"));
        assertEquals(Response.ok(), run(IpSetOps.REMOVE_ENTRY, "web", "198.18.7.0/24"));
        assertEquals(Response.ok(), run(Ops.RELOAD));
        assertEquals(Response.lines(List.of("198.18.7.0/24")), run(IpSetOps.GET_ENTRIES, "web"));
    }

    @Test
    void reloadForgetsRuntimeEntries() {
        assertEquals(Response.ok(), perm(IpSetOps.NEW, "web", settings("hash:ip")));
        assertEquals(Response.ok(), run(Ops.RELOAD));
        assertEquals(Response.ok(), run(IpSetOps.SET_ENTRIES, "web", "198.18.0.1", "198.18.0.2"));
        assertEquals(Response.lines(List.of("198.18.0.1", "198.18.0.2")), run(IpSetOps.GET_ENTRIES, "web"));
        assertEquals(Response.ok(), run(Ops.RELOAD));
        assertEquals(Response.lines(List.of()), run(IpSetOps.GET_ENTRIES, "web"));
    }

    @Test
    void updatesReplaceTheSetWholeAndAreChecked() throws Exception {
        assertEquals(Response.ok(), perm(IpSetOps.NEW, "web", settings("hash:ip")));
        IpSetSettings current = IpSetSettings.fromLines(perm(IpSetOps.GET_SETTINGS, "web").lines());
        IpSetSettings next = current.withEntry("198.18.1.1").withEntry("198.18.1.300").withDescription("Web");
        assertEquals(Response.error(ErrorCode.INVALID_ENTRY,
                "invalid address '198.18.1.300' in '198.18.1.300' for hash:ip (ipv4)"), perm(IpSetOps.UPDATE, "web",
                next));
        assertEquals(Response.ok(), perm(IpSetOps.UPDATE, "web", current.withEntry("198.18.1.1")
                .withDescription("Web")));
        IpSet saved = fw.permanentZones().ipset("web");
        assertEquals(List.of("198.18.1.1"), saved.entries());
        assertEquals("Web", saved.description());
        assertEquals(ErrorCode.INVALID_IPSET, perm(IpSetOps.UPDATE, "nosuch", current).code());
    }

    @Test
    void timeoutSetsTakeRuntimeEntriesWithoutKeepingThem() {
        assertEquals(Response.ok(), perm(IpSetOps.NEW, "tmo", settings("hash:ip", "timeout", "600")));
        assertEquals(Response.ok(), run(Ops.RELOAD));
        assertEquals(Response.ok(), run(IpSetOps.ADD_ENTRY, "tmo", "198.18.1.1"));
        assertEquals(Response.ok(), run(IpSetOps.ADD_ENTRY, "tmo", "198.18.1.1"));
        assertEquals(Response.error(ErrorCode.IPSET_WITH_TIMEOUT, "tmo"), run(IpSetOps.QUERY_ENTRY, "tmo", "198.18.1.1"));
        assertEquals(Response.lines(List.of()), run(IpSetOps.GET_ENTRIES, "tmo"));
        IpSetSettings current = IpSetSettings.fromLines(perm(IpSetOps.GET_SETTINGS, "tmo").lines());
        assertEquals(Response.error(ErrorCode.IPSET_WITH_TIMEOUT, ""), perm(IpSetOps.UPDATE, "tmo",
                new IpSetSettings("", "", "", "hash:ip", current.options(), List.of("198.18.1.1"))));
    }

    @Test
    void deletingRemovesTheFileButNotTheRuntimeSetUntilReload() {
        assertEquals(Response.ok(), perm(IpSetOps.NEW, "web", settings("hash:ip")));
        assertEquals(Response.ok(), run(Ops.RELOAD));
        assertEquals(Response.ok(), perm(IpSetOps.DELETE, "web"));
        assertFalse(Files.exists(dir.resolve("ipsets/web.xml")));
        assertEquals(Response.error(ErrorCode.INVALID_IPSET, "web"), perm(IpSetOps.DELETE, "web"));
        assertEquals(Response.lines(List.of("web")), run(IpSetOps.GET_IPSETS));
        assertEquals(Response.ok(), run(Ops.RELOAD));
        assertEquals(Response.lines(List.of("")), run(IpSetOps.GET_IPSETS));
    }

    @Test
    void shippedSetsCannotBeDeleted() throws Exception {
        Path system = Files.createDirectories(dir.resolve("system"));
        Files.writeString(system.resolve("shipped.xml"), "<ipset type='hash:net'/>");
        Firewall other = new Firewall(new DefaultBackends().byName("sim").target(), RulesetCompiler.standard(),
                DirectValidator.standard(), new XmlDirectStore(dir),
                new XmlZoneStore(dir, dir.resolve("no-system-services"), system),
                new EventLog(new PrintStream(OutputStream.nullOutputStream())));
        Dispatcher od = new Dispatcher(other).with(new PermanentIpSetHandlers(other));
        other.start();
        assertEquals(Response.error(ErrorCode.BUILTIN_IPSET, "'shipped' is built-in ipset"),
                od.dispatch(new Request(IpSetOps.DELETE, List.of("shipped"), true)));
        assertEquals(system.resolve("shipped.xml").toString(),
                od.dispatch(new Request(IpSetOps.PATH, List.of("shipped"), true)).lines().getFirst());
    }

    @Test
    void zoneSourcesAndRichRulesMustNameAnIpsetInEffectOfAUsableType() {
        assertEquals(Response.ok(), perm(IpSetOps.NEW, "web", settings("hash:ip")));
        assertEquals(Response.ok(), perm(IpSetOps.NEW, "pairs", settings("hash:net,net")));
        assertEquals(Response.ok(), perm(IpSetOps.NEW, "six", settings("hash:net", "family", "inet6")));
        assertEquals(Response.ok(), perm(ZoneOps.add("source"), "trusted", "ipset:nosuch"));
        assertEquals(Response.error(ErrorCode.INVALID_IPSET, "web"), run(ZoneOps.add("source"), "trusted",
                "ipset:web"));
        assertEquals(Response.error(ErrorCode.INVALID_IPSET, "nosuch"), run(Ops.RELOAD));
        assertFalse(fw.runtime().zones().ipsets().containsKey("web"));
        assertEquals(Response.ok(), perm(ZoneOps.remove("source"), "trusted", "ipset:nosuch"));
        assertEquals(Response.ok(), run(Ops.RELOAD));
        assertEquals(Response.ok(), run(ZoneOps.add("source"), "trusted", "ipset:web"));
        assertEquals(Response.error(ErrorCode.INVALID_IPSET, "nosuch"), run(ZoneOps.add("source"), "trusted",
                "ipset:nosuch"));
        assertEquals(Response.error(ErrorCode.INVALID_IPSET, "ipset 'pairs' with type 'hash:net,net' not usable "
                + "as source"), run(ZoneOps.add("source"), "trusted", "ipset:pairs"));
        assertEquals(Response.error(ErrorCode.INVALID_IPSET, "nosuch"), run(ZoneOps.query("source"), "trusted",
                "ipset:nosuch"));
        assertEquals(Response.answer(true), run(ZoneOps.query("source"), "trusted", "ipset:web"));
        assertEquals(Response.error(ErrorCode.INVALID_RULE, "Source address family 'ipv6' conflicts with rule "
                + "family 'ipv4'."), run(ZoneOps.add("rich-rule"), "public",
                "rule family=\"ipv4\" source ipset=\"six\" drop"));
        assertEquals(Response.error(ErrorCode.INVALID_IPSET, "nosuch"), run(ZoneOps.add("rich-rule"), "public",
                "rule family=\"ipv4\" destination ipset=\"nosuch\" drop"));
        assertEquals(Response.ok(), run(ZoneOps.add("rich-rule"), "public", "rule source ipset=\"six\" drop"));
        assertTrue(fw.runtime().zones().ipsets().containsKey("six"));
    }
}
