package org.portcullis.daemon.zone;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.portcullis.config.catalog.Builtins;
import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.daemon.Dispatcher;
import org.portcullis.daemon.Firewall;
import org.portcullis.daemon.HandlerFamily;
import org.portcullis.daemon.api.Response;
import org.portcullis.daemon.api.ZoneOps;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.zone.Names;
import org.portcullis.model.zone.Primitives;
import org.portcullis.model.zone.Zone;
import org.portcullis.model.zone.ZoneTarget;

/** The zone options with {@code --permanent}: they edit the zone files only; {@code --reload} applies them. */
public final class PermanentZoneHandlers implements HandlerFamily {
    /** firewalld limits new zone names so that its chain names stay within nftables' limit. */
    static final int NEW_ZONE_MAX = 17;
    private static final Pattern RUNTIME_MESSAGE =
            Pattern.compile("'(.*)' (?:already|not) in '[^']*'|(\\S+) (?:already|not) enabled in '[^']*'");

    private final Firewall fw;

    public PermanentZoneHandlers(Firewall fw) {
        this.fw = fw;
    }

    private ZoneSet now() {
        return fw.permanentZones();
    }

    private Response change(String description, java.util.function.UnaryOperator<ZoneSet> op) {
        try {
            fw.changePermanentZones(description, op);
        } catch (FirewallException e) {
            throw permanentMessage(e);
        }
        return Response.ok();
    }

