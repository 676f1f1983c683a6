package org.portcullis.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Response;
import org.portcullis.model.error.ErrorCode;

class RuntimeDirectTest {
    @TempDir
    Path dir;
    Fixture f;

    @BeforeEach
    void start() {
        f = Fixture.started(dir);
    }

    @Test
    void seedRulesAreListedInTheUsersWordsAndInsertionOrder() {
        assertEquals(Response.Kind.OK, f.run(Ops.ADD_RULE, "ipv4", "filter", "OUTPUT", "0", "-m", "state", "--state",
                "RELATED,ESTABLISHED", "-j", "ACCEPT").kind());
        assertEquals(Response.Kind.OK, f.run(Ops.ADD_RULE, "ipv4", "filter", "OUTPUT", "9", "-j", "DROP").kind());
        assertEquals(Response.Kind.OK, f.run(Ops.ADD_RULE, "ipv4", "filter", "OUTPUT", "1", "-p", "tcp", "-m", "tcp",
                "--dport", "22", "-j", "ACCEPT").kind());
        assertEquals(Response.Kind.OK, f.run(Ops.ADD_RULE, "ipv4", "filter", "INPUT_direct", "0", "-m", "comment",
                "--comment", "allow web", "-j", "ACCEPT").kind());
        assertEquals(List.of(
                "ipv4 filter OUTPUT 0 -m state --state RELATED,ESTABLISHED -j ACCEPT",
                "ipv4 filter OUTPUT 9 -j DROP",
                "ipv4 filter OUTPUT 1 -p tcp -m tcp --dport 22 -j ACCEPT",
                "ipv4 filter INPUT_direct 0 -m comment --comment 'allow web' -j ACCEPT"),
                f.run(Ops.GET_ALL_RULES).lines());
        assertEquals(List.of("0 -m state --state RELATED,ESTABLISHED -j ACCEPT", "9 -j DROP",
                "1 -p tcp -m tcp --dport 22 -j ACCEPT"), f.run(Ops.GET_RULES, "ipv4", "filter", "OUTPUT").lines());
        assertEquals(Response.Kind.YES, f.run(Ops.QUERY_RULE, "ipv4", "filter", "OUTPUT", "9", "-j", "DROP").kind());
        assertEquals(Response.Kind.NO, f.run(Ops.QUERY_RULE, "ipv4", "filter", "OUTPUT", "8", "-j", "DROP").kind());
        assertEquals(Response.Kind.NO, f.run(Ops.QUERY_RULE, "ipv6", "filter", "OUTPUT", "9", "-j", "DROP").kind());
        assertEquals(4, f.compiler.last.rules().size());
    }

    @Test
    void duplicateAndAbsentRulesAreSoftErrorsWithTupleText() {
        f.run(Ops.ADD_RULE, "ipv4", "filter", "mychain", "0", "-j", "ACCEPT");
        int applied = f.backend.applied;
        Response dup = f.run(Ops.ADD_RULE, "ipv4", "filter", "mychain", "0", "-j", "ACCEPT");
        assertEquals(ErrorCode.ALREADY_ENABLED, dup.code());
        assertEquals("ALREADY_ENABLED: rule '('-j', 'ACCEPT')' already is in 'ipv4:filter:mychain'", dup.errorText());
        Response absent = f.run(Ops.REMOVE_RULE, "ipv4", "filter", "mychain", "1", "ACCEPT");
        assertEquals("NOT_ENABLED: rule '('ACCEPT',)' is not in 'ipv4:filter:mychain'", absent.errorText());
        assertEquals(applied, f.backend.applied);
    }

    @Test
    void chainsAreKeptPerFamilyAndTable() {
        f.run(Ops.ADD_CHAIN, "ipv4", "filter", "blocklist");
        f.run(Ops.ADD_CHAIN, "ipv4", "raw", "žluťoučký");
        assertEquals(List.of("blocklist"), f.run(Ops.GET_CHAINS, "ipv4", "filter").lines());
        assertEquals(List.of(""), f.run(Ops.GET_CHAINS, "ipv6", "filter").lines());
        assertEquals(List.of("ipv4 filter blocklist", "ipv4 raw žluťoučký"), f.run(Ops.GET_ALL_CHAINS).lines());
        assertEquals("ALREADY_ENABLED: chain 'blocklist' already is in 'ipv4:filter'",
                f.run(Ops.ADD_CHAIN, "ipv4", "filter", "blocklist").errorText());
        assertEquals(Response.Kind.OK, f.run(Ops.REMOVE_CHAIN, "ipv4", "filter", "blocklist").kind());
        assertEquals("NOT_ENABLED: chain 'blocklist' is not in 'ipv4:filter'",
                f.run(Ops.REMOVE_CHAIN, "ipv4", "filter", "blocklist").errorText());
    }

    @Test
    void chainsAndPassthroughsAreListedGroupedAsFirewalldDoes() {
        f.run(Ops.ADD_CHAIN, "ipv4", "filter", "a");
        f.run(Ops.ADD_CHAIN, "ipv4", "raw", "b");
        f.run(Ops.ADD_CHAIN, "ipv4", "filter", "c");
        f.run(Ops.REMOVE_CHAIN, "ipv4", "filter", "a");
        f.run(Ops.ADD_CHAIN, "ipv6", "filter", "d");
        assertEquals(List.of("ipv4 filter c", "ipv4 raw b", "ipv6 filter d"), f.run(Ops.GET_ALL_CHAINS).lines());
        f.run(Ops.ADD_PASSTHROUGH, "ipv4", "-A", "INPUT", "-j", "ACCEPT");
        f.run(Ops.ADD_PASSTHROUGH, "ipv6", "-A", "INPUT", "-j", "ACCEPT");
        f.run(Ops.ADD_PASSTHROUGH, "ipv4", "-N", "x");
        assertEquals(List.of("ipv4 -A INPUT -j ACCEPT", "ipv4 -N x", "ipv6 -A INPUT -j ACCEPT"),
                f.run(Ops.GET_ALL_PASSTHROUGHS).lines());
    }

