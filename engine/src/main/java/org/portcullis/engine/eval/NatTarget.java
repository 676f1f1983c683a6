package org.portcullis.engine.eval;

import org.portcullis.engine.conntrack.Manip;
import org.portcullis.model.net.IpAddress;

/**
 * Where a nat statement translates a flow: which end ({@code manip}), to {@code address} (null keeps it)
 * and {@code port} (-1 keeps it). {@code dropped} says why the kernel drops the packet instead (no address
 * to masquerade or redirect to), null otherwise; {@code notes} are choices the model made for the kernel.
 */
public record NatTarget(Manip manip, IpAddress address, int port, String dropped, String notes) {

    static NatTarget drop(Manip manip, String why) {
        return new NatTarget(manip, null, -1, why, null);
    }
}
