package org.portcullis.compile.direct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.portcullis.model.direct.PassthroughCommand;
import org.portcullis.compile.Compiled;
import org.portcullis.compile.Origin;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Passthrough;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.rule.RuleSpec;

/**
 * Lays out a parsed direct configuration in the tables {@code ip portcullis_direct} (ipv4) and
 * {@code ip6 portcullis_direct} (ipv6): one base chain per iptables built-in chain that has rules, at
 * iptables' priority, and one regular chain per user chain. As at a firewalld reload, chains are created,
 * then rules are re-added in listing order and placed by priority, then tracked passthroughs are applied.
 * A rule whose address lists were split yields several kernel rules, numbered from 0 in the source map
 * ({@link Origin.FromDirectRule#part()}).
 */
public final class DirectTranslator {
    public static final String TABLE = "portcullis_direct";

    private DirectTranslator() {
    }

    /** Translates a configuration without passthroughs; refuses passthroughs, which need parsing first. */
    public static Compiled translate(DirectConfig config, Function<DirectRule, RuleSpec> parsedRules) {
        return translate(config, parsedRules, p -> {
            throw new FirewallException(ErrorCode.COMMAND_FAILED, "passthroughs cannot be applied by Portcullis yet");
        });
    }

    /** {@code parsedRules} and {@code parsedPassthroughs} give the parsed form of each rule and passthrough. */
    public static Compiled translate(DirectConfig config, Function<DirectRule, RuleSpec> parsedRules,
                                     Function<Passthrough, PassthroughCommand> parsedPassthroughs) {
        config.chains().forEach(ChainNames::check);
        ChainResolver resolver = new ChainResolver(config);
        Map<KernelChain, ChainPlacement<PlacedRule>> placements = new LinkedHashMap<>();
        for (DirectRule rule : config.rules()) {
            RuleSpec spec = parsedRules.apply(rule);
            KernelChain chain = resolver.chainOf(rule);
            List<PlacedRule> kernelRules = KernelRules.of(resolver, chain, spec,
                    part -> new Origin.FromDirectRule(rule, part));
            placements.computeIfAbsent(chain, c -> new ChainPlacement<>())
                    .insert(rule.key(), rule.priority(), kernelRules);
        }
        Map<KernelChain, List<PlacedRule>> chains = new LinkedHashMap<>();
        placements.forEach((chain, placement) -> chains.put(chain, new ArrayList<>(placement.items())));
        for (Passthrough p : config.passthroughs()) {
            PassthroughApplier.apply(p, parsedPassthroughs.apply(p), resolver, chains);
        }
        return TableAssembler.assemble(chains, resolver.userChains());
    }
}
