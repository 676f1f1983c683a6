package org.portcullis.daemon;

/** The backends of this build. */
public final class DefaultBackends implements BackendProvider {
    @Override
    public BackendChoice byName(String name) {
        return switch (name) {
            case "sim" -> new BackendChoice(new MemoryTarget(), "backend sim: chosen with --backend");
            case "nftables" -> throw new IllegalArgumentException("the nftables backend is not available in this build");
            default -> throw new IllegalArgumentException("unknown backend '" + name + "' (choose from 'nftables', 'sim')");
        };
    }

    @Override
    public BackendChoice detect() {
        return new BackendChoice(new MemoryTarget(), "backend sim: the nftables backend is not available in this build");
    }
}
