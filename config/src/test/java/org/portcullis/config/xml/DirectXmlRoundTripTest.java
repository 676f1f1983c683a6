package org.portcullis.config.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.direct.Passthrough;

class DirectXmlRoundTripTest {
    private static final List<String> IP_TABLES = List.of("filter", "nat", "mangle", "raw", "security");
    private static final List<String> EB_TABLES = List.of("filter", "nat", "broute");

    /** Words with blanks, quotes, XML specials and non-ASCII; no CR/LF, which XML text does not keep. */
    private static Arbitrary<String> word() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("-abcINPUT0123456789:,./").ofMinLength(0).ofMaxLength(8),
                Arbitraries.strings().withChars(" \t'\"\\!$&<>*#;=žluťoučký€漢").withCharRange('a', 'e')
                        .ofMinLength(0).ofMaxLength(10));
    }

    private static Arbitrary<Ipv> ipv() {
        return Arbitraries.of(Ipv.class);
    }

    private static Arbitrary<String> table(Ipv ipv) {
        return Arbitraries.of(ipv == Ipv.EB ? EB_TABLES : IP_TABLES);
    }

    @Provide
    Arbitrary<DirectConfig> configs() {
        Arbitrary<DirectChain> chain = ipv().flatMap(v -> Combinators.combine(table(v), word())
                .as((t, c) -> new DirectChain(v, t, c)));
        Arbitrary<DirectRule> rule = ipv().flatMap(v -> Combinators.combine(table(v), Arbitraries.of("INPUT", "x y", "ž"),
                Arbitraries.integers(), word().list().ofMaxSize(6))
                .as((t, c, p, a) -> new DirectRule(v, t, c, p, a)));
        Arbitrary<Passthrough> pass = Combinators.combine(ipv(), word().list().ofMaxSize(5)).as(Passthrough::new);
        return Combinators.combine(chain.list().ofMaxSize(5), rule.list().ofMaxSize(8), pass.list().ofMaxSize(5))
                .as(DirectConfig::of);
    }

    @Property(tries = 300)
    void writeThenReadGivesTheConfigurationAsWritten(@ForAll("configs") DirectConfig config) throws IOException {
        Path dir = Files.createTempDirectory("pc-direct");
        try {
            Path f = dir.resolve("direct.xml");
            DirectXml.write(config, f);
            assertEquals(DirectXml.asWritten(config), DirectXml.read(f), Files.readString(f));
            DirectXml.write(DirectXml.read(f), f);
            assertEquals(Files.readString(dir.resolve("direct.xml.old")), Files.readString(f));
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }
}
