package org.portcullis.daemon.api;

import java.util.List;

/**
 * Operation names of the zone family. Zone-scoped operations take the zone name first (empty for the
 * default zone); additions may end with a timeout in seconds.
 */
public final class ZoneOps {
    public static final String GET_ZONES = "zone.get-zones";
    public static final String GET_DEFAULT_ZONE = "zone.get-default-zone";
    public static final String SET_DEFAULT_ZONE = "zone.set-default-zone";
    public static final String GET_ACTIVE_ZONES = "zone.get-active-zones";
    public static final String GET_ZONE_OF_INTERFACE = "zone.get-zone-of-interface";
    public static final String GET_ZONE_OF_SOURCE = "zone.get-zone-of-source";
    public static final String LIST_ALL = "zone.list-all";
    public static final String LIST_ALL_ZONES = "zone.list-all-zones";
    public static final String INFO_ZONE = "zone.info-zone";
    public static final String NEW_ZONE = "zone.new-zone";
    public static final String DELETE_ZONE = "zone.delete-zone";
    public static final String SET_TARGET = "zone.set-target";
    public static final String GET_TARGET = "zone.get-target";
    public static final String CHANGE_INTERFACE = "zone.change-interface";
    public static final String CHANGE_SOURCE = "zone.change-source";
    public static final String GET_DESCRIPTION = "zone.get-description";
    public static final String SET_DESCRIPTION = "zone.set-description";
    public static final String GET_SHORT = "zone.get-short";
    public static final String SET_SHORT = "zone.set-short";
    public static final String GET_SERVICES = "zone.get-services";
    public static final String INFO_SERVICE = "zone.info-service";
    public static final String GET_ICMPTYPES = "zone.get-icmptypes";
    public static final String GET_POLICIES = "zone.get-policies";
    public static final String INFO_POLICY = "zone.info-policy";
    public static final String LIST_ALL_POLICIES = "zone.list-all-policies";
    public static final String GET_ACTIVE_POLICIES = "zone.get-active-policies";
    public static final String PANIC_ON = "zone.panic-on";
    public static final String PANIC_OFF = "zone.panic-off";
    public static final String QUERY_PANIC = "zone.query-panic";
    public static final String GET_LOG_DENIED = "zone.get-log-denied";
    public static final String SET_LOG_DENIED = "zone.set-log-denied";

    /** Kinds of zone items: {@code zone.add-KIND}, {@code zone.remove-KIND}, {@code zone.query-KIND}, {@code zone.list-KIND}. */
    public static final List<String> ITEMS = List.of("service", "port", "protocol", "source-port", "source",
            "interface", "icmp-block", "rich-rule", "forward-port", "masquerade", "forward", "icmp-block-inversion");

    /** Items that are on or off and take no value; they have no {@code list} operation. */
    public static final List<String> FLAGS = List.of("masquerade", "forward", "icmp-block-inversion");

    public static boolean isFlag(String kind) {
        return FLAGS.contains(kind);
    }

    public static String add(String kind) {
        return "zone.add-" + kind;
    }

    public static String remove(String kind) {
        return "zone.remove-" + kind;
    }

    public static String query(String kind) {
        return "zone.query-" + kind;
    }

    public static String list(String kind) {
        return "zone.list-" + kind;
    }

    private ZoneOps() {
    }
}
