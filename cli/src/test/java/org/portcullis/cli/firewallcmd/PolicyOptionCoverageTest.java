package org.portcullis.cli.firewallcmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.cli.firewallcmd.ZoneOptionCoverageTest.Mode;
import org.portcullis.cli.firewallcmd.ZoneOptionCoverageTest.Row;

/**
 * Every policy option of firewall-cmd, and every zone option a policy takes, runtime and permanent, used once
 * as intended (exit 0, the effect visible through the matching query or listing) and once wrongly:
 * firewalld 1.3's exit code and message, and nothing changed — runtime and permanent state, the zone and
 * policy listings, the files of the configuration directory and the rulesets applied to the kernel.
 *
 * <p>Rows work on policy {@code p1} from {@code internal} to {@code external}, created permanently first (and
 * loaded by {@code --reload} for the runtime rows), or on the built-in {@code allow-host-ipv6}.
 */
class PolicyOptionCoverageTest {
    private static final String USAGE =
            "usage: 'firewall-cmd --help' for usage information or see firewall-cmd(1) man page\n";
    private static final String PERMANENT_ONLY = USAGE + "Option can be used only with --permanent.\n";
    private static final String ZONE_WITH_POLICY_ONLY = USAGE + "Can't use --zone with policy only options.\n";
    private static final String POLICY_NEEDED = USAGE + "Must use --policy with policy only options.\n";
    private static final String RULE = "rule family=\"ipv4\" destination address=\"198.18.20.0/24\" port port=\"80\" "
            + "protocol=\"tcp\" accept";
    private static final String FORWARD = "port=8080:proto=tcp:toport=80:toaddr=198.18.0.9";
    private static final String NO_POLICY = "INVALID_POLICY: nosuch";

    /** The zone options firewall-cmd also accepts with {@code --policy}. */
    static final List<String> SHARED = sharedOptions();

    @TempDir
    Path dir;

    private static List<String> sharedOptions() {
        List<String> out = new ArrayList<>(List.of("--list-all", "--get-target", "--set-target",
                "--add-masquerade", "--remove-masquerade", "--query-masquerade"));
        out.addAll(ZoneOptions.DESCRIPTIONS);
        for (String kind : List.of("service", "port", "protocol", "source-port", "icmp-block", "forward-port",
                "rich-rule")) {
            for (String verb : List.of("add", "remove", "query")) {
                out.add("--" + verb + "-" + kind);
            }
            out.add("--list-" + ZoneOptions.LIST_PLURALS.get(kind));
        }
        return out;
    }

    /** A row on p1, with the setup creating it in the row's mode. */
    private static Row on(String option, Mode mode) {
        Row row = new Row(option, mode, List.of(), null, null, null);
        if (mode == Mode.PERMANENT) {
            return row.setup("--new-policy=p1").setup("--policy=p1", "--add-ingress-zone=internal")
                    .setup("--policy=p1", "--add-egress-zone=external");
        }
        return row.setup("--permanent", "--new-policy=p1")
                .setup("--permanent", "--policy=p1", "--add-ingress-zone=internal")
                .setup("--permanent", "--policy=p1", "--add-egress-zone=external").setup("--reload");
    }

    private static String error(String text) {
        return "Error: " + text + "\n";
    }

    private static String warning(String text) {
        return "Warning: " + text + "\n";
    }

    private static void both(List<Row> rows, String option, java.util.function.UnaryOperator<Row> row) {
        rows.add(row.apply(on(option, Mode.RUNTIME)));
        rows.add(row.apply(on(option, Mode.PERMANENT)));
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.addAll(items());
        rows.addAll(sides());
        rows.addAll(settings());
        return rows;
    }

