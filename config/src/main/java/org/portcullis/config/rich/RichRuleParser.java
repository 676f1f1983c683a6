package org.portcullis.config.rich;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import org.portcullis.model.rich.RichRulePrinter;
import org.portcullis.model.rich.RuleDestination;
import org.portcullis.model.rich.RuleSource;

/** Parses the rich-rule language into a checked {@link RichRule}, failing with firewalld's error names. */
public final class RichRuleParser {
    /** The attribute names the language knows ({@code name=value} words). */
    public static final Set<String> ATTRIBUTES = Set.of("priority", "family", "address", "mac", "ipset", "invert",
            "value", "port", "protocol", "to-port", "to-addr", "name", "group", "prefix", "level", "queue-size",
            "type", "set");
    /** The element words the language knows. */
    public static final Set<String> ELEMENTS = Set.of("rule", "source", "destination", "protocol", "service",
            "port", "icmp-block", "icmp-type", "masquerade", "forward-port", "source-port", "log", "nflog", "audit",
            "accept", "drop", "reject", "mark", "limit", "not", "NOT", "tcp-mss-clamp");
    private static final Set<String> KEEP_PENDING_LIMIT =
            Set.of("service", "protocol", "icmp-block", "icmp-type", "limit", "rule");
    private static final Set<String> MATCH_ELEMENTS = Set.of("protocol", "service", "port", "icmp-block",
            "icmp-type", "masquerade", "forward-port", "source-port");

    private final List<Token> tokens;
    private int pos;
    private int priority;
    private Family family;
    private RuleSource source;
    private RuleDestination destination;
    private Element element;
    private Logging logging;
    private Audit audit;
    private Action action;
    private Limit pendingLimit;
    private int extraRules;

    private RichRuleParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static RichRule parse(String text) {
        if (text == null || text.isEmpty()) {
            throw rule("empty rule");
        }
        List<Token> tokens = lex(stripNonPrintable(text));
        if (tokens.getFirst().isEnd()) {
            throw rule("empty rule");
        }
        return new RichRuleParser(tokens).parseRule();
    }

