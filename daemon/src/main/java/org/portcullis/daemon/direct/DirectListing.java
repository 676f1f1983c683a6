package org.portcullis.daemon.direct;

import java.util.List;

import org.portcullis.daemon.ArgsQuoting;
import org.portcullis.model.direct.ChainKey;
import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.direct.Passthrough;

/** The getters' output lines, in the user's own words and firewall-cmd's layout. */
record DirectListing(ArgsQuoting quoting) {

    List<String> allRules(DirectConfig c) {
        return c.rules().stream().map(r -> r.ipv() + " " + r.table() + " " + r.chain() + " " + ruleTail(r)).toList();
    }

    List<String> rules(DirectConfig c, Ipv ipv, String table, String chain) {
        return c.rules(new ChainKey(ipv, table, chain)).stream().map(this::ruleTail).toList();
    }

    static List<String> allChains(DirectConfig c) {
        return c.chains().stream().map(ch -> ch.ipv() + " " + ch.table() + " " + ch.chain()).toList();
    }

    /** {@code --get-chains} prints one line, empty when there are none. */
    static List<String> chains(DirectConfig c, Ipv ipv, String table) {
        return List.of(String.join(" ", c.chains().stream()
                .filter(ch -> ch.ipv() == ipv && ch.table().equals(table)).map(DirectChain::chain).toList()));
    }

    List<String> allPassthroughs(DirectConfig c) {
        return c.passthroughs().stream().map(p -> p.ipv() + " " + quoting.join(p.args())).toList();
    }

    List<String> passthroughs(DirectConfig c, Ipv ipv) {
        return c.passthroughs().stream().filter(p -> p.ipv() == ipv).map(Passthrough::args).map(quoting::join).toList();
    }

    String describe(DirectRule r) {
        return r.ipv() + " " + r.table() + " " + r.chain() + " " + ruleTail(r);
    }

    String describe(Passthrough p) {
        return p.ipv() + " " + quoting.join(p.args());
    }

    private String ruleTail(DirectRule r) {
        return r.priority() + " " + quoting.join(r.args());
    }
}
