package org.portcullis.analysis.explain;

import java.util.List;
import java.util.Map;

import org.portcullis.compile.Compiled;
import org.portcullis.compile.SourceMap;
import org.portcullis.compile.direct.DirectCompiler;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.HostFile;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;
import org.portcullis.nft.BaseHook;
import org.portcullis.nft.Chain;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.ChainType;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/** Hosts and rulesets for explanation tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Host base1() {
        return HostFile.parse("""
                name base1
                interface lo 127.0.0.1/8
                interface enp3s0 198.18.0.1/24
                interface enp4s0 198.18.1.1/24
                route default via 198.18.0.254 dev enp3s0
                """);
    }

    static DirectRule rule(int priority, String... args) {
        return new DirectRule(Ipv.IPV4, "filter", "OUTPUT", priority, List.of(args));
    }

    static Compiled compiled(DirectRule... rules) {
        return DirectCompiler.compile(DirectConfig.of(List.of(), List.of(rules), List.of()));
    }

    /** A foreign ruleset: an output chain with policy drop and one counted accept, kernel handles 7 and 8. */
    static Compiled foreign() {
        Rule counted = new Rule(List.of(new Stmt.Counter(0, 0)), null, 7);
        Rule comment = new Rule(List.of(Stmt.Verdict.CONTINUE), "kept", 8);
        Chain out = new Chain("out", new BaseHook(ChainType.FILTER, Hook.OUTPUT, 0, ChainPolicy.DROP), List.of(counted, comment));
        return new Compiled(new Ruleset(List.of(new Table(Family.IP, "t", List.of(), List.of(out)))), new SourceMap(Map.of()));
    }
}
