package org.portcullis.cli.check;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.LocalHost;

/**
 * The machine {@code check} runs on, used when no host file is given: its host model, its {@code resolv.conf},
 * and the file where systemd-resolved lists the servers it forwards to (when resolv.conf names only the local
 * stub).
 */
record Machine(Supplier<Host> host, Path resolvConf, Path resolvedConf) {
    static final Machine LOCAL = new Machine(LocalHost::read, Path.of("/etc/resolv.conf"),
            Path.of("/run/systemd/resolve/resolv.conf"));
}
