package org.portcullis.engine.classify;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.portcullis.engine.Packet;
import org.portcullis.engine.eval.Counters;
import org.portcullis.engine.eval.EvalContext;
import org.portcullis.engine.eval.RuleEvaluator;
import org.portcullis.engine.eval.RuleOutcome;
import org.portcullis.engine.trace.RuleRef;
import org.portcullis.model.net.IpAddress;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Stmt;
import org.portcullis.nft.Table;

/**
 * The family/protocol combinations a match on a protocol field leaves possible, found by asking the
 * reference evaluator about one packet of each combination: only a certain non-match excludes one.
 */
final class ProtocolProbe {
    private static final IpAddress V4 = IpAddress.v4(0);
    private static final IpAddress V6 = IpAddress.parse("::");

    private final Table table;
    private final Map<Stmt.Match, ProtocolSet> cache = new ConcurrentHashMap<>();

    ProtocolProbe(Table table) {
        this.table = table;
    }

    ProtocolSet allowed(Stmt.Match match) {
        return cache.computeIfAbsent(match, m -> probe(table, m));
    }

    private static ProtocolSet probe(Table table, Stmt.Match match) {
        Rule rule = new Rule(List.of(match));
        RuleRef ref = new RuleRef(table.family(), table.name(), "probe", 0);
        BitSet keys = new BitSet(ProtocolSet.SIZE);
        for (int key = 0; key < ProtocolSet.SIZE; key++) {
            boolean v6 = key >= 256;
            IpAddress a = v6 ? V6 : V4;
            Packet p = new Packet(a, a, key & 0xff, 0, 0, 0, -1, -1, null, null, 0, 60, null);
            RuleOutcome out = RuleEvaluator.evaluate(rule, ref, table, new EvalContext(p, new Counters()));
            if (!(out instanceof RuleOutcome.NoMatch)) {
                keys.set(key);
            }
        }
        return new ProtocolSet(keys);
    }
}
