package org.portcullis.model.rich;

import java.util.Optional;

/** The one thing a rich rule matches or does besides its source and destination. */
public sealed interface Element {

    /** {@code service name="S"}. */
    record Service(String name) implements Element {
    }

    /** {@code port port="P[-P]" protocol="tcp|udp|sctp|dccp"}. */
    record Port(String port, String protocol) implements Element {
    }

    /** {@code protocol value="P"}: a protocol name or number. */
    record Protocol(String value) implements Element {
    }

    /** {@code icmp-block name="T"}. */
    record IcmpBlock(String name) implements Element {
    }

    /** {@code icmp-type name="T"}. */
    record IcmpType(String name) implements Element {
    }

    /** {@code masquerade}. */
    record Masquerade() implements Element {
    }

    /** {@code forward-port port="P" protocol="T" [to-port="P"] [to-addr="A"]}; empty strings mean absent. */
    record ForwardPort(String port, String protocol, String toPort, String toAddr) implements Element {
        public ForwardPort {
            toPort = toPort == null ? "" : toPort;
            toAddr = toAddr == null ? "" : toAddr;
        }
    }

    /** {@code source-port port="P[-P]" protocol="T"}. */
    record SourcePort(String port, String protocol) implements Element {
    }

    /** {@code tcp-mss-clamp [value="pmtu|N"]}. */
    record TcpMssClamp(Optional<String> value) implements Element {
        public TcpMssClamp {
            value = value.filter(v -> !v.isEmpty());
        }
    }
}