    /** Services, ports, protocols, source ports, ICMP blocks, forward ports, masquerading, rich rules. */
    private static List<Row> items() {
        List<Row> rows = new ArrayList<>();
        both(rows, "--add-service", r -> r.valid("--policy=p1", "--add-service=https")
                .shows("yes\n", "--policy=p1", "--query-service=https")
                .refuses(101, error("INVALID_SERVICE: Policy 'p1': 'nosuch' not among existing services"),
                        "--policy=p1", "--add-service=nosuch"));
        both(rows, "--remove-service", r -> r.setup("--policy=p1", "--add-service=dns")
                .valid("--policy=p1", "--remove-service=dns")
                .shows("no\n", "--policy=p1", "--query-service=dns")
                .refuses(0, warning("NOT_ENABLED: ssh"), "--policy=p1", "--remove-service=ssh"));
        both(rows, "--query-service", r -> r.setup("--policy=p1", "--add-service=dns")
                .prints("yes\n", "--policy=p1", "--query-service=dns")
                .refuses(140, error(NO_POLICY), "--policy=nosuch", "--query-service=dns"));
        both(rows, "--list-services", r -> r.setup("--policy=p1", "--add-service=https")
                .setup("--policy=p1", "--add-service=dns")
                .prints("dns https\n", "--policy=p1", "--list-services")
                .refuses(140, error(NO_POLICY), "--policy=nosuch", "--list-services"));

        both(rows, "--add-port", r -> r.valid("--policy=p1", "--add-port=8080/tcp")
                .shows("yes\n", "--policy=p1", "--query-port=8080/tcp")
                .refuses(102, error("INVALID_PORT: 99999"), "--policy=p1", "--add-port=99999/tcp"));
        both(rows, "--remove-port", r -> r.setup("--policy=p1", "--add-port=8080/tcp")
                .valid("--policy=p1", "--remove-port=8080/tcp")
                .shows("no\n", "--policy=p1", "--query-port=8080/tcp")
                .refuses(103, error("INVALID_PROTOCOL: 'xyz' not in {'tcp'|'udp'|'sctp'|'dccp'}"),
                        "--policy=p1", "--remove-port=8080/xyz"));
        both(rows, "--query-port", r -> r.setup("--policy=p1", "--add-port=8000-8010/udp")
                .prints("yes\n", "--policy=p1", "--query-port=8000-8010/udp")
                .refuses(102, error("INVALID_PORT: bad port (most likely missing protocol), correct syntax is "
                        + "portid[-portid]/protocol"), "--policy=p1", "--query-port=80"));
        both(rows, "--list-ports", r -> r.setup("--policy=p1", "--add-port=8080/tcp")
                .setup("--policy=p1", "--add-port=53/udp")
                .prints("8080/tcp 53/udp\n", "--policy=p1", "--list-ports")
                .refuses(254, warning("INVALID_PORT: bad port (most likely missing protocol), correct syntax is "
                        + "portid[-portid]/protocol") + warning("INVALID_PROTOCOL: 'xyz' not in "
                        + "{'tcp'|'udp'|'sctp'|'dccp'}"), "--policy=p1", "--add-port=80", "--add-port=82/xyz"));

        both(rows, "--add-protocol", r -> r.valid("--policy=p1", "--add-protocol=gre")
                .shows("yes\n", "--policy=p1", "--query-protocol=gre")
                .refuses(103, error("INVALID_PROTOCOL: nosuchproto"), "--policy=p1", "--add-protocol=nosuchproto"));
        both(rows, "--remove-protocol", r -> r.setup("--policy=p1", "--add-protocol=gre")
                .valid("--policy=p1", "--remove-protocol=gre")
                .shows("no\n", "--policy=p1", "--query-protocol=gre")
                .refuses(0, warning("NOT_ENABLED: esp"), "--policy=p1", "--remove-protocol=esp"));
        both(rows, "--query-protocol", r -> r.setup("--policy=p1", "--add-protocol=gre")
                .prints("yes\n", "--policy=p1", "--query-protocol=gre")
                .refuses(140, error(NO_POLICY), "--policy=nosuch", "--query-protocol=gre"));
        both(rows, "--list-protocols", r -> r.setup("--policy=p1", "--add-protocol=gre")
                .setup("--policy=p1", "--add-protocol=esp")
                .prints("esp gre\n", "--policy=p1", "--list-protocols")
                .refuses(140, error(NO_POLICY), "--policy=nosuch", "--list-protocols"));

        both(rows, "--add-source-port", r -> r.valid("--policy=p1", "--add-source-port=6000/tcp")
                .shows("yes\n", "--policy=p1", "--query-source-port=6000/tcp")
                .refuses(102, error("INVALID_PORT: bad port (most likely missing protocol), correct syntax is "
                        + "portid[-portid]/protocol"), "--policy=p1", "--add-source-port=6000"));
        both(rows, "--remove-source-port", r -> r.setup("--policy=p1", "--add-source-port=6000/tcp")
                .valid("--policy=p1", "--remove-source-port=6000/tcp")
                .shows("no\n", "--policy=p1", "--query-source-port=6000/tcp")
                .refuses(0, warning("NOT_ENABLED: '7000:udp'"), "--policy=p1", "--remove-source-port=7000/udp"));
        both(rows, "--query-source-port", r -> r.setup("--policy=p1", "--add-source-port=6000/tcp")
                .prints("yes\n", "--policy=p1", "--query-source-port=6000/tcp")
                .refuses(103, error("INVALID_PROTOCOL: 'icmp' not in {'tcp'|'udp'|'sctp'|'dccp'}"),
                        "--policy=p1", "--query-source-port=6000/icmp"));
        both(rows, "--list-source-ports", r -> r.setup("--policy=p1", "--add-source-port=6000/tcp")
                .prints("6000/tcp\n", "--policy=p1", "--list-source-ports")
                .refuses(140, error(NO_POLICY), "--policy=nosuch", "--list-source-ports"));

        both(rows, "--add-icmp-block", r -> r.valid("--policy=p1", "--add-icmp-block=echo-request")
                .shows("yes\n", "--policy=p1", "--query-icmp-block=echo-request")
                .refuses(107, error("INVALID_ICMPTYPE: Policy 'p1': 'nosuch' not among existing ICMP types"),
                        "--policy=p1", "--add-icmp-block=nosuch"));
        both(rows, "--remove-icmp-block", r -> r.setup("--policy=p1", "--add-icmp-block=echo-request")
                .valid("--policy=p1", "--remove-icmp-block=echo-request")
                .shows("no\n", "--policy=p1", "--query-icmp-block=echo-request")
                .refuses(0, warning("NOT_ENABLED: echo-reply"), "--policy=p1", "--remove-icmp-block=echo-reply"));
        both(rows, "--query-icmp-block", r -> r.setup("--policy=p1", "--add-icmp-block=echo-request")
                .prints("yes\n", "--policy=p1", "--query-icmp-block=echo-request")
                .refuses(140, error(NO_POLICY), "--policy=nosuch", "--query-icmp-block=echo-request"));
        both(rows, "--list-icmp-blocks", r -> r.setup("--policy=p1", "--add-icmp-block=timestamp-request")
                .setup("--policy=p1", "--add-icmp-block=echo-request")
                .prints("timestamp-request echo-request\n", "--policy=p1", "--list-icmp-blocks")
                .refuses(140, error(NO_POLICY), "--policy=nosuch", "--list-icmp-blocks"));

        both(rows, "--add-forward-port", r -> r.valid("--policy=p1", "--add-forward-port=" + FORWARD)
                .shows("yes\n", "--policy=p1", "--query-forward-port=" + FORWARD)
                .refuses(106, error("INVALID_FORWARD: Policy 'p1': 'forward-port' requires 'to-addr' if egress "
                        + "zone is 'ANY' or a zone"), "--policy=p1", "--add-forward-port=port=8080:proto=tcp:toport=80"));
        both(rows, "--remove-forward-port", r -> r.setup("--policy=p1", "--add-forward-port=" + FORWARD)
                .valid("--policy=p1", "--remove-forward-port=" + FORWARD)
                .shows("no\n", "--policy=p1", "--query-forward-port=" + FORWARD)
                .refuses(0, warning("NOT_ENABLED: '5353-5354:udp::198.18.0.10'"), "--policy=p1",
                        "--remove-forward-port=port=5353-5354:proto=udp:toaddr=198.18.0.10"));
        both(rows, "--query-forward-port", r -> r.setup("--policy=p1", "--add-forward-port=" + FORWARD)
                .prints("yes\n", "--policy=p1", "--query-forward-port=" + FORWARD)
                .refuses(106, error("INVALID_FORWARD: missing destination"), "--policy=p1",
                        "--query-forward-port=port=2224:proto=tcp"));
        both(rows, "--list-forward-ports", r -> r.setup("--policy=p1", "--add-forward-port=" + FORWARD)
                .prints(FORWARD + "\n", "--policy=p1", "--list-forward-ports")
                .refuses(105, error("INVALID_ADDR: 198.18.0.300"), "--policy=p1",
                        "--add-forward-port=port=2225:proto=tcp:toaddr=198.18.0.300"));

        both(rows, "--add-masquerade", r -> r.valid("--policy=p1", "--add-masquerade")
                .shows("yes\n", "--policy=p1", "--query-masquerade")
                .refuses(112, error("INVALID_ZONE: Policy 'allow-host-ipv6': 'masquerade' is invalid for egress "
                        + "zone 'HOST'"), "--policy=allow-host-ipv6", "--add-masquerade"));
        both(rows, "--remove-masquerade", r -> r.setup("--policy=p1", "--add-masquerade")
                .valid("--policy=p1", "--remove-masquerade")
                .shows("no\n", "--policy=p1", "--query-masquerade")
                .refuses(0, warning("NOT_ENABLED: masquerade"), "--policy=allow-host-ipv6", "--remove-masquerade"));
        both(rows, "--query-masquerade", r -> r.setup("--policy=p1", "--add-masquerade")
                .prints("yes\n", "--policy=p1", "--query-masquerade")
                .refuses(140, error(NO_POLICY), "--policy=nosuch", "--query-masquerade"));

        both(rows, "--add-rich-rule", r -> r.valid("--policy=p1", "--add-rich-rule=" + RULE)
                .shows("yes\n", "--policy=p1", "--query-rich-rule=" + RULE)
                .refuses(122, error("INVALID_RULE: 'family' attribute cannot have 'ipv5' value. Use 'ipv4' or "
                        + "'ipv6' instead."), "--policy=p1", "--add-rich-rule=rule family=\"ipv5\" accept"));
        both(rows, "--remove-rich-rule", r -> r.setup("--policy=p1", "--add-rich-rule=" + RULE)
                .valid("--policy=p1", "--remove-rich-rule=" + RULE)
                .shows("no\n", "--policy=p1", "--query-rich-rule=" + RULE)
                .refuses(0, warning("NOT_ENABLED: rule service name=\"ftp\" drop"), "--policy=p1",
                        "--remove-rich-rule=rule service name=\"ftp\" drop"));
        both(rows, "--query-rich-rule", r -> r.setup("--policy=p1", "--add-rich-rule=" + RULE)
                .prints("yes\n", "--policy=p1", "--query-rich-rule=" + RULE)
                .refuses(122, error("INVALID_RULE: unknown element not-a-rule"), "--policy=p1",
                        "--query-rich-rule=not-a-rule"));
        both(rows, "--list-rich-rules", r -> r.setup("--policy=p1", "--add-rich-rule=" + RULE)
                .prints(RULE + "\n", "--policy=p1", "--list-rich-rules")
                .refuses(140, error(NO_POLICY), "--policy=nosuch", "--list-rich-rules"));
        return rows;
    }

