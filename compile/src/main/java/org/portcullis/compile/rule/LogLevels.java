package org.portcullis.compile.rule;

import java.util.Map;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.nft.Stmt;

/**
 * {@code -j LOG [--log-prefix P] [--log-level L]}: {@code log prefix "P" level L}. Levels are syslog
 * numbers or names; nftables' default (warn, 4) is left implicit, as nftables lists it.
 */
public final class LogLevels {
    private static final Map<String, String> LEVELS = Map.ofEntries(
            Map.entry("0", "emerg"), Map.entry("emerg", "emerg"), Map.entry("panic", "emerg"),
            Map.entry("1", "alert"), Map.entry("alert", "alert"),
            Map.entry("2", "crit"), Map.entry("crit", "crit"),
            Map.entry("3", "err"), Map.entry("error", "err"), Map.entry("err", "err"),
            Map.entry("5", "notice"), Map.entry("notice", "notice"),
            Map.entry("6", "info"), Map.entry("info", "info"),
            Map.entry("7", "debug"), Map.entry("debug", "debug"));

    private LogLevels() {
    }

    public static Stmt.Log translate(String prefix, String level) {
        return new Stmt.Log(prefix, nftLevel(level), null);
    }

    /** The nftables level for an iptables level, null for the default. */
    public static String nftLevel(String iptablesLevel) {
        if (iptablesLevel == null || iptablesLevel.equals("4") || iptablesLevel.equals("warning")
                || iptablesLevel.equals("warn")) {
            return null;
        }
        String level = LEVELS.get(iptablesLevel);
        if (level == null) {
            throw new FirewallException(ErrorCode.COMMAND_FAILED, "log-level `" + iptablesLevel + "' unknown");
        }
        return level;
    }
}
