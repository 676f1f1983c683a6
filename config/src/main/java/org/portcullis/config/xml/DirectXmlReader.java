package org.portcullis.config.xml;

import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.portcullis.config.iptables.Tables;
import org.portcullis.config.shell.Shlex;
import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.direct.Passthrough;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/** Reads direct.xml with firewalld's rules for attributes, bad values and ignored entries. */
final class DirectXmlReader {
    private static final System.Logger LOG = System.getLogger(DirectXml.class.getName());
    private static final Map<String, List<String>> REQUIRED = Map.of("direct", List.of(),
            "chain", List.of("ipv", "table", "chain"), "rule", List.of("ipv", "table", "chain", "priority"),
            "passthrough", List.of("ipv"));

    private final SequencedSet<DirectChain> chains = new LinkedHashSet<>();
    private final SequencedSet<DirectRule> rules = new LinkedHashSet<>();
    private final SequencedSet<Passthrough> passthroughs = new LinkedHashSet<>();
    private boolean inDirect;

    DirectConfig read(InputStream in) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            XMLStreamReader x = f.createXMLStreamReader(in);
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT) {
                    element(x);
                }
            }
        } catch (XMLStreamException e) {
            throw new FirewallException(ErrorCode.INVALID_TYPE, "Not a valid file: " + e.getMessage());
        }
        return DirectConfig.of(List.copyOf(chains), List.copyOf(rules), List.copyOf(passthroughs));
    }

    private void element(XMLStreamReader x) throws XMLStreamException {
        String name = x.getLocalName();
        Map<String, String> attrs = attributes(x, name);
        switch (name) {
            case "direct" -> {
                if (inDirect) {
                    throw new FirewallException(ErrorCode.PARSE_ERROR, "More than one direct tag.");
                }
                inDirect = true;
            }
            case "chain" -> {
                if (outside(name)) {
                    return;
                }
                Ipv ipv = ipv(attrs.get("ipv"), false);
                Tables.check(ipv, attrs.get("table"));
                add(chains, new DirectChain(ipv, attrs.get("table"), attrs.get("chain")), "Chain");
            }
            case "rule" -> rule(x, attrs);
            default -> passthrough(x, attrs);
        }
    }

    private boolean outside(String name) {
        if (!inDirect) {
            LOG.log(Level.ERROR, "Parse Error: {0} outside of direct", name.equals("passthrough") ? "command" : name);
        }
        return !inDirect;
    }

    private void rule(XMLStreamReader x, Map<String, String> attrs) throws XMLStreamException {
        if (outside("rule")) {
            return;
        }
        Ipv ipv = ipv(attrs.get("ipv"), true);
        Integer priority = priority(attrs.get("priority"));
        if (priority == null) {
            LOG.log(Level.ERROR, "Parse Error: {0} is not a valid priority", attrs.get("priority"));
            return;
        }
        String text = text(x);
        if (text.isEmpty()) {
            LOG.log(Level.ERROR, "Error: rule does not have any arguments, ignoring.");
            return;
        }
        Tables.check(ipv, attrs.get("table"));
        add(rules, new DirectRule(ipv, attrs.get("table"), attrs.get("chain"), priority, split(text)), "Rule");
    }

    private void passthrough(XMLStreamReader x, Map<String, String> attrs) throws XMLStreamException {
        if (outside("passthrough")) {
            return;
        }
        String ipvWord = attrs.get("ipv");
        String text = text(x);
        if (text.isEmpty()) {
            LOG.log(Level.ERROR, "Error: passthrough does not have any arguments, ignoring.");
            return;
        }
        add(passthroughs, new Passthrough(ipv(ipvWord, false), split(text)), "Passthrough");
    }

    private static <T> void add(SequencedSet<T> seen, T item, String what) {
        if (!seen.add(item)) {
            LOG.log(Level.WARNING, "{0} {1} already in list, ignoring", what, item);
        }
    }

    private static Map<String, String> attributes(XMLStreamReader x, String name) {
        List<String> required = REQUIRED.get(name);
        if (required == null) {
            throw new FirewallException(ErrorCode.PARSE_ERROR, "Unexpected element " + name);
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        for (int i = 0; i < x.getAttributeCount(); i++) {
            attrs.put(x.getAttributeLocalName(i), x.getAttributeValue(i));
        }
        for (String a : required) {
            if (!attrs.containsKey(a)) {
                throw new FirewallException(ErrorCode.PARSE_ERROR, "Missing attribute " + a + " for " + name);
            }
        }
        for (String a : attrs.keySet()) {
            if (!required.contains(a)) {
                throw new FirewallException(ErrorCode.PARSE_ERROR, name + ": Unexpected attribute " + a);
            }
        }
        return attrs;
    }

    private static Ipv ipv(String word, boolean ruleStyle) {
        return Ipv.fromWord(word).orElseThrow(() -> new FirewallException(ErrorCode.INVALID_IPV, ruleStyle
                ? "'" + word + "' not from {'ipv4'|'ipv6'|'eb'}"
                : "'" + word + "' not in '['ipv4', 'ipv6', 'eb']'"));
    }

    /** Python int() of the attribute: blanks around, a sign, digits with single underscores between. */
    private static Integer priority(String text) {
        String t = text.strip().replace("_", "");
        if (!text.strip().matches("[+-]?[0-9]+(_[0-9]+)*")) {
            return null;
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The element's text with newlines as blanks; child elements are refused like any unknown element. */
    private String text(XMLStreamReader x) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int ev = x.next();
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        sb.append(x.getText().replace('\n', ' '));
                case XMLStreamConstants.START_ELEMENT -> element(x);
                case XMLStreamConstants.END_ELEMENT -> {
                    return sb.toString();
                }
                default -> {
                }
            }
        }
    }

    private static List<String> split(String text) {
        try {
            return Shlex.split(text);
        } catch (IllegalArgumentException e) {
            throw new FirewallException(ErrorCode.INVALID_TYPE, "Not a valid file: " + e.getMessage());
        }
    }
}
