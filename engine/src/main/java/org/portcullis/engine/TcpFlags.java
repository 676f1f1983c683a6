package org.portcullis.engine;

import java.util.ArrayList;
import java.util.List;

/** TCP header flag bits as nftables names them. */
public final class TcpFlags {
    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;
    public static final int URG = 0x20;
    public static final int ECN = 0x40;
    public static final int CWR = 0x80;

    private static final String[] NAMES = {"fin", "syn", "rst", "psh", "ack", "urg", "ecn", "cwr"};

    private TcpFlags() {
    }

    /** The bit of a flag name, or -1. */
    public static int byName(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return 1 << i;
            }
        }
        return -1;
    }

    public static String describe(int flags) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            if ((flags & (1 << i)) != 0) {
                out.add(NAMES[i].toUpperCase(java.util.Locale.ROOT));
            }
        }
        return String.join("-", out);
    }

    public static boolean has(int flags, int bit) {
        return (flags & bit) != 0;
    }
}