    static String stripNonPrintable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.chars().filter(c -> c > 31 && c < 127 || c >= 160).forEach(c -> sb.append((char) c));
        return sb.toString();
    }

    private static List<Token> lex(String text) {
        List<Token> out = new ArrayList<>();
        for (String word : ShellWords.split(text)) {
            if (word.indexOf('=') >= 0) {
                String[] parts = word.split("=", -1);
                if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
                    throw rule("internal error in _lexer(): " + word);
                }
                out.add(Token.attribute(parts[0], parts[1]));
            } else {
                out.add(Token.element(word));
            }
        }
        out.add(Token.END);
        return out;
    }

    private Token peek() {
        Token t = tokens.get(pos);
        if (t.isAttribute() && !ATTRIBUTES.contains(t.name())) {
            throw rule("bad attribute '" + t.name() + "'");
        }
        if (!t.isEnd() && !t.isAttribute()) {
            if (!ELEMENTS.contains(t.element())) {
                throw rule("unknown element " + t.element());
            }
            checkDuplicate(t.element());
        }
        return t;
    }

    private RichRule parseRule() {
        Token first = peek();
        if (first.isAttribute()) {
            throw switch (first.name()) {
                case "family" -> rule("'family' outside of rule. Use 'rule family=...'.");
                case "priority" -> rule("'priority' outside of rule. Use 'rule priority=...'.");
                default -> rule("'" + first.name() + "' outside of any element. Use 'rule <element> "
                        + first.name() + "= ...'.");
            };
        }
        if (!first.isElement("rule")) {
            throw rule("'" + first.element() + "' outside of rule. Use 'rule ... " + first.element() + " ...'.");
        }
        pos++;
        for (Token t = peek(); !t.isEnd(); t = peek()) {
            if (t.isAttribute()) {
                ruleAttribute(t);
                pos++;
            } else {
                pos++;
                ruleElement(t.element());
            }
        }
        if (extraRules > 0) {
            throw rule("more than one 'rule' element");
        }
        return new RichRule(priority, Optional.ofNullable(family), Optional.ofNullable(source),
                Optional.ofNullable(destination), Optional.ofNullable(element), Optional.ofNullable(logging),
                Optional.ofNullable(audit), Optional.ofNullable(action));
    }

    private void ruleAttribute(Token t) {
        switch (t.name()) {
            case "family" -> {
                family = Family.byText(t.value());
                if (family == null) {
                    throw rule("'family' attribute cannot have '" + t.value()
                            + "' value. Use 'ipv4' or 'ipv6' instead.");
                }
            }
            case "priority" -> priority = priority(t.value());
            case "protocol" -> throw rule("wrong 'protocol' usage. Use either 'rule protocol value=...' or  "
                    + "'rule [forward-]port protocol=...'.");
            default -> throw rule("attribute '" + t.name() + "' outside of any element. Use 'rule <element> "
                    + t.name() + "= ...'.");
        }
    }

    private static int priority(String value) {
        String s = value.strip().replace("_", "");
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (!s.matches("-?[0-9]+")) {
            throw new FirewallException(ErrorCode.INVALID_PRIORITY,
                    "invalid 'priority' attribute value '" + value + "'.");
        }
        BigInteger v = new BigInteger(s);
        if (v.bitLength() > 31) {
            return v.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        return v.intValue();
    }

    /**
     * Parses one part. A {@code limit} outside any part waits for the next part that takes a limit, and is
     * dropped by any part that ends by taking its attributes, as firewalld's shared attribute table behaves.
     */
    private void ruleElement(String name) {
        checkDuplicate(name);
        switch (name) {
            case "source" -> source = parseSource();
            case "destination" -> destination = parseDestination();
            case "service" -> element = new Element.Service(required(name, "name"));
            case "protocol" -> element = new Element.Protocol(required(name, "value"));
            case "icmp-block" -> element = new Element.IcmpBlock(required(name, "name"));
            case "icmp-type" -> element = new Element.IcmpType(required(name, "name"));
            case "masquerade" -> element = new Element.Masquerade();
            case "tcp-mss-clamp" -> element = new Element.TcpMssClamp(
                    Optional.ofNullable(attributes(false, "value").get("value")));
            case "port" -> {
                Map<String, String> a = attributes(false, "port", "protocol");
                element = new Element.Port(orEmpty(a.get("port")), orEmpty(a.get("protocol")));
            }
            case "source-port" -> {
                Map<String, String> a = attributes(false, "port", "protocol");
                element = new Element.SourcePort(orEmpty(a.get("port")), orEmpty(a.get("protocol")));
            }
            case "forward-port" -> {
                Map<String, String> a = attributes(false, "port", "protocol", "to-port", "to-addr");
                element = new Element.ForwardPort(orEmpty(a.get("port")), orEmpty(a.get("protocol")),
                        a.get("to-port"), a.get("to-addr"));
            }
            case "log" -> {
                Map<String, String> a = attributes(true, "prefix", "level");
                logging = new Logging.Log(opt(a, "prefix"), opt(a, "level"), limit(a));
            }
            case "nflog" -> {
                Map<String, String> a = attributes(true, "group", "prefix", "queue-size");
                logging = new Logging.NfLog(opt(a, "group"), opt(a, "prefix"), opt(a, "queue-size"), limit(a));
            }
            case "audit" -> audit = new Audit(limit(attributes(true)));
            case "accept" -> action = new Action.Accept(limit(attributes(true)));
            case "drop" -> action = new Action.Drop(limit(attributes(true)));
            case "reject" -> {
                Map<String, String> a = attributes(true, "type");
                action = new Action.Reject(opt(a, "type"), limit(a));
            }
            case "mark" -> {
                Map<String, String> a = attributes(true, "set");
                action = new Action.Mark(orEmpty(a.get("set")), limit(a));
            }
            case "limit" -> pendingLimit = Limit.of(limitValue());
            case "rule" -> extraRules++;
            default -> throw rule("'" + name + "' outside of source or destination");
        }
        if (!KEEP_PENDING_LIMIT.contains(name)) {
            pendingLimit = null;
        }
    }

    private void checkDuplicate(String name) {
        if (name.equals("source") && source != null) {
            throw rule("more than one 'source' element");
        }
        if (name.equals("destination") && destination != null) {
            throw rule("more than one 'destination' element");
        }
        if (MATCH_ELEMENTS.contains(name) && element != null) {
            throw rule("more than one element. There cannot be both '" + name + "' and '"
                    + RichRulePrinter.element(unsetAsNone(element)) + "' in one rule.");
        }
        if ((name.equals("log") || name.equals("nflog")) && logging != null) {
            throw rule("more than one logging element");
        }
        if (name.equals("audit") && audit != null) {
            throw rule("more than one 'audit' element");
        }
        if (Set.of("accept", "drop", "reject", "mark").contains(name) && action != null) {
            throw rule("more than one 'action' element. There cannot be both '" + name + "' and '"
                    + RichRulePrinter.action(unsetMarkAsNone(action)) + "' in one rule.");
        }
    }

    /** Missing ports and protocols are named {@code None} in messages, as firewalld names them. */
    private static Element unsetAsNone(Element e) {
        if (e instanceof Element.Port p) {
            return new Element.Port(none(p.port()), none(p.protocol()));
        }
        if (e instanceof Element.SourcePort p) {
            return new Element.SourcePort(none(p.port()), none(p.protocol()));
        }
        if (e instanceof Element.ForwardPort f) {
            return new Element.ForwardPort(none(f.port()), none(f.protocol()), f.toPort(), f.toAddr());
        }
        return e;
    }

    private static String none(String s) {
        return s.isEmpty() ? "None" : s;
    }

    /** A mark without value is named {@code mark set=None} in messages, as firewalld names it. */
    private static Action unsetMarkAsNone(Action a) {
        return a instanceof Action.Mark m && m.set().isEmpty() ? new Action.Mark("None", m.limit()) : a;
    }

    private RuleSource parseSource() {
        boolean[] invert = {false};
        Map<String, String> a = matchAttributes(invert, "address", "mac", "ipset", "invert");
        String addr = a.get("address");
        String mac = a.get("mac");
        String ipset = a.get("ipset");
        if (addr == null && mac == null && ipset == null) {
            throw rule("no address, mac and ipset");
        }
        if (addr != null && mac != null) {
            throw rule("address and mac");
        }
        if (addr != null && ipset != null) {
            throw rule("address and ipset");
        }
        if (mac != null && ipset != null) {
            throw rule("mac and ipset");
        }
        AddressMatch m = addr != null ? new AddressMatch.Address(addr)
                : mac != null ? new AddressMatch.Mac(mac) : new AddressMatch.Ipset(ipset);
        return new RuleSource(invert[0], m);
    }

    private RuleDestination parseDestination() {
        boolean[] invert = {false};
        Map<String, String> a = matchAttributes(invert, "address", "ipset", "invert");
        String addr = a.get("address");
        String ipset = a.get("ipset");
        if (addr == null && ipset == null) {
            throw rule("no address and ipset");
        }
        if (addr != null && ipset != null) {
            throw new FirewallException(ErrorCode.INVALID_DESTINATION, "address and ipset");
        }
        AddressMatch m = addr != null ? new AddressMatch.Address(addr) : new AddressMatch.Ipset(ipset);
        return new RuleDestination(invert[0], m);
    }

    private Map<String, String> matchAttributes(boolean[] invert, String... names) {
        Map<String, String> out = new HashMap<>();
        for (Token t = peek(); ; t = peek()) {
            if (t.isElement("not") || t.isElement("NOT")) {
                invert[0] = true;
            } else if (t.isAttribute() && List.of(names).contains(t.name())) {
                if (t.name().equals("invert")) {
                    invert[0] = true;
                } else {
                    out.put(t.name(), t.value());
                }
            } else {
                return out;
            }
            pos++;
        }
    }

    /** An element that takes exactly one attribute, which must follow it. */
    private String required(String element, String attribute) {
        Token t = peek();
        if (!t.isAttribute() || !t.name().equals(attribute)) {
            throw rule("invalid '" + element + "' element");
        }
        pos++;
        return t.value();
    }

    /** Collects the given attributes, and a nested {@code limit} if allowed, until another token comes. */
    private Map<String, String> attributes(boolean withLimit, String... names) {
        Map<String, String> out = new HashMap<>();
        for (Token t = peek(); ; t = peek()) {
            if (t.isAttribute() && List.of(names).contains(t.name())) {
                out.put(t.name(), t.value());
                pos++;
            } else if (t.isElement("limit") && withLimit) {
                pos++;
                out.put("limit.value", limitValue());
            } else {
                return out;
            }
        }
    }

    /** The one {@code value=} attribute a {@code limit} takes. */
    private String limitValue() {
        Token t = peek();
        if (!t.isAttribute() || !t.name().equals("value")) {
            throw rule("invalid 'limit' element");
        }
        pos++;
        return t.value();
    }

    private Optional<Limit> limit(Map<String, String> a) {
        String value = a.get("limit.value");
        return value == null ? Optional.ofNullable(pendingLimit) : Optional.of(Limit.of(value));
    }

    private static Optional<String> opt(Map<String, String> a, String key) {
        return Optional.ofNullable(a.get(key));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static FirewallException rule(String message) {
        return new FirewallException(ErrorCode.INVALID_RULE, message);
    }
}
