package org.portcullis.daemon.api;

import java.util.List;

/**
 * Operation names of the policy family ({@code --policy=P ...}, {@code --new-policy}). Policy-scoped
 * operations take the policy name first.
 *
 * <p>firewall-cmd edits a copy of a policy's settings item by item, then has the daemon check and store the
 * whole: {@link #draft} tries one more item on the copy (earlier accepted values of the same command line
 * follow it), {@link #add} and {@link #remove} then apply every accepted value in one change.
 */
public final class PolicyOps {
    public static final String NEW_POLICY = "policy.new-policy";
    public static final String DELETE_POLICY = "policy.delete-policy";
    /** Checks and stores the policy unchanged: {@code --policy=P} alone. */
    public static final String UPDATE = "policy.update";
    public static final String LIST_ALL = "policy.list-all";
    public static final String GET_TARGET = "policy.get-target";
    public static final String SET_TARGET = "policy.set-target";
    public static final String GET_PRIORITY = "policy.get-priority";
    public static final String SET_PRIORITY = "policy.set-priority";
    public static final String GET_DESCRIPTION = "policy.get-description";
    public static final String SET_DESCRIPTION = "policy.set-description";
    public static final String GET_SHORT = "policy.get-short";
    public static final String SET_SHORT = "policy.set-short";

    /** Kinds of policy items. */
    public static final List<String> ITEMS = List.of("service", "port", "protocol", "source-port", "icmp-block",
            "forward-port", "masquerade", "rich-rule", "ingress-zone", "egress-zone");

    public static String add(String kind) {
        return "policy.add-" + kind;
    }

    public static String remove(String kind) {
        return "policy.remove-" + kind;
    }

    public static String query(String kind) {
        return "policy.query-" + kind;
    }

    public static String list(String kind) {
        return "policy.list-" + kind;
    }

    /** {@code verb} is {@code add} or {@code remove}. */
    public static String draft(String verb, String kind) {
        return "policy.draft-" + verb + "-" + kind;
    }

    private PolicyOps() {
    }
}
