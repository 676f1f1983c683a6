package org.portcullis.daemon.zone;

import java.util.List;

import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.config.rich.RichRuleParser;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.net.Addresses;
import org.portcullis.model.rich.Element;
import org.portcullis.model.rich.IpProtocols;
import org.portcullis.model.rich.RichRule;
import org.portcullis.model.zone.ForwardPort;
import org.portcullis.model.zone.Port;
import org.portcullis.model.zone.Zone;
import org.portcullis.model.zone.ZoneSource;

/**
 * Adding, removing, querying and listing one kind of zone item (service, port, ...), with firewalld's checks
 * of the value against the catalog. Interfaces and sources are bound per zone here; conflicts between zones
 * are checked by the handlers. Forwarding is switched on or off without complaint when it already is, as
 * firewalld sets it in the zone's settings.
 */
public final class ZoneItems {
    private ZoneItems() {
    }

    public static Zone add(ZoneSet set, Zone z, String kind, String value) {
        return switch (kind) {
            case "service" -> z.withService(service(set, value));
            case "port" -> z.withPort(Port.parse(value));
            case "protocol" -> z.withProtocol(protocol(value));
            case "source-port" -> z.withSourcePort(Port.parse(value));
            case "source" -> z.withSource(source(value));
            case "interface" -> z.withInterface(value);
            case "icmp-block" -> z.withIcmpBlock(icmpType(value));
            case "rich-rule" -> z.withRichRule(richRule(set, value));
            case "forward-port" -> z.withForwardPort(ForwardPort.parse(value));
            case "masquerade" -> z.withMasquerade(true);
            case "forward" -> z.forward() ? z : z.withForward(true);
            case "icmp-block-inversion" -> z.withIcmpBlockInversion(true);
            default -> throw unknown(kind);
        };
    }

    public static Zone remove(Zone z, String kind, String value) {
        return switch (kind) {
            case "service" -> z.withoutService(value);
            case "port" -> z.withoutPort(Port.parse(value));
            case "protocol" -> z.withoutProtocol(value);
            case "source-port" -> z.withoutSourcePort(Port.parse(value));
            case "source" -> z.withoutSource(source(value));
            case "interface" -> z.withoutInterface(value);
            case "icmp-block" -> z.withoutIcmpBlock(value);
            case "rich-rule" -> z.withoutRichRule(RichRuleParser.parse(value));
            case "forward-port" -> z.withoutForwardPort(ForwardPort.parse(value));
            case "masquerade" -> z.withMasquerade(false);
            case "forward" -> z.forward() ? z.withForward(false) : z;
            case "icmp-block-inversion" -> z.withIcmpBlockInversion(false);
            default -> throw unknown(kind);
        };
    }

    public static boolean query(Zone z, String kind, String value) {
        return switch (kind) {
            case "service" -> z.services().contains(value);
            case "port" -> z.primitives().hasPort(Port.parse(value));
            case "protocol" -> z.protocols().contains(value);
            case "source-port" -> z.sourcePorts().stream().anyMatch(p -> covers(p, Port.parse(value)));
            case "source" -> z.sources().contains(source(value));
            case "interface" -> z.interfaces().contains(value);
            case "icmp-block" -> z.icmpBlocks().contains(value);
            case "rich-rule" -> z.richRules().contains(RichRuleParser.parse(value));
            case "forward-port" -> z.forwardPorts().contains(ForwardPort.parse(value));
            case "masquerade" -> z.masquerade();
            case "forward" -> z.forward();
            case "icmp-block-inversion" -> z.icmpBlockInversion();
            default -> throw unknown(kind);
        };
    }

    /** The lines {@code --list-KIND} prints. */
    public static List<String> list(Zone z, String kind) {
        return switch (kind) {
            case "service" -> List.of(String.join(" ", new java.util.TreeSet<>(z.services())));
            case "port" -> List.of(joined(z.ports()));
            case "protocol" -> List.of(String.join(" ", new java.util.TreeSet<>(z.protocols())));
            case "source-port" -> List.of(joined(z.sourcePorts()));
            case "source" -> List.of(String.join(" ", z.sources().stream().map(ZoneSource::text).toList()));
            case "interface" -> List.of(String.join(" ", new java.util.TreeSet<>(z.interfaces())));
            case "icmp-block" -> List.of(String.join(" ", z.icmpBlocks()));
            case "rich-rule" -> z.richRules().stream().map(RichRule::toString).toList();
            case "forward-port" -> z.forwardPorts().stream().map(ForwardPort::toString).toList();
            default -> throw unknown(kind);
        };
    }

    /** firewall-cmd sorts ports by protocol, then numerically by range. */
    private static String joined(List<Port> ports) {
        return String.join(" ", ports.stream().sorted(java.util.Comparator
                .comparing((Port p) -> p.protocol().text())
                .thenComparingInt(p -> p.range().low())
                .thenComparingInt(p -> p.range().high())).map(Port::toString).toList());
    }

    private static boolean covers(Port listed, Port asked) {
        return listed.protocol() == asked.protocol() && listed.range().contains(asked.range());
    }

    public static String service(ZoneSet set, String name) {
        if (!set.catalog().services().containsKey(name)) {
            throw new FirewallException(ErrorCode.INVALID_SERVICE, name);
        }
        return name;
    }

    public static String protocol(String value) {
        if (!IpProtocols.isValid(value)) {
            throw new FirewallException(ErrorCode.INVALID_PROTOCOL, value);
        }
        return value;
    }

    public static String icmpType(String name) {
        if (!IcmpTypes.isKnown(name)) {
            throw new FirewallException(ErrorCode.INVALID_ICMPTYPE, name);
        }
        return name;
    }

    public static ZoneSource source(String text) {
        if (text.startsWith("ipset:")) {
            return new ZoneSource.Ipset(text.substring("ipset:".length()));
        }
        if (Addresses.isMac(text)) {
            return new ZoneSource.Mac(text);
        }
        return new ZoneSource.Address(text);
    }

    /** Parses a rich rule and checks the names it refers to. */
    public static RichRule richRule(ZoneSet set, String text) {
        if (text.isEmpty()) {
            throw new FirewallException(ErrorCode.INVALID_RULE, "no element, no action");
        }
        RichRule r = RichRuleParser.parse(text);
        r.element().ifPresent(e -> {
            switch (e) {
                case Element.Service s -> service(set, s.name());
                case Element.IcmpBlock b -> icmpType(b.name());
                case Element.IcmpType t -> icmpType(t.name());
                case Element.Port p -> { }
                case Element.Protocol p -> { }
                case Element.Masquerade m -> { }
                case Element.ForwardPort f -> { }
                case Element.SourcePort p -> { }
                case Element.TcpMssClamp c -> { }
            }
        });
        return r;
    }

    private static FirewallException unknown(String kind) {
        return new FirewallException(ErrorCode.INVALID_OPTION, "no such zone item '" + kind + "'");
    }
}
