package org.portcullis.config.zone;

import org.portcullis.config.rich.RichRuleXml;
import org.portcullis.config.xml.XmlElement;
import org.portcullis.config.xml.XmlIn;
import org.portcullis.config.xml.XmlOut;
import org.portcullis.config.xml.XmlSchema;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.rich.IpProtocols;
import org.portcullis.model.zone.ForwardPort;
import org.portcullis.model.zone.Port;
import org.portcullis.model.zone.Primitives;
import org.portcullis.model.zone.TransportProtocol;

/** The elements zone and policy files share, written in firewalld's order and read leniently as it does. */
final class PrimitivesXml {
    private PrimitivesXml() {
    }

    /** Elements and attributes common to zone and policy documents (rule parts included). */
    static XmlSchema schema() {
        return new XmlSchema().merge(RichRuleXml.SCHEMA)
                .element("short")
                .element("description");
    }

    static void writeHeader(XmlOut out, String shortDescription, String description) {
        if (!shortDescription.isEmpty()) {
            out.text(1, "short", shortDescription);
        }
        if (!description.isEmpty()) {
            out.text(1, "description", description);
        }
    }

    static void write(XmlOut out, Primitives p) {
        p.services().forEach(s -> out.empty(1, "service", "name", s));
        p.ports().forEach(x -> out.empty(1, "port", "port", x.range().toString(), "protocol", x.protocol().text()));
        p.protocols().forEach(x -> out.empty(1, "protocol", "value", x));
        p.icmpBlocks().forEach(x -> out.empty(1, "icmp-block", "name", x));
        if (p.masquerade()) {
            out.empty(1, "masquerade");
        }
        p.forwardPorts().forEach(f -> out.empty(1, "forward-port", "port", f.port().toString(),
                "protocol", f.protocol().text(), "to-port", f.toPort().map(Object::toString).orElse(null),
                "to-addr", f.toAddr().orElse(null)));
        p.sourcePorts().forEach(x -> out.empty(1, "source-port", "port", x.range().toString(),
                "protocol", x.protocol().text()));
        p.richRules().forEach(r -> RichRuleXml.write(r, out, 1));
    }

    /**
     * Applies one shared element to {@code p}, consuming it; returns null when {@code e} is not a shared
     * element. Duplicates are ignored and ports coalesce, as firewalld's reader does.
     */
    static Primitives read(XmlElement e, XmlIn in, Primitives p, String owner) {
        Primitives next = switch (e.name()) {
            case "service" -> lenient(p, () -> p.withService(e.get("name"), owner));
            case "port" -> lenient(p, () -> p.withPort(port(e), owner));
            case "protocol" -> lenient(p, () -> p.withProtocol(protocol(e.get("value")), owner));
            case "icmp-block" -> lenient(p, () -> p.withIcmpBlock(e.get("name"), owner));
            case "masquerade" -> p.masquerade() ? p : p.withMasquerade(true, owner);
            case "forward-port" -> lenient(p, () -> p.withForwardPort(ForwardPort.of(e.get("port"),
                    e.get("protocol"), e.get("to-port"), e.get("to-addr")), owner));
            case "source-port" -> lenient(p, () -> p.withSourcePort(port(e), owner));
            case "rule" -> lenient(p, () -> p.withRichRule(RichRuleXml.read(e, in), owner));
            default -> null;
        };
        if (next != null && !e.name().equals("rule")) {
            in.end();
        }
        return next;
    }

    /** A port element; the protocol message is the one firewalld's file reader gives. */
    static Port port(XmlElement e) {
        String protocol = e.get("protocol");
        if (!TransportProtocol.isValid(protocol)) {
            throw new FirewallException(ErrorCode.INVALID_PROTOCOL,
                    "'" + protocol + "' not from {'tcp'|'udp'|'sctp'|'dccp'}");
        }
        return Port.of(e.get("port"), protocol);
    }

    private static String protocol(String value) {
        if (!IpProtocols.isValid(value)) {
            throw new FirewallException(ErrorCode.INVALID_PROTOCOL, value);
        }
        return value;
    }

    private static Primitives lenient(Primitives unchanged, java.util.function.Supplier<Primitives> change) {
        try {
            return change.get();
        } catch (FirewallException ex) {
            if (ex.code() == ErrorCode.ALREADY_ENABLED) {
                return unchanged;
            }
            throw ex;
        }
    }
}
