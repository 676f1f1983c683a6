package org.portcullis.engine.host;

import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;

/** An address configured on an interface, with its prefix length ({@code 192.168.2.10/24}). */
public record InterfaceAddress(IpAddress address, int prefixLength) {
    public InterfaceAddress {
        if (prefixLength < 0 || prefixLength > address.bits()) {
            throw new IllegalArgumentException("bad prefix length " + prefixLength);
        }
    }

    public static InterfaceAddress parse(String text) {
        int slash = text.indexOf('/');
        IpAddress a = IpAddress.parse(slash < 0 ? text : text.substring(0, slash));
        return new InterfaceAddress(a, slash < 0 ? a.bits() : Integer.parseInt(text.substring(slash + 1)));
    }

    /** The connected network. */
    public IpPrefix network() {
        return new IpPrefix(address, prefixLength);
    }

    @Override
    public String toString() {
        return address + "/" + prefixLength;
    }
}
