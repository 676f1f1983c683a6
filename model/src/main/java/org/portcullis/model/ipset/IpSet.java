package org.portcullis.model.ipset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/**
 * An ipset: a named set of entries of one {@link IpSetType}, with creation options. Immutable; the
 * constructor applies firewalld's checks in its order (no entries with a timeout, each entry against type and
 * family, then the options) and drops repeated entries.
 */
public record IpSet(String name, String version, String shortDescription, String description, IpSetType type,
                    IpSetOptions options, List<String> entries) {

    /** Characters allowed in names besides letters and digits. */
    private static final String NAME_EXTRAS = "_-:.";

    public IpSet {
        checkName(name);
        version = version == null ? "" : version;
        shortDescription = shortDescription == null ? "" : shortDescription;
        description = description == null ? "" : description;
        if (options.hasTimeout() && !entries.isEmpty()) {
            throw new FirewallException(ErrorCode.IPSET_WITH_TIMEOUT, "");
        }
        for (String e : entries) {
            IpSetEntries.check(e, type, options);
        }
        entries = List.copyOf(new LinkedHashSet<>(entries));
    }

    /** A new set as {@code --new-ipset} creates it: no descriptions, no entries. */
    public static IpSet of(String name, IpSetType type, IpSetOptions options) {
        return new IpSet(name, "", "", "", type, options, List.of());
    }

    /** Letters, digits and {@code _ - : .}; else INVALID_NAME. */
    public static String checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new FirewallException(ErrorCode.INVALID_NAME, "name can't be empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) && NAME_EXTRAS.indexOf(c) < 0) {
                throw new FirewallException(ErrorCode.INVALID_NAME, "'" + c + "' is not allowed in '" + name + "'");
            }
        }
        return name;
    }

    /** {@code inet} or {@code inet6}. */
    public String family() {
        return options.family();
    }

    public boolean hasTimeout() {
        return options.hasTimeout();
    }

    public IpSet withEntries(List<String> next) {
        return new IpSet(name, version, shortDescription, description, type, options, next);
    }

    public IpSet withShortDescription(String text) {
        return new IpSet(name, version, text, description, type, options, entries);
    }

    public IpSet withDescription(String text) {
        return new IpSet(name, version, shortDescription, text, type, options, entries);
    }

    /**
     * Adds an entry at runtime: normalized, checked, not yet present (ALREADY_ENABLED) and overlapping none.
     * A set with a timeout keeps no entries, so it stays as it is.
     */
    public IpSet withEntry(String entry) {
        String e = IpSetEntries.normalize(entry);
        IpSetEntries.check(e, type, options);
        if (entries.contains(e)) {
            throw new FirewallException(ErrorCode.ALREADY_ENABLED, "'" + e + "' already is in '" + name + "'");
        }
        IpSetEntries.checkOverlapsExisting(e, entries);
        if (hasTimeout()) {
            return this;
        }
        List<String> next = new ArrayList<>(entries);
        next.add(e);
        return withEntries(next);
    }

    /** Removes an entry at runtime; NOT_ENABLED when it is not there. */
    public IpSet withoutEntry(String entry) {
        String e = IpSetEntries.normalize(entry);
        if (!entries.contains(e)) {
            throw new FirewallException(ErrorCode.NOT_ENABLED, "'" + e + "' not in '" + name + "'");
        }
        List<String> next = new ArrayList<>(entries);
        next.remove(e);
        return withEntries(next);
    }

    /** Whether the entry is in the set; IPSET_WITH_TIMEOUT for sets whose entries are not kept. */
    public boolean hasEntry(String entry) {
        if (hasTimeout()) {
            throw new FirewallException(ErrorCode.IPSET_WITH_TIMEOUT, name);
        }
        return entries.contains(IpSetEntries.normalize(entry));
    }

    /**
     * Replaces all entries at runtime, as {@code --add-entries-from-file} does: no two may overlap, each must
     * fit; a set with a timeout keeps none of them.
     */
    public IpSet withAllEntries(List<String> next) {
        IpSetEntries.checkNoOverlaps(next);
        for (String e : next) {
            IpSetEntries.check(e, type, options);
        }
        return hasTimeout() ? this : withEntries(next);
    }
}
