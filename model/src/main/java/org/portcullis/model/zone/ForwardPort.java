package org.portcullis.model.zone;

import java.util.Optional;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.net.IpAddress;

/** A destination NAT of a port: to another port, another address, or both. */
public record ForwardPort(PortRange port, TransportProtocol protocol, Optional<PortRange> toPort,
                          Optional<String> toAddr) {

    public ForwardPort {
        if (toPort.isEmpty() && toAddr.isEmpty()) {
            throw new FirewallException(ErrorCode.INVALID_FORWARD, "missing destination");
        }
        toAddr.ifPresent(a -> {
            if (!IpAddress.isValid(a)) {
                throw new FirewallException(ErrorCode.INVALID_ADDR, a);
            }
        });
    }

    /** Builds from firewalld's four strings, where an empty string means absent. */
    public static ForwardPort of(String port, String protocol, String toPort, String toAddr) {
        if (port == null || port.isEmpty()) {
            throw new FirewallException(ErrorCode.INVALID_FORWARD, "missing port");
        }
        if (protocol == null || protocol.isEmpty()) {
            throw new FirewallException(ErrorCode.INVALID_FORWARD, "missing protocol");
        }
        PortRange p = PortRange.tryParse(port).orElseThrow(() -> new FirewallException(ErrorCode.INVALID_PORT, port));
        TransportProtocol proto = TransportProtocol.parse(protocol);
        Optional<PortRange> tp = Optional.empty();
        if (toPort != null && !toPort.isEmpty()) {
            tp = Optional.of(PortRange.tryParse(toPort)
                    .orElseThrow(() -> new FirewallException(ErrorCode.INVALID_PORT, toPort)));
        }
        Optional<String> ta = toAddr == null || toAddr.isEmpty() ? Optional.empty() : Optional.of(toAddr);
        return new ForwardPort(p, proto, tp, ta);
    }

    /** Parses the command-line form {@code port=P:proto=T[:toport=P][:toaddr=A]}. */
    public static ForwardPort parse(String text) {
        String port = "";
        String proto = "";
        String toPort = "";
        String toAddr = "";
        for (String part : text.split(":")) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? "" : part.substring(eq + 1);
            switch (key) {
                case "port" -> port = value;
                case "proto" -> proto = value;
                case "toport" -> toPort = value;
                case "toaddr" -> toAddr = value;
                default -> throw new FirewallException(ErrorCode.INVALID_FORWARD, text);
            }
        }
        return of(port, proto, toPort, toAddr);
    }

    public String toPortText() {
        return toPort.map(PortRange::toString).orElse("");
    }

    public String toAddrText() {
        return toAddr.orElse("");
    }

    /** How firewalld names it in runtime messages: {@code 11:tcp:22:}. */
    public String id() {
        return port + ":" + protocol.text() + ":" + toPortText() + ":" + toAddrText();
    }

    /** The listing form {@code port=11:proto=tcp:toport=22:toaddr=}. */
    @Override
    public String toString() {
        return "port=" + port + ":proto=" + protocol.text() + ":toport=" + toPortText() + ":toaddr=" + toAddrText();
    }
}
