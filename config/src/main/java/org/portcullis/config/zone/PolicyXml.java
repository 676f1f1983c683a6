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
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.PolicyTarget;
import org.portcullis.model.zone.Primitives;

/** Policy files ({@code policies/NAME.xml}) in firewalld's format. */
public final class PolicyXml {
    private static final XmlSchema SCHEMA = PrimitivesXml.schema()
            .element("policy", "target", "|", "version", "priority")
            .element("ingress-zone", "name")
            .element("egress-zone", "name");

    private PolicyXml() {
    }

    public static void write(Policy p, OutputStream out) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(p, w);
        XmlOut.flush(w);
    }

    /** Writes the policy; the writer is flushed, not closed. */
    public static void write(Policy p, Writer w) {
        XmlOut out = new XmlOut(w);
        out.open(0, "policy", "version", p.version().isEmpty() ? null : p.version(),
                "priority", p.priority() == Policy.DEFAULT_PRIORITY ? null : Integer.toString(p.priority()),
                "target", p.target().name());
        PrimitivesXml.writeHeader(out, p.shortDescription(), p.description());
        PrimitivesXml.write(out, p.primitives());
        p.ingressZones().forEach(z -> out.empty(1, "ingress-zone", "name", z));
        p.egressZones().forEach(z -> out.empty(1, "egress-zone", "name", z));
        out.close(0, "policy");
        out.finish();
    }

    /** Reads a policy file; {@code nameFromFile} (with or without {@code .xml}) names the policy. */
    public static Policy read(InputStream in, String nameFromFile) {
        String name = Names.check(ZoneXml.stripXml(nameFromFile), Names.POLICY_MAX);
        XmlIn xml = new XmlIn(in, SCHEMA, ErrorCode.INVALID_POLICY, "policy");
        XmlElement root = xml.root("policy");
        PolicyTarget target = PolicyTarget.parse(root.get("target"));
        int priority = root.has("priority") ? ZoneXml.priority(root.get("priority")) : Policy.DEFAULT_PRIORITY;
        String shortText = "";
        String description = "";
        List<String> ingress = new ArrayList<>();
        List<String> egress = new ArrayList<>();
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
                case "ingress-zone" -> ZoneXml.addOnce(ingress, e.get("name"));
                case "egress-zone" -> ZoneXml.addOnce(egress, e.get("name"));
                default -> throw new FirewallException(ErrorCode.PARSE_ERROR, "Unexpected element " + e.name());
            }
            if (!e.name().equals("short") && !e.name().equals("description")) {
                xml.end();
            }
        }
        xml.finish();
        return new Policy(name, root.get("version"), shortText, description, target, priority, ingress, egress, p);
    }
}