    /** The permanent configuration names just the item in ALREADY_ENABLED / NOT_ENABLED. */
    static FirewallException permanentMessage(FirewallException e) {
        if (e.code() == ErrorCode.ALREADY_ENABLED || e.code() == ErrorCode.NOT_ENABLED) {
            Matcher m = RUNTIME_MESSAGE.matcher(e.detail());
            if (m.matches()) {
                return new FirewallException(e.code(), m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return e;
    }

    @Override
    public void register(Dispatcher d) {
        ZoneViews.registerQueries(d, true, this::now);
        d.permanent(ZoneOps.GET_DEFAULT_ZONE, a -> Response.lines(List.of(now().defaultZone())));
        d.permanent(ZoneOps.GET_ZONE_OF_INTERFACE, a ->
                Response.lines(now().zoneOfInterface(a.get(0)).map(z -> List.of(z.name())).orElse(List.of())));
        d.permanent(ZoneOps.GET_ZONE_OF_SOURCE, a -> Response.lines(now().zoneOfSource(ZoneItems.source(a.get(0)))
                .map(z -> List.of(z.name())).orElse(List.of())));
        for (String kind : ZoneOps.ITEMS) {
            boolean flag = ZoneOps.isFlag(kind);
            d.permanent(ZoneOps.add(kind), a -> {
                String value = flag ? "" : a.get(1);
                return change("add " + kind + " " + value, set -> {
                    String zone = set.resolve(a.get(0));
                    try {
                        if (kind.equals("interface") || kind.equals("source")) {
                            conflict(set, zone, kind, value);
                        }
                        return set.with(ZoneItems.add(set, set.zone(zone), kind, value));
                    } catch (FirewallException e) {
                        throw configCheck(e, zone, kind, value);
                    }
                });
            });
            d.permanent(ZoneOps.remove(kind), a -> {
                String value = flag ? "" : a.get(1);
                return change("remove " + kind + " " + value, set -> {
                    String zone = set.resolve(a.get(0));
                    return set.with(ZoneItems.remove(set.zone(zone), kind, value));
                });
            });
        }
        d.permanent(ZoneOps.CHANGE_INTERFACE, a -> change("change interface " + a.get(1),
                set -> move(set, a.get(0), "interface", a.get(1))));
        d.permanent(ZoneOps.CHANGE_SOURCE, a -> change("change source " + a.get(1),
                set -> move(set, a.get(0), "source", a.get(1))));
        d.permanent(ZoneOps.GET_DESCRIPTION, a -> Response.lines(List.of(zone(a.get(0)).description())));
        d.permanent(ZoneOps.GET_SHORT, a -> Response.lines(List.of(zone(a.get(0)).shortDescription())));
        d.permanent(ZoneOps.SET_DESCRIPTION, a -> change("set description", set ->
                set.with(set.zone(set.resolve(a.get(0))).withDescription(a.get(1)))));
        d.permanent(ZoneOps.SET_SHORT, a -> change("set short", set ->
                set.with(set.zone(set.resolve(a.get(0))).withShortDescription(a.get(1)))));
        d.permanent(ZoneOps.NEW_ZONE, a -> {
            String name = a.get(0);
            Names.check(name, Names.ZONE_MAX);
            if (name.length() > NEW_ZONE_MAX) {
                throw new FirewallException(ErrorCode.INVALID_NAME, "Zone '" + name + "': name has "
                        + name.length() + " chars, max is " + NEW_ZONE_MAX);
            }
            return change("new zone " + name, set -> {
                if (set.zones().containsKey(name)) {
                    throw new FirewallException(ErrorCode.NAME_CONFLICT, "new_zone(): '" + name + "'");
                }
                if (set.policies().containsKey(name)) {
                    throw new FirewallException(ErrorCode.NAME_CONFLICT,
                            "Zone '" + name + "': Can't have the same name as a policy.");
                }
                return set.with(new Zone(name, "", "", "", ZoneTarget.DEFAULT, 0, 0, List.of(), List.of(),
                        false, false, Primitives.EMPTY));
            });
        });
        d.permanent(ZoneOps.DELETE_ZONE, a -> {
            String name = a.get(0);
            return change("delete zone " + name, set -> {
                set.zone(name);
                if (Builtins.zones().stream().anyMatch(z -> z.name().equals(name))) {
                    throw new FirewallException(ErrorCode.BUILTIN_ZONE, "'" + name + "' is built-in zone");
                }
                return set.without(name);
            });
        });
        d.permanent(ZoneOps.SET_TARGET, a -> change("set target " + a.get(1), set -> {
            String zone = set.resolve(a.get(0));
            ZoneTarget target;
            try {
                target = ZoneTarget.parse(a.get(1));
            } catch (FirewallException e) {
                throw new FirewallException(ErrorCode.INVALID_TARGET,
                        "Zone '" + zone + "': invalid target '" + a.get(1) + "'");
            }
            return set.with(set.zone(zone).withTarget(target));
        }));
        d.permanent(ZoneOps.GET_TARGET, a -> {
            ZoneSet set = now();
            return Response.lines(List.of(set.zone(set.resolve(a.get(0))).target().cli()));
        });
    }

    private Zone zone(String name) {
        ZoneSet set = now();
        return set.zone(set.resolve(name));
    }

    /** Takes an interface or source from the zone it is bound to and binds it to the named zone. */
    private static ZoneSet move(ZoneSet set, String zoneArg, String kind, String value) {
        String zone = set.resolve(zoneArg);
        try {
            var bound = kind.equals("interface") ? set.zoneOfInterface(value)
                    : set.zoneOfSource(ZoneItems.source(value));
            if (bound.isPresent() && bound.get().name().equals(zone)) {
                return set;
            }
            if (bound.isPresent()) {
                set = set.with(ZoneItems.remove(bound.get(), kind, value));
            }
            return set.with(ZoneItems.add(set, set.zone(zone), kind, value));
        } catch (FirewallException e) {
            throw configCheck(e, zone, kind, value);
        }
    }

    /** The permanent configuration names just the interface or source bound to another zone. */
    private static void conflict(ZoneSet set, String zone, String kind, String value) {
        var other = kind.equals("interface") ? set.zoneOfInterface(value)
                : set.zoneOfSource(ZoneItems.source(value));
        other.filter(z -> !z.name().equals(zone)).ifPresent(z -> {
            throw new FirewallException(ErrorCode.ZONE_CONFLICT, value);
        });
    }

    /** A value refused when firewalld checks the zone's new configuration, with the zone named in the message. */
    static FirewallException configCheck(FirewallException e, String zone, String kind, String value) {
        String prefix = "Zone '" + zone + "': ";
        return switch (e.code()) {
            case INVALID_SERVICE -> kind.equals("service")
                    ? new FirewallException(e.code(), prefix + "'" + value + "' not among existing services") : e;
            case INVALID_ICMPTYPE -> kind.equals("icmp-block")
                    ? new FirewallException(e.code(), prefix + "'" + value + "' not among existing ICMP types") : e;
            case INVALID_ADDR -> kind.equals("source")
                    ? new FirewallException(e.code(), prefix + "invalid source '" + value + "'") : e;
            case INVALID_INTERFACE -> kind.equals("interface")
                    ? new FirewallException(e.code(), prefix + "invalid interface '" + value + "'") : e;
            default -> e;
        };
    }
}
