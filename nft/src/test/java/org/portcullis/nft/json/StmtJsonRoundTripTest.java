package org.portcullis.nft.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Op;
import org.portcullis.nft.Stmt;

/** Every statement the writer emits is read back as the same statement. */
class StmtJsonRoundTripTest {
    private static final JsonFactory FACTORY = new JsonFactory();

    @Property(tries = 500)
    void writtenStatementsReadBackUnchanged(@ForAll("statements") Stmt s) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            StmtJson.write(g, s);
        }
        try (JsonParser p = FACTORY.createParser(w.toString())) {
            p.nextToken();
            assertEquals(s, StmtReader.read(JsonText.read(p)), w.toString());
        }
    }

    @Provide
    Arbitrary<Stmt> statements() {
        return Arbitraries.oneOf(matches(), counters(), logs(), limits(), rejects(), nats(), verdicts(),
                Arbitraries.just(new Stmt.Notrack()),
                Arbitraries.longs().between(0, 0xffffffffL).map(v -> new Stmt.Mangle(new Expr.Meta("mark"), new Expr.Num(v))));
    }

    private static Arbitrary<String> symbols() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
    }

    private static Arbitrary<Expr> prefixes() {
        Arbitrary<Expr> v4 = Combinators.combine(Arbitraries.integers(), Arbitraries.integers().between(0, 32))
                .as((a, len) -> new Expr.Prefix(new IpPrefix(IpAddress.v4(a), len)));
        Arbitrary<Expr> v6 = Combinators.combine(Arbitraries.longs(), Arbitraries.longs(), Arbitraries.integers().between(0, 128))
                .as((hi, lo, len) -> new Expr.Prefix(new IpPrefix(new IpAddress(true, hi, lo), len)));
        return Arbitraries.oneOf(v4, v6);
    }

    private static Arbitrary<Expr> numbers() {
        return Arbitraries.longs().between(0, 65535).map(Expr.Num::new);
    }

    private static Arbitrary<Expr> values() {
        Arbitrary<Expr> ranges = Combinators.combine(numbers(), numbers()).as(Expr.Range::new);
        Arbitrary<Expr> sets = Arbitraries.oneOf(numbers(), ranges).list().ofMinSize(1).ofMaxSize(4).map(Expr.SetLit::new);
        Arbitrary<Expr> refs = symbols().map(Expr.SetRef::new);
        Arbitrary<Expr> strs = symbols().map(Expr.Str::new);
        return Arbitraries.oneOf(numbers(), prefixes(), ranges, sets, refs, strs);
    }

    private static Arbitrary<Stmt> matches() {
        Arbitrary<Expr> payloads = Combinators.combine(Arbitraries.of("ip", "ip6", "tcp", "udp", "th"),
                Arbitraries.of("saddr", "daddr", "sport", "dport")).as(Expr.Payload::new);
        Arbitrary<Expr> lefts = Arbitraries.oneOf(payloads, Arbitraries.of("mark", "l4proto", "nfproto").map(Expr.Meta::new),
                Arbitraries.of("state", "status", "mark").map(k -> new Expr.Ct(k, null)),
                Combinators.combine(payloads, numbers()).as(Expr.And::new));
        Arbitrary<Stmt> general = Combinators.combine(lefts, Arbitraries.of(Op.values()), values()).as(Stmt.Match::new);
        Arbitrary<Stmt> names = Combinators.combine(Arbitraries.of("iifname", "oifname"), Arbitraries.of(Op.EQ, Op.NE),
                Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('*', '.').ofMinLength(1).ofMaxLength(15))
                .as((k, op, n) -> new Stmt.Match(new Expr.Meta(k), op, new Expr.Str(n)));
        Arbitrary<Stmt> flags = symbols().list().ofMinSize(1).ofMaxSize(3)
                .map(f -> new Stmt.Match(new Expr.Ct("state", null), Op.IN,
                        new Expr.SetLit(f.stream().<Expr>map(Expr.Str::new).toList())));
        return Arbitraries.oneOf(general, names, flags);
    }

    private static Arbitrary<Stmt> counters() {
        return Combinators.combine(Arbitraries.longs().greaterOrEqual(0), Arbitraries.longs().greaterOrEqual(0))
                .as(Stmt.Counter::new);
    }

    private static Arbitrary<Stmt> logs() {
        return Combinators.combine(Arbitraries.strings().ofMaxLength(20).injectNull(0.3),
                Arbitraries.of("emerg", "warn", "info", "debug").injectNull(0.5),
                Arbitraries.integers().between(0, 65535).injectNull(0.7)).as(Stmt.Log::new);
    }

    private static Arbitrary<Stmt> limits() {
        return Combinators.combine(Arbitraries.longs().between(1, 100000), Arbitraries.of("second", "minute", "hour", "day"),
                Arbitraries.longs().between(0, 1000), Arbitraries.of(true, false)).as(Stmt.Limit::new);
    }

    private static Arbitrary<Stmt> rejects() {
        return Combinators.combine(Arbitraries.of("icmp", "icmpv6", "icmpx", "tcp reset").injectNull(0.3),
                Arbitraries.of("port-unreachable", "admin-prohibited", "host-prohibited").injectNull(0.3))
                .as(Stmt.Reject::new);
    }

    private static Arbitrary<Stmt> nats() {
        Arbitrary<Expr> ports = Arbitraries.oneOf(numbers(), Combinators.combine(numbers(), numbers()).as(Expr.Range::new));
        return Combinators.combine(Arbitraries.of(Stmt.NatKind.values()), Arbitraries.of("ip", "ip6").injectNull(0.5),
                prefixes().injectNull(0.3), ports.injectNull(0.5)).as(Stmt.Nat::new);
    }

    private static Arbitrary<Stmt> verdicts() {
        return Arbitraries.oneOf(Arbitraries.of(List.of(Stmt.Verdict.ACCEPT, Stmt.Verdict.DROP, Stmt.Verdict.CONTINUE,
                Stmt.Verdict.RETURN)), Arbitraries.strings().ofMinLength(1).ofMaxLength(20).map(Stmt.Verdict::jump),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(20).map(Stmt.Verdict::goTo));
    }
}
