package org.portcullis.compile.zone;

import java.util.List;

import org.portcullis.nft.BaseHook;
import org.portcullis.nft.Chain;
import org.portcullis.nft.ChainPolicy;
import org.portcullis.nft.ChainType;
import org.portcullis.nft.Family;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Table;

/**
 * Panic mode: a table of its own whose prerouting and output chains drop every packet at raw priority + 9,
 * before conntrack, NAT and the zone table; the zone table stays as it is.
 */
final class PanicTable {
    static final String NAME = ZoneCompiler.TABLE + "_policy_drop";
    static final int PRIORITY = -300 + BaseRules.OFFSET - 1;

    private PanicTable() {
    }

    static Table table() {
        return new Table(Family.INET, NAME, List.of(), List.of(
                new Chain("raw_prerouting", new BaseHook(ChainType.FILTER, Hook.PREROUTING, PRIORITY, ChainPolicy.DROP),
                        List.of()),
                new Chain("raw_output", new BaseHook(ChainType.FILTER, Hook.OUTPUT, PRIORITY, ChainPolicy.DROP),
                        List.of())));
    }
}
