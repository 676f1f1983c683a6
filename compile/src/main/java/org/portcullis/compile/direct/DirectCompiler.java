package org.portcullis.compile.direct;

import java.util.HashMap;
import java.util.Map;

import org.portcullis.model.direct.PassthroughCommand;
import org.portcullis.compile.Compiled;
import org.portcullis.config.iptables.PassthroughParser;
import org.portcullis.config.iptables.RuleParser;
import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Passthrough;
import org.portcullis.model.rule.RuleSpec;

/**
 * Compiles the direct configuration into Portcullis' own nftables tables: parses each rule, then lays the
 * configuration out with {@link DirectTranslator}; tracked passthroughs are parsed as iptables commands and
 * applied through the same tables.
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
        Map<Passthrough, PassthroughCommand> commands = new HashMap<>();
        for (Passthrough p : config.passthroughs()) {
            commands.put(p, PassthroughParser.parse(p.ipv(), p.args()));
        }
        return DirectTranslator.translate(config, parsed::get, commands::get);
    }

    /** Before {@code --remove-chain}: throws COMMAND_FAILED while rules of {@code config} use the chain. */
    public static void checkRemovable(DirectConfig config, DirectChain chain) {
        ChainRemoval.check(config, chain, r -> RuleParser.parse(r.ipv(), r.table(), r.chain(), r.args()));
    }
}
