package org.portcullis.compile.direct;

import java.util.HashMap;
import java.util.Map;

import org.portcullis.compile.Compiled;
import org.portcullis.config.iptables.RuleParser;
import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.rule.RuleSpec;

/**
 * Compiles the direct configuration into Portcullis' own nftables tables: parses each rule, then lays the
 * configuration out with {@link DirectTranslator}. Passthroughs are refused until their arguments can be
 * parsed into {@link PassthroughCommand}s, which {@link DirectTranslator} already applies.
 */
public final class DirectCompiler {
    private DirectCompiler() {
    }

    /** Throws FirewallException (COMMAND_FAILED and others) when a rule, chain or passthrough cannot be applied. */
    public static Compiled compile(DirectConfig config) {
        config.chains().forEach(c -> IptablesChains.checkTable(c.ipv(), c.table()));
        Map<DirectRule, RuleSpec> parsed = new HashMap<>();
        for (DirectRule r : config.rules()) {
            IptablesChains.checkTable(r.ipv(), r.table());
            parsed.put(r, RuleParser.parse(r.ipv(), r.table(), r.chain(), r.args()));
        }
        return DirectTranslator.translate(config, parsed::get);
    }

    /** Before {@code --remove-chain}: throws COMMAND_FAILED while rules of {@code config} use the chain. */
    public static void checkRemovable(DirectConfig config, DirectChain chain) {
        ChainRemoval.check(config, chain, r -> RuleParser.parse(r.ipv(), r.table(), r.chain(), r.args()));
    }
}
