package org.portcullis.compile.zone;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.portcullis.config.catalog.Builtins;
import org.portcullis.config.rich.RichRuleParser;
import org.portcullis.config.zone.PolicyXml;
import org.portcullis.model.zone.ForwardPort;
import org.portcullis.model.zone.IpSet;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Port;
import org.portcullis.model.zone.Service;
import org.portcullis.model.zone.Zone;
import org.portcullis.model.zone.ZoneSource;

/**
 * The configurations firewalld held when each ruleset of it/oracle/commands/zone-features.txt was recorded:
 * the stock zones, services and policies with the changes the command list made up to that point.
 */
final class OracleConfigs {
    /** The rich rules of the features-rich recording, in the order they were added. */
    static final List<String> RICH_RULES = List.of(
            "rule family=\"ipv4\" source address=\"198.18.2.0/24\" service name=\"http\" accept",
            "rule family=\"ipv4\" source address=\"198.18.3.0/24\" port port=\"8000-8010\" protocol=\"tcp\" log prefix=\"web \" level=\"info\" limit value=\"3/m\" accept",
            "rule service name=\"ftp\" audit limit value=\"1/m\" drop",
            "rule family=\"ipv4\" source address=\"198.18.6.1\" reject type=\"icmp-port-unreachable\"",
            "rule family=\"ipv6\" source address=\"2001:db8::1\" reject type=\"icmp6-adm-prohibited\"",
            "rule protocol value=\"sctp\" accept",
            "rule family=\"ipv6\" source-port port=\"53\" protocol=\"udp\" accept",
            "rule icmp-block name=\"echo-reply\"",
            "rule family=\"ipv4\" icmp-type name=\"echo-request\" limit value=\"2/s\" accept",
            "rule family=\"ipv4\" source address=\"198.18.7.0/24\" masquerade",
            "rule family=\"ipv4\" forward-port port=\"9090\" protocol=\"tcp\" to-port=\"90\" to-addr=\"198.18.0.5\"",
            "rule family=\"ipv4\" source address=\"198.18.12.0/24\" forward-port port=\"9091\" protocol=\"udp\" to-port=\"91\"",
            "rule priority=\"-10\" family=\"ipv4\" source address=\"198.18.8.8\" drop",
            "rule priority=\"5\" port port=\"7000\" protocol=\"udp\" reject",
            "rule family=\"ipv4\" source address=\"198.18.9.0/24\" mark set=\"0x10/0xff\"",
            "rule family=\"ipv4\" source NOT address=\"198.18.0.0/15\" drop",
            "rule family=\"ipv4\" destination address=\"198.18.0.1\" service name=\"https\" log level=\"warning\" accept",
            "rule source mac=\"00:11:22:33:44:66\" accept",
            "rule source ipset=\"blk\" drop",
            "rule family=\"ipv4\" source address=\"198.18.11.0/24\" nflog group=\"5\" prefix=\"nf\" queue-size=\"4\" accept",
            "rule family=\"ipv4\" source address=\"198.18.13.0/24\" audit accept limit value=\"5/h\"",
            "rule family=\"ipv4\" source address=\"198.18.14.0/24\" drop limit value=\"10/d\"",
            "rule service name=\"dns\" log accept",
            "rule family=\"ipv4\" destination address=\"198.18.0.0/24\" service name=\"ssh\" reject",
            "rule tcp-mss-clamp value=\"pmtu\"",
            "rule priority=\"32767\" log prefix=\"last \"");

    private final Map<String, Zone> zones = new TreeMap<>();
    private final List<Policy> policies = new ArrayList<>(Builtins.policies());
    private final List<IpSet> ipsets = new ArrayList<>();
    private String logDenied = "off";
    private boolean panic;

    OracleConfigs() {
        Builtins.zones().forEach(z -> zones.put(z.name(), z));
    }

    static Map<String, Service> services() {
        Map<String, Service> out = new TreeMap<>();
        Builtins.services().forEach(s -> out.put(s.name(), s));
        return out;
    }

    OracleConfigs zone(String name, UnaryOperator<Zone> change) {
        zones.put(name, change.apply(zones.get(name)));
        return this;
    }

