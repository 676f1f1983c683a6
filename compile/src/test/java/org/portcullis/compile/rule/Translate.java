package org.portcullis.compile.rule;

import java.util.List;

import org.portcullis.compile.NftTestText;
import org.portcullis.model.rule.Match;
import org.portcullis.model.rule.RuleSpec;
import org.portcullis.model.rule.Target;
import org.portcullis.nft.Family;
import org.portcullis.nft.Rule;

/** Translates a rule and renders each resulting kernel rule as nft text. */
final class Translate {
    static final TranslationContext V4 = new TranslationContext(Family.IP, c -> "filter_" + c);
    static final TranslationContext V6 = new TranslationContext(Family.IP6, c -> "filter_" + c);

    private Translate() {
    }

    static List<String> text(TranslationContext ctx, Target target, Match... matches) {
        return RuleTranslator.translate(ctx, new RuleSpec(List.of(matches), target)).stream()
                .map(t -> NftTestText.rule(new Rule(t.stmts(), t.comment(), 0)))
                .toList();
    }

    static String one(TranslationContext ctx, Target target, Match... matches) {
        List<String> rules = text(ctx, target, matches);
        if (rules.size() != 1) {
            throw new AssertionError("expected one kernel rule, got " + rules);
        }
        return rules.getFirst();
    }

    static String match(Match... matches) {
        return one(V4, new Target.Accept(), matches);
    }
}
