package org.portcullis.analysis.explain;

import org.portcullis.compile.Origin;
import org.portcullis.compile.SourceMap;
import org.portcullis.config.shell.Shlex;
import org.portcullis.engine.trace.RuleRef;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Passthrough;
import org.portcullis.nft.Chain;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Table;
import org.portcullis.nft.text.NftText;

/** Names the rules of a ruleset: in the user's words through the source map, and in nft form. */
public final class RuleNamer {
    private final Ruleset ruleset;
    private final SourceMap sources;

    public RuleNamer(Ruleset ruleset, SourceMap sources) {
        this.ruleset = ruleset;
        this.sources = sources;
    }

    public RuleLabel label(RuleRef ref, long handle) {
        var key = new org.portcullis.compile.RuleRef(ref.family(), ref.table(), ref.chain(), ref.index());
        String origin = sources.origin(key).map(RuleNamer::words).orElse(null);
        return new RuleLabel(ref, handle, origin, nft(ref));
    }

    /** A direct rule as {@code firewall-cmd --direct --get-all-rules} lists it. */
    public static String words(DirectRule r) {
        String args = Shlex.join(r.args());
        String head = r.ipv().word() + " " + r.table() + " " + r.chain() + " " + r.priority();
        return args.isEmpty() ? head : head + " " + args;
    }

    static String words(Origin origin) {
        return switch (origin) {
            case Origin.FromDirectRule d -> words(d.rule());
            case Origin.FromPassthrough p -> words(p.passthrough());
            case Origin.Builtin b -> b.description();
        };
    }

    private static String words(Passthrough p) {
        return "passthrough " + p.ipv().word() + " " + Shlex.join(p.args());
    }

    private String nft(RuleRef ref) {
        Table t = ruleset.table(ref.family(), ref.table());
        Chain c = t == null ? null : t.chain(ref.chain());
        if (c == null || ref.index() >= c.rules().size()) {
            return "(rule not in the ruleset)";
        }
        Rule r = c.rules().get(ref.index());
        try {
            return NftText.rule(r);
        } catch (IllegalArgumentException e) {
            return "(not expressible in nft text: " + e.getMessage() + ")";
        }
    }
}
