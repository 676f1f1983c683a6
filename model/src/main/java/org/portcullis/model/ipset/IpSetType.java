package org.portcullis.model.ipset;

import java.util.List;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/** The ipset types firewalld supports: hash sets whose entries join one value per {@link Part}, by commas. */
public enum IpSetType {
    HASH_IP("hash:ip", true),
    HASH_IP_PORT("hash:ip,port", true),
    HASH_IP_PORT_IP("hash:ip,port,ip", false),
    HASH_IP_PORT_NET("hash:ip,port,net", false),
    HASH_IP_MARK("hash:ip,mark", true),
    HASH_NET("hash:net", true),
    HASH_NET_NET("hash:net,net", false),
    HASH_NET_PORT("hash:net,port", true),
    HASH_NET_PORT_NET("hash:net,port,net", false),
    HASH_NET_IFACE("hash:net,iface", true),
    HASH_MAC("hash:mac", true);

    /** One component of an entry. */
    public enum Part { IP, NET, PORT, MARK, IFACE, MAC }

    private final String text;
    private final boolean source;

    IpSetType(String text, boolean source) {
        this.text = text;
        this.source = source;
    }

    /** firewalld's spelling, {@code hash:ip,port}. */
    public String text() {
        return text;
    }

    /** The components of an entry, in order. */
    public List<Part> parts() {
        return java.util.Arrays.stream(text.substring("hash:".length()).split(","))
                .map(p -> Part.valueOf(p.toUpperCase(java.util.Locale.ROOT))).toList();
    }

    /** Whether a zone source or a rich rule's source may name a set of this type. */
    public boolean usableAsSource() {
        return source;
    }

    /** The type named {@code text}; else INVALID_TYPE {@code 'TEXT' is not valid ipset type}. */
    public static IpSetType parse(String text) {
        return find(text).orElseThrow(() ->
                new FirewallException(ErrorCode.INVALID_TYPE, "'" + text + "' is not valid ipset type"));
    }

    public static java.util.Optional<IpSetType> find(String text) {
        for (IpSetType t : values()) {
            if (t.text.equals(text)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return text;
    }
}
