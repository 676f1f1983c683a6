package org.portcullis.analysis.explain;

import org.portcullis.engine.trace.RuleRef;

/**
 * How a rule is shown: where it sits, its kernel handle (0 when it has none), the rule in the user's own
 * words when Portcullis compiled it ({@code origin}, null for a rule from a foreign ruleset) and its nft form.
 */
public record RuleLabel(RuleRef ref, long handle, String origin, String nft) {

    /** The origin when known, otherwise the nft form with the handle. */
    public String headline() {
        if (origin != null) {
            return origin;
        }
        return handle > 0 ? nft + " (handle " + handle + ")" : nft;
    }

    /** Family, table, chain and position. */
    public String place() {
        return ref.family().nftName() + " " + ref.table() + " " + ref.chain() + " #" + ref.index()
                + (handle > 0 ? " handle " + handle : "");
    }
}
