package org.portcullis.cli.firewallcmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.config.rich.RichRuleParser;

/**
 * Every zone option of firewall-cmd, runtime and permanent, and every element and attribute of the rich-rule
 * language, used once as intended (exit 0, the effect visible through the matching query or listing) and once
 * wrongly: firewalld 1.3's exit code and message, and nothing changed — runtime and permanent state, both
 * {@code --list-all-zones} listings, the files of the configuration directory and the rulesets applied to the
 * kernel.
 */
class ZoneOptionCoverageTest {
    private static final String USAGE =
            "usage: 'firewall-cmd --help' for usage information or see firewall-cmd(1) man page\n";
    private static final String STANDALONE = USAGE + "Can't use stand-alone options with other options.\n";
    private static final String PERMANENT_ONLY = USAGE + "Option can be used only with --permanent.\n";
    private static final String CONFIG_WITH_ZONE =
            USAGE + "Wrong usage of --get-zones | --get-services | --get-icmptypes | --get-policies.\n";
    private static final String ZONES = "block dmz drop external home internal public trusted work\n";
    private static final String RULE = "rule family=\"ipv4\" source address=\"198.18.0.0/24\" service name=\"ssh\" accept";

    /** Rich-rule words whose intended use needs something Portcullis does not have, with the reason. */
    private static final java.util.Map<String, String> RICH_UNCOVERED = java.util.Map.of();

    enum Mode {
        RUNTIME, PERMANENT
    }

    /** A command line, its expected exit code, standard output (or a part of it) and standard error. */
    record Outcome(List<String> argv, int exit, String out, String part, String err) {
        Outcome(List<String> argv, int exit, String out, String err) {
            this(argv, exit, out, null, err);
        }
    }

    /**
     * One use of {@code option} in one mode: {@code setup} commands, then the intended use and a command showing
     * its effect (both absent when the option does not exist in this mode), then the wrong use. Every command
     * line gets {@code --permanent} in front in permanent mode.
     */
    record Row(String option, Mode mode, List<List<String>> setup, Outcome valid, Outcome effect, Outcome invalid) {
        Row {
            setup = List.copyOf(setup);
        }

        @Override
        public String toString() {
            return option + " (" + mode.name().toLowerCase() + "): " + String.join(" ", invalid.argv());
        }

        Row in(Mode m) {
            return new Row(option, m, setup, valid, effect, invalid);
        }

        Row setup(String... argv) {
            List<List<String>> s = new ArrayList<>(setup);
            s.add(List.of(argv));
            return new Row(option, mode, s, valid, effect, invalid);
        }

        /** The intended use, answered by {@code success}. */
        Row valid(String... argv) {
            return prints("success\n", argv);
        }

        /** The intended use of a listing or query, printing {@code out}. */
        Row prints(String out, String... argv) {
            return new Row(option, mode, setup, new Outcome(List.of(argv), out.equals("no\n") ? 1 : 0, out, ""),
                    effect, invalid);
        }

        /** The intended use of a long listing, printing {@code part} among other things. */
        Row printsContaining(String part, String... argv) {
            return new Row(option, mode, setup, new Outcome(List.of(argv), 0, null, part, ""), effect, invalid);
        }

        /** The command that shows the effect of the intended use, and what it prints. */
        Row shows(String out, String... argv) {
            return new Row(option, mode, setup, valid,
                    new Outcome(List.of(argv), out.equals("no\n") ? 1 : 0, out, ""), invalid);
        }

        /** The wrong use: exit code and standard error; a soft error (exit 0) still prints {@code success}. */
        Row refuses(int exit, String err, String... argv) {
            return new Row(option, mode, setup, valid, effect,
                    new Outcome(List.of(argv), exit, exit == 0 ? "success\n" : "", err));
        }
    }

    @TempDir
    Path dir;

    private static Row on(String option, Mode mode) {
        return new Row(option, mode, List.of(), null, null, null);
    }

    private static String error(String text) {
        return "Error: " + text + "\n";
    }

    /** firewall-cmd's notice for a zone option without {@code --zone} while only {@code active} is active. */
    private static String notDefault(String active) {
        return "You're performing an operation over default zone ('public'),\nbut your connections/interfaces are in "
                + "zone '" + active + "' (see --get-active-zones)\nYou most likely need to use --zone=" + active
                + " option.\n\n";
    }

    private static String warning(String text) {
        return "Warning: " + text + "\n";
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.addAll(items());
        rows.addAll(zoneWide());
        rows.addAll(standalone());
        rows.addAll(richRules());
        return rows;
    }

