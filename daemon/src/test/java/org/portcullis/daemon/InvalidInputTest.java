package org.portcullis.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Response;
import org.portcullis.model.error.ErrorCode;

/** Each refused input: firewalld's error name and exit code, and neither runtime nor direct file changed. */
class InvalidInputTest {
    @TempDir
    Path dir;
    Fixture f;
    List<String> rulesBefore;
    List<String> chainsBefore;
    List<String> permBefore;
    String fileBefore;
    int appliedBefore;

    @BeforeEach
    void start() {
        f = Fixture.started(dir);
        f.run(Ops.ADD_RULE, "ipv4", "filter", "OUTPUT", "0", "-j", "ACCEPT");
        f.run(Ops.ADD_CHAIN, "ipv4", "filter", "mine");
        f.perm(Ops.ADD_RULE, "ipv4", "filter", "OUTPUT", "1", "-j", "DROP");
        rulesBefore = f.run(Ops.GET_ALL_RULES).lines();
        chainsBefore = f.run(Ops.GET_ALL_CHAINS).lines();
        permBefore = f.perm(Ops.GET_ALL_RULES).lines();
        fileBefore = f.fileText();
        appliedBefore = f.backend.applied;
    }

    private void refused(Response r, ErrorCode code, int exit, String text) {
        assertEquals(Response.Kind.ERROR, r.kind());
        assertEquals(code, r.code());
        assertEquals(exit, r.code().exitCode());
        if (text != null) {
            assertEquals(text, r.errorText());
        }
        assertEquals(rulesBefore, f.run(Ops.GET_ALL_RULES).lines());
        assertEquals(chainsBefore, f.run(Ops.GET_ALL_CHAINS).lines());
        assertEquals(permBefore, f.perm(Ops.GET_ALL_RULES).lines());
        assertEquals(fileBefore, f.fileText());
        assertEquals(appliedBefore, f.backend.applied);
    }

    @Test
    void malformedRuleArguments() {
        refused(f.run(Ops.ADD_RULE, "ipv4", "filter", "OUTPUT", "2", "-p", "tcp", "--badport", "22"),
                ErrorCode.COMMAND_FAILED, 13, "COMMAND_FAILED: unknown option \"--badport\"");
    }

    @Test
    void malformedPermanentRuleArgumentsAreRefusedAtOnce() {
        refused(f.perm(Ops.ADD_RULE, "ipv4", "filter", "OUTPUT", "2", "--bad"), ErrorCode.COMMAND_FAILED, 13, null);
    }

    @Test
    void unknownTable() {
        refused(f.run(Ops.ADD_RULE, "ipv4", "badtable", "OUTPUT", "0", "-j", "ACCEPT"), ErrorCode.INVALID_TABLE, 108,
                "INVALID_TABLE: 'badtable' not in 'dict_keys(['security', 'raw', 'mangle', 'nat', 'filter'])'");
        refused(f.run(Ops.GET_RULES, "ipv6", "badtable", "OUTPUT"), ErrorCode.INVALID_TABLE, 108, null);
        refused(f.run(Ops.ADD_CHAIN, "eb", "mangle", "x"), ErrorCode.INVALID_TABLE, 108,
                "INVALID_TABLE: 'mangle' not in 'dict_keys(['broute', 'nat', 'filter'])'");
        refused(f.perm(Ops.ADD_CHAIN, "ipv4", "badtable", "x"), ErrorCode.INVALID_TABLE, 108, null);
    }

    @Test
    void builtinAndZoneChainsAsUserChains() {
        refused(f.run(Ops.ADD_CHAIN, "ipv4", "filter", "INPUT"), ErrorCode.BUILTIN_CHAIN, 19,
                "BUILTIN_CHAIN: chain 'INPUT' is built-in chain");
        refused(f.run(Ops.QUERY_CHAIN, "ipv4", "filter", "OUTPUT"), ErrorCode.BUILTIN_CHAIN, 19, null);
        refused(f.run(Ops.ADD_CHAIN, "ipv4", "filter", "IN_public"), ErrorCode.INVALID_CHAIN, 109,
                "INVALID_CHAIN: Chain 'IN_public' is reserved");
        refused(f.perm(Ops.ADD_CHAIN, "ipv6", "mangle", "PREROUTING"), ErrorCode.BUILTIN_CHAIN, 19, null);
    }

    @Test
    void ebtablesIsRefusedClearly() {
        refused(f.run(Ops.ADD_RULE, "eb", "filter", "INPUT", "0", "-j", "ACCEPT"), ErrorCode.COMMAND_FAILED, 13,
                "COMMAND_FAILED: ebtables rules (family 'eb') are not supported");
        refused(f.run(Ops.ADD_CHAIN, "eb", "filter", "mine"), ErrorCode.COMMAND_FAILED, 13, null);
        refused(f.run(Ops.PASSTHROUGH, "eb", "-A", "INPUT", "-j", "ACCEPT"), ErrorCode.COMMAND_FAILED, 13, null);
        refused(f.perm(Ops.ADD_RULE, "eb", "filter", "INPUT", "0", "-j", "ACCEPT"), ErrorCode.COMMAND_FAILED, 13, null);
    }

    @Test
    void badFamilyFromOtherCallers() {
        refused(f.run(Ops.ADD_RULE, "ipv5", "filter", "OUTPUT", "0", "-j", "ACCEPT"), ErrorCode.INVALID_IPV, 111,
                "INVALID_IPV: 'ipv5' not in '['ipv4', 'ipv6', 'eb']'");
    }

    @Test
    void trackedPassthroughWithoutAddingCommand() {
        refused(f.run(Ops.ADD_PASSTHROUGH, "ipv4", "-nvL"), ErrorCode.INVALID_PASSTHROUGH, 133,
                "INVALID_PASSTHROUGH: no '-A', '-I' or '-N' arg");
        refused(f.perm(Ops.ADD_PASSTHROUGH, "ipv4", "-nvL"), ErrorCode.INVALID_PASSTHROUGH, 133, null);
    }

    @Test
    void backendRefusingTheTransaction() {
        f.backend.failNext = true;
        refused(f.run(Ops.ADD_RULE, "ipv4", "filter", "OUTPUT", "5", "-j", "DROP"), ErrorCode.COMMAND_FAILED, 13,
                "COMMAND_FAILED: netlink: Error: Could not process rule: No such file or directory");
        assertEquals(Response.Kind.NO, f.run(Ops.QUERY_RULE, "ipv4", "filter", "OUTPUT", "5", "-j", "DROP").kind());
        assertEquals(Response.Kind.OK, f.run(Ops.ADD_RULE, "ipv4", "filter", "OUTPUT", "5", "-j", "DROP").kind());
    }
}
