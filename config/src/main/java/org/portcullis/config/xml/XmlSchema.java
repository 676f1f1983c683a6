package org.portcullis.config.xml;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/** Which elements a document type knows and which attributes each requires or allows; else PARSE_ERROR. */
public final class XmlSchema {
    private final Map<String, List<String>> required = new HashMap<>();
    private final Map<String, List<String>> optional = new HashMap<>();

    /** Declares an element: {@code required} attribute names, then {@code "|"}, then optional ones. */
    public XmlSchema element(String name, String... attributes) {
        List<String> all = List.of(attributes);
        int bar = all.indexOf("|");
        required.put(name, bar < 0 ? all : all.subList(0, bar));
        optional.put(name, bar < 0 ? List.of() : all.subList(bar + 1, all.size()));
        return this;
    }

    public XmlSchema merge(XmlSchema other) {
        required.putAll(other.required);
        optional.putAll(other.optional);
        return this;
    }

    public void check(XmlElement e) {
        List<String> req = required.get(e.name());
        if (req == null) {
            throw new FirewallException(ErrorCode.PARSE_ERROR, "Unexpected element " + e.name());
        }
        for (String a : req) {
            if (!e.has(a)) {
                throw new FirewallException(ErrorCode.PARSE_ERROR, "Missing attribute " + a + " for " + e.name());
            }
        }
        for (String a : e.attributes().keySet()) {
            if (!req.contains(a) && !optional.get(e.name()).contains(a)) {
                throw new FirewallException(ErrorCode.PARSE_ERROR, e.name() + ": Unexpected attribute " + a);
            }
        }
    }
}
