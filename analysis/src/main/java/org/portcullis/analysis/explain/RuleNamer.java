package org.portcullis.analysis.explain;

import java.util.List;
import java.util.Optional;

import org.portcullis.compile.Origin;
import org.portcullis.compile.SourceMap;
import org.portcullis.config.shell.Shlex;
import org.portcullis.engine.trace.RuleRef;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Passthrough;
import org.portcullis.nft.Chain;
import org.portcullis.nft.Family;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Ruleset;
import org.portcullis.nft.Stmt;
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
        return new RuleLabel(ref, handle, origin(ref).map(RuleNamer::words).orElse(null), nft(ref));
    }

    /** What Portcullis compiled the rule at {@code ref} from; empty for a rule of a foreign ruleset. */
    public Optional<Origin> origin(RuleRef ref) {
        return sources.origin(new org.portcullis.compile.RuleRef(ref.family(), ref.table(), ref.chain(), ref.index()));
    }

    /**
     * The verdict of the rule at {@code ref} in nft form, e.g. {@code accept} or {@code reject with icmpx
     * admin-prohibited}; null when the rule ends without one.
     */
    public String verdict(RuleRef ref) {
        Rule r = rule(ref);
        if (r == null) {
            return null;
        }
        for (Stmt s : r.stmts().reversed()) {
            if (s instanceof Stmt.Verdict || s instanceof Stmt.Reject) {
                try {
                    return NftText.rule(new Rule(List.of(s)));
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
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
            case Origin.FromZone z -> "zone " + z.zone() + ": " + z.item();
            case Origin.FromPolicy p -> "policy " + p.policy() + ": " + p.item();
            case Origin.Builtin b -> b.description();
        };
    }

    private static String words(Passthrough p) {
        return "passthrough " + p.ipv().word() + " " + Shlex.join(p.args());
    }

    /** A rule met without a step of its own, named with the handle the ruleset gives it. */
    public RuleLabel label(RuleRef ref) {
        Rule r = rule(ref);
        return label(ref, r == null ? 0 : r.handle());
    }

    /** The rule at {@code ref}, or null. */
    public Rule rule(RuleRef ref) {
        Chain c = chain(ref.family(), ref.table(), ref.chain());
        return c == null || ref.index() < 0 || ref.index() >= c.rules().size() ? null : c.rules().get(ref.index());
    }

    /** The number of rules in a chain, 0 when there is no such chain. */
    public int chainSize(Family family, String table, String chain) {
        Chain c = chain(family, table, chain);
        return c == null ? 0 : c.rules().size();
    }

    private Chain chain(Family family, String table, String chain) {
        Table t = ruleset.table(family, table);
        return t == null ? null : t.chain(chain);
    }

    private String nft(RuleRef ref) {
        Rule r = rule(ref);
        if (r == null) {
            return "(rule not in the ruleset)";
        }
        try {
            return NftText.rule(r);
        } catch (IllegalArgumentException e) {
            return "(not expressible in nft text: " + e.getMessage() + ")";
        }
    }
}
