package org.portcullis.model.ipset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.net.IpAddress;

/** firewalld's handling of ipset entries: checking, normalizing and refusing overlaps. */
public final class IpSetEntries {
    private IpSetEntries() {
    }

    /** Throws INVALID_ENTRY unless {@code entry} fits the type and the family of the options. */
    public static void check(String entry, IpSetType type, IpSetOptions options) {
        EntryCheck.check(entry, type, options);
    }

    /**
     * Each comma-separated part holding a {@code /} that reads as a network is written as the network:
     * host bits cleared, IPv6 in its short lower-case form, masks as prefix lengths ({@code 10.0.0.5/24}
     * becomes {@code 10.0.0.0/24}); everything else is kept.
     */
    public static String normalize(String entry) {
        List<String> out = new ArrayList<>();
        for (String part : entry.split(",", -1)) {
            out.add(part.contains("/") ? PyNetwork.parse(part).map(PyNetwork::toString).orElse(part) : part);
        }
        return String.join(",", out);
    }

    /**
     * A single address or network may not overlap one of {@code entries}; entries of several parts, and
     * entries that are no network (MAC addresses, ranges), are not compared. Existing address ranges are
     * compared as ranges.
     */
    public static void checkOverlapsExisting(String entry, List<String> entries) {
        if (entry.contains(",")) {
            return;
        }
        Optional<PyNetwork> net = PyNetwork.parse(entry);
        if (net.isEmpty()) {
            return;
        }
        for (String existing : entries) {
            boolean overlaps = PyNetwork.parse(existing).map(net.get()::overlaps)
                    .orElseGet(() -> rangeOverlaps(existing, net.get()));
            if (overlaps) {
                throw new FirewallException(ErrorCode.INVALID_ENTRY,
                        "Entry '" + entry + "' overlaps with existing entry '" + existing + "'");
            }
        }
    }

    private static boolean rangeOverlaps(String range, PyNetwork net) {
        String[] ends = range.split("-", -1);
        if (ends.length != 2 || !IpAddress.isValid(ends[0]) || !IpAddress.isValid(ends[1])) {
            return false;
        }
        IpAddress from = IpAddress.parse(ends[0]);
        IpAddress to = IpAddress.parse(ends[1]);
        if (from.v6() != net.v6() || to.v6() != net.v6()) {
            return false;
        }
        return from.compareTo(net.last()) <= 0 && net.address().compareTo(to) <= 0;
    }

    /**
     * When every entry reads as a network, no two may overlap; the first overlapping pair in the order of
     * networks is named.
     */
    public static void checkNoOverlaps(List<String> entries) {
        List<PyNetwork> nets = new ArrayList<>();
        for (String e : entries) {
            Optional<PyNetwork> n = PyNetwork.parse(e);
            if (n.isEmpty()) {
                return;
            }
            nets.add(n.get());
        }
        nets.sort(null);
        for (int i = 1; i < nets.size(); i++) {
            if (nets.get(i - 1).overlaps(nets.get(i))) {
                throw new FirewallException(ErrorCode.INVALID_ENTRY,
                        "Entry '" + nets.get(i - 1) + "' overlaps entry '" + nets.get(i) + "'");
            }
        }
    }
}
