package org.portcullis.daemon.direct;

import java.util.List;

import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/** firewalld's checks on family, table and chain names, with its error names and messages. */
public final class DirectChecks {
    static final String EB_UNSUPPORTED = "ebtables rules (family 'eb') are not supported";

    private DirectChecks() {
    }

    public static Ipv ipv(String word) {
        return Ipv.fromWord(word).orElseThrow(() -> new FirewallException(ErrorCode.INVALID_IPV,
                "'" + word + "' not in " + "'" + PyRepr.list(List.of("ipv4", "ipv6", "eb")) + "'"));
    }

    public static void table(Ipv ipv, String table) {
        if (!Tables.of(ipv).containsKey(table)) {
            throw new FirewallException(ErrorCode.INVALID_TABLE,
                    "'" + table + "' not in '" + Tables.keysRepr(ipv) + "'");
        }
    }

    /** Chains that {@code --add-chain} and friends refuse: built-in chains and zone chains. */
    public static void userChain(Ipv ipv, String table, String chain) {
        if (Tables.isBuiltinChain(ipv, table, chain)) {
            throw new FirewallException(ErrorCode.BUILTIN_CHAIN, "chain '" + chain + "' is built-in chain");
        }
        if (ipv != Ipv.EB && ZoneChains.isZoneChain(chain)) {
            throw new FirewallException(ErrorCode.INVALID_CHAIN, "Chain '" + chain + "' is reserved");
        }
    }

    /** Refuses a configuration holding anything of family {@code eb}: Portcullis does not program ebtables. */
    public static void supported(DirectConfig config) {
        supportedAdditions(DirectConfig.EMPTY, config);
    }

    /** Like {@link #supported(DirectConfig)}, for what {@code after} holds that {@code before} does not. */
    public static void supportedAdditions(DirectConfig before, DirectConfig after) {
        boolean eb = after.chains().stream().anyMatch(c -> c.ipv() == Ipv.EB && !before.hasChain(c))
                || after.rules().stream().anyMatch(r -> r.ipv() == Ipv.EB && !before.hasRule(r))
                || after.passthroughs().stream().anyMatch(p -> p.ipv() == Ipv.EB && !before.hasPassthrough(p));
        if (eb) {
            throw new FirewallException(ErrorCode.COMMAND_FAILED, EB_UNSUPPORTED);
        }
    }
}
