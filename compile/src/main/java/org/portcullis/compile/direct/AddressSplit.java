package org.portcullis.compile.direct;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.model.net.IpPrefix;
import org.portcullis.model.rule.Match;
import org.portcullis.model.rule.RuleSpec;

/**
 * firewalld's splitting of {@code -s}/{@code -d} comma lists: one rule per address, sources first, then for
 * each of them the destinations, so {@code -s a,b -d c,d} gives a→c, a→d, b→c, b→d.
 */
final class AddressSplit {
    private AddressSplit() {
    }

    static List<RuleSpec> split(RuleSpec spec) {
        List<RuleSpec> out = new ArrayList<>();
        for (RuleSpec bySource : splitFirst(spec, true)) {
            out.addAll(splitFirst(bySource, false));
        }
        return out;
    }

    private static List<RuleSpec> splitFirst(RuleSpec spec, boolean source) {
        List<Match> matches = spec.matches();
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            List<IpPrefix> prefixes;
            boolean negated;
            if (source && m instanceof Match.Source s) {
                prefixes = s.prefixes();
                negated = s.negated();
            } else if (!source && m instanceof Match.Destination d) {
                prefixes = d.prefixes();
                negated = d.negated();
            } else {
                continue;
            }
            if (prefixes.size() < 2) {
                return List.of(spec);
            }
            List<RuleSpec> out = new ArrayList<>();
            for (IpPrefix p : prefixes) {
                List<Match> copy = new ArrayList<>(matches);
                copy.set(i, source ? new Match.Source(List.of(p), negated) : new Match.Destination(List.of(p), negated));
                out.add(new RuleSpec(copy, spec.target()));
            }
            return out;
        }
        return List.of(spec);
    }
}
