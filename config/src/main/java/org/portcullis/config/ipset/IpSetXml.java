package org.portcullis.config.ipset;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedMap;
import java.util.Set;

import org.portcullis.config.xml.XmlElement;
import org.portcullis.config.xml.XmlIn;
import org.portcullis.config.xml.XmlOut;
import org.portcullis.config.xml.XmlSchema;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.ipset.IpSet;
import org.portcullis.model.ipset.IpSetEntries;
import org.portcullis.model.ipset.IpSetOptions;
import org.portcullis.model.ipset.IpSetType;

/**
 * ipset files in firewalld's format:
 * {@code <ipset type="hash:net"><short/><description/><option name="family" value="inet6"/><entry/></ipset>}.
 * Reading is as lenient as firewalld about entries: with a timeout they are dropped, and entries that are
 * repeated or do not fit the type are skipped; a bad type or option fails the whole file.
 */
public final class IpSetXml {
    private static final XmlSchema SCHEMA = new XmlSchema()
            .element("ipset", "type", "|", "version")
            .element("short")
            .element("description")
            .element("option", "name", "|", "value")
            .element("entry");

    private IpSetXml() {
    }

    public static void write(IpSet s, OutputStream out) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(s, w);
        XmlOut.flush(w);
    }

    /** Writes the ipset; the writer is flushed, not closed. */
    public static void write(IpSet s, Writer w) {
        XmlOut out = new XmlOut(w);
        out.open(0, "ipset", "type", s.type().text(), "version", s.version().isEmpty() ? null : s.version());
        if (!s.shortDescription().isEmpty()) {
            out.text(1, "short", s.shortDescription());
        }
        if (!s.description().isEmpty()) {
            out.text(1, "description", s.description());
        }
        s.options().values().forEach((k, v) -> out.empty(1, "option", "name", k, "value", v.isEmpty() ? null : v));
        s.entries().forEach(e -> out.text(1, "entry", e));
        out.close(0, "ipset");
        out.finish();
    }

    /** Reads an ipset file; {@code fileName} ({@code NAME.xml}) names the set. */
    public static IpSet read(InputStream in, String fileName) {
        if (!fileName.endsWith(".xml")) {
            throw new FirewallException(ErrorCode.INVALID_NAME, "'" + fileName + "' is missing .xml suffix");
        }
        String name = IpSet.checkName(fileName.substring(0, fileName.length() - ".xml".length()));
        XmlIn xml = new XmlIn(in, SCHEMA, ErrorCode.INVALID_IPSET, "ipset");
        XmlElement root = xml.root("ipset");
        IpSetType type = IpSetType.find(root.get("type"))
                .orElseThrow(() -> new FirewallException(ErrorCode.INVALID_TYPE, root.get("type")));
        String shortText = "";
        String description = "";
        SequencedMap<String, String> options = new LinkedHashMap<>();
        List<String> entries = new ArrayList<>();
        for (XmlElement e = xml.nextChild(); e != null; e = xml.nextChild()) {
            switch (e.name()) {
                case "short" -> shortText = text(xml);
                case "description" -> description = text(xml);
                case "entry" -> entries.add(text(xml));
                case "option" -> {
                    option(type, e.get("name"), e.has("value") ? e.get("value") : "", options);
                    xml.end();
                }
                default -> throw new FirewallException(ErrorCode.PARSE_ERROR, "Unexpected element " + e.name());
            }
        }
        xml.finish();
        IpSetOptions opts = new IpSetOptions(options);
        return new IpSet(name, root.get("version"), shortText, description, type, opts, usable(entries, type, opts));
    }

    private static String text(XmlIn xml) {
        return xml.text().replace('\n', ' ');
    }

    private static void option(IpSetType type, String key, String value, SequencedMap<String, String> into) {
        if (!IpSetOptions.NAMES.contains(key)) {
            throw new FirewallException(ErrorCode.INVALID_OPTION, "Unknown option '" + key + "'");
        }
        if (type == IpSetType.HASH_MAC && key.equals("family")) {
            throw new FirewallException(ErrorCode.INVALID_OPTION,
                    "Unsupported option '" + key + "' for type '" + type + "'");
        }
        if (value.isEmpty()) {
            throw new FirewallException(ErrorCode.INVALID_OPTION, "Missing mandatory value of option '" + key + "'");
        }
        IpSetOptions.check(key, value);
        into.putIfAbsent(key, value);
    }

    private static List<String> usable(List<String> entries, IpSetType type, IpSetOptions options) {
        if (options.hasTimeout()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String e : entries) {
            try {
                IpSetEntries.check(e, type, options);
                out.add(e);
            } catch (FirewallException skipped) {
                continue;
            }
        }
        return List.copyOf(out);
    }
}
