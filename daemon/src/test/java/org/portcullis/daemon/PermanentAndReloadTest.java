package org.portcullis.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Response;
import org.portcullis.model.error.ErrorCode;

class PermanentAndReloadTest {
    @TempDir
    Path dir;

    @Test
    void permanentChangesOnlyTheFileUntilReload() {
        Fixture f = Fixture.started(dir);
        int applied = f.backend.applied;
        assertEquals(Response.Kind.OK, f.perm(Ops.ADD_RULE, "ipv4", "filter", "OUTPUT", "0", "-j", "ACCEPT").kind());
        assertEquals(List.of("ipv4 filter OUTPUT 0 -j ACCEPT"), f.perm(Ops.GET_ALL_RULES).lines());
        assertEquals(List.of(), f.run(Ops.GET_ALL_RULES).lines());
        assertEquals(applied, f.backend.applied);
        assertTrue(f.fileText().contains("OUTPUT"));
        assertEquals(Response.Kind.OK, f.run(Ops.RELOAD).kind());
        assertEquals(List.of("ipv4 filter OUTPUT 0 -j ACCEPT"), f.run(Ops.GET_ALL_RULES).lines());
    }

    @Test
    void permanentSoftErrorsShowArgumentsAsAList() {
        Fixture f = Fixture.started(dir);
        f.perm(Ops.ADD_RULE, "ipv4", "filter", "mychain", "0", "-j", "ACCEPT");
        assertEquals("ALREADY_ENABLED: rule '['-j', 'ACCEPT']' already is in 'ipv4:filter:mychain'",
                f.perm(Ops.ADD_RULE, "ipv4", "filter", "mychain", "0", "-j", "ACCEPT").errorText());
        assertEquals("NOT_ENABLED: rule '['ACCEPT']' is not in 'ipv4:filter:mychain'",
                f.perm(Ops.REMOVE_RULE, "ipv4", "filter", "mychain", "0", "ACCEPT").errorText());
        assertEquals(Response.Kind.OK, f.perm(Ops.PASSTHROUGH, "ipv6", "-A", "INPUT", "-j", "ACCEPT").kind());
        assertEquals(List.of("ipv6 -A INPUT -j ACCEPT"), f.perm(Ops.GET_ALL_PASSTHROUGHS).lines());
    }

    @Test
    void permanentQueriesDoNotValidateTheTable() {
        Fixture f = Fixture.started(dir);
        assertEquals(Response.Kind.NO, f.perm(Ops.QUERY_RULE, "ipv4", "nosuch", "OUTPUT", "0", "-j", "ACCEPT").kind());
        assertEquals(List.of(""), f.perm(Ops.GET_CHAINS, "ipv4", "nosuch").lines());
    }

    @Test
    void reloadReadsHandEditsAndDropsRuntimeOnlyEntries() throws IOException {
        Fixture f = Fixture.started(dir);
        f.run(Ops.ADD_RULE, "ipv4", "filter", "OUTPUT", "3", "-j", "DROP");
        Files.writeString(f.store.file(), "rule\tipv4\tfilter\tINPUT\t0\t-p\ttcp\t--dport\t22\t-j\tACCEPT\n");
        assertEquals(List.of(), f.perm(Ops.GET_ALL_RULES).lines());
        assertEquals(Response.Kind.OK, f.run(Ops.RELOAD).kind());
        assertEquals(List.of("ipv4 filter INPUT 0 -p tcp --dport 22 -j ACCEPT"), f.run(Ops.GET_ALL_RULES).lines());
        assertEquals(List.of("ipv4 filter INPUT 0 -p tcp --dport 22 -j ACCEPT"), f.perm(Ops.GET_ALL_RULES).lines());
        Files.writeString(f.store.file(), "rule\tipv4\tfilter\tINPUT\t1\t-j\tLOG\n");
        assertEquals(Response.Kind.OK, f.run(Ops.COMPLETE_RELOAD).kind());
        assertEquals(List.of("ipv4 filter INPUT 1 -j LOG"), f.run(Ops.GET_ALL_RULES).lines());
    }

    @Test
    void reloadOfABrokenFileFailsAndKeepsRuntime() throws IOException {
        Fixture f = Fixture.started(dir);
        f.run(Ops.ADD_RULE, "ipv4", "filter", "OUTPUT", "3", "-j", "DROP");
        int applied = f.backend.applied;
        Files.writeString(f.store.file(), "chain\tipv7\tfilter\tx\n");
        Response r = f.run(Ops.RELOAD);
        assertEquals(ErrorCode.INVALID_IPV, r.code());
        assertEquals("INVALID_IPV: '" + f.store.file() + "': 'ipv7' not in '['ipv4', 'ipv6', 'eb']'", r.errorText());
        assertEquals(ErrorCode.INVALID_IPV, f.run(Ops.CHECK_CONFIG).code());
        Files.writeString(f.store.file(), "rule\tipv4\tfilter\tINPUT\t0\t--bad\n");
        assertEquals(ErrorCode.COMMAND_FAILED, f.run(Ops.RELOAD).code());
        Files.writeString(f.store.file(), "rule\tipv4\tbadtable\tINPUT\t0\t-j\tACCEPT\n");
        assertEquals(ErrorCode.INVALID_TABLE, f.run(Ops.RELOAD).code());
        Files.writeString(f.store.file(), "chain\tipv4\tfilter\tINPUT\n");
        assertEquals(ErrorCode.BUILTIN_CHAIN, f.run(Ops.CHECK_CONFIG).code());
        assertEquals(List.of("ipv4 filter OUTPUT 3 -j DROP"), f.run(Ops.GET_ALL_RULES).lines());
        assertEquals(applied, f.backend.applied);
        assertEquals(List.of(Ops.RUNNING), f.run(Ops.STATE).lines());
    }

