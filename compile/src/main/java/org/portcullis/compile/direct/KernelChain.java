package org.portcullis.compile.direct;

import org.portcullis.model.direct.Ipv;
import org.portcullis.nft.BaseHook;
import org.portcullis.nft.Family;

/**
 * A chain of Portcullis' direct tables: the iptables chain {@code name} of {@code table}, a base chain when
 * it is built-in ({@code base} non-null), named {@code <table>_<name>} in nftables.
 */
record KernelChain(Ipv ipv, String table, String name, BaseHook base) {

    String nftName() {
        return nftName(table, name);
    }

    Family family() {
        return family(ipv);
    }

    static String nftName(String table, String chain) {
        return table + "_" + chain;
    }

    static Family family(Ipv ipv) {
        return ipv == Ipv.IPV6 ? Family.IP6 : Family.IP;
    }
}
