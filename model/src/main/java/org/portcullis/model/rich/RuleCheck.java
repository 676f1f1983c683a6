package org.portcullis.model.rich;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.net.Addresses;
import org.portcullis.model.zone.PortRange;
import org.portcullis.model.zone.TransportProtocol;

/** firewalld's consistency checks of a whole rich rule, in firewalld's order and with its messages. */
final class RuleCheck {
    private static final List<String> LEVELS =
            List.of("emerg", "alert", "crit", "error", "warning", "notice", "info", "debug");

    private RuleCheck() {
    }

    static void check(int priority, Optional<Family> family, Optional<RuleSource> source,
                      Optional<RuleDestination> destination, Optional<Element> element,
                      Optional<Logging> logging, Optional<Audit> audit, Optional<Action> action) {
        if (family.isEmpty()) {
            boolean sourceAddress = source.map(s -> s.match() instanceof AddressMatch.Address).orElse(false);
            if (sourceAddress || destination.isPresent()
                    || element.map(e -> e instanceof Element.ForwardPort).orElse(false)) {
                throw fail(ErrorCode.MISSING_FAMILY, "");
            }
        }
        if (priority < RichRule.PRIORITY_MIN || priority > RichRule.PRIORITY_MAX) {
            throw fail(ErrorCode.INVALID_PRIORITY, "'priority' attribute must be between "
                    + RichRule.PRIORITY_MIN + " and " + RichRule.PRIORITY_MAX + ".");
        }
        if (element.isEmpty() && (logging.isEmpty() || priority == 0)) {
            if (action.isEmpty()) {
                throw rule("no element, no action");
            }
            if (source.isEmpty() && destination.isEmpty() && priority == 0) {
                throw rule("no element, no source, no destination");
            }
        }
        boolean selfSufficient = element.map(e -> e instanceof Element.IcmpBlock || e instanceof Element.ForwardPort
                || e instanceof Element.Masquerade || e instanceof Element.TcpMssClamp).orElse(false);
        if (!selfSufficient && logging.isEmpty() && audit.isEmpty() && action.isEmpty()) {
            throw rule("no action, no log, no audit");
        }
        source.ifPresent(s -> checkMatch(s.match(), family, true));
        destination.ifPresent(d -> checkMatch(d.match(), family, false));
        element.ifPresent(e -> checkElement(e, family, source, action));
        logging.ifPresent(RuleCheck::checkLogging);
        if (audit.isPresent()) {
            if (!(action.orElse(null) instanceof Action.Accept || action.orElse(null) instanceof Action.Reject
                    || action.orElse(null) instanceof Action.Drop)) {
                throw fail(ErrorCode.INVALID_AUDIT_TYPE, pythonType(action));
            }
            audit.get().limit().ifPresent(RuleCheck::checkLimit);
        }
        action.ifPresent(a -> checkAction(a, family));
    }

    private static void checkMatch(AddressMatch m, Optional<Family> family, boolean isSource) {
        switch (m) {
            case AddressMatch.Address a -> {
                boolean ok = family.map(f -> f == Family.IPV4 ? Addresses.isIpv4OrNetwork(a.value())
                        : Addresses.isIpv6OrNetwork(a.value())).orElse(false);
                if (!ok) {
                    throw fail(ErrorCode.INVALID_ADDR, a.value());
                }
            }
            case AddressMatch.Mac mac -> {
                if (!isSource) {
                    throw fail(ErrorCode.INVALID_RULE, "invalid destination");
                }
                if (!Addresses.isMac(mac.value())) {
                    throw fail(ErrorCode.INVALID_MAC, mac.value());
                }
            }
            case AddressMatch.Ipset s -> {
                if (!Addresses.isIpsetName(s.value())) {
                    throw fail(ErrorCode.INVALID_IPSET, s.value());
                }
            }
        }
    }

    private static void checkElement(Element e, Optional<Family> family, Optional<RuleSource> source,
                                     Optional<Action> action) {
        switch (e) {
            case Element.Service s -> {
                if (s.name().isEmpty()) {
                    throw fail(ErrorCode.INVALID_SERVICE, s.name());
                }
            }
            case Element.Port p -> checkPort(p.port(), p.protocol());
            case Element.Protocol p -> {
                if (!IpProtocols.isValid(p.value())) {
                    throw fail(ErrorCode.INVALID_PROTOCOL, p.value());
                }
            }
            case Element.Masquerade m -> {
                if (action.isPresent()) {
                    throw rule("masquerade and action");
                }
                if (source.map(s -> s.match() instanceof AddressMatch.Mac).orElse(false)) {
                    throw rule("masquerade and mac source");
                }
            }
            case Element.IcmpBlock b -> {
                if (b.name().isEmpty()) {
                    throw fail(ErrorCode.INVALID_ICMPTYPE, b.name());
                }
                if (action.isPresent()) {
                    throw rule("icmp-block and action");
                }
            }
            case Element.IcmpType t -> {
                if (t.name().isEmpty()) {
                    throw fail(ErrorCode.INVALID_ICMPTYPE, t.name());
                }
            }
            case Element.ForwardPort f -> checkForwardPort(f, family, action);
            case Element.SourcePort p -> checkPort(p.port(), p.protocol());
            case Element.TcpMssClamp c -> {
                if (action.isPresent()) {
                    throw rule("tcp-mss-clamp and " + RichRulePrinter.action(action.get())
                            + " are mutually exclusive");
                }
                c.value().ifPresent(v -> {
                    boolean ok = v.equals("pmtu") || v.equals("None")
                            || v.chars().allMatch(ch -> ch >= '0' && ch <= '9')
                            && new BigInteger(v).compareTo(BigInteger.valueOf(536)) >= 0;
                    if (!ok) {
                        throw rule(v);
                    }
                });
            }
        }
    }

