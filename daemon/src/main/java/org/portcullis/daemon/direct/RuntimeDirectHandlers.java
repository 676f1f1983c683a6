package org.portcullis.daemon.direct;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.daemon.ArgsQuoting;
import org.portcullis.daemon.Dispatcher;
import org.portcullis.daemon.Firewall;
import org.portcullis.daemon.HandlerFamily;
import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Response;
import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.direct.Passthrough;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/** The direct interface without {@code --permanent}: checks as firewalld's runtime does, then one transaction. */
public final class RuntimeDirectHandlers implements HandlerFamily {
    private final Firewall fw;
    private final DirectListing listing;

    public RuntimeDirectHandlers(Firewall fw, ArgsQuoting quoting) {
        this.fw = fw;
        this.listing = new DirectListing(quoting);
    }

    @Override
    public void register(Dispatcher d) {
        registerChains(d);
        registerRules(d);
        registerPassthroughs(d);
    }

    private DirectConfig now() {
        return fw.runtime().tracked();
    }

    private Response change(String description, java.util.function.UnaryOperator<DirectConfig> op) {
        fw.change(description, rt -> rt.withTracked(op.apply(rt.tracked())));
        return Response.ok();
    }

    private void registerChains(Dispatcher d) {
        d.runtime(Ops.ADD_CHAIN, a -> {
            DirectChain c = checkedChain(a);
            return change("add chain " + a.get(0) + " " + a.get(1) + " " + a.get(2), cfg -> cfg.withChain(c));
        });
        d.runtime(Ops.REMOVE_CHAIN, a -> {
            DirectChain c = checkedChain(a);
            return change("remove chain " + a.get(0) + " " + a.get(1) + " " + a.get(2), cfg -> {
                fw.validator().chainRemoval(cfg, c);
                return cfg.withoutChain(c);
            });
        });
        d.runtime(Ops.QUERY_CHAIN, a -> Response.answer(now().hasChain(checkedChain(a))));
        d.runtime(Ops.GET_CHAINS, a -> {
            Ipv ipv = DirectArgs.ipv(a, 2);
            DirectChecks.table(ipv, a.get(1));
            return Response.lines(DirectListing.chains(now(), ipv, a.get(1)));
        });
        d.runtime(Ops.GET_ALL_CHAINS, a -> Response.lines(DirectListing.allChains(now())));
    }

    private static DirectChain checkedChain(List<String> a) {
        DirectChain c = DirectArgs.chain(a);
        DirectChecks.table(c.ipv(), c.table());
        DirectChecks.userChain(c.ipv(), c.table(), c.chain());
        return c;
    }

    private void registerRules(Dispatcher d) {
        d.runtime(Ops.ADD_RULE, a -> {
            DirectRule r = checkedRule(a);
            return change("add rule " + listing.describe(r), cfg -> {
                DirectConfig next = cfg.withRule(r, PyRepr.tuple(r.args()));
                fw.validator().rule(r);
                return next;
            });
        });
        d.runtime(Ops.REMOVE_RULE, a -> {
            DirectRule r = checkedRule(a);
            return change("remove rule " + listing.describe(r), cfg -> cfg.withoutRule(r, PyRepr.tuple(r.args())));
        });
        d.runtime(Ops.QUERY_RULE, a -> Response.answer(now().hasRule(checkedRule(a))));
        d.runtime(Ops.REMOVE_RULES, a -> {
            DirectChain key = DirectArgs.chain(a);
            DirectChecks.table(key.ipv(), key.table());
            return change("remove rules " + a.get(0) + " " + a.get(1) + " " + a.get(2),
                    cfg -> cfg.withoutRules(key.key()));
        });
        d.runtime(Ops.GET_RULES, a -> {
            DirectChain key = DirectArgs.chain(a);
            DirectChecks.table(key.ipv(), key.table());
            return Response.lines(listing.rules(now(), key.ipv(), key.table(), key.chain()));
        });
        d.runtime(Ops.GET_ALL_RULES, a -> Response.lines(listing.allRules(now())));
    }

    private static DirectRule checkedRule(List<String> a) {
        DirectRule r = DirectArgs.rule(a);
        DirectChecks.table(r.ipv(), r.table());
        return r;
    }

    private void registerPassthroughs(Dispatcher d) {
        d.runtime(Ops.PASSTHROUGH, a -> untracked(DirectArgs.passthrough(a)));
        d.runtime(Ops.ADD_PASSTHROUGH, a -> {
            Passthrough p = DirectArgs.passthrough(a);
            return change("add passthrough " + listing.describe(p), cfg -> {
                DirectConfig next = cfg.withPassthrough(p, PyRepr.list(p.args()));
                fw.validator().trackedPassthrough(p);
                return next;
            });
        });
        d.runtime(Ops.REMOVE_PASSTHROUGH, a -> {
            Passthrough p = DirectArgs.passthrough(a);
            return change("remove passthrough " + listing.describe(p),
                    cfg -> cfg.withoutPassthrough(p, PyRepr.list(p.args())));
        });
        d.runtime(Ops.QUERY_PASSTHROUGH, a -> Response.answer(now().hasPassthrough(DirectArgs.passthrough(a))));
        d.runtime(Ops.GET_PASSTHROUGHS, a -> Response.lines(listing.passthroughs(now(), DirectArgs.ipv(a, 1))));
        d.runtime(Ops.GET_ALL_PASSTHROUGHS, a -> Response.lines(listing.allPassthroughs(now())));
    }

    /** An untracked passthrough is applied like a tracked one but never listed, saved or kept over a reload. */
    private Response untracked(Passthrough p) {
        if (p.ipv() == Ipv.EB) {
            throw new FirewallException(ErrorCode.COMMAND_FAILED, DirectChecks.EB_UNSUPPORTED);
        }
        if (UntrackedDelete.isDelete(p)) {
            Passthrough added = UntrackedDelete.target(p, fw.runtime().untracked()).orElseThrow(() ->
                    new FirewallException(ErrorCode.COMMAND_FAILED, "passthrough '" + listing.describe(p)
                            + "' failed: no such rule added by an untracked passthrough"));
            fw.change("passthrough " + listing.describe(p), rt -> {
                List<Passthrough> untracked = new ArrayList<>(rt.untracked());
                untracked.remove(added);
                return rt.withUntracked(untracked);
            });
            return Response.ok();
        }
        try {
            fw.validator().trackedPassthrough(p);
        } catch (FirewallException e) {
            throw new FirewallException(ErrorCode.COMMAND_FAILED, "passthrough '" + listing.describe(p)
                    + "' cannot be applied: only commands adding rules or chains (-A, -I, -N) or deleting such"
                    + " rules (-D) are supported ("
                    + e.detail() + ")");
        }
        fw.change("passthrough " + listing.describe(p), rt -> {
            List<Passthrough> untracked = new ArrayList<>(rt.untracked());
            untracked.add(p);
            return rt.withUntracked(untracked);
        });
        return Response.ok();
    }
}
