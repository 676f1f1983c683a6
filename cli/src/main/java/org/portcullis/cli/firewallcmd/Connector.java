package org.portcullis.cli.firewallcmd;

import java.nio.file.Path;

import org.portcullis.daemon.api.DaemonClient;

/** Opens a {@link Link}; throws DaemonClient.NotRunningException when the daemon cannot be reached. */
@FunctionalInterface
public interface Connector {
    Link connect();

    /** The first request goes over the connection opened at once; later ones each open their own. */
    static Connector socket(Path path) {
        DaemonClient client = new DaemonClient(path);
        return () -> {
            DaemonClient.Connection first = client.connect();
            boolean[] used = {false};
            return request -> {
                if (used[0]) {
                    return client.call(request);
                }
                used[0] = true;
                try (first) {
                    return first.call(request);
                }
            };
        };
    }
}
