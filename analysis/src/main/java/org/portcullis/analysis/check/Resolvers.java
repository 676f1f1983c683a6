package org.portcullis.analysis.check;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.model.net.IpAddress;

/** The name servers of a {@code resolv.conf}: its {@code nameserver} lines, the first three as the C library uses them. */
public final class Resolvers {
    /** How many name servers the resolver library queries. */
    public static final int MAX = 3;

    private Resolvers() {
    }

    /** Lines that are not {@code nameserver ADDRESS} are ignored; a zone index ({@code %eth0}) is dropped. */
    public static List<IpAddress> parse(String resolvConf) {
        List<IpAddress> out = new ArrayList<>();
        for (String line : resolvConf.split("\n")) {
            String[] w = line.trim().split("\\s+");
            if (w.length < 2 || !w[0].equals("nameserver")) {
                continue;
            }
            int scope = w[1].indexOf('%');
            String addr = scope < 0 ? w[1] : w[1].substring(0, scope);
            if (IpAddress.isValid(addr) && out.size() < MAX) {
                out.add(IpAddress.parse(addr));
            }
        }
        return List.copyOf(out);
    }
}
