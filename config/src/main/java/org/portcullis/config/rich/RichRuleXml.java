package org.portcullis.config.rich;

import java.util.Optional;

import org.portcullis.config.xml.XmlElement;
import org.portcullis.config.xml.XmlIn;
import org.portcullis.config.xml.XmlOut;
import org.portcullis.config.xml.XmlSchema;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.rich.Action;
import org.portcullis.model.rich.AddressMatch;
import org.portcullis.model.rich.Element;
import org.portcullis.model.rich.Limit;
import org.portcullis.model.rich.Logging;
import org.portcullis.model.rich.RichRule;

/** Rich rules in the XML form of zone and policy files: {@code <rule family="ipv4"><source …/>…</rule>}. */
public final class RichRuleXml {
    /** The elements and attributes that may appear inside {@code <rule>}. */
    public static final XmlSchema SCHEMA = new XmlSchema()
            .element("rule", "|", "family", "priority")
            .element("source", "|", "address", "mac", "invert", "family", "ipset")
            .element("destination", "|", "address", "invert", "ipset")
            .element("service", "name")
            .element("port", "port", "protocol")
            .element("protocol", "value")
            .element("icmp-block", "name")
            .element("icmp-type", "name")
            .element("masquerade", "|", "enabled")
            .element("forward-port", "port", "protocol", "|", "to-port", "to-addr")
            .element("source-port", "port", "protocol")
            .element("tcp-mss-clamp", "|", "value")
            .element("log", "|", "prefix", "level")
            .element("nflog", "|", "group", "prefix", "queue-size")
            .element("audit")
            .element("accept")
            .element("reject", "|", "type")
            .element("drop")
            .element("mark", "set")
            .element("limit", "value");

    private RichRuleXml() {
    }

    public static void write(RichRule r, XmlOut out, int depth) {
        out.open(depth, "rule", "family", r.family().map(f -> f.text()).orElse(null),
                "priority", r.priority() == 0 ? null : Integer.toString(r.priority()));
        int in = depth + 1;
        r.source().ifPresent(s -> out.empty(in, "source", s.match().attribute(), s.match().value(),
                "invert", s.invert() ? "True" : null));
        r.destination().ifPresent(d -> out.empty(in, "destination", d.match().attribute(), d.match().value(),
                "invert", d.invert() ? "True" : null));
        r.element().ifPresent(e -> element(e, out, in));
        r.logging().ifPresent(l -> {
            switch (l) {
                case Logging.Log g -> limited(out, in, "log", g.limit(), "prefix", nonEmpty(g.prefix()),
                        "level", nonEmpty(g.level()));
                case Logging.NfLog n -> limited(out, in, "nflog", n.limit(), "group", nonEmpty(n.group()),
                        "prefix", nonEmpty(n.prefix()), "queue-size", nonEmpty(n.queueSize()));
            }
        });
        r.audit().ifPresent(a -> limited(out, in, "audit", a.limit()));
        r.action().ifPresent(a -> {
            switch (a) {
                case Action.Accept x -> limited(out, in, "accept", x.limit());
                case Action.Reject x -> limited(out, in, "reject", x.limit(), "type", nonEmpty(x.type()));
                case Action.Drop x -> limited(out, in, "drop", x.limit());
                case Action.Mark x -> limited(out, in, "mark", x.limit(), "set", x.set());
            }
        });
        out.close(depth, "rule");
    }

    private static void element(Element e, XmlOut out, int d) {
        switch (e) {
            case Element.Service s -> out.empty(d, "service", "name", s.name());
            case Element.Port p -> out.empty(d, "port", "port", p.port(), "protocol", p.protocol());
            case Element.Protocol p -> out.empty(d, "protocol", "value", p.value());
            case Element.IcmpBlock b -> out.empty(d, "icmp-block", "name", b.name());
            case Element.IcmpType t -> out.empty(d, "icmp-type", "name", t.name());
            case Element.Masquerade m -> out.empty(d, "masquerade");
            case Element.ForwardPort f -> out.empty(d, "forward-port", "port", f.port(), "protocol", f.protocol(),
                    "to-port", f.toPort().isEmpty() ? null : f.toPort(),
                    "to-addr", f.toAddr().isEmpty() ? null : f.toAddr());
            case Element.SourcePort p -> out.empty(d, "source-port", "port", p.port(), "protocol", p.protocol());
            case Element.TcpMssClamp c -> out.empty(d, "tcp-mss-clamp", "value",
                    c.value().filter(v -> !v.equals("pmtu")).orElse(null));
        }
    }

    private static void limited(XmlOut out, int d, String name, Optional<Limit> limit, String... attributes) {
        if (limit.isEmpty()) {
            out.empty(d, name, attributes);
            return;
        }
        out.open(d, name, attributes);
        Limit l = limit.get();
        out.empty(d + 1, "limit", "value", l.value());
        out.close(d, name);
    }

    private static String nonEmpty(Optional<String> v) {
        return v.filter(s -> !s.isEmpty()).orElse(null);
    }

    /** Reads the rule whose start tag {@code rule} was just read, through its end tag. */
    public static RichRule read(XmlElement rule, XmlIn in) {
        RuleDraft draft = new RuleDraft();
        draft.family(rule.get("family"));
        if (rule.has("priority")) {
            draft.priority(rule.get("priority"));
        }
        for (XmlElement e = in.nextChild(); e != null; e = in.nextChild()) {
            readPart(e, in, draft);
        }
        return draft.build();
    }

    private static void readPart(XmlElement e, XmlIn in, RuleDraft draft) {
        switch (e.name()) {
            case "source" -> draft.source(match(e, true), invert(e));
            case "destination" -> draft.destination(match(e, false), invert(e));
            case "service" -> draft.element(new Element.Service(e.get("name")));
            case "port" -> draft.element(new Element.Port(e.get("port"), e.get("protocol")));
            case "protocol" -> draft.element(new Element.Protocol(e.get("value")));
            case "icmp-block" -> draft.element(new Element.IcmpBlock(e.get("name")));
            case "icmp-type" -> draft.element(new Element.IcmpType(e.get("name")));
            case "masquerade" -> draft.element(new Element.Masquerade());
            case "forward-port" -> draft.element(new Element.ForwardPort(e.get("port"), e.get("protocol"),
                    e.get("to-port"), e.get("to-addr")));
            case "source-port" -> draft.element(new Element.SourcePort(e.get("port"), e.get("protocol")));
            case "tcp-mss-clamp" -> {
                String v = e.get("value");
                draft.element(new Element.TcpMssClamp(Optional.of(v == null || v.equals("None") ? "pmtu" : v)));
            }
            case "log", "nflog", "audit", "accept", "reject", "drop", "mark" -> {
                draft.limited(e, readLimit(in));
                return;
            }
            default -> throw new FirewallException(ErrorCode.INVALID_RULE, "unexpected element " + e.name());
        }
        in.end();
    }

    private static Optional<Limit> readLimit(XmlIn in) {
        Optional<Limit> limit = Optional.empty();
        for (XmlElement c = in.nextChild(); c != null; c = in.nextChild()) {
            if (!c.name().equals("limit")) {
                throw new FirewallException(ErrorCode.PARSE_ERROR, "Unexpected element " + c.name());
            }
            limit = Optional.of(Limit.of(c.get("value")));
            in.end();
        }
        return limit;
    }

    private static AddressMatch match(XmlElement e, boolean source) {
        return RuleDraft.match(e.get("address"), source ? e.get("mac") : null, e.get("ipset"), source);
    }

    private static boolean invert(XmlElement e) {
        String v = e.get("invert");
        return v != null && (v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("true"));
    }
}
