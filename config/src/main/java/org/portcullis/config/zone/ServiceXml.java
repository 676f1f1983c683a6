package org.portcullis.config.zone;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.portcullis.config.xml.XmlElement;
import org.portcullis.config.xml.XmlIn;
import org.portcullis.config.xml.XmlOut;
import org.portcullis.config.xml.XmlSchema;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.rich.IpProtocols;
import org.portcullis.model.zone.Names;
import org.portcullis.model.zone.Port;
import org.portcullis.model.zone.Service;

/** Service files ({@code services/NAME.xml}) in firewalld's format. */
public final class ServiceXml {
    private static final XmlSchema SCHEMA = new XmlSchema()
            .element("service", "|", "name", "version")
            .element("short")
            .element("description")
            .element("port", "|", "port", "protocol")
            .element("protocol", "|", "value")
            .element("source-port", "|", "port", "protocol")
            .element("module", "|", "name")
            .element("destination", "|", "ipv4", "ipv6")
            .element("include", "|", "service")
            .element("helper", "|", "name");

    private ServiceXml() {
    }

    public static void write(Service s, OutputStream out) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(s, w);
        XmlOut.flush(w);
    }

    /** Writes the service; the writer is flushed, not closed. */
    public static void write(Service s, Writer w) {
        XmlOut out = new XmlOut(w);
        out.open(0, "service", "version", s.version().isEmpty() ? null : s.version());
        PrimitivesXml.writeHeader(out, s.shortDescription(), s.description());
        s.ports().forEach(p -> out.empty(1, "port", "port", p.range().toString(), "protocol", p.protocol().text()));
        s.protocols().forEach(p -> out.empty(1, "protocol", "value", p));
        s.sourcePorts().forEach(p -> out.empty(1, "source-port", "port", p.range().toString(),
                "protocol", p.protocol().text()));
        s.modules().forEach(m -> out.empty(1, "module", "name", m));
        if (s.destinationIpv4().isPresent() || s.destinationIpv6().isPresent()) {
            out.empty(1, "destination", "ipv4", s.destinationIpv4().orElse(null),
                    "ipv6", s.destinationIpv6().orElse(null));
        }
        s.includes().forEach(i -> out.empty(1, "include", "service", i));
        s.helpers().forEach(h -> out.empty(1, "helper", "name", h));
        out.close(0, "service");
        out.finish();
    }

    /** Reads a service file; {@code nameFromFile} (with or without {@code .xml}) names the service. */
    public static Service read(InputStream in, String nameFromFile) {
        String name = Names.check(ZoneXml.stripXml(nameFromFile), Names.POLICY_MAX);
        XmlIn xml = new XmlIn(in, SCHEMA, ErrorCode.INVALID_SERVICE, "service");
        XmlElement root = xml.root("service");
        String shortText = "";
        String description = "";
        List<Port> ports = new ArrayList<>();
        List<String> protocols = new ArrayList<>();
        List<Port> sourcePorts = new ArrayList<>();
        List<String> modules = new ArrayList<>();
        List<String> includes = new ArrayList<>();
        List<String> helpers = new ArrayList<>();
        Optional<String> v4 = Optional.empty();
        Optional<String> v6 = Optional.empty();
        for (XmlElement e = xml.nextChild(); e != null; e = xml.nextChild()) {
            switch (e.name()) {
                case "short" -> shortText = xml.text();
                case "description" -> description = xml.text();
                case "port" -> {
                    String port = e.get("port");
                    if (port == null || port.isEmpty()) {
                        ZoneXml.addOnce(protocols, protocol(e.get("protocol")));
                    } else {
                        ZoneXml.addOnce(ports, PrimitivesXml.port(e));
                    }
                }
                case "protocol" -> ZoneXml.addOnce(protocols, protocol(e.get("value")));
                case "source-port" -> ZoneXml.addOnce(sourcePorts, PrimitivesXml.port(e));
                case "module" -> ZoneXml.addOnce(modules, e.get("name"));
                case "destination" -> {
                    v4 = Optional.ofNullable(e.get("ipv4"));
                    v6 = Optional.ofNullable(e.get("ipv6"));
                }
                case "include" -> ZoneXml.addOnce(includes, e.get("service"));
                case "helper" -> ZoneXml.addOnce(helpers, e.get("name"));
                default -> throw new FirewallException(ErrorCode.PARSE_ERROR, "Unexpected element " + e.name());
            }
            if (!e.name().equals("short") && !e.name().equals("description")) {
                xml.end();
            }
        }
        xml.finish();
        return new Service(name, root.get("version"), shortText, description, ports, protocols, sourcePorts,
                modules, v4, v6, includes, helpers);
    }

    private static String protocol(String value) {
        if (value == null || !IpProtocols.isValid(value)) {
            throw new FirewallException(ErrorCode.INVALID_PROTOCOL, String.valueOf(value));
        }
        return value;
    }
}
