package org.portcullis.daemon.api;

/**
 * Operation names of the ipset family. Operations on one set take its name first; the permanent ones edit the
 * ipset files, the runtime ones the sets in effect.
 */
public final class IpSetOps {
    /** The supported types, sorted, on one line. */
    public static final String GET_TYPES = "ipset.get-ipset-types";
    /** The names of the sets, sorted, on one line. */
    public static final String GET_IPSETS = "ipset.get-ipsets";
    /** {@code NAME [verbose]}: the lines of {@code --info-ipset}. */
    public static final String INFO = "ipset.info";
    /** {@code NAME}: the set as {@link IpSetSettings#lines()}. */
    public static final String GET_SETTINGS = "ipset.get-settings";
    /** {@code NAME} then {@link IpSetSettings#lines()}: replaces a permanent set's settings. */
    public static final String UPDATE = "ipset.update";
    /** {@code NAME} then {@link IpSetSettings#lines()}: a new permanent set. */
    public static final String NEW = "ipset.new";
    public static final String DELETE = "ipset.delete";
    /** {@code NAME}: the file of a permanent set. */
    public static final String PATH = "ipset.path";
    public static final String ADD_ENTRY = "ipset.add-entry";
    public static final String REMOVE_ENTRY = "ipset.remove-entry";
    public static final String QUERY_ENTRY = "ipset.query-entry";
    public static final String GET_ENTRIES = "ipset.get-entries";
    /** {@code NAME ENTRY...}: replaces all entries of a runtime set. */
    public static final String SET_ENTRIES = "ipset.set-entries";

    private IpSetOps() {
    }
}
