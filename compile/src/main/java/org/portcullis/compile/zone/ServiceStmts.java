package org.portcullis.compile.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.portcullis.model.zone.Port;
import org.portcullis.model.zone.Service;
import org.portcullis.nft.Rule;
import org.portcullis.nft.Stmt;

/** A service as rules: one per port, protocol and source port, limited to its destinations if it has any. */
final class ServiceStmts {
    private ServiceStmts() {
    }

    static List<Rule> rules(Service s, List<Stmt> matches, List<Stmt> tail) {
        List<Optional<Stmt>> destinations = new ArrayList<>();
        s.destinationIpv4().ifPresent(a -> destinations.add(Optional.of(ZoneStmts.address(a, false, false))));
        s.destinationIpv6().ifPresent(a -> destinations.add(Optional.of(ZoneStmts.address(a, false, false))));
        if (destinations.isEmpty()) {
            destinations.add(Optional.empty());
        }
        List<Rule> out = new ArrayList<>();
        for (Optional<Stmt> destination : destinations) {
            for (Port p : s.ports()) {
                out.add(rule(matches, destination, ZoneStmts.port(p, true), tail));
            }
            for (String protocol : s.protocols()) {
                out.add(rule(matches, destination, ZoneStmts.l4proto(protocol), tail));
            }
            for (Port p : s.sourcePorts()) {
                out.add(rule(matches, destination, ZoneStmts.port(p, false), tail));
            }
        }
        return out;
    }

    private static Rule rule(List<Stmt> matches, Optional<Stmt> destination, Stmt match, List<Stmt> tail) {
        List<Stmt> stmts = new ArrayList<>(matches);
        destination.ifPresent(stmts::add);
        stmts.add(match);
        stmts.addAll(tail);
        return new Rule(stmts);
    }
}
