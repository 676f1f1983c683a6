package org.portcullis.engine.host;

import org.portcullis.model.net.IpAddress;

/** Where a packet goes: out by {@code dev} (via {@code gateway} if any) from {@code source}, or to this host. */
public record RouteChoice(String dev, IpAddress gateway, IpAddress source, boolean local) {
}
