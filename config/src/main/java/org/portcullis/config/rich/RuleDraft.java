package org.portcullis.config.rich;

import java.util.Optional;

import org.portcullis.config.xml.XmlElement;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.rich.Action;
import org.portcullis.model.rich.AddressMatch;
import org.portcullis.model.rich.Audit;
import org.portcullis.model.rich.Element;
import org.portcullis.model.rich.Family;
import org.portcullis.model.rich.Limit;
import org.portcullis.model.rich.Logging;
import org.portcullis.model.rich.RichRule;
import org.portcullis.model.rich.RuleDestination;
import org.portcullis.model.rich.RuleSource;

/** A rich rule being read from XML, part by part; {@link #build()} runs the rule checks. */
final class RuleDraft {
    private int priority;
    private Family family;
    private RuleSource source;
    private RuleDestination destination;
    private Element element;
    private Logging logging;
    private Audit audit;
    private Action action;

    void family(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        family = Family.byText(text);
        if (family == null) {
            throw new FirewallException(ErrorCode.INVALID_FAMILY, text);
        }
    }

    void priority(String text) {
        try {
            priority = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new FirewallException(ErrorCode.INVALID_PRIORITY,
                    "invalid 'priority' attribute value '" + text + "'.");
        }
    }

    void source(AddressMatch m, boolean invert) {
        if (source != null) {
            throw invalid("More than one source in rule");
        }
        source = new RuleSource(invert, m);
    }

    void destination(AddressMatch m, boolean invert) {
        if (destination != null) {
            throw invalid("More than one destination in rule");
        }
        destination = new RuleDestination(invert, m);
    }

    void element(Element e) {
        if (element != null) {
            throw invalid("More than one element in rule");
        }
        element = e;
    }

    /** A logging, audit or action part, with the limit read from inside it. */
    void limited(XmlElement e, Optional<Limit> limit) {
        switch (e.name()) {
            case "log", "nflog" -> {
                if (logging != null) {
                    throw invalid("More than one logging element in rule");
                }
                logging = e.name().equals("log")
                        ? new Logging.Log(opt(e, "prefix"), opt(e, "level"), limit)
                        : new Logging.NfLog(opt(e, "group"), opt(e, "prefix"), opt(e, "queue-size"), limit);
            }
            case "audit" -> {
                if (audit != null) {
                    throw invalid("More than one audit in rule");
                }
                audit = new Audit(limit);
            }
            default -> {
                if (action != null) {
                    throw invalid("More than one action in rule");
                }
                action = switch (e.name()) {
                    case "accept" -> new Action.Accept(limit);
                    case "reject" -> new Action.Reject(opt(e, "type"), limit);
                    case "drop" -> new Action.Drop(limit);
                    default -> new Action.Mark(e.get("set"), limit);
                };
            }
        }
    }

    RichRule build() {
        return new RichRule(priority, Optional.ofNullable(family), Optional.ofNullable(source),
                Optional.ofNullable(destination), Optional.ofNullable(element), Optional.ofNullable(logging),
                Optional.ofNullable(audit), Optional.ofNullable(action));
    }

    static AddressMatch match(String addr, String mac, String ipset, boolean source) {
        String[] present = {addr, mac, ipset};
        long count = java.util.Arrays.stream(present).filter(v -> v != null && !v.isEmpty()).count();
        if (count == 0) {
            throw invalid(source ? "no address, mac and ipset" : "no address and ipset");
        }
        if (count > 1) {
            throw source ? invalid(mac != null && addr != null ? "address and mac"
                    : addr != null ? "address and ipset" : "mac and ipset")
                    : new FirewallException(ErrorCode.INVALID_DESTINATION, "address and ipset");
        }
        if (addr != null && !addr.isEmpty()) {
            return new AddressMatch.Address(addr);
        }
        return mac != null && !mac.isEmpty() ? new AddressMatch.Mac(mac) : new AddressMatch.Ipset(ipset);
    }

    private static Optional<String> opt(XmlElement e, String name) {
        return Optional.ofNullable(e.get(name));
    }

    private static FirewallException invalid(String message) {
        return new FirewallException(ErrorCode.INVALID_RULE, message);
    }
}