    /** Ingress and egress zones, with HOST and ANY standing alone. */
    private static List<Row> sides() {
        List<Row> rows = new ArrayList<>();
        both(rows, "--add-ingress-zone", r -> r.valid("--policy=p1", "--add-ingress-zone=dmz")
                .shows("yes\n", "--policy=p1", "--query-ingress-zone=dmz")
                .refuses(112, error("INVALID_ZONE: Policy 'p1': 'ingress_zones' may only contain one of: many "
                        + "regular zones, ANY, or HOST"), "--policy=p1", "--add-ingress-zone=ANY"));
        both(rows, "--remove-ingress-zone", r -> r.valid("--policy=p1", "--remove-ingress-zone=internal")
                .shows("no\n", "--policy=p1", "--query-ingress-zone=internal")
                .refuses(0, warning("NOT_ENABLED: dmz"), "--policy=p1", "--remove-ingress-zone=dmz"));
        both(rows, "--query-ingress-zone", r -> r.prints("yes\n", "--policy=p1", "--query-ingress-zone=internal")
                .refuses(2, ZONE_WITH_POLICY_ONLY, "--zone=public", "--query-ingress-zone=internal"));
        both(rows, "--list-ingress-zones", r -> r.setup("--policy=p1", "--add-ingress-zone=dmz")
                .prints("dmz internal\n", "--policy=p1", "--list-ingress-zones")
                .refuses(2, POLICY_NEEDED, "--list-ingress-zones"));
        both(rows, "--add-egress-zone", r -> r.valid("--policy=p1", "--add-egress-zone=dmz")
                .shows("yes\n", "--policy=p1", "--query-egress-zone=dmz")
                .refuses(112, error("INVALID_ZONE: Policy 'p1': 'nosuch' not among existing zones"),
                        "--policy=p1", "--add-egress-zone=work", "--add-egress-zone=nosuch"));
        both(rows, "--remove-egress-zone", r -> r.valid("--policy=p1", "--remove-egress-zone=external")
                .shows("no\n", "--policy=p1", "--query-egress-zone=external")
                .refuses(0, warning("NOT_ENABLED: HOST"), "--policy=p1", "--remove-egress-zone=HOST"));
        both(rows, "--query-egress-zone", r -> r.prints("'external': yes\n'HOST': no\n", "--policy=p1",
                        "--query-egress-zone=external", "--query-egress-zone=HOST")
                .refuses(2, POLICY_NEEDED, "--query-egress-zone=external"));
        both(rows, "--list-egress-zones", r -> r.prints("external\n", "--policy=p1", "--list-egress-zones")
                .refuses(2, ZONE_WITH_POLICY_ONLY, "--zone=public", "--list-egress-zones"));
        return rows;
    }

