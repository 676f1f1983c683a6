package org.portcullis.analysis.explain.render;

import java.util.Locale;

import org.portcullis.analysis.explain.RuleLabel;
import org.portcullis.analysis.explain.RuleNamer;
import org.portcullis.compile.Origin;
import org.portcullis.engine.play.Fate;
import org.portcullis.engine.play.PacketRecord;
import org.portcullis.engine.trace.RuleAction;
import org.portcullis.engine.trace.Step;
import org.portcullis.engine.trace.Trace;
import org.portcullis.nft.Hook;

/** The words explanations use for fates, actions, deciding steps and lost packets, shared by both renderers. */
public final class Words {
    private Words() {
    }

    public static String fate(Fate f) {
        return switch (f) {
            case DELIVERED -> "delivered";
            case SENT -> "sent";
            case DROPPED -> "dropped";
            case REJECTED -> "rejected";
            case NO_ROUTE -> "not routed";
            case NOT_FORWARDED -> "not forwarded";
        };
    }

    public static String action(Step.RuleMatched m) {
        return switch (m.action()) {
            case ACCEPT, DROP, CONTINUE, RETURN, NAT -> m.action().name().toLowerCase(Locale.ROOT);
            case REJECT -> m.reject() == null ? "reject" : "reject with " + m.reject().nftName();
            case JUMP, GOTO -> m.action().name().toLowerCase(Locale.ROOT) + " " + m.target();
            case NONE -> "match";
        };
    }

    /**
     * The step an explanation names as the decider. A packet passes a hook only when every base chain on it
     * accepts, so for an accepted packet that is the first rule that accepted it: a later chain that let it
     * through by its policy, or accepted it again, decided nothing new. Without an accepting rule, and for a
     * packet dropped or rejected, it is the step the verdict names.
     */
    public static Step decidingStep(Trace t) {
        if (t.verdict().accepted()) {
            for (Step s : t.steps()) {
                if (s instanceof Step.RuleMatched m && m.action() == RuleAction.ACCEPT) {
                    return s;
                }
            }
        }
        return t.verdict().decidedBy();
    }

    /** The step that decided, in words: a rule by its headline, a chain policy, or a routing note. */
    public static String decider(Step s, RuleNamer namer) {
        return switch (s) {
            case null -> "nothing: no chain on its path gave a verdict";
            case Step.RuleMatched m -> ruleDecided(m, namer);
            case Step.PolicyApplied p -> "policy " + p.policy().nftName() + " of chain " + chain(p.family().nftName(), p.table(), p.chain());
            case Step.NatApplied n -> n.rule() == null ? "conntrack nat " + n.translation()
                    : namer.label(n.rule(), 0).headline();
            case Step.Note n -> n.text();
            case Step.HookEntered h -> "hook " + h.hook().nftName();
            case Step.ChainEntered c -> "chain " + chain(c.family().nftName(), c.table(), c.chain());
            case Step.ChainReturned c -> "return from chain " + chain(c.family().nftName(), c.table(), c.chain());
            case Step.RuleUnknown u -> namer.label(u.rule(), u.handle()).headline();
            case Step.CtLookup c -> "conntrack";
            case Step.CtConfirmed c -> "conntrack";
        };
    }

    /**
     * A deciding rule's headline. A zone or policy rule is named by what it enforces ({@code zone public:
     * service ssh}), which does not say what it did, so its verdict follows in parentheses.
     */
    private static String ruleDecided(Step.RuleMatched m, RuleNamer namer) {
        String headline = namer.label(m.rule(), m.handle()).headline();
        return switch (namer.origin(m.rule()).orElse(null)) {
            case Origin.FromZone z -> headline + " (" + verdict(m, namer) + ")";
            case Origin.FromPolicy p -> headline + " (" + verdict(m, namer) + ")";
            case null, default -> headline;
        };
    }

    private static String verdict(Step.RuleMatched m, RuleNamer namer) {
        String nft = namer.verdict(m.rule());
        return nft != null ? nft : action(m);
    }

    /** The deciding rule's label, or null when no rule decided. */
    public static RuleLabel decidingRule(Step s, RuleNamer namer) {
        return s instanceof Step.RuleMatched m ? namer.label(m.rule(), m.handle()) : null;
    }

    /** The hook the packet was in when {@code s} happened, or null. */
    public static Hook hookOf(Trace t, Step s) {
        int at = s == null ? -1 : t.steps().lastIndexOf(s);
        Hook hook = null;
        for (int i = 0; i <= at; i++) {
            if (t.steps().get(i) instanceof Step.HookEntered h) {
                hook = h.hook();
            }
        }
        return hook;
    }

    static String chain(String family, String table, String chain) {
        return family + " " + table + " " + chain;
    }

    /** {@code LABEL FROM -> TO FATE in HOOK by RULE}, one lost packet. */
    public static String lost(PacketRecord r, RuleNamer namer) {
        Step by = decidingStep(r.trace());
        String head = r.label() + " " + r.packet().from() + " -> " + r.packet().to() + " " + fate(r.fate());
        if (by instanceof Step.Note n) {
            return head + ": " + n.text();
        }
        Hook hook = hookOf(r.trace(), by);
        return head + (hook == null ? "" : " in " + hook.nftName()) + " by " + decider(by, namer);
    }
}
