package org.portcullis.engine.host;

import java.util.Locale;

/** The type of a route, with the kernel's {@code RTN_*} number, as {@code fib ... type} reports it. */
public enum RouteType {
    UNSPEC(0), UNICAST(1), LOCAL(2), BROADCAST(3), ANYCAST(4), MULTICAST(5), BLACKHOLE(6), UNREACHABLE(7),
    PROHIBIT(8), THROW(9);

    private final int rtn;

    RouteType(int rtn) {
        this.rtn = rtn;
    }

    public int rtn() {
        return rtn;
    }

    public String nftName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
