package org.portcullis.config.zone;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.portcullis.config.rich.RichRuleArbitraries;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.rich.Family;
import org.portcullis.model.rich.RichRule;
import org.portcullis.model.zone.ForwardPort;
import org.portcullis.model.zone.Port;
import org.portcullis.model.zone.PortRange;
import org.portcullis.model.zone.Primitives;
import org.portcullis.model.zone.TransportProtocol;
import org.portcullis.model.zone.Zone;
import org.portcullis.model.zone.ZoneSource;
import org.portcullis.model.zone.ZoneTarget;

/** Random zones built through the zone's own {@code with…} methods, so ports are coalesced as stored. */
final class ZoneArbitraries {
    private ZoneArbitraries() {
    }

    static Arbitrary<String> name() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('_', '-').ofMinLength(1)
                .ofMaxLength(30);
    }

    static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u024f')
                .ofMaxLength(60).map(String::strip);
    }

    static Arbitrary<Port> port() {
        return Combinators.combine(Arbitraries.integers().between(0, 65535), Arbitraries.integers().between(0, 20),
                        Arbitraries.of(TransportProtocol.values()))
                .as((p, w, proto) -> new Port(new PortRange(p, Math.min(65535, p + w)), proto));
    }

    static Arbitrary<ForwardPort> forwardPort() {
        return Combinators.combine(port(), Arbitraries.integers().between(1, 65535).optional(),
                        RichRuleArbitraries.address(Family.IPV4).map(a -> a.replaceAll("/.*", "")).optional())
                .as((p, to, addr) -> to.isEmpty() && addr.isEmpty() ? null
                        : ForwardPort.of(p.range().toString(), p.protocol().text(),
                        to.map(String::valueOf).orElse(""), addr.orElse("")))
                .filter(java.util.Objects::nonNull);
    }

    static Arbitrary<ZoneSource> source() {
        return Arbitraries.oneOf(
                RichRuleArbitraries.address(Family.IPV4).map(ZoneSource.Address::new),
                RichRuleArbitraries.address(Family.IPV6).map(ZoneSource.Address::new),
                Arbitraries.integers().between(0, 255).list().ofSize(6).map(b -> new ZoneSource.Mac(String.join(":",
                        b.stream().map(x -> String.format("%02X", x)).toList()))),
                name().map(n -> n.length() > 32 ? n.substring(0, 32) : n).map(ZoneSource.Ipset::new));
    }

    static Arbitrary<Primitives> primitives() {
        return Combinators.combine(
                        name().list().ofMaxSize(5), port().list().ofMaxSize(5),
                        Arbitraries.of("esp", "ah", "gre", "47", "icmp").list().ofMaxSize(3),
                        port().list().ofMaxSize(3), name().list().ofMaxSize(3), Arbitraries.of(true, false),
                        forwardPort().list().ofMaxSize(3), fileRules().list().ofMaxSize(4))
                .as((svc, ports, protos, sports, icmp, masq, fwd, rules) -> {
                    Primitives p = Primitives.EMPTY;
                    for (String s : svc) {
                        Primitives cur = p;
                        p = lenient(p, null, () -> cur.withService(s, "z"));
                    }
                    for (Port x : ports) {
                        Primitives cur = p;
                        p = lenient(p, null, () -> cur.withPort(x, "z"));
                    }
                    for (String x : protos) {
                        Primitives cur = p;
                        p = lenient(p, null, () -> cur.withProtocol(x, "z"));
                    }
                    for (Port x : sports) {
                        Primitives cur = p;
                        p = lenient(p, null, () -> cur.withSourcePort(x, "z"));
                    }
                    for (String x : icmp) {
                        Primitives cur = p;
                        p = lenient(p, null, () -> cur.withIcmpBlock(x, "z"));
                    }
                    for (ForwardPort x : fwd) {
                        Primitives cur = p;
                        p = lenient(p, null, () -> cur.withForwardPort(x, "z"));
                    }
                    for (RichRule x : rules) {
                        Primitives cur = p;
                        p = lenient(p, null, () -> cur.withRichRule(x, "z"));
                    }
                    return masq ? p.withMasquerade(true, "z") : p;
                });
    }

    /**
     * Rules as zone files can hold them: firewalld reads a bare {@code <tcp-mss-clamp/>} as value
     * {@code pmtu}, so a clamp without value does not survive a file round trip there either.
     */
    static Arbitrary<RichRule> fileRules() {
        return RichRuleArbitraries.rules().filter(r -> !(r.element().orElse(null)
                instanceof org.portcullis.model.rich.Element.TcpMssClamp c && c.value().isEmpty()));
    }

    private static Primitives lenient(Primitives unchanged, Primitives done,
                                      java.util.function.Supplier<Primitives> change) {
        if (done != null) {
            return done;
        }
        try {
            return change.get();
        } catch (FirewallException e) {
            return unchanged;
        }
    }

    static Arbitrary<Zone> zones() {
        Arbitrary<List<String>> interfaces = Arbitraries.strings().withCharRange('a', 'z').numeric()
                .withChars('.', '+', '-').ofMinLength(1).ofMaxLength(15).list().uniqueElements().ofMaxSize(4);
        return Combinators.combine(name(), text(), text(), Arbitraries.of(ZoneTarget.values()),
                        Arbitraries.integers().between(-32768, 32767).optional(0.3),
                        interfaces, source().list().uniqueElements().ofMaxSize(4),
                        Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false), primitives())
                                .as(List::of))
                .as((n, s, d, t, prio, ifs, srcs, rest) -> new Zone(n, "", s, d, t, prio.orElse(0),
                        prio.map(x -> -x / 2).orElse(0), ifs, srcs, (Boolean) rest.get(0), (Boolean) rest.get(1),
                        (Primitives) rest.get(2)));
    }
}
