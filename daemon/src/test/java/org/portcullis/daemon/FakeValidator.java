package org.portcullis.daemon;

import java.util.List;

import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Passthrough;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/**
 * Refuses rules with an argument starting {@code --bad}, passthroughs without -A, -I or -N, and removing a
 * chain that still holds rules.
 */
final class FakeValidator implements DirectValidator {
    @Override
    public void rule(DirectRule r) {
        for (String a : r.args()) {
            if (a.startsWith("--bad")) {
                throw new FirewallException(ErrorCode.COMMAND_FAILED, "unknown option \"" + a + "\"");
            }
        }
    }

    @Override
    public void trackedPassthrough(Passthrough p) {
        if (p.args().stream().noneMatch(List.of("-A", "-I", "-N")::contains)) {
            throw new FirewallException(ErrorCode.INVALID_PASSTHROUGH, "no '-A', '-I' or '-N' arg");
        }
    }

    @Override
    public void chainRemoval(DirectConfig config, DirectChain chain) {
        for (DirectRule r : config.rules()) {
            if (r.ipv() == chain.ipv() && r.table().equals(chain.table()) && r.chain().equals(chain.chain())) {
                throw new FirewallException(ErrorCode.COMMAND_FAILED, "chain " + chain.chain() + " is busy");
            }
        }
    }
}