    /** The policy as a whole: listing, target, priority, descriptions, creation and deletion. */
    private static List<Row> settings() {
        Mode r = Mode.RUNTIME;
        Mode p = Mode.PERMANENT;
        List<Row> rows = new ArrayList<>();
        both(rows, "--policy", x -> x.prints("success\n", "--policy=p1")
                .refuses(140, error(NO_POLICY), "--policy=nosuch"));
        both(rows, "--list-all", x -> x.setup("--policy=p1", "--add-service=dns")
                .prints("p1 (active)\n  priority: -1\n  target: CONTINUE\n  ingress-zones: internal\n"
                        + "  egress-zones: external\n  services: dns\n  ports: \n  protocols: \n  masquerade: no\n"
                        + "  forward-ports: \n  source-ports: \n  icmp-blocks: \n  rich rules: \n",
                        "--policy=p1", "--list-all")
                .refuses(2, USAGE + "Can't use --zone with --policy.\n", "--zone=public", "--policy=p1", "--list-all"));
        rows.add(on("--get-target", p).prints("CONTINUE\n", "--policy=p1", "--get-target")
                .refuses(140, error(NO_POLICY), "--policy=nosuch", "--get-target"));
        rows.add(on("--set-target", p).valid("--policy=p1", "--set-target=REJECT")
                .shows("REJECT\n", "--policy=p1", "--get-target")
                .refuses(110, error("INVALID_TARGET: Policy 'p1': 'default' is invalid target"),
                        "--policy=p1", "--set-target=default"));
        rows.add(on("--get-priority", p).prints("-1\n", "--policy=p1", "--get-priority")
                .refuses(2, POLICY_NEEDED, "--get-priority"));
        rows.add(on("--get-priority", r).prints("success\n", "--policy=p1", "--get-priority")
                .refuses(2, ZONE_WITH_POLICY_ONLY, "--zone=public", "--get-priority"));
        rows.add(on("--set-priority", p).valid("--policy=p1", "--set-priority=-100")
                .shows("-100\n", "--policy=p1", "--get-priority")
                .refuses(139, error("INVALID_PRIORITY: Policy 'p1': 0 is invalid priority. Must be in range "
                        + "[-32768, 32767]. The following are reserved: [0]"), "--policy=p1", "--set-priority=0"));
        rows.add(on("--set-priority", r).valid("--policy=p1", "--set-priority=-100")
                .refuses(2, ZONE_WITH_POLICY_ONLY, "--zone=public", "--set-priority=5"));
        rows.add(on("--set-description", p).valid("--policy=p1", "--set-description=Clients to the Internet")
                .shows("Clients to the Internet\n", "--policy=p1", "--get-description")
                .refuses(140, error(NO_POLICY), "--policy=nosuch", "--set-description=Anything"));
        rows.add(on("--get-description", p).prints("\n", "--policy=p1", "--get-description")
                .refuses(140, error(NO_POLICY), "--policy=nosuch", "--get-description"));
        rows.add(on("--set-short", p).valid("--policy=p1", "--set-short=Clients out")
                .shows("Clients out\n", "--policy=p1", "--get-short")
                .refuses(140, error(NO_POLICY), "--policy=nosuch", "--set-short=Other"));
        rows.add(on("--get-short", p).setup("--policy=p1", "--set-short=Out")
                .prints("Out\n", "--policy=p1", "--get-short")
                .refuses(140, error(NO_POLICY), "--policy=nosuch", "--get-short"));
        for (String option : List.of("--get-target", "--set-target=DROP", "--set-description=Anything",
                "--get-description", "--set-short=Anything", "--get-short")) {
            rows.add(on(option.split("=")[0], r).refuses(2, PERMANENT_ONLY, "--policy=p1", option));
        }
        rows.add(on("--new-policy", p).valid("--new-policy=p3")
                .shows("allow-host-ipv6 p1 p3\n", "--get-policies")
                .refuses(116, error("INVALID_NAME: Policy 'abcdefghijklmnopqrs': name has 19 chars, max is 18"),
                        "--new-policy=abcdefghijklmnopqrs"));
        rows.add(on("--new-policy", r).refuses(2, PERMANENT_ONLY, "--new-policy=p3"));
        rows.add(on("--delete-policy", p).valid("--delete-policy=p1")
                .shows("allow-host-ipv6\n", "--get-policies")
                .refuses(140, error(NO_POLICY), "--delete-policy=nosuch"));
        rows.add(on("--delete-policy", r).refuses(2, PERMANENT_ONLY, "--delete-policy=p1"));
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void validUseTakesEffectAndInvalidUseChangesNothing(Row row) {
        LiveDaemon d = new LiveDaemon(dir);
        for (List<String> s : row.setup()) {
            assertEquals(0, d.run(ZoneOptionCoverageTest.argv(row.mode(), s)).exit(), "setup " + s);
        }
        if (row.valid() != null) {
            LiveDaemon.Snapshot before = d.snapshot();
            ZoneOptionCoverageTest.check(d, row.mode(), row.valid());
            if (row.mode() == Mode.PERMANENT) {
                assertEquals(before.runtime(), d.firewall.runtime(), "a permanent change touched the runtime");
                assertEquals(before.applied(), d.kernel.applied, "a permanent change reached the kernel");
            }
            if (row.effect() != null) {
                ZoneOptionCoverageTest.check(d, row.mode(), row.effect());
            }
        }
        LiveDaemon.Snapshot before = d.snapshot();
        ZoneOptionCoverageTest.check(d, row.mode(), row.invalid());
        assertEquals(before, d.snapshot(), "state changed by " + row.invalid().argv());
    }

    /**
     * Every option only policies have, and every zone option a policy takes, has in each mode a row with an
     * intended and a wrong use, or, where the option does not exist in that mode, a use refused as a usage error.
     */
    @Test
    void everyPolicyOptionHasRows() {
        List<Row> rows = rows();
        List<String> options = new ArrayList<>(SHARED);
        PolicyOptions.specs().forEach(s -> options.addAll(s.spellings()));
        List<String> missing = new ArrayList<>();
        for (String option : options) {
            for (Mode mode : Mode.values()) {
                boolean ok = rows.stream().filter(x -> x.option().equals(option) && x.mode() == mode)
                        .anyMatch(x -> x.valid() != null || x.invalid().exit() == 2);
                if (!ok) {
                    missing.add(option + " " + mode);
                }
            }
        }
        assertEquals(List.of(), missing, "policy options without rows");
    }
}
