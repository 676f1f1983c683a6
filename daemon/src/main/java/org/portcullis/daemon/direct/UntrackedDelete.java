package org.portcullis.daemon.direct;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.portcullis.model.direct.Passthrough;

/**
 * An untracked {@code -D chain rule...} passthrough deletes what an earlier untracked {@code -A} or
 * {@code -I chain [n]} passthrough added with the same rule, as iptables would.
 */
final class UntrackedDelete {
    private static final List<String> DELETE = List.of("-D", "--delete");
    private static final List<String> ADD = List.of("-A", "--append", "-I", "--insert");

    private UntrackedDelete() {
    }

    static boolean isDelete(Passthrough p) {
        return p.args().stream().anyMatch(DELETE::contains);
    }

    /** The earlier passthrough this deletion removes, if any. */
    static Optional<Passthrough> target(Passthrough delete, List<Passthrough> untracked) {
        List<String> wanted = normalized(delete.args());
        return untracked.stream().filter(p -> p.ipv() == delete.ipv() && normalized(p.args()).equals(wanted)).findFirst();
    }

    /** The arguments with the command word and an insert position removed, the chain name kept. */
    private static List<String> normalized(List<String> args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (DELETE.contains(a) || ADD.contains(a)) {
                out.add("<command>");
                if (i + 1 < args.size()) {
                    out.add(args.get(++i));
                }
                if ((a.equals("-I") || a.equals("--insert")) && i + 1 < args.size() && args.get(i + 1).matches("\\d+")) {
                    i++;
                }
            } else {
                out.add(a);
            }
        }
        return out;
    }
}
