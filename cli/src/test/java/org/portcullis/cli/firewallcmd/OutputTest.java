package org.portcullis.cli.firewallcmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;
import org.portcullis.model.error.ErrorCode;

/** What firewall-cmd prints for each kind of answer, and what it sends. */
class OutputTest {
    private static List<Object> outcome(Harness.Result r) {
        return List.of(r.exit(), r.out(), r.err());
    }

    @Test
    void successWarningAndError() {
        String[] add = {"--direct", "--add-rule", "ipv4", "filter", "OUTPUT", "0", "-j", "ACCEPT"};
        assertEquals(List.of(0, "success\n", ""), outcome(Harness.answering(Response.ok()).run(add)));
        assertEquals(List.of(0, "success\n", "Warning: ALREADY_ENABLED: rule '('-j', 'ACCEPT')' already is in 'ipv4:filter:OUTPUT'\n"),
                outcome(Harness.answering(Response.error(ErrorCode.ALREADY_ENABLED,
                        "rule '('-j', 'ACCEPT')' already is in 'ipv4:filter:OUTPUT'")).run(add)));
        assertEquals(List.of(13, "", "Error: COMMAND_FAILED: bad rule\n"),
                outcome(Harness.answering(Response.error(ErrorCode.COMMAND_FAILED, "bad rule")).run(add)));
        assertEquals(List.of(108, "", "Error: INVALID_TABLE: 'x' not in 'y'\n"),
                outcome(Harness.answering(Response.error(ErrorCode.INVALID_TABLE, "'x' not in 'y'")).run(add)));
        assertEquals(List.of(253, "", "Authorization failed.\n    Make sure you are root or the owner of the Portcullis socket.\n"),
                outcome(Harness.answering(Response.error(ErrorCode.NOT_AUTHORIZED, "")).run(add)));
    }

    @Test
    void quietSilencesEverythingButKeepsExitCodes() {
        assertEquals(List.of(0, "", ""), outcome(Harness.answering(Response.error(ErrorCode.NOT_ENABLED, "x"))
                .run("-q", "--direct", "--remove-chain", "ipv4", "filter", "x")));
        assertEquals(List.of(13, "", ""), outcome(Harness.answering(Response.error(ErrorCode.COMMAND_FAILED, "x"))
                .run("--quiet", "--direct", "--add-chain", "ipv4", "filter", "x")));
        assertEquals(List.of(1, "", ""), outcome(Harness.answering(Response.answer(false))
                .run("-q", "--direct", "--query-chain", "ipv4", "filter", "x")));
        assertEquals(List.of(0, "", ""), outcome(Harness.answering(Response.lines(List.of("a")))
                .run("-q", "--direct", "--get-all-rules")));
    }

    @Test
    void queriesAnswerYesOrNo() {
        String[] q = {"--direct", "--query-rule", "ipv4", "filter", "OUTPUT", "0", "-j", "ACCEPT"};
        assertEquals(List.of(0, "yes\n", ""), outcome(Harness.answering(Response.answer(true)).run(q)));
        assertEquals(List.of(1, "no\n", ""), outcome(Harness.answering(Response.answer(false)).run(q)));
    }

    @Test
    void listingsPrintTheDaemonsLines() {
        assertEquals(List.of(0, "ipv4 filter OUTPUT 0 -j ACCEPT\nipv6 raw x 1 -j DROP\n", ""),
                outcome(Harness.answering(Response.lines(List.of("ipv4 filter OUTPUT 0 -j ACCEPT", "ipv6 raw x 1 -j DROP")))
                        .run("--direct", "--get-all-rules")));
        assertEquals(List.of(0, "\n", ""), outcome(Harness.answering(Response.lines(List.of("")))
                .run("--direct", "--get-chains", "ipv4", "filter")));
        assertEquals(List.of(0, "", ""), outcome(Harness.answering(Response.lines(List.of()))
                .run("--permanent", "--direct", "--get-all-passthroughs")));
    }

