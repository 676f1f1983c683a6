package org.portcullis.daemon;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.portcullis.daemon.api.SocketLocation;

/** {@code portcullis daemon [--config-dir DIR] [--socket PATH] [--backend nftables|sim]}. */
public record DaemonOptions(Path configDir, Path socket, Optional<String> backend) {
    public static final String DEFAULT_CONFIG_DIR = "/etc/portcullis";
    public static final String USAGE = "usage: portcullis daemon [--config-dir DIR] [--socket PATH] [--backend nftables|sim]";

    /** IllegalArgumentException with a message for bad arguments. */
    public static DaemonOptions parse(List<String> args, Map<String, String> env) {
        Path configDir = Path.of(DEFAULT_CONFIG_DIR);
        Path socket = SocketLocation.resolve(env);
        Optional<String> backend = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException("option " + arg + " needs a value");
            }
            switch (name) {
                case "--config-dir" -> configDir = Path.of(value);
                case "--socket" -> socket = Path.of(value);
                case "--backend" -> {
                    if (!value.equals("nftables") && !value.equals("sim")) {
                        throw new IllegalArgumentException("unknown backend '" + value + "' (choose from 'nftables', 'sim')");
                    }
                    backend = Optional.of(value);
                }
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new DaemonOptions(configDir, socket, backend);
    }
}
