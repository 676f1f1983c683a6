package org.portcullis.cli.firewallcmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;
import org.portcullis.daemon.api.ZoneOps;
import org.portcullis.model.error.ErrorCode;

/** Zone options checked by firewall-cmd itself, and the requests it sends for them. */
class ZoneUsageTest {
    private static final String USAGE = "usage: 'firewall-cmd --help' for usage information or see firewall-cmd(1) man page\n";

    @Test
    void timeoutIsReadInSecondsMinutesOrHours() {
        Harness h = Harness.answering(Response.ok());
        assertEquals(0, h.run("--zone=public", "--add-service=http", "--timeout=2m").exit());
        assertEquals(new Request(ZoneOps.add("service"), List.of("public", "http", "120"), false),
                h.requests.getLast());
        assertEquals(0, h.run("--zone=public", "--add-masquerade", "--timeout=1h").exit());
        assertEquals(new Request(ZoneOps.add("masquerade"), List.of("public", "3600"), false), h.requests.getLast());
    }

    @Test
    void badTimeoutsAreUsageErrors() {
        Harness h = Harness.answering(Response.ok());
        assertEquals(new Harness.Result(2, "", USAGE + "'5x' is wrong timeout value. Use for example '2m' or '1h'\n",
                List.of()), h.run("--zone=public", "--add-service=http", "--timeout=5x"));
        assertEquals(2, h.run("--zone=public", "--list-services", "--timeout=5").exit());
        assertEquals(USAGE + "Can't specify timeout for permanent action.\n",
                h.run("--permanent", "--zone=public", "--add-service=http", "--timeout=5").err());
    }

    @Test
    void severalValuesAreAddedOneByOneWithWarnings() {
        Harness h = Harness.with(r -> r.args().get(1).equals("imaps")
                ? Response.error(ErrorCode.ALREADY_ENABLED, "'imaps' already in 'public'") : Response.ok());
        Harness.Result r = h.run("--zone=public", "--add-service=https", "--add-service=imaps");
        assertEquals(0, r.exit());
        assertEquals("success\n", r.out());
        assertEquals("Warning: ALREADY_ENABLED: 'imaps' already in 'public'\n", r.err());
        assertEquals(2, r.requests().size());
    }

    @Test
    void aHardErrorOnOneValueEndsTheCommand() {
        Harness h = Harness.with(r -> Response.error(ErrorCode.INVALID_SERVICE, r.args().get(1)));
        assertEquals(new Harness.Result(101, "", "Error: INVALID_SERVICE: nosuch\n",
                List.of(new Request(ZoneOps.add("service"), List.of("public", "nosuch"), false))),
                h.run("--zone=public", "--add-service=nosuch"));
    }
}