    private static void checkPort(String port, String protocol) {
        if (!PortRange.isValid(port)) {
            throw fail(ErrorCode.INVALID_PORT, port);
        }
        if (!TransportProtocol.isValid(protocol)) {
            throw fail(ErrorCode.INVALID_PROTOCOL, protocol);
        }
    }

    private static void checkForwardPort(Element.ForwardPort f, Optional<Family> family, Optional<Action> action) {
        checkPort(f.port(), f.protocol());
        if (f.toPort().isEmpty() && f.toAddr().isEmpty()) {
            throw fail(ErrorCode.INVALID_PORT, f.toPort());
        }
        if (!f.toPort().isEmpty() && !PortRange.isValid(f.toPort())) {
            throw fail(ErrorCode.INVALID_PORT, f.toPort());
        }
        if (!f.toAddr().isEmpty() && !Addresses.isSingle(f.toAddr(), family.orElseThrow() == Family.IPV6)) {
            throw fail(ErrorCode.INVALID_ADDR, f.toAddr());
        }
        if (action.isPresent()) {
            throw rule("forward-port and action");
        }
    }

    private static void checkLogging(Logging l) {
        switch (l) {
            case Logging.Log g -> {
                checkPrefix(g.prefix());
                g.level().filter(v -> !v.isEmpty() && !LEVELS.contains(v)).ifPresent(v -> {
                    throw fail(ErrorCode.INVALID_LOG_LEVEL, v);
                });
                g.limit().ifPresent(RuleCheck::checkLimit);
            }
            case Logging.NfLog n -> {
                n.group().filter(v -> !v.isEmpty() && !PythonInts.fits(v, 65535)).ifPresent(v -> {
                    throw fail(ErrorCode.INVALID_NFLOG_GROUP, "nflog 'group' must be an integer between 0 and 65535.");
                });
                checkPrefix(n.prefix());
                n.queueSize().filter(v -> !v.isEmpty() && !PythonInts.fits(v, 65535)).ifPresent(v -> {
                    throw fail(ErrorCode.INVALID_NFLOG_QUEUE,
                            "nflog 'queue-size' must be an integer between 0 and 65535.");
                });
                n.limit().ifPresent(RuleCheck::checkLimit);
            }
        }
    }

    private static void checkPrefix(Optional<String> prefix) {
        if (prefix.map(String::length).orElse(0) > 127) {
            throw fail(ErrorCode.INVALID_LOG_PREFIX, "maximum accepted length of 'prefix' is 127.");
        }
    }

    static void checkLimit(Limit l) {
        String[] parts = l.value().split("/", -1);
        if (parts.length != 2 || !PythonInts.isDecimal(parts[0])) {
            throw fail(ErrorCode.INVALID_LIMIT, l.value());
        }
        BigInteger rate = new BigInteger(parts[0].strip().replace("_", ""));
        String unit = parts[1];
        if (rate.signum() < 1 || !List.of("s", "m", "h", "d").contains(unit)) {
            throw fail(ErrorCode.INVALID_LIMIT, l.value());
        }
        if (rate.equals(BigInteger.ONE) && unit.equals("d")) {
            throw fail(ErrorCode.INVALID_LIMIT, l.value() + " too slow");
        }
    }

    private static void checkAction(Action a, Optional<Family> family) {
        switch (a) {
            case Action.Reject r -> r.type().filter(t -> !t.isEmpty()).ifPresent(t -> {
                Family f = family.orElseThrow(
                        () -> rule("When using reject type you must specify also rule family."));
                if (!RejectTypes.of(f).contains(t)) {
                    throw rule("Wrong reject type " + t + ".\nUse one of: " + String.join(", ", RejectTypes.of(f)) + ".");
                }
            });
            case Action.Mark m -> checkMark(m.set());
            case Action.Accept x -> {
            }
            case Action.Drop x -> {
            }
        }
        a.limit().ifPresent(RuleCheck::checkLimit);
    }

    private static void checkMark(String set) {
        if (set == null || set.isEmpty()) {
            throw fail(ErrorCode.INVALID_MARK, "no value set");
        }
        String[] parts = set.split("/", -1);
        long max = 0xffffffffL;
        boolean ok = parts.length == 1 ? PythonInts.fits(parts[0], max)
                : parts.length == 2 && PythonInts.fits(parts[0], max) && PythonInts.fits(parts[1], max);
        if (!ok) {
            throw fail(ErrorCode.INVALID_MARK, set);
        }
    }

    private static String pythonType(Optional<Action> action) {
        String name = action.map(a -> switch (a) {
            case Action.Accept x -> "Rich_Accept";
            case Action.Reject x -> "Rich_Reject";
            case Action.Drop x -> "Rich_Drop";
            case Action.Mark x -> "Rich_Mark";
        }).map(n -> "firewall.core.rich." + n).orElse("NoneType");
        return "<class '" + name + "'>";
    }

    private static FirewallException rule(String message) {
        return fail(ErrorCode.INVALID_RULE, message);
    }

    private static FirewallException fail(ErrorCode code, String message) {
        return new FirewallException(code, message);
    }
}