    @Test
    void stateAnswers() {
        assertEquals(List.of(0, "running\n", ""), outcome(Harness.answering(Response.ok()).run("--state")));
        assertEquals(List.of(251, "", "failed\n"),
                outcome(Harness.with(r -> Response.lines(List.of(Ops.FAILED))).run("--state")));
        assertEquals(List.of(252, "", "not running\n"),
                outcome(Harness.with(r -> Response.lines(List.of(Ops.STARTING))).run("--state")));
        assertEquals(List.of(0, "", ""), outcome(Harness.answering(Response.ok()).run("-q", "--state")));
    }

    @Test
    void standaloneOperationsSendTheirRequest() {
        for (String option : List.of("--reload", "--complete-reload", "--runtime-to-permanent", "--check-config")) {
            Harness.Result r = Harness.answering(Response.ok()).run(option);
            assertEquals(List.of(0, "success\n", ""), outcome(r));
            assertEquals(List.of(Request.runtime(option.substring(2))), r.requests());
        }
        Harness.Result failed = Harness.answering(Response.error(ErrorCode.RUNNING_BUT_FAILED, "fix it")).run("--runtime-to-permanent");
        assertEquals(List.of(251, "", "Error: RUNNING_BUT_FAILED: fix it\n"), outcome(failed));
    }

    @Test
    void argumentsArriveAsTyped() {
        Harness h = Harness.answering(Response.ok());
        h.run("--direct", "--add-rule", "ipv4", "filter", "OUTPUT", "-5", "-m", "comment", "--comment", "allow web", "--permanent");
        assertEquals(List.of(new Request(Ops.ADD_RULE, List.of("ipv4", "filter", "OUTPUT", "-5", "-m", "comment",
                "--comment", "allow web", "--permanent"), false)), h.requests);
        h.run("--permanent", "--direct", "--add-rule", "ipv4", "filter", "OUTPUT", " 1_0 ", "-j ACCEPT");
        assertEquals(List.of(new Request(Ops.ADD_RULE, List.of("ipv4", "filter", "OUTPUT", "10", "-j ACCEPT"), true)), h.requests);
        h.run("--direct", "--passthrough", "ipv6", "-t", "filter", "-A", "INPUT", "--delete", "x");
        assertEquals(List.of(new Request(Ops.PASSTHROUGH, List.of("ipv6", "-t", "filter", "-A", "INPUT", "--delete", "x"), false)),
                h.requests);
        h.run("--direct", "--remove-rules", "ipv4", "filter", "OUTPUT");
        assertEquals(List.of(Request.runtime(Ops.REMOVE_RULES, "ipv4", "filter", "OUTPUT")), h.requests);
        h.run("--direct", "--get-passthroughs=ipv4");
        assertEquals(List.of(Request.runtime(Ops.GET_PASSTHROUGHS, "ipv4")), h.requests);
        h.run("--perm", "--dir", "--get-all-r");
        assertEquals(List.of(new Request(Ops.GET_ALL_RULES, List.of(), true)), h.requests);
        h.run("--direct", "--direct", "--get-all-chains");
        assertEquals(List.of(Request.runtime(Ops.GET_ALL_CHAINS)), h.requests);
    }

    @Test
    void versionAndHelpNeedNoDaemon() {
        Harness.Result v = Harness.down().run("--version");
        assertEquals(List.of(0, "1.3.3\n", ""), outcome(v));
        assertEquals(List.of(0, "1.3.3\n", ""), outcome(Harness.down().run("-V")));
        Harness.Result h = Harness.down().run("-h");
        assertEquals(0, h.exit());
        assertTrue(h.out().contains("--add-rule {ipv4|ipv6|eb} <table> <chain> <priority> <arg>..."), h.out());
    }

    @Test
    void daemonStartingIsNotRunning() {
        assertEquals(List.of(252, "", "FirewallD is not running\n"),
                outcome(Harness.answering(Response.error(ErrorCode.NOT_RUNNING, "")).run("--direct", "--get-all-rules")));
    }
}
