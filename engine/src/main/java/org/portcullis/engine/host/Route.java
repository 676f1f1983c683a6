package org.portcullis.engine.host;

import org.portcullis.model.net.IpAddress;
import org.portcullis.model.net.IpPrefix;

/** A route: destination prefix, optional gateway and preferred source, device and metric. */
public record Route(IpPrefix destination, IpAddress gateway, String dev, int metric, IpAddress source) {

    public static Route defaultVia(IpAddress gateway, String dev) {
        return new Route(new IpPrefix(gateway.v6() ? IpAddress.parse("::") : IpAddress.v4(0), 0), gateway, dev, 0, null);
    }
}
