package org.portcullis.engine.classify;

import java.util.IdentityHashMap;
import java.util.Map;

import org.portcullis.engine.Packet;
import org.portcullis.engine.hook.ChainEvaluator;
import org.portcullis.engine.hook.LinearChainEvaluator;
import org.portcullis.engine.hook.RuleScan;
import org.portcullis.nft.Chain;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Table;

/**
 * A compiled packet classifier: per chain, the rules a packet can match are found by intersecting, for
 * each constrained header field (family and protocol, ports, IPv4 addresses, interface names), the
 * vector of rules that field's value admits. Used as the rule scan of the linear walk, it only skips
 * rules whose leading matches certainly fail; every candidate is still evaluated by the reference rule
 * evaluator in order, so verdicts, traces and counters are those of the linear walk.
 */
public final class Classifier implements RuleScan {
    private final Map<Chain, ChainClassifier> chains = new IdentityHashMap<>();

    public Classifier(Ruleset ruleset) {
        for (Table t : ruleset.tables()) {
            GuardReader reader = new GuardReader(new ProtocolProbe(t));
            for (Chain c : t.chains()) {
                chains.put(c, new ChainClassifier(c, reader));
            }
        }
    }

    /** The chain evaluator that walks {@code ruleset} through this classifier. */
    public static ChainEvaluator evaluator(Ruleset ruleset) {
        return new LinearChainEvaluator(new Classifier(ruleset));
    }

    @Override
    public int next(Chain chain, int from, Packet packet) {
        ChainClassifier c = chains.get(chain);
        return c == null ? from : c.next(from, packet);
    }
}
