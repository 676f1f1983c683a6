package org.portcullis.daemon;

/** Finds backends: by name for {@code --backend}, or the best one for this machine. */
public interface BackendProvider {
    /** {@code "nftables"} or {@code "sim"}; IllegalArgumentException for other names or an unusable backend. */
    BackendChoice byName(String name);

    BackendChoice detect();
}
