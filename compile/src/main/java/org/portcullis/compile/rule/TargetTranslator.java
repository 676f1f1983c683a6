package org.portcullis.compile.rule;

import java.util.List;

import org.portcullis.model.rule.Target;
import org.portcullis.nft.Stmt;

/** Translates an iptables target into the statements that end an nftables rule. */
public final class TargetTranslator {
    private TargetTranslator() {
    }

    /** The target's statements; a rule without a target only counts, so null gives none. */
    public static List<Stmt> translate(TranslationContext ctx, Target target) {
        if (target == null) {
            return List.of();
        }
        return List.of(switch (target) {
            case Target.Accept a -> Stmt.Verdict.ACCEPT;
            case Target.Drop d -> Stmt.Verdict.DROP;
            case Target.Return r -> Stmt.Verdict.RETURN;
            case Target.Reject r -> RejectTypes.translate(ctx, r.with());
            case Target.Log l -> LogLevels.translate(l.prefix(), l.level());
            case Target.Jump j -> Stmt.Verdict.jump(ctx.chains().resolve(j.chain()));
            case Target.Goto g -> Stmt.Verdict.goTo(ctx.chains().resolve(g.chain()));
            case Target.Masquerade m -> NatStatements.masquerade(m.toPorts());
            case Target.Snat s -> NatStatements.to(Stmt.NatKind.SNAT, s.from(), s.to(), s.ports());
            case Target.Dnat d -> NatStatements.to(Stmt.NatKind.DNAT, d.from(), d.to(), d.ports());
            case Target.Redirect r -> NatStatements.redirect(r.toPorts());
            case Target.SetMark m -> MarkStatements.translate(m.value(), m.mask());
            case Target.Notrack n -> new Stmt.Notrack();
        });
    }
}
