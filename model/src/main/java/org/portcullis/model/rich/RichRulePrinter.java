package org.portcullis.model.rich;

import java.util.Optional;

/** Writes a rich rule in firewalld's canonical form: fixed part order, values double-quoted. */
public final class RichRulePrinter {
    private RichRulePrinter() {
    }

    public static String print(RichRule r) {
        StringBuilder sb = new StringBuilder("rule");
        if (r.priority() != 0) {
            sb.append(" priority=\"").append(r.priority()).append('"');
        }
        r.family().ifPresent(f -> sb.append(" family=\"").append(f.text()).append('"'));
        r.source().ifPresent(s -> sb.append(" source").append(match(s.invert(), s.match())));
        r.destination().ifPresent(d -> sb.append(" destination").append(match(d.invert(), d.match())));
        r.element().ifPresent(e -> sb.append(' ').append(element(e)));
        r.logging().ifPresent(l -> sb.append(' ').append(logging(l)));
        r.audit().ifPresent(a -> sb.append(" audit").append(limit(a.limit())));
        r.action().ifPresent(a -> sb.append(' ').append(action(a)));
        return sb.toString();
    }

    private static String match(boolean invert, AddressMatch m) {
        return (invert ? " NOT " : " ") + m.attribute() + "=\"" + m.value() + "\"";
    }

    /** The element part alone, e.g. {@code service name="ssh"}. */
    public static String element(Element e) {
        return switch (e) {
            case Element.Service s -> "service name=" + q(s.name());
            case Element.Port p -> "port port=" + q(p.port()) + " protocol=" + q(p.protocol());
            case Element.Protocol p -> "protocol value=" + q(p.value());
            case Element.IcmpBlock b -> "icmp-block name=" + q(b.name());
            case Element.IcmpType t -> "icmp-type name=" + q(t.name());
            case Element.Masquerade m -> "masquerade";
            case Element.ForwardPort f -> "forward-port port=" + q(f.port()) + " protocol=" + q(f.protocol())
                    + (f.toPort().isEmpty() ? "" : " to-port=" + q(f.toPort()))
                    + (f.toAddr().isEmpty() ? "" : " to-addr=" + q(f.toAddr()));
            case Element.SourcePort p -> "source-port port=" + q(p.port()) + " protocol=" + q(p.protocol());
            case Element.TcpMssClamp c -> "tcp-mss-clamp" + c.value().map(v -> " value=" + q(v)).orElse("");
        };
    }

    private static String logging(Logging l) {
        return switch (l) {
            case Logging.Log g -> "log" + attr("prefix", g.prefix()) + attr("level", g.level()) + limit(g.limit());
            case Logging.NfLog n -> "nflog" + attr("group", n.group()) + attr("prefix", n.prefix())
                    + attr("queue-size", n.queueSize()) + limit(n.limit());
        };
    }

    /** The action part alone, e.g. {@code reject type="tcp-reset"}. */
    public static String action(Action a) {
        return switch (a) {
            case Action.Accept x -> "accept" + limit(x.limit());
            case Action.Reject x -> "reject" + attr("type", x.type()) + limit(x.limit());
            case Action.Drop x -> "drop" + limit(x.limit());
            case Action.Mark x -> "mark set=" + x.set() + limit(x.limit());
        };
    }

    private static String limit(Optional<Limit> limit) {
        return limit.map(l -> " limit value=" + q(l.value())).orElse("");
    }

    private static String attr(String name, Optional<String> value) {
        return value.filter(v -> !v.isEmpty()).map(v -> " " + name + "=" + q(v)).orElse("");
    }

    private static String q(String v) {
        return "\"" + v + "\"";
    }
}
