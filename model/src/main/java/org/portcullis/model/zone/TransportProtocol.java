package org.portcullis.model.zone;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/** The layer-4 protocols a port or source port may name. */
public enum TransportProtocol {
    TCP, UDP, SCTP, DCCP;

    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static boolean isValid(String text) {
        for (TransportProtocol p : values()) {
            if (p.text().equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** Parses {@code tcp}, {@code udp}, {@code sctp} or {@code dccp}; anything else is INVALID_PROTOCOL. */
    public static TransportProtocol parse(String text) {
        for (TransportProtocol p : values()) {
            if (p.text().equals(text)) {
                return p;
            }
        }
        throw new FirewallException(ErrorCode.INVALID_PROTOCOL,
                "'" + text + "' not in {'tcp'|'udp'|'sctp'|'dccp'}");
    }

    @Override
    public String toString() {
        return text();
    }
}
