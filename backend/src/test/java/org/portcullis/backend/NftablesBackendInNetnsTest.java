package org.portcullis.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.portcullis.backend.nft.LibNftablesRunner;
import org.portcullis.backend.nft.NftRunner;
import org.portcullis.backend.nft.ProcessNftRunner;
import org.portcullis.nft.Family;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Table;
import org.portcullis.testkit.KernelSupport;
import org.portcullis.testkit.Listener;
import org.portcullis.testkit.Netns;
import org.portcullis.testkit.Probe;
import org.portcullis.testkit.Veth;

class NftablesBackendInNetnsTest {
    private static final String FOREIGN = "table ip other {\n chain c {\n  type filter hook input priority 0; policy accept;\n"
            + "  tcp dport 9 counter accept\n }\n}\n";

    @BeforeAll
    static void kernel() {
        KernelSupport.assumeKernel();
    }

    private static NftRunner runner(String kind, Netns ns) throws BackendException {
        return switch (kind) {
            case "process" -> ProcessNftRunner.inNetns(ns.name());
            case "ffm" -> LibNftablesRunner.open(Optional.of(ns.name()));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static void withBackend(String kind, BackendTest test) throws Exception {
        try (Netns ns = Netns.create("pc-be"); NftablesBackend be = new NftablesBackend(runner(kind, ns))) {
            test.run(ns, be);
        }
    }

    private interface BackendTest {
        void run(Netns ns, NftablesBackend be) throws Exception;
    }

    private static String foreignListing(Netns ns) {
        return ns.exec("nft", "list", "table", "ip", "other").orThrow("list other").stdout();
    }

    @ParameterizedTest
    @ValueSource(strings = {"process", "ffm"})
    void applyReplacesOwnedTablesAndLeavesForeignOnes(String kind) throws Exception {
        withBackend(kind, (ns, be) -> {
            ns.execWithInput(FOREIGN, "nft", "-f", "-").orThrow("foreign table");
            String foreign = foreignListing(ns);
            be.apply(Rulesets.a());
            assertEquals(Rulesets.a(), Rulesets.withoutHandles(be.current()));
            be.apply(Rulesets.b());
            assertEquals(Rulesets.b(), Rulesets.withoutHandles(be.current()));
            assertEquals(foreign, foreignListing(ns));
            be.removeAll();
            assertEquals(Ruleset.EMPTY, be.current());
            assertEquals(foreign, foreignListing(ns));
            be.removeAll();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"process", "ffm"})
    void staleOwnedTablesGoAndTablesDeletedBehindItsBackDoNotFailAnApply(String kind) throws Exception {
        withBackend(kind, (ns, be) -> {
            ns.exec("nft", "add table ip portcullis_stale").orThrow("stale table");
            be.apply(Rulesets.a());
            assertEquals(Rulesets.a(), Rulesets.withoutHandles(be.current()));
            ns.exec("nft", "delete table ip portcullis_sets").orThrow("delete behind its back");
            be.apply(Rulesets.b());
            assertEquals(Rulesets.b(), Rulesets.withoutHandles(be.current()));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"process", "ffm"})
    void keywordNamesAndQuotedCommentsGoThroughJson(String kind) throws Exception {
        withBackend(kind, (ns, be) -> {
            be.apply(Rulesets.a());
            be.apply(Rulesets.keywords());
            assertEquals(Rulesets.keywords(), Rulesets.withoutHandles(be.current()));
            be.apply(Rulesets.b());
            assertEquals(Rulesets.b(), Rulesets.withoutHandles(be.current()));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"process", "ffm"})
    void failedApplyLeavesThePreviousRulesetInPlace(String kind) throws Exception {
        withBackend(kind, (ns, be) -> {
            be.apply(Rulesets.a());
            String before = ns.exec("nft", "list", "ruleset").orThrow("list").stdout();
            BackendException e = assertThrows(BackendException.class, () -> be.apply(Rulesets.broken()));
            assertTrue(e.getMessage().contains("No such file or directory") || e.getMessage().contains("missing"),
                    e.getMessage());
            assertEquals(Rulesets.a(), Rulesets.withoutHandles(be.current()));
            assertEquals(before, ns.exec("nft", "list", "ruleset").orThrow("list").stdout());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"process", "ffm"})
    void refusesToTakeOverAForeignTable(String kind) throws Exception {
        withBackend(kind, (ns, be) -> {
            ns.execWithInput(FOREIGN, "nft", "-f", "-").orThrow("foreign table");
            String foreign = foreignListing(ns);
            Ruleset grab = new Ruleset(List.of(new Table(Family.IP, "other", List.of(), List.of())));
            BackendException e = assertThrows(BackendException.class, () -> be.apply(grab));
            assertInstanceOf(IllegalArgumentException.class, e.getCause());
            assertEquals(foreign, foreignListing(ns));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"process", "ffm"})
    void theKernelEnforcesWhatWasApplied(String kind) throws Exception {
        try (Netns client = Netns.create("pc-cl"); Netns server = Netns.create("pc-sv");
                NftablesBackend be = new NftablesBackend(runner(kind, client))) {
            Veth.connect(client, "enp3s0", "198.18.0.1", server, "eth0", "198.18.0.2");
            try (Listener.Running l = Listener.start(server, "tcp:22", "tcp:80", "udp:5353")) {
                be.apply(Rulesets.b());
                assertEquals(Probe.Outcome.REFUSED, Probe.run(client, "tcp", "198.18.0.2", 80, 2000));
                assertEquals(Probe.Outcome.CONNECTED, Probe.run(client, "tcp", "198.18.0.2", 22, 2000));
                be.apply(Rulesets.a());
                assertEquals(Probe.Outcome.CONNECTED, Probe.run(client, "tcp", "198.18.0.2", 80, 2000));
                assertEquals(Probe.Outcome.DENIED, Probe.run(client, "udp", "198.18.0.2", 5353, 2000));
                be.removeAll();
                assertEquals(Probe.Outcome.CONNECTED, Probe.run(client, "udp", "198.18.0.2", 5353, 2000));
            }
        }
    }
}
