package org.portcullis.engine;

import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.HostFile;
import org.portcullis.model.net.IpAddress;

/** The test host: {@code base1} with enp3s0 on 198.18.0.1/24, default route via 198.18.0.254. */
public final class Hosts {
    public static final IpAddress SELF = IpAddress.parse("198.18.0.1");
    public static final IpAddress PEER = IpAddress.parse("198.18.0.2");
    public static final IpAddress FAR = IpAddress.parse("198.19.5.5");

    private Hosts() {
    }

    public static Host base1() {
        return HostFile.parse("""
                name base1
                interface lo 127.0.0.1/8 ::1/128
                interface enp3s0 198.18.0.1/24 2001:db8::1/64
                route default via 198.18.0.254 dev enp3s0
                """);
    }
}