    @Test
    void checkConfigAcceptsAGoodFile() throws IOException {
        Fixture f = Fixture.started(dir);
        Files.writeString(f.store.file(), "chain\tipv4\tfilter\tx\n");
        assertEquals(Response.Kind.OK, f.run(Ops.CHECK_CONFIG).kind());
        assertEquals(List.of(), f.run(Ops.GET_ALL_CHAINS).lines());
    }

    @Test
    void runtimeToPermanentSavesEverythingAndRestartRestoresIt() {
        Fixture f = Fixture.started(dir);
        f.perm(Ops.ADD_RULE, "ipv6", "filter", "INPUT", "0", "-j", "ACCEPT");
        f.run(Ops.ADD_CHAIN, "ipv4", "filter", "mine");
        f.run(Ops.ADD_RULE, "ipv4", "filter", "OUTPUT", "0", "-m", "comment", "--comment", "a b", "-j", "ACCEPT");
        f.run(Ops.ADD_PASSTHROUGH, "ipv4", "-A", "INPUT", "-j", "ACCEPT");
        f.run(Ops.PASSTHROUGH, "ipv4", "-A", "FORWARD", "-j", "DROP");
        assertEquals(Response.Kind.OK, f.run(Ops.RUNTIME_TO_PERMANENT).kind());
        List<String> rules = f.run(Ops.GET_ALL_RULES).lines();
        assertEquals(rules, f.perm(Ops.GET_ALL_RULES).lines());
        assertEquals(List.of("ipv4 -A INPUT -j ACCEPT"), f.perm(Ops.GET_ALL_PASSTHROUGHS).lines());

        Fixture restarted = Fixture.started(dir);
        assertEquals(rules, restarted.run(Ops.GET_ALL_RULES).lines());
        assertEquals(List.of("ipv4 filter mine"), restarted.run(Ops.GET_ALL_CHAINS).lines());
        assertEquals(List.of("ipv4 -A INPUT -j ACCEPT"), restarted.run(Ops.GET_ALL_PASSTHROUGHS).lines());
        assertEquals(rules, restarted.compiler.last.rules().stream()
                .map(r -> r.ipv() + " " + r.table() + " " + r.chain() + " " + r.priority() + " "
                        + Fixture.QUOTING.join(r.args())).toList());
    }

    @Test
    void failedStartIsFailsafeAndRefusesRuntimeToPermanent() throws IOException {
        Files.writeString(dir.resolve("direct.txt"), "rule\tipv4\tfilter\tINPUT\t0\t-j\tACCEPT\n");
        Fixture f = new Fixture(dir);
        f.backend.failNext = true;
        f.firewall.start();
        assertEquals(List.of(Ops.FAILED), f.run(Ops.STATE).lines());
        assertEquals(List.of(), f.run(Ops.GET_ALL_RULES).lines());
        assertEquals(0, f.compiler.last.rules().size());
        Response r = f.run(Ops.RUNTIME_TO_PERMANENT);
        assertEquals(ErrorCode.RUNNING_BUT_FAILED, r.code());
        assertEquals(251, r.code().exitCode());
        assertEquals(Response.Kind.OK, f.run(Ops.RELOAD).kind());
        assertEquals(List.of(Ops.RUNNING), f.run(Ops.STATE).lines());
        assertEquals(List.of("ipv4 filter INPUT 0 -j ACCEPT"), f.run(Ops.GET_ALL_RULES).lines());
    }

    @Test
    void unreadableFileAtStartIsLoggedAndIgnored() throws IOException {
        Files.writeString(dir.resolve("direct.txt"), "chain\tipv9\tfilter\tx\n");
        Fixture f = Fixture.started(dir);
        assertEquals(List.of(Ops.RUNNING), f.run(Ops.STATE).lines());
        assertTrue(f.log().contains("ignoring unreadable"), f.log());
    }

    @Test
    void nothingButStateIsAnsweredBeforeStart() {
        Fixture f = new Fixture(dir);
        assertEquals(List.of(Ops.STARTING), f.run(Ops.STATE).lines());
        assertEquals(ErrorCode.NOT_RUNNING, f.run(Ops.GET_ALL_RULES).code());
    }
}