    @Test
    void removeRulesTouchesOnlyThatFamilyAndSpelling() {
        f.run(Ops.ADD_RULE, "ipv4", "filter", "INPUT", "0", "-j", "ACCEPT");
        f.run(Ops.ADD_RULE, "ipv6", "filter", "INPUT", "0", "-j", "ACCEPT");
        f.run(Ops.ADD_RULE, "ipv6", "filter", "INPUT_direct", "0", "-j", "ACCEPT");
        assertEquals(Response.Kind.OK, f.run(Ops.REMOVE_RULES, "ipv6", "filter", "INPUT").kind());
        assertEquals(List.of("ipv4 filter INPUT 0 -j ACCEPT", "ipv6 filter INPUT_direct 0 -j ACCEPT"),
                f.run(Ops.GET_ALL_RULES).lines());
        assertEquals(Response.Kind.OK, f.run(Ops.REMOVE_RULES, "ipv6", "filter", "nothing").kind());
    }

    @Test
    void trackedPassthroughs() {
        assertEquals(Response.Kind.OK, f.run(Ops.ADD_PASSTHROUGH, "ipv4", "-t", "filter", "-A", "INPUT", "-j", "ACCEPT").kind());
        assertEquals(List.of("ipv4 -t filter -A INPUT -j ACCEPT"), f.run(Ops.GET_ALL_PASSTHROUGHS).lines());
        assertEquals(List.of("-t filter -A INPUT -j ACCEPT"), f.run(Ops.GET_PASSTHROUGHS, "ipv4").lines());
        assertEquals(List.of(), f.run(Ops.GET_PASSTHROUGHS, "ipv6").lines());
        assertEquals("ALREADY_ENABLED: passthrough 'ipv4', '['-t', 'filter', '-A', 'INPUT', '-j', 'ACCEPT']'",
                f.run(Ops.ADD_PASSTHROUGH, "ipv4", "-t", "filter", "-A", "INPUT", "-j", "ACCEPT").errorText());
        assertEquals(Response.Kind.YES, f.run(Ops.QUERY_PASSTHROUGH, "ipv4", "-t", "filter", "-A", "INPUT", "-j", "ACCEPT").kind());
        assertEquals(Response.Kind.OK, f.run(Ops.REMOVE_PASSTHROUGH, "ipv4", "-t", "filter", "-A", "INPUT", "-j", "ACCEPT").kind());
        assertEquals(Response.Kind.NO, f.run(Ops.QUERY_PASSTHROUGH, "ipv4", "-t", "filter", "-A", "INPUT", "-j", "ACCEPT").kind());
    }

    @Test
    void untrackedPassthroughIsAppliedButNeverListed() {
        assertEquals(Response.Kind.OK, f.run(Ops.PASSTHROUGH, "ipv4", "-A", "OUTPUT", "-j", "ACCEPT").kind());
        assertEquals(List.of(), f.run(Ops.GET_ALL_PASSTHROUGHS).lines());
        assertEquals(1, f.compiler.last.passthroughs().size());
        Response listing = f.run(Ops.PASSTHROUGH, "ipv4", "-L", "OUTPUT");
        assertEquals(ErrorCode.COMMAND_FAILED, listing.code());
        assertEquals(Response.Kind.OK, f.run(Ops.PASSTHROUGH, "ipv4", "-t", "filter", "-I", "INPUT", "1", "-j", "DROP").kind());
        assertEquals(2, f.compiler.last.passthroughs().size());
        assertEquals(Response.Kind.OK, f.run(Ops.PASSTHROUGH, "ipv4", "-t", "filter", "-D", "INPUT", "-j", "DROP").kind());
        assertEquals(Response.Kind.OK, f.run(Ops.PASSTHROUGH, "ipv4", "-D", "OUTPUT", "-j", "ACCEPT").kind());
        assertEquals(0, f.compiler.last.passthroughs().size());
        assertEquals(ErrorCode.COMMAND_FAILED, f.run(Ops.PASSTHROUGH, "ipv4", "-D", "OUTPUT", "-j", "ACCEPT").code());
        assertEquals(ErrorCode.COMMAND_FAILED, f.run(Ops.PASSTHROUGH, "ipv6", "-D", "OUTPUT", "-j", "ACCEPT").code());
    }

    @Test
    void runtimeChangesDoNotTouchThePermanentConfiguration() {
        f.run(Ops.ADD_RULE, "ipv4", "filter", "OUTPUT", "0", "-j", "ACCEPT");
        f.run(Ops.ADD_CHAIN, "ipv4", "filter", "mine");
        assertNull(f.fileText());
        assertEquals(List.of(), f.perm(Ops.GET_ALL_RULES).lines());
        assertEquals(Response.Kind.NO, f.perm(Ops.QUERY_CHAIN, "ipv4", "filter", "mine").kind());
    }

    @Test
    void everyChangeIsLogged() {
        f.run(Ops.ADD_RULE, "ipv4", "filter", "OUTPUT", "0", "-j", "ACCEPT");
        f.run(Ops.REMOVE_RULE, "ipv4", "filter", "OUTPUT", "0", "-j", "ACCEPT");
        String log = f.log();
        assertEquals(true, log.contains("add rule ipv4 filter OUTPUT 0 -j ACCEPT"), log);
        assertEquals(true, log.contains("remove rule ipv4 filter OUTPUT 0 -j ACCEPT"), log);
    }
}
