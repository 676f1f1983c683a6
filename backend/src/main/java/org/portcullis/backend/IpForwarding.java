package org.portcullis.backend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.portcullis.nft.Family;

/**
 * The kernel's forwarding switches of the network namespace the daemon runs in, under {@code /proc/sys/net}:
 * {@code ipv4/ip_forward} and {@code ipv6/conf/all/forwarding}. They are only ever switched on.
 */
final class IpForwarding {
    static final Path PROC_SYS_NET = Path.of("/proc/sys/net");

    private final Path root;

    IpForwarding(Path root) {
        this.root = root;
    }

    void enable(Family family) throws BackendException {
        Path file = switch (family) {
            case IP -> root.resolve("ipv4/ip_forward");
            case IP6 -> root.resolve("ipv6/conf/all/forwarding");
            default -> throw new IllegalArgumentException("no forwarding switch for family " + family.nftName());
        };
        try {
            Files.writeString(file, "1\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new BackendException("cannot switch forwarding on in " + file + ": " + e.getMessage(), e);
        }
    }
}
