package org.portcullis.compile.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.portcullis.model.rule.Match;
import org.portcullis.model.rule.RuleSpec;
import org.portcullis.nft.Stmt;

/**
 * Translates an iptables-syntax rule into nftables rules the way iptables-nft expresses it natively:
 * the matches in the order written, a {@code counter}, then the target. A rule whose condition is a
 * disjunction yields several exclusive kernel rules, in order.
 */
public final class RuleTranslator {
    private RuleTranslator() {
    }

    public static List<TranslatedRule> translate(TranslationContext ctx, RuleSpec spec) {
        Branches condition = Branches.ALWAYS;
        for (Match m : spec.matches()) {
            if (m instanceof Match.Protocol p && ProtocolMatches.impliedBy(p, spec.matches())) {
                continue;
            }
            condition = condition.and(MatchTranslator.translate(ctx, m));
        }
        List<Stmt> tail = new ArrayList<>();
        tail.add(new Stmt.Counter(0, 0));
        tail.addAll(TargetTranslator.translate(ctx, spec.target()));
        String comment = comment(spec);
        List<TranslatedRule> rules = new ArrayList<>();
        for (List<Stmt> branch : condition.branches()) {
            List<Stmt> stmts = new ArrayList<>(branch);
            stmts.addAll(tail);
            rules.add(new TranslatedRule(stmts, comment));
        }
        return rules;
    }

    private static String comment(RuleSpec spec) {
        List<String> texts = spec.matches().stream()
                .filter(m -> m instanceof Match.Comment)
                .map(m -> ((Match.Comment) m).text())
                .toList();
        return texts.isEmpty() ? null : texts.stream().collect(Collectors.joining(" "));
    }
}
