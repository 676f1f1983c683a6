package org.portcullis.compile.direct;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

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

    /**
     * {@code <table>_<chain>}; a chain name nft's syntax cannot carry (non-ASCII, punctuation) or that
     * starts with {@code x_} is written as {@code x_} and the hex of its UTF-8 bytes, which keeps names distinct.
     */
    static String nftName(String table, String chain) {
        return table + "_" + (isPlain(chain) ? chain : "x_" + HexFormat.of().formatHex(chain.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean isPlain(String chain) {
        if (chain.startsWith("x_")) {
            return false;
        }
        for (int i = 0; i < chain.length(); i++) {
            char c = chain.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static Family family(Ipv ipv) {
        return ipv == Ipv.IPV6 ? Family.IP6 : Family.IP;
    }
}