    /** add/remove/query/list of services, ports, protocols, source ports, sources, interfaces, ICMP blocks, ... */
    private static List<Row> items() {
        Mode r = Mode.RUNTIME;
        Mode p = Mode.PERMANENT;
        List<Row> rows = new ArrayList<>();

        rows.add(on("--add-service", r).valid("--zone=public", "--add-service=http")
                .shows("yes\n", "--zone=public", "--query-service=http")
                .refuses(101, error("INVALID_SERVICE: nosuch"), "--zone=public", "--add-service=nosuch"));
        rows.add(on("--add-service", p).valid("--zone=public", "--add-service=http")
                .shows("yes\n", "--zone=public", "--query-service=http")
                .refuses(101, error("INVALID_SERVICE: Zone 'public': 'nosuch' not among existing services"),
                        "--zone=public", "--add-service=nosuch"));
        rows.add(on("--remove-service", r).valid("--zone=public", "--remove-service=ssh")
                .shows("no\n", "--zone=public", "--query-service=ssh")
                .refuses(0, warning("NOT_ENABLED: 'https' not in 'public'"), "--zone=public", "--remove-service=https"));
        rows.add(on("--remove-service", p).valid("--zone=public", "--remove-service=ssh")
                .shows("no\n", "--zone=public", "--query-service=ssh")
                .refuses(0, warning("NOT_ENABLED: https"), "--zone=public", "--remove-service=https"));
        both(rows, on("--query-service", r).prints("yes\n", "--zone=public", "--query-service=ssh")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--query-service=ssh"));
        both(rows, on("--list-services", r).prints("dhcpv6-client ssh\n", "--zone=public", "--list-services")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--list-services"));

        both(rows, on("--add-port", r).valid("--zone=public", "--add-port=8080/tcp")
                .shows("yes\n", "--zone=public", "--query-port=8080/tcp")
                .refuses(102, error("INVALID_PORT: 99999"), "--zone=public", "--add-port=99999/tcp"));
        both(rows, on("--remove-port", r).setup("--zone=public", "--add-port=8080/tcp")
                .valid("--zone=public", "--remove-port=8080/tcp")
                .shows("no\n", "--zone=public", "--query-port=8080/tcp")
                .refuses(103, error("INVALID_PROTOCOL: 'xyz' not in {'tcp'|'udp'|'sctp'|'dccp'}"),
                        "--zone=public", "--remove-port=8080/xyz"));
        both(rows, on("--query-port", r).setup("--zone=public", "--add-port=8000-8010/udp")
                .prints("yes\n", "--zone=public", "--query-port=8005/udp")
                .refuses(102, error("INVALID_PORT: bad port (most likely missing protocol), correct syntax is "
                        + "portid[-portid]/protocol"), "--zone=public", "--query-port=80"));
        both(rows, on("--list-ports", r).setup("--zone=public", "--add-port=8080/tcp")
                .setup("--zone=public", "--add-port=53/udp")
                .prints("8080/tcp 53/udp\n", "--zone=public", "--list-ports")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--list-ports"));

        both(rows, on("--add-protocol", r).valid("--zone=public", "--add-protocol=gre")
                .shows("yes\n", "--zone=public", "--query-protocol=gre")
                .refuses(103, error("INVALID_PROTOCOL: nosuchproto"), "--zone=public", "--add-protocol=nosuchproto"));
        rows.add(on("--remove-protocol", r).setup("--zone=public", "--add-protocol=gre")
                .valid("--zone=public", "--remove-protocol=gre")
                .shows("no\n", "--zone=public", "--query-protocol=gre")
                .refuses(0, warning("NOT_ENABLED: 'esp' not in 'public'"), "--zone=public", "--remove-protocol=esp"));
        rows.add(on("--remove-protocol", p).setup("--zone=public", "--add-protocol=gre")
                .valid("--zone=public", "--remove-protocol=gre")
                .shows("no\n", "--zone=public", "--query-protocol=gre")
                .refuses(0, warning("NOT_ENABLED: esp"), "--zone=public", "--remove-protocol=esp"));
        both(rows, on("--query-protocol", r).setup("--zone=public", "--add-protocol=gre")
                .prints("yes\n", "--zone=public", "--query-protocol=gre")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--query-protocol=gre"));
        both(rows, on("--list-protocols", r).setup("--zone=public", "--add-protocol=gre")
                .setup("--zone=public", "--add-protocol=esp")
                .prints("esp gre\n", "--zone=public", "--list-protocols")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--list-protocols"));

        both(rows, on("--add-source-port", r).valid("--zone=public", "--add-source-port=6000/tcp")
                .shows("yes\n", "--zone=public", "--query-source-port=6000/tcp")
                .refuses(102, error("INVALID_PORT: bad port (most likely missing protocol), correct syntax is "
                        + "portid[-portid]/protocol"), "--zone=public", "--add-source-port=6000"));
        both(rows, on("--remove-source-port", r).setup("--zone=public", "--add-source-port=6000/tcp")
                .valid("--zone=public", "--remove-source-port=6000/tcp")
                .shows("no\n", "--zone=public", "--query-source-port=6000/tcp")
                .refuses(102, error("INVALID_PORT: 70000"), "--zone=public", "--remove-source-port=70000/tcp"));
        both(rows, on("--query-source-port", r).setup("--zone=public", "--add-source-port=6000/tcp")
                .prints("yes\n", "--zone=public", "--query-source-port=6000/tcp")
                .refuses(103, error("INVALID_PROTOCOL: 'icmp' not in {'tcp'|'udp'|'sctp'|'dccp'}"),
                        "--zone=public", "--query-source-port=6000/icmp"));
        both(rows, on("--list-source-ports", r).setup("--zone=public", "--add-source-port=6000/tcp")
                .prints("6000/tcp\n", "--zone=public", "--list-source-ports")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--list-source-ports"));

        rows.add(on("--add-source", r).valid("--zone=internal", "--add-source=198.18.4.0/24")
                .shows("yes\n", "--zone=internal", "--query-source=198.18.4.0/24")
                .refuses(105, error("INVALID_ADDR: 300.0.0.0/8"), "--zone=internal", "--add-source=300.0.0.0/8"));
        rows.add(on("--add-source", p).valid("--zone=internal", "--add-source=198.18.4.0/24")
                .shows("yes\n", "--zone=internal", "--query-source=198.18.4.0/24")
                .refuses(105, error("INVALID_ADDR: Zone 'internal': invalid source '300.0.0.0/8'"),
                        "--zone=internal", "--add-source=300.0.0.0/8"));
        rows.add(on("--remove-source", r).setup("--zone=internal", "--add-source=198.18.4.0/24")
                .valid("--zone=internal", "--remove-source=198.18.4.0/24")
                .shows("no\n", "--zone=internal", "--query-source=198.18.4.0/24")
                .refuses(30, error("UNKNOWN_SOURCE: '198.18.9.0/24' is not in any zone"),
                        "--zone=internal", "--remove-source=198.18.9.0/24"));
        rows.add(on("--remove-source", r).setup("--zone=internal", "--add-source=198.18.4.0/24")
                .setup("--zone=internal", "--add-source=198.18.5.0/24")
                .prints(notDefault("internal") + "success\n", "--remove-source=198.18.4.0/24")
                .shows("no\n", "--zone=internal", "--query-source=198.18.4.0/24")
                .refuses(18, error("ZONE_CONFLICT: remove_source(public, 198.18.5.0/24): zos='internal'"),
                        "--zone=public", "--remove-source=198.18.5.0/24"));
        rows.add(on("--remove-source", p).setup("--zone=internal", "--add-source=198.18.4.0/24")
                .valid("--zone=internal", "--remove-source=198.18.4.0/24")
                .shows("no\n", "--zone=internal", "--query-source=198.18.4.0/24")
                .refuses(0, warning("NOT_ENABLED: 198.18.9.0/24"), "--zone=internal", "--remove-source=198.18.9.0/24"));
        both(rows, on("--query-source", r).setup("--zone=internal", "--add-source=198.18.4.0/24")
                .prints("yes\n", "--zone=internal", "--query-source=198.18.4.0/24")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--query-source=198.18.4.0/24"));
        both(rows, on("--list-sources", r).setup("--zone=internal", "--add-source=198.18.4.0/24")
                .prints("198.18.4.0/24\n", "--zone=internal", "--list-sources")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--list-sources"));

        rows.add(on("--add-interface", r).setup("--zone=public", "--add-interface=eth1")
                .valid("--zone=home", "--add-interface=eth2")
                .shows("yes\n", "--zone=home", "--query-interface=eth2")
                .refuses(18, error("ZONE_CONFLICT: 'eth1' already bound to 'public'"),
                        "--zone=home", "--add-interface=eth1"));
        rows.add(on("--add-interface", p).setup("--zone=public", "--add-interface=eth1")
                .valid("--zone=home", "--add-interface=eth2")
                .shows("yes\n", "--zone=home", "--query-interface=eth2")
                .refuses(18, error("ZONE_CONFLICT: eth1"), "--zone=home", "--add-interface=eth1"));
        rows.add(on("--remove-interface", r).setup("--zone=public", "--add-interface=eth1")
                .valid("--zone=public", "--remove-interface=eth1")
                .shows("no\n", "--zone=public", "--query-interface=eth1")
                .refuses(17, error("UNKNOWN_INTERFACE: 'eth9' is not in any zone"),
                        "--zone=public", "--remove-interface=eth9"));
        rows.add(on("--remove-interface", r).setup("--zone=home", "--add-interface=eth1")
                .setup("--zone=home", "--add-interface=eth2")
                .prints(notDefault("home") + "success\n", "--remove-interface=eth1")
                .shows("no\n", "--zone=home", "--query-interface=eth1")
                .refuses(18, error("ZONE_CONFLICT: remove_interface(public, eth2): zoi='home'"),
                        "--zone=public", "--remove-interface=eth2"));
        rows.add(on("--remove-interface", p).setup("--zone=public", "--add-interface=eth1")
                .valid("--zone=public", "--remove-interface=eth1")
                .shows("no\n", "--zone=public", "--query-interface=eth1")
                .refuses(0, warning("NOT_ENABLED: eth9"), "--zone=public", "--remove-interface=eth9"));
        both(rows, on("--query-interface", r).setup("--zone=public", "--add-interface=eth1")
                .prints("yes\n", "--zone=public", "--query-interface=eth1")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--query-interface=eth1"));
        both(rows, on("--list-interfaces", r).setup("--zone=public", "--add-interface=eth1")
                .prints("eth1\n", "--zone=public", "--list-interfaces")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--list-interfaces"));

        rows.add(on("--add-icmp-block", r).valid("--zone=public", "--add-icmp-block=echo-request")
                .shows("yes\n", "--zone=public", "--query-icmp-block=echo-request")
                .refuses(107, error("INVALID_ICMPTYPE: nosuch"), "--zone=public", "--add-icmp-block=nosuch"));
        rows.add(on("--add-icmp-block", p).valid("--zone=public", "--add-icmp-block=echo-request")
                .shows("yes\n", "--zone=public", "--query-icmp-block=echo-request")
                .refuses(107, error("INVALID_ICMPTYPE: Zone 'public': 'nosuch' not among existing ICMP types"),
                        "--zone=public", "--add-icmp-block=nosuch"));
        rows.add(on("--remove-icmp-block", r).setup("--zone=public", "--add-icmp-block=echo-request")
                .valid("--zone=public", "--remove-icmp-block=echo-request")
                .shows("no\n", "--zone=public", "--query-icmp-block=echo-request")
                .refuses(0, warning("NOT_ENABLED: 'echo-reply' not in 'public'"),
                        "--zone=public", "--remove-icmp-block=echo-reply"));
        rows.add(on("--remove-icmp-block", p).setup("--zone=public", "--add-icmp-block=echo-request")
                .valid("--zone=public", "--remove-icmp-block=echo-request")
                .shows("no\n", "--zone=public", "--query-icmp-block=echo-request")
                .refuses(0, warning("NOT_ENABLED: echo-reply"), "--zone=public", "--remove-icmp-block=echo-reply"));
        both(rows, on("--query-icmp-block", r).setup("--zone=public", "--add-icmp-block=echo-request")
                .prints("yes\n", "--zone=public", "--query-icmp-block=echo-request")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--query-icmp-block=echo-request"));
        both(rows, on("--list-icmp-blocks", r).setup("--zone=public", "--add-icmp-block=echo-request")
                .prints("echo-request\n", "--zone=public", "--list-icmp-blocks")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--list-icmp-blocks"));

        both(rows, on("--add-rich-rule", r).valid("--zone=public", "--add-rich-rule=" + RULE)
                .shows("yes\n", "--zone=public", "--query-rich-rule=" + RULE)
                .refuses(122, error("INVALID_RULE: 'family' attribute cannot have 'ipv5' value. "
                        + "Use 'ipv4' or 'ipv6' instead."), "--zone=public", "--add-rich-rule=rule family=\"ipv5\" accept"));
        String other = "rule family=\"ipv4\" source address=\"198.18.9.0/24\" drop";
        rows.add(on("--remove-rich-rule", r).setup("--zone=public", "--add-rich-rule=" + RULE)
                .valid("--zone=public", "--remove-rich-rule=" + RULE)
                .shows("no\n", "--zone=public", "--query-rich-rule=" + RULE)
                .refuses(0, warning("NOT_ENABLED: '" + other + "' not in 'public'"),
                        "--zone=public", "--remove-rich-rule=" + other));
        rows.add(on("--remove-rich-rule", p).setup("--zone=public", "--add-rich-rule=" + RULE)
                .valid("--zone=public", "--remove-rich-rule=" + RULE)
                .shows("no\n", "--zone=public", "--query-rich-rule=" + RULE)
                .refuses(0, warning("NOT_ENABLED: " + other), "--zone=public", "--remove-rich-rule=" + other));
        both(rows, on("--query-rich-rule", r).setup("--zone=public", "--add-rich-rule=" + RULE)
                .prints("yes\n", "--zone=public", "--query-rich-rule=" + RULE)
                .refuses(122, error("INVALID_RULE: unknown element not-a-rule"),
                        "--zone=public", "--query-rich-rule=not-a-rule"));
        both(rows, on("--list-rich-rules", r).setup("--zone=public", "--add-rich-rule=" + RULE)
                .prints(RULE + "\n", "--zone=public", "--list-rich-rules")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--list-rich-rules"));

        both(rows, on("--add-forward-port", r).valid("--zone=public", "--add-forward-port=port=8080:proto=tcp:toport=80")
                .shows("yes\n", "--zone=public", "--query-forward-port=port=8080:proto=tcp:toport=80")
                .refuses(106, error("INVALID_FORWARD: missing destination"),
                        "--zone=public", "--add-forward-port=port=2224:proto=tcp"));
        both(rows, on("--remove-forward-port", r).setup("--zone=public", "--add-forward-port=port=8080:proto=tcp:toport=80")
                .valid("--zone=public", "--remove-forward-port=port=8080:proto=tcp:toport=80")
                .shows("no\n", "--zone=public", "--query-forward-port=port=8080:proto=tcp:toport=80")
                .refuses(102, error("INVALID_PORT: 99999"),
                        "--zone=public", "--remove-forward-port=port=8080:proto=tcp:toport=99999"));
        both(rows, on("--query-forward-port", r).setup("--zone=public", "--add-forward-port=port=8080:proto=tcp:toport=80")
                .prints("yes\n", "--zone=public", "--query-forward-port=port=8080:proto=tcp:toport=80")
                .refuses(105, error("INVALID_ADDR: 198.18.0.300"),
                        "--zone=public", "--query-forward-port=port=8080:proto=tcp:toaddr=198.18.0.300"));
        both(rows, on("--list-forward-ports", r)
                .setup("--zone=public", "--add-forward-port=port=2222:proto=tcp:toport=22:toaddr=198.18.0.9")
                .prints("port=2222:proto=tcp:toport=22:toaddr=198.18.0.9\n", "--zone=public", "--list-forward-ports")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--list-forward-ports"));

        rows.add(on("--add-masquerade", r).valid("--zone=public", "--add-masquerade")
                .shows("yes\n", "--zone=public", "--query-masquerade")
                .refuses(0, warning("ALREADY_ENABLED: masquerade already enabled in 'external'"),
                        "--zone=external", "--add-masquerade"));
        rows.add(on("--add-masquerade", p).valid("--zone=public", "--add-masquerade")
                .shows("yes\n", "--zone=public", "--query-masquerade")
                .refuses(0, warning("ALREADY_ENABLED: masquerade"), "--zone=external", "--add-masquerade"));
        rows.add(on("--remove-masquerade", r).valid("--zone=external", "--remove-masquerade")
                .shows("no\n", "--zone=external", "--query-masquerade")
                .refuses(0, warning("NOT_ENABLED: masquerade not enabled in 'public'"),
                        "--zone=public", "--remove-masquerade"));
        rows.add(on("--remove-masquerade", p).valid("--zone=external", "--remove-masquerade")
                .shows("no\n", "--zone=external", "--query-masquerade")
                .refuses(0, warning("NOT_ENABLED: masquerade"), "--zone=public", "--remove-masquerade"));
        both(rows, on("--query-masquerade", r).prints("yes\n", "--zone=external", "--query-masquerade")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--query-masquerade"));
        rows.addAll(switches());
        return rows;
    }

    /** Forwarding and ICMP block inversion, which a zone has or has not. */
    private static List<Row> switches() {
        Mode r = Mode.RUNTIME;
        Mode p = Mode.PERMANENT;
        List<Row> rows = new ArrayList<>();
        both(rows, on("--add-forward", r).setup("--zone=public", "--remove-forward")
                .valid("--zone=public", "--add-forward")
                .shows("yes\n", "--zone=public", "--query-forward")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--add-forward"));
        both(rows, on("--remove-forward", r).valid("--zone=public", "--remove-forward")
                .shows("no\n", "--zone=public", "--query-forward")
                .refuses(2, USAGE + "Wrong --timeout usage\n", "--zone=work", "--remove-forward", "--timeout=5m"));
        both(rows, on("--query-forward", r).prints("yes\n", "--zone=public", "--query-forward")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--query-forward"));
        rows.add(on("--add-icmp-block-inversion", r).setup("--zone=block", "--add-icmp-block-inversion")
                .valid("--zone=public", "--add-icmp-block-inversion")
                .shows("yes\n", "--zone=public", "--query-icmp-block-inversion")
                .refuses(0, warning("ALREADY_ENABLED: icmp-block-inversion already enabled in 'block'"),
                        "--zone=block", "--add-icmp-block-inversion"));
        rows.add(on("--add-icmp-block-inversion", p).setup("--zone=block", "--add-icmp-block-inversion")
                .valid("--zone=public", "--add-icmp-block-inversion")
                .shows("yes\n", "--zone=public", "--query-icmp-block-inversion")
                .refuses(0, warning("ALREADY_ENABLED: icmp-block-inversion"), "--zone=block",
                        "--add-icmp-block-inversion"));
        rows.add(on("--remove-icmp-block-inversion", r).setup("--zone=public", "--add-icmp-block-inversion")
                .valid("--zone=public", "--remove-icmp-block-inversion")
                .shows("no\n", "--zone=public", "--query-icmp-block-inversion")
                .refuses(0, warning("NOT_ENABLED: icmp-block-inversion not enabled in 'drop'"),
                        "--zone=drop", "--remove-icmp-block-inversion"));
        rows.add(on("--remove-icmp-block-inversion", p).setup("--zone=public", "--add-icmp-block-inversion")
                .valid("--zone=public", "--remove-icmp-block-inversion")
                .shows("no\n", "--zone=public", "--query-icmp-block-inversion")
                .refuses(0, warning("NOT_ENABLED: icmp-block-inversion"), "--zone=drop",
                        "--remove-icmp-block-inversion"));
        both(rows, on("--query-icmp-block-inversion", r).setup("--zone=public", "--add-icmp-block-inversion")
                .prints("yes\n", "--zone=public", "--query-icmp-block-inversion")
                .refuses(2, USAGE + "Wrong --timeout usage\n", "--zone=public", "--query-icmp-block-inversion",
                        "--timeout=1m"));
        both(rows, on("--list-all", r).setup("--zone=work", "--add-icmp-block-inversion")
                .setup("--zone=work", "--remove-forward")
                .prints("work\n  target: default\n  icmp-block-inversion: yes\n  interfaces: \n  sources: \n"
                        + "  services: dhcpv6-client ssh\n  ports: \n  protocols: \n  forward: no\n"
                        + "  masquerade: no\n  forward-ports: \n  source-ports: \n  icmp-blocks: \n  rich rules: \n",
                        "--zone=work", "--list-all")
                .refuses(2, "-q/--quiet can't be used with this option(s)\n", "-q", "--zone=work", "--list-all"));
        return rows;
    }

    /** Options acting on a zone as a whole, or on zones: listings, targets, interface moves, zone files. */
    private static List<Row> zoneWide() {
        Mode r = Mode.RUNTIME;
        Mode p = Mode.PERMANENT;
        List<Row> rows = new ArrayList<>();
        both(rows, on("--list-all", r).setup("--zone=trusted", "--add-interface=eth1")
                .prints("trusted (active)\n  target: ACCEPT\n  icmp-block-inversion: no\n  interfaces: eth1\n"
                        + "  sources: \n  services: \n  ports: \n  protocols: \n  forward: yes\n  masquerade: no\n"
                        + "  forward-ports: \n  source-ports: \n  icmp-blocks: \n  rich rules: \n",
                        "--zone=trusted", "--list-all")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--list-all"));
        both(rows, on("--list-all-zones", r).setup("--zone=work", "--add-service=http")
                .printsContaining("work\n  target: default\n  icmp-block-inversion: no\n  interfaces: \n  sources: \n"
                        + "  services: dhcpv6-client http ssh\n", "--list-all-zones")
                .refuses(2, CONFIG_WITH_ZONE, "--zone=public", "--list-all-zones"));
        both(rows, on("--get-zones", r).prints(ZONES, "--get-zones")
                .refuses(2, CONFIG_WITH_ZONE, "--zone=public", "--get-zones"));
        both(rows, on("--get-zone-of-interface", r).setup("--zone=home", "--add-interface=eth1")
                .prints("home\n", "--get-zone-of-interface=eth1")
                .refuses(2, CONFIG_WITH_ZONE, "--zone=public", "--get-zone-of-interface=eth1"));
        both(rows, on("--get-zone-of-source", r).setup("--zone=internal", "--add-source=198.18.4.0/24")
                .prints("internal\n", "--get-zone-of-source=198.18.4.0/24")
                .refuses(2, CONFIG_WITH_ZONE, "--zone=public", "--get-zone-of-source=198.18.4.0/24"));
        both(rows, on("--info-zone", r).setup("--zone=trusted", "--add-source=198.18.4.0/24")
                .prints("trusted (active)\n  target: ACCEPT\n  icmp-block-inversion: no\n  interfaces: \n"
                        + "  sources: 198.18.4.0/24\n  services: \n  ports: \n  protocols: \n  forward: yes\n"
                        + "  masquerade: no\n  forward-ports: \n  source-ports: \n  icmp-blocks: \n  rich rules: \n",
                        "--info-zone=trusted")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--info-zone=nosuch"));
        both(rows, on("--info-service", r).printsContaining("ssh\n  ports: 22/tcp\n", "--info-service=ssh")
                .refuses(101, error("INVALID_SERVICE: nosuch"), "--info-service=nosuch"));
        both(rows, on("--get-services", r).printsContaining(" ssh ", "--get-services")
                .refuses(2, CONFIG_WITH_ZONE, "--zone=public", "--get-services"));
        both(rows, on("--get-icmptypes", r).printsContaining(" echo-request ", "--get-icmptypes")
                .refuses(2, CONFIG_WITH_ZONE, "--zone=public", "--get-icmptypes"));
        both(rows, on("--get-policies", r).printsContaining("allow-host-ipv6", "--get-policies")
                .refuses(2, CONFIG_WITH_ZONE, "--zone=public", "--get-policies"));
        both(rows, on("--list-all-policies", r).printsContaining("allow-host-ipv6 (active)\n  priority: -15000\n", "--list-all-policies")
                .refuses(2, CONFIG_WITH_ZONE, "--zone=public", "--list-all-policies"));
        both(rows, on("--info-policy", r).printsContaining("allow-host-ipv6 (active)\n  priority: -15000\n  target: CONTINUE\n", "--info-policy=allow-host-ipv6")
                .refuses(140, error("INVALID_POLICY: nosuch"), "--info-policy=nosuch"));

        rows.add(on("--change-interface", r).setup("--zone=public", "--add-interface=eth1")
                .valid("--zone=home", "--change-interface=eth1")
                .shows("home\n", "--get-zone-of-interface=eth1")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--change-interface=eth1"));
        rows.add(on("--change-interface", p).setup("--zone=public", "--add-interface=eth1")
                .valid("--zone=home", "--change-interface=eth1")
                .shows("home\n", "--get-zone-of-interface=eth1")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--change-interface=eth1"));
        rows.add(on("--change-zone", r).setup("--zone=public", "--add-interface=eth1")
                .valid("--zone=public", "--change-zone=eth1")
                .shows("public\n", "--get-zone-of-interface=eth1")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--change-zone=eth1"));
        rows.add(on("--change-zone", p).valid("--zone=work", "--change-zone=eth3")
                .shows("work\n", "--get-zone-of-interface=eth3")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--change-zone=eth3"));

        rows.add(on("--change-source", r).setup("--zone=internal", "--add-source=198.18.4.0/24")
                .valid("--zone=work", "--change-source=198.18.4.0/24")
                .shows("work\n", "--get-zone-of-source=198.18.4.0/24")
                .refuses(105, error("INVALID_ADDR: 300.1.1.1"), "--zone=work", "--change-source=300.1.1.1"));
        rows.add(on("--change-source", p).setup("--zone=internal", "--add-source=198.18.4.0/24")
                .valid("--zone=work", "--change-source=198.18.4.0/24")
                .shows("work\n", "--get-zone-of-source=198.18.4.0/24")
                .refuses(105, error("INVALID_ADDR: Zone 'work': invalid source '300.1.1.1'"), "--zone=work",
                        "--change-source=300.1.1.1"));
        rows.addAll(descriptions());

        rows.add(on("--new-zone", p).valid("--new-zone=lab")
                .shows("block dmz drop external home internal lab public trusted work\n", "--get-zones")
                .refuses(116, error("INVALID_NAME: ' ' is not allowed in 'bad name'"), "--new-zone=bad name"));
        rows.add(on("--new-zone", r).refuses(2, PERMANENT_ONLY, "--new-zone=lab"));
        rows.add(on("--delete-zone", p).setup("--new-zone=lab").valid("--delete-zone=lab")
                .shows(ZONES, "--get-zones")
                .refuses(23, error("BUILTIN_ZONE: 'public' is built-in zone"), "--delete-zone=public"));
        rows.add(on("--delete-zone", r).refuses(2, PERMANENT_ONLY, "--delete-zone=lab"));
        rows.add(on("--set-target", p).valid("--zone=work", "--set-target=DROP")
                .shows("DROP\n", "--zone=work", "--get-target")
                .refuses(110, error("INVALID_TARGET: Zone 'work': invalid target 'BOGUS'"),
                        "--zone=work", "--set-target=BOGUS"));
        rows.add(on("--set-target", r).refuses(2, PERMANENT_ONLY, "--zone=work", "--set-target=DROP"));
        rows.add(on("--get-target", p).prints("REJECT\n", "--zone=block", "--get-target")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--get-target"));
        rows.add(on("--get-target", r).refuses(2, PERMANENT_ONLY, "--zone=block", "--get-target"));

        rows.add(on("--timeout", r).valid("--zone=public", "--add-service=http", "--timeout=1h")
                .shows("yes\n", "--zone=public", "--query-service=http")
                .refuses(2, USAGE + "'5x' is wrong timeout value. Use for example '2m' or '1h'\n",
                        "--zone=public", "--add-service=http", "--timeout=5x"));
        rows.add(on("--timeout", p).refuses(2, USAGE + "Can't specify timeout for permanent action.\n",
                "--zone=public", "--add-service=http", "--timeout=5m"));
        return rows;
    }

    /** The descriptions in a zone's file: permanent only. */
    private static List<Row> descriptions() {
        Mode r = Mode.RUNTIME;
        Mode p = Mode.PERMANENT;
        List<Row> rows = new ArrayList<>();
        rows.add(on("--set-description", p).valid("--zone=public", "--set-description=The public network")
                .shows("The public network\n", "--zone=public", "--get-description")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--set-description=Anything"));
        rows.add(on("--get-description", p).setup("--zone=work", "--set-description=Office")
                .prints("Office\n", "--zone=work", "--get-description")
                .refuses(2, "-q/--quiet can't be used with this option(s)\n", "-q", "--zone=work",
                        "--get-description"));
        rows.add(on("--set-short", p).valid("--set-short=Default")
                .shows("Default\n", "--zone=public", "--get-short")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--zone=nosuch", "--set-short=Anything"));
        rows.add(on("--get-short", p).prints("Public\n", "--zone=public", "--get-short")
                .refuses(2, USAGE + "firewall-cmd: error: argument --get-short: not allowed with argument "
                        + "--get-description\n", "--zone=public", "--get-description", "--get-short"));
        rows.add(on("--list-all", p).setup("--zone=home", "--set-short=Home Net")
                .setup("--zone=home", "--set-description=The flat")
                .printsContaining("home\n  summary: Home Net\n  description: The flat\n  target: default\n",
                        "-v", "--zone=home", "--list-all")
                .refuses(112, error("INVALID_ZONE: nosuch"), "-v", "--zone=nosuch", "--list-all"));
        for (String option : List.of("--set-description=Anything", "--get-description", "--set-short=Anything",
                "--get-short")) {
            rows.add(on(option.split("=")[0], r).refuses(2, PERMANENT_ONLY, "--zone=public", option));
        }
        return rows;
    }

    /** Stand-alone options: runtime only, refused with {@code --permanent}. */
    private static List<Row> standalone() {
        Mode r = Mode.RUNTIME;
        Mode p = Mode.PERMANENT;
        List<Row> rows = new ArrayList<>();
        rows.add(on("--panic-on", r).valid("--panic-on").shows("yes\n", "--query-panic")
                .refuses(0, warning("ALREADY_ENABLED: panic mode already enabled"), "--panic-on"));
        for (List<String> change : List.of(List.of("--zone=public", "--add-service=http"),
                List.of("--zone=public", "--remove-service=ssh"), List.of("--zone=home", "--add-interface=eth1"),
                List.of("--zone=home", "--change-interface=eth1"), List.of("--zone=internal", "--add-source=198.18.4.0/24"),
                List.of("--zone=public", "--add-rich-rule=" + RULE), List.of("--zone=external", "--remove-masquerade"))) {
            rows.add(on("--panic-on", r).setup("--panic-on")
                    .refuses(15, error("PANIC_MODE"), change.toArray(String[]::new)));
        }
        rows.add(on("--panic-off", r).setup("--panic-on").valid("--panic-off").shows("no\n", "--query-panic")
                .refuses(0, warning("NOT_ENABLED: panic mode is not enabled"), "--panic-off"));
        rows.add(on("--query-panic", r).setup("--panic-on").prints("yes\n", "--query-panic")
                .refuses(2, STANDALONE, "--zone=public", "--query-panic"));
        rows.add(on("--get-default-zone", r).prints("public\n", "--get-default-zone")
                .refuses(2, STANDALONE, "--zone=public", "--get-default-zone"));
        rows.add(on("--set-default-zone", r).valid("--set-default-zone=home").shows("home\n", "--get-default-zone")
                .refuses(112, error("INVALID_ZONE: nosuch"), "--set-default-zone=nosuch"));
        rows.add(on("--get-active-zones", r).setup("--zone=home", "--add-interface=eth1")
                .prints("home\n  interfaces: eth1\n", "--get-active-zones")
                .refuses(2, STANDALONE, "--zone=home", "--get-active-zones"));
        rows.add(on("--get-active-policies", r).printsContaining("allow-host-ipv6\n  ingress-zones: ANY\n  egress-zones: HOST\n", "--get-active-policies")
                .refuses(2, STANDALONE, "--zone=home", "--get-active-policies"));
        rows.add(on("--get-log-denied", r).prints("off\n", "--get-log-denied")
                .refuses(2, STANDALONE, "--zone=home", "--get-log-denied"));
        rows.add(on("--set-log-denied", r).valid("--set-log-denied=unicast").shows("unicast\n", "--get-log-denied")
                .refuses(114, error("INVALID_VALUE: 'bogus', choose from 'all','unicast','broadcast','multicast','off'"),
                        "--set-log-denied=bogus"));
        for (String option : List.of("--panic-on", "--panic-off", "--query-panic", "--get-default-zone",
                "--set-default-zone=home", "--get-active-zones", "--get-active-policies", "--get-log-denied",
                "--set-log-denied=all")) {
            rows.add(on(option.split("=")[0], p).refuses(2, STANDALONE, option));
        }
        return rows;
    }

    /** Each element and attribute of the rich-rule language, in a rule of the default zone. */
    private static List<Row> richRules() {
        List<Row> rows = new ArrayList<>();
        rich(rows, "rule", "rule family=\"ipv4\" source address=\"198.18.1.0/24\" accept",
                "family=\"ipv4\" source address=\"198.18.1.0/24\" accept", 122,
                "INVALID_RULE: 'family' outside of rule. Use 'rule family=...'.");
        rich(rows, "family", "rule family=\"ipv6\" source address=\"2001:db8::/32\" accept",
                "rule source address=\"198.18.0.0/24\" accept", 207, "MISSING_FAMILY");
        rich(rows, "priority", "rule priority=\"-10\" family=\"ipv4\" source address=\"198.18.8.8\" drop",
                "rule priority=\"40000\" accept", 139,
                "INVALID_PRIORITY: 'priority' attribute must be between -32768 and 32767.");
        rich(rows, "source", "rule family=\"ipv4\" source address=\"198.18.2.0/24\" service name=\"http\" accept",
                "rule family=\"ipv4\" source address=\"198.18.2.0/24\" source address=\"198.18.3.0/24\" accept", 122,
                "INVALID_RULE: more than one 'source' element");
        rich(rows, "address", "rule family=\"ipv4\" source address=\"198.18.0.0/24\" accept",
                "rule family=\"ipv4\" source address=\"300.1.1.1\" accept", 105, "INVALID_ADDR: 300.1.1.1");
        rich(rows, "not", "rule family=\"ipv4\" source not address=\"198.18.0.0/15\" drop",
                "rule family=\"ipv4\" source not accept", 122, "INVALID_RULE: no address, mac and ipset");
        rich(rows, "NOT", "rule family=\"ipv4\" destination NOT address=\"198.18.0.0/15\" drop",
                "rule family=\"ipv6\" destination NOT address=\"198.18.0.0/15\" drop", 105,
                "INVALID_ADDR: 198.18.0.0/15");
        rich(rows, "invert", "rule family=\"ipv4\" source address=\"198.18.1.0/24\" invert=\"True\" drop",
                "rule family=\"ipv4\" invert=\"True\" drop", 122,
                "INVALID_RULE: attribute 'invert' outside of any element. Use 'rule <element> invert= ...'.");
        rich(rows, "mac", "rule source mac=\"00:11:22:33:44:66\" accept",
                "rule source mac=\"00:11:22:33:44\" accept", 134, "INVALID_MAC: 00:11:22:33:44");
        Row ipset = on("rich ipset", Mode.RUNTIME)
                .refuses(135, error("INVALID_IPSET: abcdefghijklmnopqrstuvwxyz0123456789"), "--zone=public",
                        "--add-rich-rule=rule source ipset=\"abcdefghijklmnopqrstuvwxyz0123456789\" drop")
                .valid("--zone=public", "--add-rich-rule=rule source ipset=\"blk\" drop")
                .shows("yes\n", "--zone=public", "--query-rich-rule=rule source ipset=\"blk\" drop");
        rows.add(ipset.setup("--permanent", "--new-ipset=blk", "--type=hash:net").setup("--reload"));
        rows.add(ipset.in(Mode.PERMANENT).setup("--new-ipset=blk", "--type=hash:net"));
        rich(rows, "destination", "rule family=\"ipv4\" destination address=\"198.18.0.1\" service name=\"https\" accept",
                "rule family=\"ipv4\" destination address=\"198.18.0.1\" ipset=\"blk\" accept", 121,
                "INVALID_DESTINATION: address and ipset");
        rich(rows, "service", "rule service name=\"ftp\" accept", "rule service accept", 122,
                "INVALID_RULE: invalid 'service' element");
        rich(rows, "name", "rule service name=\"dns\" log accept", "rule name=\"dns\" accept", 122,
                "INVALID_RULE: attribute 'name' outside of any element. Use 'rule <element> name= ...'.");
        rich(rows, "port", "rule port port=\"8000-8010\" protocol=\"tcp\" accept",
                "rule port port=\"99999\" protocol=\"tcp\" accept", 102, "INVALID_PORT: 99999");
        rich(rows, "protocol", "rule protocol value=\"sctp\" accept",
                "rule port port=\"80\" protocol=\"xyz\" accept", 103, "INVALID_PROTOCOL: xyz");
        rich(rows, "value", "rule protocol value=\"47\" drop", "rule protocol value=\"nosuchproto\" accept", 103,
                "INVALID_PROTOCOL: nosuchproto");
        rich(rows, "icmp-block", "rule icmp-block name=\"echo-reply\"",
                "rule icmp-block name=\"echo-request\" accept", 122, "INVALID_RULE: icmp-block and action");
        rich(rows, "icmp-type", "rule family=\"ipv4\" icmp-type name=\"echo-request\" limit value=\"2/s\" accept",
                "rule icmp-type accept", 122, "INVALID_RULE: invalid 'icmp-type' element");
        rich(rows, "masquerade", "rule family=\"ipv4\" source address=\"198.18.7.0/24\" masquerade",
                "rule masquerade accept", 122, "INVALID_RULE: masquerade and action");
        rich(rows, "forward-port", "rule family=\"ipv4\" forward-port port=\"9090\" protocol=\"tcp\" to-port=\"90\"",
                "rule forward-port port=\"9090\" protocol=\"tcp\" to-port=\"90\"", 207, "MISSING_FAMILY");
        rich(rows, "to-port", "rule family=\"ipv4\" forward-port port=\"9091\" protocol=\"udp\" to-port=\"91\"",
                "rule family=\"ipv4\" forward-port port=\"9091\" protocol=\"udp\" to-port=\"99999\"", 102,
                "INVALID_PORT: 99999");
        rich(rows, "to-addr", "rule family=\"ipv4\" forward-port port=\"9090\" protocol=\"tcp\" to-addr=\"198.18.0.5\"",
                "rule family=\"ipv4\" forward-port port=\"9090\" protocol=\"tcp\" to-addr=\"::1\"", 105,
                "INVALID_ADDR: ::1");
        rich(rows, "source-port", "rule family=\"ipv6\" source-port port=\"53\" protocol=\"udp\" accept",
                "rule source-port port=\"a-b\" protocol=\"tcp\" accept", 102, "INVALID_PORT: a-b");
        rich(rows, "tcp-mss-clamp", "rule tcp-mss-clamp value=\"pmtu\"", "rule tcp-mss-clamp value=\"100\"", 122,
                "INVALID_RULE: 100");
        rich(rows, "log", "rule service name=\"ssh\" log accept", "rule service name=\"ssh\" log log accept", 122,
                "INVALID_RULE: more than one logging element");
        rich(rows, "prefix", "rule service name=\"ssh\" log prefix=\"ssh in \" accept",
                "rule service name=\"ssh\" log prefix=\"" + "p".repeat(128) + "\" accept", 141,
                "INVALID_LOG_PREFIX: maximum accepted length of 'prefix' is 127.");
        rich(rows, "level", "rule service name=\"ssh\" log level=\"info\" accept",
                "rule service name=\"ssh\" log level=\"loud\" accept", 125, "INVALID_LOG_LEVEL: loud");
        rich(rows, "nflog", "rule family=\"ipv4\" source address=\"198.18.11.0/24\" nflog accept",
                "rule service name=\"ssh\" nflog log accept", 122, "INVALID_RULE: more than one logging element");
        rich(rows, "group", "rule service name=\"ssh\" nflog group=\"5\" accept",
                "rule service name=\"ssh\" nflog group=\"70000\" accept", 142,
                "INVALID_NFLOG_GROUP: nflog 'group' must be an integer between 0 and 65535.");
        rich(rows, "queue-size", "rule service name=\"ssh\" nflog queue-size=\"4\" accept",
                "rule service name=\"ssh\" nflog queue-size=\"70000\" accept", 143,
                "INVALID_NFLOG_QUEUE: nflog 'queue-size' must be an integer between 0 and 65535.");
        rich(rows, "audit", "rule service name=\"ftp\" audit drop", "rule service name=\"ftp\" audit", 126,
                "INVALID_AUDIT_TYPE: <class 'NoneType'>");
        rich(rows, "accept", "rule family=\"ipv4\" source address=\"198.18.13.0/24\" accept",
                "rule accept drop", 122,
                "INVALID_RULE: more than one 'action' element. There cannot be both 'drop' and 'accept' in one rule.");
        rich(rows, "reject", "rule family=\"ipv4\" destination address=\"198.18.0.0/24\" service name=\"ssh\" reject",
                "rule reject", 122, "INVALID_RULE: no element, no source, no destination");
        rich(rows, "type", "rule family=\"ipv4\" source address=\"198.18.6.1\" reject type=\"icmp-port-unreachable\"",
                "rule service name=\"ssh\" reject type=\"icmp-host-prohibited\"", 122,
                "INVALID_RULE: When using reject type you must specify also rule family.");
        rich(rows, "drop", "rule family=\"ipv4\" source address=\"198.18.14.0/24\" drop", "rule drop", 122,
                "INVALID_RULE: no element, no source, no destination");
        rich(rows, "mark", "rule family=\"ipv4\" source address=\"198.18.9.0/24\" mark set=\"0x10/0xff\"",
                "rule service name=\"ssh\" mark", 127, "INVALID_MARK: no value set");
        rich(rows, "set", "rule service name=\"ssh\" mark set=\"1\"", "rule service name=\"ssh\" mark set=\"x\"", 127,
                "INVALID_MARK: x");
        rich(rows, "limit", "rule service name=\"ssh\" accept limit value=\"10/h\"",
                "rule service name=\"ssh\" accept limit value=\"1/d\"", 123, "INVALID_LIMIT: 1/d too slow");
        return rows;
    }

    private static void rich(List<Row> rows, String word, String valid, String invalid, int exit, String error) {
        Row row = on("rich " + word, Mode.RUNTIME)
                .refuses(exit, error(error), "--zone=public", "--add-rich-rule=" + invalid);
        if (valid != null) {
            row = row.valid("--zone=public", "--add-rich-rule=" + valid)
                    .shows("yes\n", "--zone=public", "--query-rich-rule=" + valid);
        }
        both(rows, row);
    }

    private static void both(List<Row> rows, Row row) {
        rows.add(row.in(Mode.RUNTIME));
        rows.add(row.in(Mode.PERMANENT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void validUseTakesEffectAndInvalidUseChangesNothing(Row row) {
        LiveDaemon d = new LiveDaemon(dir);
        for (List<String> s : row.setup()) {
            assertEquals(0, d.run(argv(row.mode(), s)).exit(), "setup " + s);
        }
        if (row.valid() != null) {
            LiveDaemon.Snapshot before = d.snapshot();
            check(d, row.mode(), row.valid());
            if (row.mode() == Mode.PERMANENT) {
                assertEquals(before.runtime(), d.firewall.runtime(), "a permanent change touched the runtime");
                assertEquals(before.applied(), d.kernel.applied, "a permanent change reached the kernel");
            }
            if (row.effect() != null) {
                check(d, row.mode(), row.effect());
            }
        }
        LiveDaemon.Snapshot before = d.snapshot();
        check(d, row.mode(), row.invalid());
        assertEquals(before, d.snapshot(), "state changed by " + row.invalid().argv());
    }

    static void check(LiveDaemon d, Mode mode, Outcome expected) {
        List<String> argv = argv(mode, expected.argv());
        LiveDaemon.Result r = d.run(argv);
        String what = String.join(" ", argv);
        assertEquals(expected.err(), r.err(), "stderr of " + what);
        assertEquals(expected.exit(), r.exit(), "exit code of " + what);
        if (expected.out() == null) {
            assertTrue(r.out().contains(expected.part()), "stdout of " + what + " lacks " + expected.part() + ":\n" + r.out());
        } else {
            assertEquals(expected.out(), r.out(), "stdout of " + what);
        }
    }

    static List<String> argv(Mode mode, List<String> argv) {
        return mode == Mode.PERMANENT ? Stream.concat(Stream.of("--permanent"), argv.stream()).toList() : argv;
    }

    /**
     * Every option firewall-cmd's parser knows for zones has, in each mode, a row with an intended and a wrong
     * use, or, where the option does not exist in that mode, a use refused as a usage error; every word of the
     * rich-rule language has rows with an intended and a wrong use in both modes.
     */
    @Test
    void everyOptionAndRichRuleWordHasRows() {
        List<Row> rows = rows();
        List<String> missing = new ArrayList<>();
        for (OptionSpec spec : ZoneOptions.specs()) {
            for (String option : spec.spellings()) {
                for (Mode mode : Mode.values()) {
                    List<Row> mine = rows.stream().filter(r -> r.option().equals(option) && r.mode() == mode).toList();
                    boolean ok = mine.stream().anyMatch(r -> r.valid() != null || r.invalid().exit() == 2);
                    if (!ok) {
                        missing.add(option + " " + mode);
                    }
                }
            }
        }
        Set<String> words = new TreeSet<>(RichRuleParser.ELEMENTS);
        words.addAll(RichRuleParser.ATTRIBUTES);
        for (String word : words) {
            for (Mode mode : Mode.values()) {
                boolean ok = rows.stream().anyMatch(r -> r.option().equals("rich " + word) && r.mode() == mode
                        && (r.valid() != null || RICH_UNCOVERED.containsKey(word)));
                if (!ok) {
                    missing.add("rich-rule word '" + word + "' " + mode);
                }
            }
        }
        assertEquals(List.of(), missing, "options or rich-rule words without rows");
    }
}
