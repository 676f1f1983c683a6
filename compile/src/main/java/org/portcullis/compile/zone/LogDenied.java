package org.portcullis.compile.zone;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.nft.Stmt;

/**
 * firewalld's LogDenied setting: off, all, unicast, broadcast or multicast. When not off, denied packets are
 * logged before they are dropped or rejected, limited to the packet type asked for ({@code unicast} is
 * nft's {@code host}).
 */
record LogDenied(String value) {
    static final LogDenied OFF = new LogDenied("off");

    LogDenied {
        if (!List.of("off", "all", "unicast", "broadcast", "multicast").contains(value)) {
            throw new IllegalArgumentException("LogDenied '" + value + "'");
        }
    }

    boolean on() {
        return !value.equals("off");
    }

    /** The packet type match followed by {@code log prefix "..."}. */
    List<Stmt> log(String prefix) {
        List<Stmt> out = new ArrayList<>();
        if (!value.equals("all")) {
            out.add(Matches.meta("pkttype", value.equals("unicast") ? "host" : value));
        }
        out.add(new Stmt.Log(prefix, null, null, null));
        return out;
    }

    /** The matches followed by the packet type match and the log statement. */
    List<Stmt> log(List<Stmt> matches, String prefix) {
        List<Stmt> out = new ArrayList<>(matches);
        out.addAll(log(prefix));
        return out;
    }
}
