package org.portcullis.nft.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.portcullis.nft.Chain;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;
import org.portcullis.testkit.KernelSupport;
import org.portcullis.testkit.Netns;

/**
 * Real iptables dumps loaded with iptables-restore into a namespace, listed by nft and read back: only the
 * xt compatibility expressions, which nft cannot show, may stay unmodelled.
 */
class IptablesTranslationReadTest {
    private static final Path DATA = Path.of(System.getProperty("portcullis.shared", "../../shared"), "data", "iptables-real");

    @Test
    void everythingButXtCompatIsModelled() throws IOException {
        KernelSupport.assumeKernel();
        Assumptions.assumeTrue(Files.isDirectory(DATA), "iptables dumps not present at " + DATA);
        List<Path> dumps;
        try (Stream<Path> s = Files.list(DATA)) {
            dumps = s.filter(p -> p.getFileName().toString().endsWith("iptables-save")).sorted().toList();
        }
        Assumptions.assumeFalse(dumps.isEmpty(), "no iptables-save files in " + DATA);
        for (Path dump : dumps) {
            try (Netns ns = Netns.create("pc-ipt")) {
                ns.execWithInput(Files.readString(dump), "iptables-restore").orThrow("iptables-restore " + dump);
                Ruleset r = RulesetJsonReader.read(ns.exec("nft", "-j", "list", "ruleset").orThrow("list").stdout());
                List<String> unmodelled = new ArrayList<>();
                int rules = 0;
                for (Table t : r.tables()) {
                    for (Chain c : t.chains()) {
                        for (Rule rule : c.rules()) {
                            rules++;
                            rule.stmts().forEach(st -> collect(st, unmodelled));
                        }
                    }
                }
                assertTrue(rules > 0, dump.toString());
                assertFalse(unmodelled.stream().anyMatch(u -> !u.startsWith("{\"xt\":")),
                        dump + ": " + unmodelled.stream().filter(u -> !u.startsWith("{\"xt\":")).toList());
            }
        }
    }

    private static void collect(Stmt s, List<String> out) {
        switch (s) {
            case Stmt.Unsupported(String raw) -> out.add(raw);
            case Stmt.Match(Expr l, var op, Expr r) -> {
                unknown(l, out);
                unknown(r, out);
            }
            case Stmt.Mangle(Expr k, Expr v) -> unknown(v, out);
            case Stmt.Nat n -> {
                unknown(n.addr(), out);
                unknown(n.port(), out);
            }
            case Stmt.Counter c -> { }
            case Stmt.Log l -> { }
            case Stmt.Limit l -> { }
            case Stmt.Reject r -> { }
            case Stmt.Notrack n -> { }
            case Stmt.Verdict v -> { }
        }
    }

    private static void unknown(Expr e, List<String> out) {
        if (e instanceof Expr.Unknown(String raw)) {
            out.add(raw);
        }
    }
}
