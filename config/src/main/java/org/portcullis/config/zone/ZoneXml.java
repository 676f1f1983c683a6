package org.portcullis.config.zone;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.portcullis.config.xml.XmlElement;
import org.portcullis.config.xml.XmlIn;
import org.portcullis.config.xml.XmlOut;
import org.portcullis.config.xml.XmlSchema;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.zone.Names;
import org.portcullis.model.zone.Primitives;
import org.portcullis.model.zone.Zone;
import org.portcullis.model.zone.ZoneSource;
import org.portcullis.model.zone.ZoneTarget;

/** Zone files ({@code zones/NAME.xml}) in firewalld's format. */
public final class ZoneXml {
    private static final XmlSchema SCHEMA = PrimitivesXml.schema()
            .element("zone", "|", "name", "immutable", "target", "version", "ingress-priority", "egress-priority")
            .element("forward")
            .element("interface", "name")
            .element("icmp-block-inversion");

    private ZoneXml() {
    }

    public static void write(Zone z, OutputStream out) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(z, w);
        XmlOut.flush(w);
    }

    /** Writes the zone; the writer is flushed, not closed. */
    public static void write(Zone z, Writer w) {
        XmlOut out = new XmlOut(w);
        out.open(0, "zone", "version", z.version().isEmpty() ? null : z.version(),
                "target", z.target() == ZoneTarget.DEFAULT ? null : z.target().xml(),
                "ingress-priority", z.ingressPriority() == 0 ? null : Integer.toString(z.ingressPriority()),
                "egress-priority", z.egressPriority() == 0 ? null : Integer.toString(z.egressPriority()));
        PrimitivesXml.writeHeader(out, z.shortDescription(), z.description());
        PrimitivesXml.write(out, z.primitives());
        z.interfaces().forEach(i -> out.empty(1, "interface", "name", i));
        for (ZoneSource s : z.sources()) {
            switch (s) {
                case ZoneSource.Ipset i -> out.empty(1, "source", "ipset", i.name());
                case ZoneSource.Address a -> out.empty(1, "source", "address", a.address());
                case ZoneSource.Mac m -> out.empty(1, "source", "address", m.mac());
            }
        }
        if (z.icmpBlockInversion()) {
            out.empty(1, "icmp-block-inversion");
        }
        if (z.forward()) {
            out.empty(1, "forward");
        }
        out.close(0, "zone");
        out.finish();
    }

    /**
     * Reads a zone file. {@code nameFromFile} is the file name with or without {@code .xml}; it names the
     * zone. An absent {@code <forward/>} means forwarding off.
     */
    public static Zone read(InputStream in, String nameFromFile) {
        String name = Names.check(stripXml(nameFromFile), Names.ZONE_MAX);
        XmlIn xml = new XmlIn(in, SCHEMA, ErrorCode.INVALID_ZONE, "zone");
        XmlElement root = xml.root("zone");
        String version = root.get("version");
        String t = root.get("target");
        if ("REJECT".equals(t)) {
            throw new FirewallException(ErrorCode.INVALID_TARGET, t);
        }
        ZoneTarget target = t == null || t.isEmpty() ? ZoneTarget.DEFAULT : ZoneTarget.parse(t);
        int ingress = priority(root.get("ingress-priority"));
        int egress = priority(root.get("egress-priority"));
        String shortText = "";
        String description = "";
        List<String> interfaces = new ArrayList<>();
        List<ZoneSource> sources = new ArrayList<>();
        boolean inversion = false;
        boolean forward = false;
        Primitives p = Primitives.EMPTY;
        for (XmlElement e = xml.nextChild(); e != null; e = xml.nextChild()) {
            Primitives next = PrimitivesXml.read(e, xml, p, name);
            if (next != null) {
                p = next;
                continue;
            }
            switch (e.name()) {
                case "short" -> shortText = xml.text();
                case "description" -> description = xml.text();
                case "interface" -> addOnce(interfaces, Names.checkInterface(e.get("name")));
                case "source" -> addOnce(sources, source(e));
                case "icmp-block-inversion" -> inversion = true;
                case "forward" -> forward = true;
                default -> throw new FirewallException(ErrorCode.PARSE_ERROR, "Unexpected element " + e.name());
            }
            if (!e.name().equals("short") && !e.name().equals("description")) {
                xml.end();
            }
        }
        xml.finish();
        return new Zone(name, version, shortText, description, target, ingress, egress, interfaces, sources,
                inversion, forward, p);
    }

    private static ZoneSource source(XmlElement e) {
        if (e.has("invert")) {
            throw new FirewallException(ErrorCode.INVALID_SOURCE, "invert not allowed in a zone source");
        }
        String address = e.get("address") != null ? e.get("address") : e.get("mac");
        if ((address == null) == (e.get("ipset") == null)) {
            throw new FirewallException(ErrorCode.INVALID_SOURCE, "a source needs either an address or an ipset");
        }
        return address != null ? ZoneSource.parse(address) : new ZoneSource.Ipset(e.get("ipset"));
    }

    static int priority(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException ex) {
            throw new FirewallException(ErrorCode.INVALID_PRIORITY, text);
        }
    }

    static <T> void addOnce(List<T> list, T item) {
        if (!list.contains(item)) {
            list.add(item);
        }
    }

    static String stripXml(String fileName) {
        return fileName.endsWith(".xml") ? fileName.substring(0, fileName.length() - 4) : fileName;
    }
}
