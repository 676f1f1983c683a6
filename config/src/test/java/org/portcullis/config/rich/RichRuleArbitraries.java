package org.portcullis.config.rich;

import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.rich.Action;
import org.portcullis.model.rich.AddressMatch;
import org.portcullis.model.rich.Audit;
import org.portcullis.model.rich.Element;
import org.portcullis.model.rich.Family;
import org.portcullis.model.rich.Limit;
import org.portcullis.model.rich.Logging;
import org.portcullis.model.rich.RejectTypes;
import org.portcullis.model.rich.RichRule;
import org.portcullis.model.rich.RuleDestination;
import org.portcullis.model.rich.RuleSource;

/** Random valid rich rules: parts are drawn freely and combinations the rule check refuses are dropped. */
public final class RichRuleArbitraries {
    private RichRuleArbitraries() {
    }

    public static Arbitrary<RichRule> rules() {
        return Arbitraries.of(Family.IPV4, Family.IPV6).optional(0.7).flatMap(family -> Combinators.combine(
                priority(), source(family), destination(family), element(family), logging(), audit(), action(family))
                .as((p, s, d, e, l, a, x) -> build(p, family, s, d, e, l, a, x)))
                .filter(Optional::isPresent).map(Optional::get);
    }

    private static Optional<RichRule> build(int p, Optional<Family> f, Optional<RuleSource> s,
                                            Optional<RuleDestination> d, Optional<Element> e, Optional<Logging> l,
                                            Optional<Audit> a, Optional<Action> x) {
        try {
            return Optional.of(new RichRule(p, f, s, d, e, l, a, x));
        } catch (FirewallException ex) {
            return Optional.empty();
        }
    }

    private static Arbitrary<Integer> priority() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(RichRule.PRIORITY_MIN, RichRule.PRIORITY_MAX)));
    }

    public static Arbitrary<String> address(Family f) {
        if (f == Family.IPV6) {
            return Arbitraries.of("2001:db8::1", "fd00::/8", "::1", "fe80::1:2:3:4/64", "2001:db8:0:1::/64");
        }
        return Combinators.combine(Arbitraries.integers().between(0, 255).list().ofSize(4),
                        Arbitraries.integers().between(0, 32).optional(0.5))
                .as((o, len) -> o.get(0) + "." + o.get(1) + "." + o.get(2) + "." + o.get(3)
                        + len.map(n -> "/" + n).orElse(""));
    }

    private static Arbitrary<String> word() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', '_').ofMinLength(1)
                .ofMaxLength(20);
    }

    private static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars(' ', ':', '-', '.', '_')
                .ofMinLength(1).ofMaxLength(40);
    }

    private static Arbitrary<AddressMatch> match(Optional<Family> f, boolean mac) {
        Arbitrary<AddressMatch> ipset = word().map(w -> w.length() > 32 ? w.substring(0, 32) : w)
                .map(AddressMatch.Ipset::new);
        Arbitrary<AddressMatch> macs = Arbitraries.integers().between(0, 255).list().ofSize(6)
                .map(b -> new AddressMatch.Mac(String.join(":", b.stream().map(x -> String.format("%02x", x)).toList())));
        if (f.isEmpty()) {
            return mac ? Arbitraries.oneOf(ipset, macs) : ipset;
        }
        Arbitrary<AddressMatch> addr = address(f.get()).map(AddressMatch.Address::new);
        return mac ? Arbitraries.oneOf(addr, ipset, macs) : Arbitraries.oneOf(addr, ipset);
    }

    private static Arbitrary<Optional<RuleSource>> source(Optional<Family> f) {
        return Combinators.combine(Arbitraries.of(true, false), match(f, true)).as(RuleSource::new).optional(0.5);
    }

    private static Arbitrary<Optional<RuleDestination>> destination(Optional<Family> f) {
        if (f.isEmpty()) {
            return Arbitraries.just(Optional.empty());
        }
        return Combinators.combine(Arbitraries.of(true, false), match(f, false)).as(RuleDestination::new)
                .optional(0.3);
    }

    private static Arbitrary<String> port() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 65535).map(String::valueOf),
                Arbitraries.integers().between(0, 65534).flatMap(a -> Arbitraries.integers().between(a + 1, 65535)
                        .map(b -> a + "-" + b)));
    }

    private static Arbitrary<String> proto() {
        return Arbitraries.of("tcp", "udp", "sctp", "dccp");
    }

    private static Arbitrary<Optional<Element>> element(Optional<Family> f) {
        List<Arbitrary<? extends Element>> kinds = new java.util.ArrayList<>(List.of(
                word().map(Element.Service::new),
                Combinators.combine(port(), proto()).as(Element.Port::new),
                Arbitraries.of("tcp", "udp", "esp", "ah", "gre", "47", "0", "255", "ipv6-icmp").map(Element.Protocol::new),
                word().map(Element.IcmpBlock::new),
                word().map(Element.IcmpType::new),
                Arbitraries.just(new Element.Masquerade()),
                Combinators.combine(port(), proto()).as(Element.SourcePort::new),
                Arbitraries.of("pmtu", "536", "1400", "").map(v -> new Element.TcpMssClamp(Optional.of(v)))));
        f.ifPresent(fam -> kinds.add(Combinators.combine(port(), proto(), port().optional(),
                        address(fam).map(a -> a.contains("/") ? a.substring(0, a.indexOf('/')) : a).optional())
                .as((p, pr, tp, ta) -> new Element.ForwardPort(p, pr, tp.orElse(""), ta.orElse("")))));
        return Arbitraries.<Element>oneOf(kinds).optional(0.8);
    }

    private static Arbitrary<Optional<Limit>> limit() {
        return Combinators.combine(Arbitraries.integers().between(1, 10000), Arbitraries.of("s", "m", "h", "d"))
                .as((r, u) -> Limit.of(r + "/" + u))
                .filter(l -> !l.value().equals("1/d")).optional(0.4);
    }

    private static Arbitrary<Optional<Logging>> logging() {
        Arbitrary<Logging> log = Combinators.combine(text().optional(), Arbitraries.of("emerg", "alert", "crit",
                "error", "warning", "notice", "info", "debug").optional(), limit()).as(Logging.Log::new);
        Arbitrary<Logging> nflog = Combinators.combine(Arbitraries.integers().between(0, 65535).map(String::valueOf)
                        .optional(), text().optional(), Arbitraries.integers().between(1, 65535).map(String::valueOf)
                        .optional(), limit()).as(Logging.NfLog::new);
        return Arbitraries.oneOf(log, nflog).optional(0.4);
    }

    private static Arbitrary<Optional<Audit>> audit() {
        return limit().map(Audit::new).optional(0.2);
    }

    private static Arbitrary<Optional<Action>> action(Optional<Family> f) {
        Arbitrary<Optional<String>> rejectType = f.isEmpty() ? Arbitraries.just(Optional.empty())
                : Arbitraries.of(RejectTypes.of(f.get())).optional(0.5);
        Arbitrary<String> mark = Arbitraries.longs().between(0, 0xffffffffL).flatMap(v ->
                Arbitraries.of(String.valueOf(v), "0x" + Long.toHexString(v), v + "/0xff"));
        return Arbitraries.oneOf(
                limit().map(Action.Accept::new),
                Combinators.combine(rejectType, limit()).as(Action.Reject::new),
                limit().map(Action.Drop::new),
                Combinators.combine(mark, limit()).as(Action.Mark::new)).map(a -> (Action) a).optional(0.8);
    }
}
