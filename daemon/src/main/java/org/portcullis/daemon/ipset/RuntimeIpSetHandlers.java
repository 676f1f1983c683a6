package org.portcullis.daemon.ipset;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.portcullis.daemon.Dispatcher;
import org.portcullis.daemon.Firewall;
import org.portcullis.daemon.HandlerFamily;
import org.portcullis.daemon.api.IpSetOps;
import org.portcullis.daemon.api.Response;
import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.model.ipset.IpSet;
import org.portcullis.model.ipset.IpSetType;

/**
 * The ipset options without {@code --permanent}: entries of the sets in effect, each change one runtime
 * transaction. Sets with a timeout take entries without keeping them, as firewalld does.
 */
public final class RuntimeIpSetHandlers implements HandlerFamily {
    private final Firewall fw;

    public RuntimeIpSetHandlers(Firewall fw) {
        this.fw = fw;
    }

    private ZoneSet now() {
        return fw.runtime().zones();
    }

    @Override
    public void register(Dispatcher d) {
        IpSetViews.register(d, false, this::now);
        d.runtime(IpSetOps.GET_TYPES, a -> Response.lines(List.of(String.join(" ",
                Arrays.stream(IpSetType.values()).map(IpSetType::text).sorted().toList()))));
        d.runtime(IpSetOps.ADD_ENTRY, a -> change(a.get(0), "add entry " + a.get(1), s -> s.withEntry(a.get(1))));
        d.runtime(IpSetOps.REMOVE_ENTRY, a -> change(a.get(0), "remove entry " + a.get(1),
                s -> s.withoutEntry(a.get(1))));
        d.runtime(IpSetOps.QUERY_ENTRY, a -> Response.answer(now().ipset(a.get(0)).hasEntry(a.get(1))));
        d.runtime(IpSetOps.SET_ENTRIES, a -> change(a.get(0), "set " + (a.size() - 1) + " entries",
                s -> s.withAllEntries(a.subList(1, a.size()))));
    }

    private Response change(String name, String what, UnaryOperator<IpSet> op) {
        fw.change("ipset " + name + ": " + what, rt -> rt.withZones(rt.zones().withIpSet(
                op.apply(rt.zones().ipset(name)))));
        return Response.ok();
    }
}
