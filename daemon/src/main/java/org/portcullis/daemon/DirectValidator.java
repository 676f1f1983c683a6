package org.portcullis.daemon;

import org.portcullis.compile.direct.DirectCompiler;
import org.portcullis.config.iptables.PassthroughRules;
import org.portcullis.config.iptables.RuleParser;
import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Passthrough;

/** Checks direct rules and tracked passthroughs before they are accepted; FirewallException when refused. */
public interface DirectValidator {
    void rule(DirectRule rule);

    void trackedPassthrough(Passthrough passthrough);

    /** Before a runtime {@code --remove-chain}: refuses while rules of {@code config} hold or jump to the chain. */
    void chainRemoval(DirectConfig config, DirectChain chain);

    static DirectValidator standard() {
        return new DirectValidator() {
            @Override
            public void rule(DirectRule r) {
                RuleParser.parse(r.ipv(), r.table(), r.chain(), r.args());
            }

            @Override
            public void trackedPassthrough(Passthrough p) {
                PassthroughRules.checkTracked(p.args());
            }

            @Override
            public void chainRemoval(DirectConfig config, DirectChain chain) {
                DirectCompiler.checkRemovable(config, chain);
            }
        };
    }
}
