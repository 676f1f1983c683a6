package org.portcullis.config.iptables;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.model.net.IpAddress;
import org.portcullis.model.rule.Match;

/** {@code -m iprange --src-range/--dst-range FROM[-TO]}. */
final class IpRangeModule implements MatchModule {
    private final List<Match> matches = new ArrayList<>();
    private boolean source;
    private boolean destination;

    @Override
    public String name() {
        return "iprange";
    }

    @Override
    public boolean knows(String option) {
        return option.equals("--src-range") || option.equals("--dst-range");
    }

    @Override
    public void parse(String option, boolean negated, ArgCursor args, RuleContext rule) {
        boolean src = option.equals("--src-range");
        if (src ? source : destination) {
            throw IptablesError.once(name(), option);
        }
        if (src) {
            source = true;
        } else {
            destination = true;
        }
        String text = args.value(option);
        int dash = text.indexOf('-');
        IpAddress from = address(dash < 0 ? text : text.substring(0, dash), option, rule);
        IpAddress to = dash < 0 ? from : address(text.substring(dash + 1), option, rule);
        matches.add(new Match.AddressRange(src, from, to, negated));
    }

    private static IpAddress address(String text, String option, RuleContext rule) {
        IpAddress a = AddressSyntax.literal(text, rule.ipv);
        if (a == null) {
            throw IptablesError.option("iprange: Bad value for \"" + option + "\" option: \"" + text + "\"");
        }
        return a;
    }

    @Override
    public List<Match> finish(RuleContext rule) {
        if (matches.isEmpty()) {
            throw IptablesError.option("iprange match: You must specify `--src-range' or `--dst-range'");
        }
        return matches;
    }
}
