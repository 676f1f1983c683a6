package org.portcullis.compile.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.portcullis.model.rule.CtState;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Op;
import org.portcullis.nft.Stmt;

/**
 * {@code -m state}/{@code -m conntrack --ctstate}: {@code ct state { ... }}. The pseudo-states SNAT and
 * DNAT are conntrack status bits, tested as {@code ct status & mask != 0}. iptables ORs the listed states,
 * so a list mixing both kinds becomes two exclusive branches.
 */
public final class ConnStateMatches {
    /** IPS_SRC_NAT and IPS_DST_NAT of the kernel's conntrack status. */
    public static final long STATUS_SNAT = 0x10;
    public static final long STATUS_DNAT = 0x20;

    private ConnStateMatches() {
    }

    public static Branches translate(Set<CtState> states, boolean negated) {
        List<Expr> plain = new ArrayList<>();
        long status = 0;
        for (CtState s : CtState.values()) {
            if (!states.contains(s)) {
                continue;
            }
            switch (s) {
                case SNAT -> status |= STATUS_SNAT;
                case DNAT -> status |= STATUS_DNAT;
                case INVALID, NEW, ESTABLISHED, RELATED, UNTRACKED ->
                        plain.add(new Expr.Str(s.name().toLowerCase(Locale.ROOT)));
            }
        }
        Stmt.Match stateIn = plain.isEmpty() ? null : new Stmt.Match(new Expr.Ct("state", null),
                negated ? Op.NE : Op.IN, new Expr.SetLit(plain));
        Stmt.Match statusSet = status == 0 ? null : new Stmt.Match(
                new Expr.And(new Expr.Ct("status", null), new Expr.Num(status)), negated ? Op.EQ : Op.NE,
                new Expr.Num(0));
        if (stateIn == null || statusSet == null) {
            return Branches.of(stateIn == null ? statusSet : stateIn);
        }
        if (negated) {
            return Branches.of(stateIn, statusSet);
        }
        Stmt.Match stateNotIn = new Stmt.Match(new Expr.Ct("state", null), Op.NE, new Expr.SetLit(plain));
        return Branches.anyOf(List.of(List.of(stateIn), List.of(stateNotIn, statusSet)));
    }
}
