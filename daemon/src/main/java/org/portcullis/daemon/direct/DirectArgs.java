package org.portcullis.daemon.direct;

import java.util.List;

import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.direct.Passthrough;

/** Reads the argument layouts of direct requests: {@code ipv table chain [priority args...]}, {@code ipv args...}. */
final class DirectArgs {
    private DirectArgs() {
    }

    static DirectChain chain(List<String> a) {
        expect(a, 3);
        return new DirectChain(DirectChecks.ipv(a.get(0)), a.get(1), a.get(2));
    }

    static DirectRule rule(List<String> a) {
        if (a.size() < 4) {
            throw new IllegalArgumentException("rule needs ipv, table, chain and priority");
        }
        return new DirectRule(DirectChecks.ipv(a.get(0)), a.get(1), a.get(2), Integer.parseInt(a.get(3)),
                a.subList(4, a.size()));
    }

    static Passthrough passthrough(List<String> a) {
        if (a.isEmpty()) {
            throw new IllegalArgumentException("passthrough needs ipv");
        }
        return new Passthrough(DirectChecks.ipv(a.get(0)), a.subList(1, a.size()));
    }

    static Ipv ipv(List<String> a, int count) {
        expect(a, count);
        return DirectChecks.ipv(a.get(0));
    }

    static void expect(List<String> a, int count) {
        if (a.size() != count) {
            throw new IllegalArgumentException("expected " + count + " arguments");
        }
    }
}
