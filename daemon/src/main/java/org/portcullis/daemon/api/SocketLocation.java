package org.portcullis.daemon.api;

import java.nio.file.Path;
import java.util.Map;

/** Where the daemon listens: {@code --socket}, else {@code PORTCULLIS_SOCKET}, else the default under /run. */
public final class SocketLocation {
    public static final String DEFAULT = "/run/portcullis/portcullis.sock";
    public static final String ENV = "PORTCULLIS_SOCKET";

    private SocketLocation() {
    }

    public static Path resolve(Map<String, String> env) {
        String fromEnv = env.get(ENV);
        return Path.of(fromEnv == null || fromEnv.isEmpty() ? DEFAULT : fromEnv);
    }
}