    OracleConfigs ipset(IpSet s) {
        ipsets.add(s);
        return this;
    }

    OracleConfigs policy(Policy p) {
        policies.add(p);
        return this;
    }

    OracleConfigs logDenied(String value) {
        logDenied = value;
        return this;
    }

    OracleConfigs panic() {
        panic = true;
        return this;
    }

    ZoneInput input() {
        return ZoneInput.of(zones.values(), services(), Builtins.defaultZone(), panic).withPolicies(policies)
                .withIpsets(ipsets).withLogDenied(logDenied);
    }

    /** Stock zone public with enp3s0 bound. */
    static OracleConfigs publicOnEnp3s0() {
        return new OracleConfigs().zone("public", z -> z.withInterface("enp3s0"));
    }

    /** The NAT and ICMP options of the features-nat-icmp recording. */
    static OracleConfigs natAndIcmp() {
        return publicOnEnp3s0().zone("public", z -> z.withMasquerade(true)
                .withForwardPort(ForwardPort.parse("port=8080:proto=tcp:toport=80"))
                .withForwardPort(ForwardPort.parse("port=2222:proto=tcp:toport=22:toaddr=198.18.0.9"))
                .withForwardPort(ForwardPort.parse("port=5353-5354:proto=udp:toaddr=198.18.0.10"))
                .withIcmpBlock("echo-request").withIcmpBlock("timestamp-request")
                .withPort(Port.parse("8000-8010/udp")).withProtocol("gre").withSourcePort(Port.parse("6000/tcp")));
    }

    static IpSet blk(List<String> entries) {
        return new IpSet("blk", "hash:net", "inet", Map.of(), entries);
    }

    static IpSet blk6(List<String> entries) {
        return new IpSet("blk6", "hash:ip", "inet6", Map.of(), entries);
    }

    /** The sources of several kinds and zone targets of the features-sources recording. */
    static OracleConfigs sources() {
        return publicOnEnp3s0()
                .ipset(blk(List.of("198.18.6.0/24"))).ipset(blk6(List.of("2001:db8::6")))
                .zone("drop", z -> z.withSource(ZoneSource.parse("ipset:blk")).withSource(ZoneSource.parse("ipset:blk6"))
                        .withInterface("veth9"))
                .zone("trusted", z -> z.withSource(ZoneSource.parse("198.18.4.0/24")))
                .zone("internal", z -> z.withSource(ZoneSource.parse("00:11:22:33:44:55")))
                .zone("work", z -> z.withSource(ZoneSource.parse("2001:db8::/32")))
                .zone("block", z -> z.withSource(ZoneSource.parse("198.18.5.7")));
    }

    /** features-sources plus the rich rules of public. */
    static OracleConfigs rich() {
        OracleConfigs c = sources();
        for (String r : RICH_RULES) {
            c.zone("public", z -> z.withRichRule(RichRuleParser.parse(r)));
        }
        return c;
    }

    /** After --set-log-denied=all (a reload: runtime bindings and ipset entries gone) and public without forward. */
    static OracleConfigs logDeniedAll() {
        return new OracleConfigs().ipset(blk(List.of())).ipset(blk6(List.of())).logDenied("all")
                .zone("public", z -> z.withForward(false));
    }

    /** The gateway of features-policy: internal on veth1, external on enp3s0, policies clients-out and host-out. */
    static OracleConfigs policies() throws IOException {
        Policy clientsOut;
        try (InputStream in = Files.newInputStream(Recording.file("policy-clients-out.xml"))) {
            clientsOut = PolicyXml.read(in, "clients-out");
        }
        Policy hostOut = Policy.empty("host-out").withIngressZone("HOST").withEgressZone("ANY")
                .withTarget(org.portcullis.model.zone.PolicyTarget.DROP).withPriority(-5)
                .with(p -> p.withService("ssh", "host-out"));
        return new OracleConfigs().ipset(blk(List.of())).ipset(blk6(List.of()))
                .zone("internal", z -> z.withInterface("veth1"))
                .zone("external", z -> z.withInterface("enp3s0"))
                .policy(clientsOut).policy(hostOut);
    }
}
