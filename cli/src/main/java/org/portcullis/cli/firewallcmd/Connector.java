package org.portcullis.cli.firewallcmd;

import java.nio.file.Path;

import org.portcullis.daemon.api.DaemonClient;

/** Opens a {@link Link}; throws DaemonClient.NotRunningException when the daemon cannot be reached. */
@FunctionalInterface
public interface Connector {
    Link connect();

    static Connector socket(Path path) {
        DaemonClient client = new DaemonClient(path);
        return () -> client.connect()::call;
    }
}
