package org.portcullis.daemon.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.ipset.IpSet;
import org.portcullis.model.ipset.IpSetEntries;

/**
 * An ipset's settings as firewall-cmd edits them before handing them back whole, the way firewalld's client
 * does for permanent sets: entries are normalized and checked for repeats and overlaps here, against the
 * type only when the daemon takes the settings.
 */
public record IpSetSettings(String version, String shortDescription, String description, String type,
                            SequencedMap<String, String> options, List<String> entries) {

    public IpSetSettings {
        options = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(options));
        entries = List.copyOf(entries);
    }

    /** Settings of a new set: a type and options, nothing else. */
    public static IpSetSettings of(String type, SequencedMap<String, String> options) {
        return new IpSetSettings("", "", "", type, options, List.of());
    }

    public static IpSetSettings of(IpSet s) {
        return new IpSetSettings(s.version(), s.shortDescription(), s.description(), s.type().text(),
                s.options().values(), s.entries());
    }

    /** Version, short, description, type, the number of options, each option's key and value, the entries. */
    public List<String> lines() {
        List<String> out = new ArrayList<>(List.of(version, shortDescription, description, type,
                Integer.toString(options.size())));
        options.forEach((k, v) -> {
            out.add(k);
            out.add(v);
        });
        out.addAll(entries);
        return out;
    }

    public static IpSetSettings fromLines(List<String> lines) {
        int n = Integer.parseInt(lines.get(4));
        SequencedMap<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            options.put(lines.get(5 + 2 * i), lines.get(6 + 2 * i));
        }
        return new IpSetSettings(lines.get(0), lines.get(1), lines.get(2), lines.get(3), options,
                lines.subList(5 + 2 * n, lines.size()));
    }

    private boolean timeout() {
        return options.containsKey("timeout") && !options.get("timeout").equals("0");
    }

    private void noTimeout() {
        if (timeout()) {
            throw new FirewallException(ErrorCode.IPSET_WITH_TIMEOUT, "");
        }
    }

    /** Adds a creation option; ALREADY_ENABLED when it is set to this value already. */
    public IpSetSettings withOption(String key, String value) {
        if (value.equals(options.get(key))) {
            throw new FirewallException(ErrorCode.ALREADY_ENABLED, value.isEmpty() ? key : "'" + key + "=" + value + "'");
        }
        SequencedMap<String, String> next = new LinkedHashMap<>(options);
        next.put(key, value);
        return new IpSetSettings(version, shortDescription, description, type, next, entries);
    }

    public IpSetSettings withEntry(String entry) {
        noTimeout();
        String e = IpSetEntries.normalize(entry);
        if (entries.contains(e)) {
            throw new FirewallException(ErrorCode.ALREADY_ENABLED, e);
        }
        IpSetEntries.checkOverlapsExisting(e, entries);
        List<String> next = new ArrayList<>(entries);
        next.add(e);
        return withEntries(next);
    }

    public IpSetSettings withoutEntry(String entry) {
        noTimeout();
        String e = IpSetEntries.normalize(entry);
        if (!entries.contains(e)) {
            throw new FirewallException(ErrorCode.NOT_ENABLED, e);
        }
        List<String> next = new ArrayList<>(entries);
        next.remove(e);
        return withEntries(next);
    }

    public boolean hasEntry(String entry) {
        noTimeout();
        return entries.contains(IpSetEntries.normalize(entry));
    }

    /** All entries at once; IPSET_WITH_TIMEOUT for sets that keep none, INVALID_ENTRY for overlapping ones. */
    public IpSetSettings withAllEntries(List<String> next) {
        noTimeout();
        IpSetEntries.checkNoOverlaps(next);
        return withEntries(next);
    }

    private IpSetSettings withEntries(List<String> next) {
        return new IpSetSettings(version, shortDescription, description, type, options, next);
    }

    public IpSetSettings withShortDescription(String text) {
        return new IpSetSettings(version, text, description, type, options, entries);
    }

    public IpSetSettings withDescription(String text) {
        return new IpSetSettings(version, shortDescription, text, type, options, entries);
    }
}
