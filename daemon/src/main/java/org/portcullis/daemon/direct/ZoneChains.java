package org.portcullis.daemon.direct;

import java.util.Set;
import java.util.regex.Pattern;

/** Names of zone chains ({@code IN_public}, {@code FWD_work_allow}, ...) that a user chain may not take. */
public final class ZoneChains {
    private static final Set<String> STOCK_ZONES =
            Set.of("block", "dmz", "drop", "external", "home", "internal", "public", "trusted", "work");
    private static final Pattern SHAPE = Pattern.compile("(?:PRE|POST|IN|FWD|OUT)_(.+?)(?:_(?:pre|log|deny|allow|post))?");

    private ZoneChains() {
    }

    public static boolean isZoneChain(String chain) {
        var m = SHAPE.matcher(chain);
        if (!m.matches()) {
            return false;
        }
        if (STOCK_ZONES.contains(m.group(1))) {
            return true;
        }
        int suffix = chain.lastIndexOf('_');
        int prefix = chain.indexOf('_');
        return suffix > prefix && STOCK_ZONES.contains(chain.substring(prefix + 1, suffix))
                && Set.of("pre", "log", "deny", "allow", "post").contains(chain.substring(suffix + 1));
    }
}
