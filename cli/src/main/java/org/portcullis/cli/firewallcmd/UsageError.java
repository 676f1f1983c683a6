package org.portcullis.cli.firewallcmd;

/** A command-line error: firewall-cmd prints {@code text} on stderr and exits 2. */
public final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean quietable;

    private UsageError(String text, boolean quietable) {
        super(text);
        this.quietable = quietable;
    }

    /** An error of the option parser itself: printed even with {@code -q}. */
    public static UsageError parser(String message) {
        return new UsageError(Texts.USAGE + "\n" + "firewall-cmd: error: " + message, false);
    }

    /** One of firewall-cmd's own checks, printed after the usage line; {@code -q} silences it. */
    public static UsageError withUsage(String message) {
        return new UsageError(Texts.USAGE + "\n" + message, true);
    }

    /** A message on its own; {@code -q} silences it. */
    public static UsageError plain(String message) {
        return new UsageError(message, true);
    }

    /** A message on its own that {@code -q} does not silence. */
    public static UsageError forced(String message) {
        return new UsageError(message, false);
    }

    public String text() {
        return getMessage();
    }

    public boolean quietable() {
        return quietable;
    }
}
