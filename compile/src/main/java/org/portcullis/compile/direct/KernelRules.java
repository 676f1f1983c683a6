package org.portcullis.compile.direct;

import java.util.ArrayList;
import java.util.List;

import org.portcullis.compile.Origin;
import org.portcullis.compile.rule.RuleTranslator;
import org.portcullis.compile.rule.TranslatedRule;
import org.portcullis.compile.rule.TranslationContext;
import org.portcullis.model.rule.RuleSpec;

/** The kernel rules of one iptables-syntax rule in a chain, address lists split as firewalld splits them. */
final class KernelRules {
    interface Origins {
        Origin part(int index);
    }

    private KernelRules() {
    }

    static List<PlacedRule> of(ChainResolver resolver, KernelChain chain, RuleSpec spec, Origins origins) {
        TargetPlacement.check(chain, spec.target());
        TranslationContext ctx = new TranslationContext(chain.family(), t -> resolver.target(chain, t));
        List<PlacedRule> out = new ArrayList<>();
        for (RuleSpec single : AddressSplit.split(spec)) {
            for (TranslatedRule t : RuleTranslator.translate(ctx, single)) {
                out.add(new PlacedRule(t, origins.part(out.size())));
            }
        }
        return out;
    }
}
