package org.portcullis.engine.host;

import org.portcullis.model.net.IpPrefix;

/**
 * The route a FIB lookup found: its type, the device it leads to, its destination prefix, and whether it
 * goes through a gateway ({@code false} for the host's own and connected networks).
 */
public record FibEntry(RouteType type, String dev, IpPrefix destination, boolean gateway) {
}
