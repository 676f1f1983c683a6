package org.portcullis.config.ipset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.portcullis.model.ipset.IpSet;
import org.portcullis.model.ipset.IpSetOptions;
import org.portcullis.model.ipset.IpSetType;

/** Random ipsets whose entries fit their type and family, as a configuration directory may hold them. */
final class IpSetArbitraries {
    private IpSetArbitraries() {
    }

    static Arbitrary<String> name() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').numeric().withChars("_-:.")
                .ofMinLength(1).ofMaxLength(40);
    }

    static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u024f').ofMaxLength(60)
                .map(String::strip);
    }

    static Arbitrary<IpSetOptions> options(IpSetType type) {
        Arbitrary<String> number = Arbitraries.integers().between(0, 1 << 20).map(String::valueOf);
        return Combinators.combine(Arbitraries.of("inet", "inet6").optional(), number.optional(), number.optional(),
                Arbitraries.of("0", "60", "600").optional(), Arbitraries.shuffle("family", "hashsize", "maxelem",
                        "timeout")).as((family, hashsize, maxelem, timeout, order) -> {
                            SequencedMap<String, String> m = new LinkedHashMap<>();
                            for (String key : order) {
                                switch (key) {
                                    case "family" -> family.filter(f -> type != IpSetType.HASH_MAC)
                                            .ifPresent(v -> m.put(key, v));
                                    case "hashsize" -> hashsize.ifPresent(v -> m.put(key, v));
                                    case "maxelem" -> maxelem.ifPresent(v -> m.put(key, v));
                                    default -> timeout.ifPresent(v -> m.put(key, v));
                                }
                            }
                            return new IpSetOptions(m);
                        });
    }

    static Arbitrary<String> entry(IpSetType type, boolean v6) {
        List<Arbitrary<String>> parts = new ArrayList<>();
        List<IpSetType.Part> kinds = type.parts();
        for (IpSetType.Part p : kinds) {
            parts.add(switch (p) {
                case IP -> v6 ? Arbitraries.integers().between(1, 0xffff).map(i -> "2001:db8::" + Integer.toHexString(i))
                        : Arbitraries.integers().between(1, 0xfffe).map(i -> "198.18." + (i >> 8) + "." + (i & 255));
                case NET -> v6 ? Arbitraries.integers().between(0, 0xffff).map(i -> "2001:db8:" + Integer.toHexString(i)
                        + "::/48") : Arbitraries.integers().between(0, 511).map(i -> "198." + (18 + i / 256) + "."
                        + (i % 256) + ".0/24");
                case PORT -> Combinators.combine(Arbitraries.of("", "tcp:", "udp:", "sctp:"),
                        Arbitraries.integers().between(1, 65535)).as((proto, port) -> proto + port);
                case MARK -> Arbitraries.longs().between(0, 4294967295L)
                        .flatMap(m -> Arbitraries.of(Long.toString(m), "0x" + Long.toHexString(m)));
                case IFACE -> Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(15);
                case MAC -> Arbitraries.longs().between(1, 0xffffffffffffL).map(IpSetArbitraries::mac);
            });
        }
        return Combinators.combine(parts).as(values -> String.join(",", values));
    }

    private static String mac(long value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 5; i >= 0; i--) {
            sb.append(String.format("%02x", (value >>> (8 * i)) & 0xff));
            if (i > 0) {
                sb.append(':');
            }
        }
        return sb.toString();
    }

    static Arbitrary<IpSet> ipsets() {
        return Arbitraries.of(IpSetType.values()).flatMap(type -> options(type).flatMap(opts -> {
            Arbitrary<List<String>> entries = opts.hasTimeout() ? Arbitraries.just(List.of())
                    : entry(type, opts.family().equals("inet6")).list().ofMaxSize(12);
            return Combinators.combine(name(), Arbitraries.of("", "1", "1.0"), text(), text(), entries)
                    .as((name, version, shortText, description, list) ->
                            new IpSet(name, version, shortText, description, type, opts, list));
        }));
    }
}
