package org.portcullis.compile.direct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.portcullis.model.direct.PassthroughCommand;
import org.portcullis.compile.Compiled;
import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.direct.Passthrough;
import org.portcullis.model.rule.RuleSpec;

/** Builds direct configurations together with the parsed form of each rule, without the parser. */
final class DirectFixture {
    private final List<DirectChain> chains = new ArrayList<>();
    private final List<DirectRule> rules = new ArrayList<>();
    private final Map<DirectRule, RuleSpec> parsed = new HashMap<>();
    private final List<Passthrough> passthroughs = new ArrayList<>();
    private final Map<Passthrough, PassthroughCommand> commands = new HashMap<>();

    DirectFixture chain(Ipv ipv, String table, String chain) {
        chains.add(new DirectChain(ipv, table, chain));
        return this;
    }

    /** Adds a rule; {@code args} is its text (identity only), {@code spec} what the parser would return. */
    DirectRule rule(Ipv ipv, String table, String chain, int priority, String args, RuleSpec spec) {
        DirectRule r = new DirectRule(ipv, table, chain, priority, Arrays.asList(args.split(" ")));
        rules.add(r);
        parsed.put(r, spec);
        return r;
    }

    DirectRule rule(String chain, int priority, String args, RuleSpec spec) {
        return rule(Ipv.IPV4, "filter", chain, priority, args, spec);
    }

    /** Adds a tracked passthrough; {@code args} is its text, {@code command} what its parser would return. */
    Passthrough passthrough(Ipv ipv, String args, PassthroughCommand command) {
        Passthrough p = new Passthrough(ipv, Arrays.asList(args.split(" ")));
        passthroughs.add(p);
        commands.put(p, command);
        return p;
    }

    DirectConfig config() {
        return DirectConfig.of(chains, rules, passthroughs);
    }

    Compiled compile() {
        return DirectTranslator.translate(config(), r -> {
            RuleSpec s = parsed.get(r);
            if (s == null) {
                throw new AssertionError("no parsed form for " + r);
            }
            return s;
        }, commands::get);
    }
}
