package org.portcullis.compile.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.portcullis.model.zone.Port;
import org.portcullis.model.zone.Service;
import org.portcullis.nft.Stmt;

/** Services, ports, protocols and source ports of a zone or policy: accept rules in its filter allow chain. */
final class PrimitiveRules {
    private PrimitiveRules() {
    }

    static void services(TableDraft t, Scope s, Map<String, Service> services) {
        String allow = allow(s);
        for (String name : s.items().services()) {
            for (ServiceMatches.ServiceMatch m : ServiceMatches.of(name, services,
                    List.of(ListingForm.V4, ListingForm.V6))) {
                List<Stmt> stmts = new ArrayList<>();
                m.destination().ifPresent(stmts::add);
                stmts.add(m.match());
                stmts.add(Stmt.Verdict.ACCEPT);
                t.add(allow, s.origin("service " + name), stmts);
            }
        }
    }

    static void ports(TableDraft t, Scope s) {
        for (Port p : s.items().ports()) {
            t.add(allow(s), s.origin("port " + p), List.of(Matches.port(p.protocol().text(), "dport", p.range()),
                    Stmt.Verdict.ACCEPT));
        }
    }

    static void sourcePorts(TableDraft t, Scope s) {
        for (Port p : s.items().sourcePorts()) {
            t.add(allow(s), s.origin("source-port " + p), List.of(Matches.port(p.protocol().text(), "sport",
                    p.range()), Stmt.Verdict.ACCEPT));
        }
    }

    static void protocols(TableDraft t, Scope s) {
        for (String protocol : s.items().protocols()) {
            t.add(allow(s), s.origin("protocol " + protocol), List.of(Matches.l4proto(protocol),
                    Stmt.Verdict.ACCEPT));
        }
    }

    private static String allow(Scope s) {
        return s.chain("filter", false) + "_allow";
    }
}
