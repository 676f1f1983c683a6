package org.portcullis.model.zone;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.net.Addresses;

/** What binds traffic to a zone by its source: an address or network, a MAC address, or an ipset. */
public sealed interface ZoneSource {

    /** The text firewalld lists and accepts: {@code 10.0.0.0/8}, {@code 00:11:22:33:44:55}, {@code ipset:name}. */
    String text();

    /** An IPv4/IPv6 address or network, kept as the user spelled it. */
    record Address(String address) implements ZoneSource {
        public Address {
            if (!Addresses.isAddressOrNetwork(address)) {
                throw new FirewallException(ErrorCode.INVALID_ADDR, address);
            }
        }

        @Override
        public String text() {
            return address;
        }
    }

    /** A MAC address, stored in upper case. */
    record Mac(String mac) implements ZoneSource {
        public Mac {
            if (!Addresses.isMac(mac)) {
                throw new FirewallException(ErrorCode.INVALID_MAC, mac);
            }
            mac = mac.toUpperCase(java.util.Locale.ROOT);
        }

        @Override
        public String text() {
            return mac;
        }
    }

    /** An ipset by name. */
    record Ipset(String name) implements ZoneSource {
        public Ipset {
            if (!Addresses.isIpsetName(name)) {
                throw new FirewallException(ErrorCode.INVALID_IPSET, name);
            }
        }

        @Override
        public String text() {
            return "ipset:" + name;
        }
    }

    /** Reads the command-line spelling; a bad value is INVALID_ADDR (or INVALID_IPSET for {@code ipset:}). */
    static ZoneSource parse(String text) {
        if (text.startsWith("ipset:")) {
            return new Ipset(text.substring("ipset:".length()));
        }
        if (Addresses.isMac(text)) {
            return new Mac(text);
        }
        return new Address(text);
    }
}
