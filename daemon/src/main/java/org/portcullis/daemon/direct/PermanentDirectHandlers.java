package org.portcullis.daemon.direct;

import java.util.List;
import java.util.function.UnaryOperator;

import org.portcullis.daemon.ArgsQuoting;
import org.portcullis.daemon.Dispatcher;
import org.portcullis.daemon.Firewall;
import org.portcullis.daemon.HandlerFamily;
import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Response;
import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Passthrough;

/**
 * The direct interface with {@code --permanent}: edits direct.xml only. Unlike firewalld 1.3, which stores
 * permanent entries unchecked and fails at the next reload, additions are validated at once.
 */
public final class PermanentDirectHandlers implements HandlerFamily {
    private final Firewall fw;
    private final DirectListing listing;

    public PermanentDirectHandlers(Firewall fw, ArgsQuoting quoting) {
        this.fw = fw;
        this.listing = new DirectListing(quoting);
    }

    private DirectConfig now() {
        return fw.permanent();
    }

    private Response change(String description, UnaryOperator<DirectConfig> op) {
        fw.changePermanent(description, op);
        return Response.ok();
    }

    @Override
    public void register(Dispatcher d) {
        d.permanent(Ops.ADD_CHAIN, a -> {
            DirectChain c = DirectArgs.chain(a);
            return change("add chain " + String.join(" ", a), cfg -> {
                DirectConfig next = cfg.withChain(c);
                DirectChecks.table(c.ipv(), c.table());
                DirectChecks.userChain(c.ipv(), c.table(), c.chain());
                return next;
            });
        });
        d.permanent(Ops.REMOVE_CHAIN, a -> {
            DirectChain c = DirectArgs.chain(a);
            return change("remove chain " + String.join(" ", a), cfg -> cfg.withoutChain(c));
        });
        d.permanent(Ops.QUERY_CHAIN, a -> Response.answer(now().hasChain(DirectArgs.chain(a))));
        d.permanent(Ops.GET_CHAINS, a -> Response.lines(DirectListing.chains(now(), DirectArgs.ipv(a, 2), a.get(1))));
        d.permanent(Ops.GET_ALL_CHAINS, a -> Response.lines(DirectListing.allChains(now())));
        registerRules(d);
        registerPassthroughs(d);
    }

    private void registerRules(Dispatcher d) {
        d.permanent(Ops.ADD_RULE, a -> {
            DirectRule r = DirectArgs.rule(a);
            return change("add rule " + listing.describe(r), cfg -> {
                DirectConfig next = cfg.withRule(r, PyRepr.list(r.args()));
                DirectChecks.table(r.ipv(), r.table());
                fw.validator().rule(r);
                return next;
            });
        });
        d.permanent(Ops.REMOVE_RULE, a -> {
            DirectRule r = DirectArgs.rule(a);
            return change("remove rule " + listing.describe(r), cfg -> cfg.withoutRule(r, PyRepr.list(r.args())));
        });
        d.permanent(Ops.QUERY_RULE, a -> Response.answer(now().hasRule(DirectArgs.rule(a))));
        d.permanent(Ops.REMOVE_RULES, a -> {
            DirectChain key = DirectArgs.chain(a);
            return change("remove rules " + String.join(" ", a), cfg -> cfg.withoutRules(key.key()));
        });
        d.permanent(Ops.GET_RULES, a -> {
            DirectChain key = DirectArgs.chain(a);
            return Response.lines(listing.rules(now(), key.ipv(), key.table(), key.chain()));
        });
        d.permanent(Ops.GET_ALL_RULES, a -> Response.lines(listing.allRules(now())));
    }

    private void registerPassthroughs(Dispatcher d) {
        for (String op : List.of(Ops.PASSTHROUGH, Ops.ADD_PASSTHROUGH)) {
            d.permanent(op, a -> {
                Passthrough p = DirectArgs.passthrough(a);
                return change("add passthrough " + listing.describe(p), cfg -> {
                    DirectConfig next = cfg.withPassthrough(p, PyRepr.list(p.args()));
                    fw.validator().trackedPassthrough(p);
                    return next;
                });
            });
        }
        d.permanent(Ops.REMOVE_PASSTHROUGH, a -> {
            Passthrough p = DirectArgs.passthrough(a);
            return change("remove passthrough " + listing.describe(p),
                    cfg -> cfg.withoutPassthrough(p, PyRepr.list(p.args())));
        });
        d.permanent(Ops.QUERY_PASSTHROUGH, a -> Response.answer(now().hasPassthrough(DirectArgs.passthrough(a))));
        d.permanent(Ops.GET_PASSTHROUGHS, a -> Response.lines(listing.passthroughs(now(), DirectArgs.ipv(a, 1))));
        d.permanent(Ops.GET_ALL_PASSTHROUGHS, a -> Response.lines(listing.allPassthroughs(now())));
    }
}
