package org.portcullis.daemon.zone;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.portcullis.config.catalog.IpSetReferences;
import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.config.rich.RichRuleParser;
import org.portcullis.daemon.Dispatcher;
import org.portcullis.daemon.Firewall;
import org.portcullis.daemon.HandlerFamily;
import org.portcullis.daemon.api.Response;
import org.portcullis.daemon.api.ZoneOps;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.zone.Zone;
import org.portcullis.model.zone.ZoneSource;

/**
 * The zone options without {@code --permanent}: each change is one runtime transaction. An addition with a
 * timeout is taken back when it expires.
 */
public final class RuntimeZoneHandlers implements HandlerFamily {
    private final Firewall fw;
    private final ScheduledExecutorService timeouts = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "portcullis-timeouts");
        t.setDaemon(true);
        return t;
    });

    public RuntimeZoneHandlers(Firewall fw) {
        this.fw = fw;
    }

    private ZoneSet now() {
        return fw.runtime().zones();
    }

    @Override
    public void register(Dispatcher d) {
        ZoneViews.registerQueries(d, false, this::now);
        d.runtime(ZoneOps.query("source"), a -> {
            ZoneSet set = now();
            Zone z = set.zone(set.resolve(a.get(0)));
            checkedSource(a.get(1));
            return Response.answer(ZoneItems.query(z, "source", a.get(1)));
        });
        d.runtime(ZoneOps.GET_DEFAULT_ZONE, a -> Response.lines(List.of(now().defaultZone())));
        d.runtime(ZoneOps.SET_DEFAULT_ZONE, a -> {
            String name = a.get(0);
            now().zone(name);
            if (name.equals(now().defaultZone())) {
                throw new FirewallException(ErrorCode.ZONE_ALREADY_SET, name);
            }
            fw.setDefaultZone(name);
            return Response.ok();
        });
        d.runtime(ZoneOps.GET_ACTIVE_ZONES, a -> Response.lines(ZoneViews.activeZones(now())));
        d.runtime(ZoneOps.GET_ZONE_OF_INTERFACE, a ->
                Response.lines(now().zoneOfInterface(a.get(0)).map(z -> List.of(z.name())).orElse(List.of())));
        d.runtime(ZoneOps.GET_ZONE_OF_SOURCE, a -> Response.lines(now().zoneOfSource(checkedSource(a.get(0)))
                .map(z -> List.of(z.name())).orElse(List.of())));
        d.runtime(ZoneOps.CHANGE_INTERFACE, a -> changeInterface(a.get(0), a.get(1)));
        d.runtime(ZoneOps.CHANGE_SOURCE, a -> changeSource(a.get(0), a.get(1)));
        for (String kind : ZoneOps.ITEMS) {
            d.runtime(ZoneOps.add(kind), a -> add(kind, a));
            d.runtime(ZoneOps.remove(kind), a -> remove(kind, a.get(0), ZoneOps.isFlag(kind) ? "" : a.get(1)));
        }
        d.runtime(ZoneOps.PANIC_ON, a -> panic(true));
        d.runtime(ZoneOps.PANIC_OFF, a -> panic(false));
        d.runtime(ZoneOps.QUERY_PANIC, a -> Response.answer(now().panic()));
        d.runtime(ZoneOps.GET_LOG_DENIED, a -> Response.lines(List.of(now().logDenied())));
        d.runtime(ZoneOps.SET_LOG_DENIED, a -> {
            String value = a.get(0);
            if (!ZoneSet.LOG_DENIED.contains(value)) {
                throw new FirewallException(ErrorCode.INVALID_VALUE, "'" + value + "', choose from "
                        + String.join(",", ZoneSet.LOG_DENIED.stream().map(v -> "'" + v + "'").toList()));
            }
            if (value.equals(now().logDenied())) {
                throw new FirewallException(ErrorCode.ALREADY_SET, value);
            }
            fw.setLogDenied(value);
            return Response.ok();
        });
    }

    private Response panic(boolean on) {
        if (now().panic() == on) {
            throw new FirewallException(on ? ErrorCode.ALREADY_ENABLED : ErrorCode.NOT_ENABLED,
                    on ? "panic mode already enabled" : "panic mode is not enabled");
        }
        fw.change("panic " + (on ? "on" : "off"), rt -> rt.withZones(rt.zones().withPanic(on)));
        return Response.ok();
    }

    private Response add(String kind, List<String> a) {
        boolean flag = ZoneOps.isFlag(kind);
        String value = flag ? "" : a.get(1);
        long timeout = a.size() > (flag ? 1 : 2) ? Long.parseLong(a.get(flag ? 1 : 2)) : 0;
        String zone = resolveOutsidePanic(kind, a.get(0));
        fw.change("zone " + zone + ": add " + kind + " " + value, rt -> {
            ZoneSet set = rt.zones();
            if (kind.equals("source")) {
                IpSetReferences.source(set, ZoneItems.source(value));
            }
            checkBinding(set, zone, kind, value);
            Zone changed = ZoneItems.add(set, set.zone(zone), kind, value);
            if (kind.equals("rich-rule")) {
                IpSetReferences.richRule(set, RichRuleParser.parse(value));
            }
            return rt.withZones(set.with(changed));
        });
        if (timeout > 0) {
            timeouts.schedule(() -> expire(zone, kind, value), timeout, TimeUnit.SECONDS);
        }
        return Response.ok();
    }

    private void expire(String zone, String kind, String value) {
        try {
            fw.change("zone " + zone + ": " + kind + " " + value + " timed out", rt -> rt.withZones(
                    rt.zones().with(ZoneItems.remove(rt.zones().zone(zone), kind, value))));
        } catch (RuntimeException e) {
            return;
        }
    }

    /**
     * An interface or source is removed from the zone it is bound to; a zone given explicitly must be that
     * zone. Other items are removed from the named zone, or the default zone.
     */
    private Response remove(String kind, String zoneArg, String value) {
        boolean binding = kind.equals("interface") || kind.equals("source");
        String zone = binding ? boundZone(kind, zoneArg, value) : resolveOutsidePanic(kind, zoneArg);
        fw.change("zone " + zone + ": remove " + kind + " " + value, rt -> {
            ZoneSet set = rt.zones();
            return rt.withZones(set.with(ZoneItems.remove(set.zone(zone), kind, value)));
        });
        return Response.ok();
    }

    private String boundZone(String kind, String zoneArg, String value) {
        refuseInPanic();
        boolean iface = kind.equals("interface");
        Optional<Zone> bound = iface ? now().zoneOfInterface(value) : now().zoneOfSource(checkedSource(value));
        if (bound.isEmpty()) {
            throw new FirewallException(iface ? ErrorCode.UNKNOWN_INTERFACE : ErrorCode.UNKNOWN_SOURCE,
                    "'" + value + "' is not in any zone");
        }
        String zone = zoneArg.isEmpty() ? bound.get().name() : now().resolve(zoneArg);
        if (!bound.get().name().equals(zone)) {
            throw new FirewallException(ErrorCode.ZONE_CONFLICT, (iface ? "remove_interface(" : "remove_source(")
                    + zoneArg + ", " + value + "): " + (iface ? "zoi" : "zos") + "='" + bound.get().name() + "'");
        }
        return zone;
    }

    /**
     * The zone a change applies to. In panic mode firewalld refuses every runtime change of a zone: bindings
     * before the zone is looked at, other items after.
     */
    private String resolveOutsidePanic(String kind, String zoneArg) {
        if (kind.equals("interface") || kind.equals("source")) {
            refuseInPanic();
        }
        String zone = now().resolve(zoneArg);
        refuseInPanic();
        return zone;
    }

    private void refuseInPanic() {
        if (now().panic()) {
            throw new FirewallException(ErrorCode.PANIC_MODE, "");
        }
    }

    /** Moves an interface to a zone; one already there stays and the answer is still success. */
    private Response changeInterface(String zoneArg, String iface) {
        String zone = resolveOutsidePanic("interface", zoneArg);
        Optional<Zone> bound = now().zoneOfInterface(iface);
        if (bound.isPresent() && bound.get().name().equals(zone)) {
            return Response.ok();
        }
        fw.change("zone " + zone + ": change interface " + iface, rt -> {
            ZoneSet set = rt.zones();
            if (bound.isPresent()) {
                set = set.with(bound.get().withoutInterface(iface));
            }
            return rt.withZones(set.with(set.zone(zone).withInterface(iface)));
        });
        return Response.ok();
    }

    /** Moves a source to a zone, as changeInterface does for interfaces. */
    private Response changeSource(String zoneArg, String value) {
        String zone = resolveOutsidePanic("source", zoneArg);
        ZoneSource source = checkedSource(value);
        Optional<Zone> bound = now().zoneOfSource(source);
        if (bound.isPresent() && bound.get().name().equals(zone)) {
            return Response.ok();
        }
        fw.change("zone " + zone + ": change source " + value, rt -> {
            ZoneSet set = rt.zones();
            if (bound.isPresent()) {
                set = set.with(bound.get().withoutSource(source));
            }
            return rt.withZones(set.with(ZoneItems.add(set, set.zone(zone), "source", value)));
        });
        return Response.ok();
    }

    /** A source as the runtime looks it up: an ipset must exist and be usable as a source. */
    private ZoneSource checkedSource(String text) {
        ZoneSource source = ZoneItems.source(text);
        IpSetReferences.source(now(), source);
        return source;
    }

    /** An interface or source belongs to one zone at most. */
    static void checkBinding(ZoneSet set, String zone, String kind, String value) {
        if (kind.equals("interface")) {
            set.zoneOfInterface(value).ifPresent(z -> {
                throw new FirewallException(z.name().equals(zone) ? ErrorCode.ZONE_ALREADY_SET : ErrorCode.ZONE_CONFLICT,
                        "'" + value + "' already bound to '" + z.name() + "'");
            });
        } else if (kind.equals("source")) {
            ZoneSource source = ZoneItems.source(value);
            set.zoneOfSource(source).ifPresent(z -> {
                if (z.name().equals(zone)) {
                    throw new FirewallException(ErrorCode.ZONE_ALREADY_SET,
                            "'" + value + "' already bound to '" + zone + "'");
                }
                throw new FirewallException(ErrorCode.ZONE_CONFLICT, "'" + value + "' already bound to a zone");
            });
        }
    }
}
