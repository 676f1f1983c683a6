package org.portcullis.engine.eval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.portcullis.engine.IpProto;
import org.portcullis.engine.trace.RuleRef;
import org.portcullis.engine.trace.Step;
import org.portcullis.nft.Expr;
import org.portcullis.nft.Hook;
import org.portcullis.nft.Stmt;

/**
 * {@code key set value} statements. Marks take the value's low 32 bits, computed from constants, the
 * packet's and the flow's marks with {@code & | ^}; a flow's mark or helper is only set when the packet has
 * a conntrack entry. {@code tcp option maxseg size set rt mtu} lowers the MSS a SYN offers to what the
 * route's MTU allows, which changes no verdict. {@code ct helper set "NAME"} (a reference to a ct helper
 * object, kept by the reader as an unsupported statement) assigns the helper to a new flow.
 */
final class Mangles {
    private static final long MARK_MASK = 0xffff_ffffL;
    private static final Pattern CT_HELPER = Pattern.compile("\\{\"ct helper\":\"([^\"\\\\]+)\"}");

    private Mangles() {
    }

    /** Null when the statement took effect (or had none to take); otherwise how the rule ends. */
    static RuleOutcome apply(Stmt.Mangle m, RuleRef ref, EvalContext ctx) {
        return switch (m.key()) {
            case Expr.Meta meta when meta.key().equals("mark") -> mark(m, ctx, false);
            case Expr.Ct ct when ct.key().equals("mark") && ct.dir() == null -> mark(m, ctx, true);
            case Expr.Ct ct when ct.key().equals("helper") && ct.dir() == null -> helper(m, ref, ctx);
            case Expr.TcpOption t when t.name().equals("maxseg") && t.field().equals("size") -> mss(m, ref, ctx);
            default -> new RuleOutcome.Unknown("setting " + m.key() + " is not modelled");
        };
    }

    /** The helper a {@code ct helper set} statement names, or null for any other unsupported statement. */
    static String ctHelper(Stmt.Unsupported u) {
        Matcher m = CT_HELPER.matcher(u.raw());
        return m.matches() ? m.group(1) : null;
    }

    private static RuleOutcome mark(Stmt.Mangle m, EvalContext ctx, boolean flow) {
        Value v = Operands.setValue(m.value(), ctx);
        if (v instanceof Value.Absent) {
            return new RuleOutcome.NoMatch();
        }
        if (!(v instanceof Value.Num n)) {
            return new RuleOutcome.Unknown("the value of " + m.key() + " set is not modelled"
                    + (v instanceof Value.Unknown u ? ": " + u.why() : ""));
        }
        long value = n.value() & MARK_MASK;
        if (!flow) {
            ctx.packet(ctx.packet().withMark(value));
        } else if (ctx.ct() != null && ctx.ct().entry() != null) {
            ctx.ct().entry().mark(value);
        }
        return null;
    }

    private static RuleOutcome helper(Stmt.Mangle m, RuleRef ref, EvalContext ctx) {
        return m.value() instanceof Expr.Str name ? helper(name.value(), ref, ctx)
                : new RuleOutcome.Unknown("ct helper set " + m.value() + " is not modelled");
    }

    /** A helper is assigned to a flow not yet confirmed and without one; nothing happens otherwise. */
    static RuleOutcome helper(String name, RuleRef ref, EvalContext ctx) {
        if (ctx.ct() != null && ctx.ct().entry() != null && !ctx.ct().entry().confirmed() && ctx.ct().entry().helper() == null) {
            ctx.ct().entry().helper(name);
            ctx.step(new Step.Note("ct helper " + name + " assigned to the new flow by " + ref
                    + " (when the helper object serves its protocol and family); the related flows a helper expects are not modelled"));
        }
        return null;
    }

    private static RuleOutcome mss(Stmt.Mangle m, RuleRef ref, EvalContext ctx) {
        if (ctx.packet().protocol() != IpProto.TCP) {
            return new RuleOutcome.NoMatch();
        }
        if (m.value() instanceof Expr.Rt rt && rt.key().equals("mtu") && ctx.hook() == Hook.PREROUTING) {
            return new RuleOutcome.NoMatch();
        }
        String to = m.value() instanceof Expr.Rt rt ? "what the route's MTU allows (rt " + rt.key() + ")" : String.valueOf(m.value());
        ctx.step(new Step.Note("tcp option maxseg size set by " + ref + ": an MSS the packet offers is lowered to "
                + to + "; no verdict changes"));
        return null;
    }
}
