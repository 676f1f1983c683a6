package org.portcullis.testkit;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** A private network namespace for one test; {@link #close()} deletes it and may be called twice. */
public final class Netns implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String name;
    private boolean closed;

    private Netns(String name) {
        this.name = name;
    }

    /** Creates {@code prefix-<random>} with its loopback up. */
    public static Netns create(String prefix) {
        byte[] b = new byte[4];
        RANDOM.nextBytes(b);
        String name = prefix + "-" + HexFormat.of().formatHex(b);
        Commands.run("ip", "netns", "add", name).orThrow("ip netns add " + name);
        Netns ns = new Netns(name);
        try {
            ns.exec("ip", "link", "set", "lo", "up").orThrow("lo up in " + name);
        } catch (RuntimeException e) {
            ns.close();
            throw e;
        }
        return ns;
    }

    public String name() {
        return name;
    }

    /** Runs {@code argv} inside the namespace and waits for it. */
    public ExecResult exec(String... argv) {
        return Commands.run(inside(List.of(argv)));
    }

    /** Runs {@code argv} inside the namespace with {@code stdin} as its input, e.g. {@code nft -f -}. */
    public ExecResult execWithInput(String stdin, String... argv) {
        return Commands.run(inside(List.of(argv)), stdin);
    }

    /** The argv that runs {@code argv} inside this namespace. */
    public List<String> inside(List<String> argv) {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", name));
        full.addAll(argv);
        return full;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Commands.run("ip", "netns", "del", name);
    }

    @Override
    public String toString() {
        return name;
    }
}
