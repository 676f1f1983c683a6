package org.portcullis.model.zone;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/** A port or port range of one transport protocol, as in {@code <port port="80" protocol="tcp"/>}. */
public record Port(PortRange range, TransportProtocol protocol) {

    public static Port of(String port, String protocol) {
        PortRange r = PortRange.tryParse(port).orElseThrow(() -> new FirewallException(ErrorCode.INVALID_PORT, port));
        return new Port(r, TransportProtocol.parse(protocol));
    }

    /** Parses the command-line spelling {@code portid[-portid]/protocol}. */
    public static Port parse(String text) {
        int slash = text.lastIndexOf('/');
        if (slash < 0) {
            throw new FirewallException(ErrorCode.INVALID_PORT,
                    "bad port (most likely missing protocol), correct syntax is portid[-portid]/protocol");
        }
        return of(text.substring(0, slash), text.substring(slash + 1));
    }

    /** How firewalld names the port in its runtime messages: {@code 8080:tcp}. */
    public String id() {
        return range + ":" + protocol.text();
    }

    /** The listing form {@code 8080/tcp}. */
    @Override
    public String toString() {
        return range + "/" + protocol.text();
    }
}
