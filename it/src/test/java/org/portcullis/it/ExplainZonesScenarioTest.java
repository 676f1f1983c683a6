package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.testkit.ExecResult;

/**
 * {@code portcullis explain --runtime} against a running daemon on the simulated kernel, through the
 * launchers: binding enp3s0 to zone public and adding service http turns inbound http from rejected to
 * accepted in public's allow chain, while the permanent configuration still rejects it.
 */
class ExplainZonesScenarioTest {
    private static final ExecResult SUCCESS = new ExecResult(0, "success\n", "");
    private static final String HOST = """
            name base1
            interface lo 127.0.0.1/8
            interface enp3s0 198.18.0.1/24
            route default via 198.18.0.254 dev enp3s0
            """;

    @TempDir
    Path work;

    private static List<String> lines(ExecResult r, String prefix) {
        return r.stdout().lines().filter(l -> l.startsWith(prefix)).toList();
    }

    private static String last(ExecResult r) {
        return r.stdout().lines().reduce((a, b) -> b).orElse("");
    }

    /** The string at {@code path} in a JSON document, e.g. decidedBy, rule, chain. */
    private static String at(String json, String... path) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            p.nextToken();
            for (int i = 0; i < path.length; i++) {
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME && !p.currentName().equals(path[i])) {
                    p.nextToken();
                    p.skipChildren();
                }
                if (t != JsonToken.FIELD_NAME) {
                    return null;
                }
                p.nextToken();
            }
            return p.getValueAsString();
        }
    }

    @Test
    void addingTheInterfaceAndServiceTurnsTheRejectionIntoAcceptance() throws Exception {
        Path host = Files.writeString(work.resolve("host"), HOST);
        List<String> http = new ArrayList<>(List.of("--runtime", "--host", host.toString(), "--seed", "1", "--in",
                "--iif", "enp3s0", "--from", "198.18.0.2", "tcp", "198.18.0.1:80"));
        try (PortcullisDaemon daemon = PortcullisDaemon.simulated(work).start()) {
            ExecResult before = daemon.explain(http.toArray(String[]::new));
            assertEquals(0, before.exitCode(), before::stderr);
            assertEquals("verdict: reject", last(before), before.stdout());
            assertEquals(List.of("zone: public (default zone)"), lines(before, "zone:"), before.stdout());

            assertEquals(SUCCESS, daemon.cmd("--zone=public", "--add-interface=enp3s0"));
            assertEquals(SUCCESS, daemon.cmd("--zone=public", "--add-service=http"));
            ExecResult after = daemon.explain(http.toArray(String[]::new));
            assertEquals("verdict: accept", last(after), after.stdout());
            assertEquals(List.of("zone: public (interface enp3s0)"), lines(after, "zone:"), after.stdout());

            http.add(0, "--json");
            String json = daemon.explain(http.toArray(String[]::new)).stdout();
            assertEquals("filter_IN_public_allow", at(json, "decidedBy", "rule", "chain"), json);
            assertEquals(List.of("decided by: " + at(json, "decidedBy", "text")), lines(after, "decided by:"));
            assertTrue(at(json, "decidedBy", "rule", "nft").contains("80"), json);

            http.set(http.indexOf("--runtime"), "--permanent");
            http.remove("--json");
            ExecResult permanent = daemon.explain(http.toArray(String[]::new));
            assertEquals("verdict: reject", last(permanent), permanent.stdout());
        }
    }
}
