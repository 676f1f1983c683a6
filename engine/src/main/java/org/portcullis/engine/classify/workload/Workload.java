package org.portcullis.engine.classify.workload;

import java.util.List;

import org.portcullis.engine.Packet;
import org.portcullis.engine.hook.BaseChain;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Ruleset;

/** A ruleset with one input base chain and the packets to classify against it, arriving on their {@code iif}. */
public record Workload(String name, Ruleset ruleset, List<Packet> packets) {
    public Workload {
        packets = List.copyOf(packets);
    }

    /** The ruleset's only base chain, on the input hook. */
    public BaseChain chain() {
        var table = ruleset.tables().getFirst();
        for (var c : table.chains()) {
            if (c.isBase() && c.base().hook() == Hook.INPUT) {
                return new BaseChain(table, c);
            }
        }
        throw new IllegalStateException("workload " + name + " has no input base chain");
    }
}
