package org.portcullis.compile;

import org.portcullis.nft.Family;

/** The position of a rule in a compiled ruleset: table, chain and index within the chain. */
public record RuleRef(Family family, String table, String chain, int index) {
}
