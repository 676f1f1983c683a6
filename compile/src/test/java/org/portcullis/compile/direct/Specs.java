package org.portcullis.compile.direct;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.portcullis.model.net.IpPrefix;
import org.portcullis.model.rule.CtState;
import org.portcullis.model.rule.Match;
import org.portcullis.model.rule.PortDirection;
import org.portcullis.model.rule.PortRange;
import org.portcullis.model.rule.RuleSpec;
import org.portcullis.model.rule.Target;

/** Short constructors for parsed rules in tests. */
final class Specs {
    static final Target ACCEPT = new Target.Accept();
    static final Target DROP = new Target.Drop();

    private Specs() {
    }

    static RuleSpec spec(Target target, Match... matches) {
        return new RuleSpec(List.of(matches), target);
    }

    static Match oif(String name) {
        return new Match.OutInterface(name, false);
    }

    static Match proto(int number) {
        return new Match.Protocol(number, false);
    }

    static Match dport(int protocol, int port) {
        return new Match.Ports(protocol, PortDirection.DESTINATION, List.of(PortRange.single(port)), false, false);
    }

    static Match state(CtState... states) {
        return new Match.ConnState(Set.of(states), false, false);
    }

    static Match src(String... prefixes) {
        return new Match.Source(Arrays.stream(prefixes).map(IpPrefix::parse).toList(), false);
    }

    static Match dst(String... prefixes) {
        return new Match.Destination(Arrays.stream(prefixes).map(IpPrefix::parse).toList(), false);
    }
}
