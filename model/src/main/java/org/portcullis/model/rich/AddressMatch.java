package org.portcullis.model.rich;

/** What a rich rule's source or destination matches: an address or network, a MAC address, or an ipset. */
public sealed interface AddressMatch {

    /** The attribute name in the rule language and in XML. */
    String attribute();

    String value();

    /** An address or network as written; checked against the rule's family. */
    record Address(String value) implements AddressMatch {
        @Override
        public String attribute() {
            return "address";
        }
    }

    /** A MAC address, held in upper case as firewalld does. Sources only. */
    record Mac(String value) implements AddressMatch {
        public Mac {
            value = value.toUpperCase(java.util.Locale.ROOT);
        }

        @Override
        public String attribute() {
            return "mac";
        }
    }

    /** An ipset by name. */
    record Ipset(String value) implements AddressMatch {
        @Override
        public String attribute() {
            return "ipset";
        }
    }
}
