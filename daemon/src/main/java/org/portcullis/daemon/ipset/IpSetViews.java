package org.portcullis.daemon.ipset;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.daemon.Dispatcher;
import org.portcullis.daemon.api.IpSetOps;
import org.portcullis.daemon.api.Response;
import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.model.ipset.IpSet;

/** Read-only answers about the ipsets of a zone set, shared by the runtime and permanent families. */
final class IpSetViews {
    private IpSetViews() {
    }

    /** {@code --info-ipset}: name, with {@code verbose} summary and description, type, options, entries. */
    static List<String> info(IpSet s, boolean verbose) {
        List<String> out = new ArrayList<>(List.of(s.name()));
        if (verbose) {
            out.add("  summary: " + s.shortDescription());
            out.add("  description: " + s.description());
        }
        out.add("  type: " + s.type());
        out.add("  options: " + s.options());
        out.add("  entries: " + String.join(" ", s.entries()));
        return out;
    }

    static void register(Dispatcher d, boolean permanent, java.util.function.Supplier<ZoneSet> now) {
        Registrar r = permanent ? d::permanent : d::runtime;
        r.put(IpSetOps.GET_IPSETS, a -> Response.lines(List.of(String.join(" ", now.get().ipsets().keySet()))));
        r.put(IpSetOps.INFO, a -> Response.lines(info(now.get().ipset(a.get(0)),
                a.size() > 1 && a.get(1).equals("verbose"))));
        r.put(IpSetOps.GET_ENTRIES, a -> Response.lines(now.get().ipset(a.get(0)).entries()));
    }

    @FunctionalInterface
    private interface Registrar {
        void put(String op, org.portcullis.daemon.Handler handler);
    }
}
