package org.portcullis.compile;

import org.portcullis.nft.Ruleset;

/** A compiled configuration: the ruleset for the kernel and where each of its rules came from. */
public record Compiled(Ruleset ruleset, SourceMap sourceMap) {
}
