package org.portcullis.model.zone;

import java.util.List;
import java.util.Map;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.net.Addresses;

/**
 * An ipset as zones and rich rules use it: a named set of addresses, networks, MAC addresses or tuples of
 * them. {@code type} is firewalld's spelling ({@code hash:ip}, {@code hash:net}, {@code hash:mac},
 * {@code hash:ip,port}, ...), {@code family} is {@code inet} or {@code inet6}, {@code options} holds the
 * remaining creation options ({@code timeout}, {@code maxelem}, ...) and {@code entries} the members as
 * written.
 */
public record IpSet(String name, String type, String family, Map<String, String> options, List<String> entries) {
    public static final String INET = "inet";
    public static final String INET6 = "inet6";

    public IpSet {
        if (!Addresses.isIpsetName(name)) {
            throw new FirewallException(ErrorCode.INVALID_IPSET, String.valueOf(name));
        }
        if (type == null || !type.startsWith("hash:") || type.length() == "hash:".length()) {
            throw new FirewallException(ErrorCode.INVALID_TYPE, String.valueOf(type));
        }
        family = family == null || family.isEmpty() ? INET : family;
        if (!family.equals(INET) && !family.equals(INET6)) {
            throw new FirewallException(ErrorCode.INVALID_FAMILY, family);
        }
        options = Map.copyOf(options);
        entries = List.copyOf(entries);
    }

    /** The parts of the type after {@code hash:}, e.g. {@code [ip, port]} for {@code hash:ip,port}. */
    public List<String> dimensions() {
        return List.of(type.substring("hash:".length()).split(","));
    }

    public boolean v6() {
        return family.equals(INET6);
    }
}
