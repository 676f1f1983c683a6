package org.portcullis.daemon.ipset;

import java.util.List;

import org.portcullis.daemon.Dispatcher;
import org.portcullis.daemon.Firewall;
import org.portcullis.daemon.HandlerFamily;
import org.portcullis.daemon.api.IpSetOps;
import org.portcullis.daemon.api.IpSetSettings;
import org.portcullis.daemon.api.Response;
import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.ipset.IpSet;
import org.portcullis.model.ipset.IpSetOptions;
import org.portcullis.model.ipset.IpSetType;

/**
 * The ipset options with {@code --permanent}: they edit the ipset files; {@code --reload} applies them. Sets
 * are created and replaced whole, checked as firewalld checks imported settings.
 */
public final class PermanentIpSetHandlers implements HandlerFamily {
    private final Firewall fw;

    public PermanentIpSetHandlers(Firewall fw) {
        this.fw = fw;
    }

    private ZoneSet now() {
        return fw.permanentZones();
    }

    @Override
    public void register(Dispatcher d) {
        IpSetViews.register(d, true, this::now);
        d.permanent(IpSetOps.GET_SETTINGS, a -> Response.lines(IpSetSettings.of(now().ipset(a.get(0))).lines()));
        d.permanent(IpSetOps.PATH, a -> {
            now().ipset(a.get(0));
            return Response.lines(List.of(fw.zoneStore().ipsetPath(a.get(0))));
        });
        d.permanent(IpSetOps.NEW, a -> {
            String name = a.get(0);
            IpSetSettings settings = IpSetSettings.fromLines(a.subList(1, a.size()));
            fw.changePermanentZones("new ipset " + name, set -> {
                if (set.ipsets().containsKey(name)) {
                    throw new FirewallException(ErrorCode.NAME_CONFLICT, "new_ipset(): '" + name + "'");
                }
                return set.withIpSet(imported(name, settings));
            });
            return Response.ok();
        });
        d.permanent(IpSetOps.UPDATE, a -> {
            String name = a.get(0);
            IpSetSettings settings = IpSetSettings.fromLines(a.subList(1, a.size()));
            fw.changePermanentZones("update ipset " + name, set -> {
                set.ipset(name);
                return set.withIpSet(imported(name, settings));
            });
            return Response.ok();
        });
        d.permanent(IpSetOps.DELETE, a -> {
            String name = a.get(0);
            fw.changePermanentZones("delete ipset " + name, set -> {
                set.ipset(name);
                if (set.catalog().builtinIpsets().contains(name)) {
                    throw new FirewallException(ErrorCode.BUILTIN_IPSET, "'" + name + "' is built-in ipset");
                }
                return set.withoutIpSet(name);
            });
            return Response.ok();
        });
    }

    /** The settings as a set, checked in firewalld's order: name, type, options, then timeout and entries. */
    static IpSet imported(String name, IpSetSettings s) {
        IpSet.checkName(name);
        IpSetType type = IpSetType.parse(s.type());
        IpSetOptions options = new IpSetOptions(s.options());
        return new IpSet(name, s.version(), s.shortDescription(), s.description(), type, options, s.entries());
    }
}
