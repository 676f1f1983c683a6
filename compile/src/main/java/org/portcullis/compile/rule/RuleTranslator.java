package org.portcullis.compile.rule;

import java.nio.charset.StandardCharsets;
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
    /** nftables takes comments of at most this many bytes; longer ones are cut (the source map keeps the rule). */
    public static final int MAX_COMMENT = 128;
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
        if (texts.isEmpty()) {
            return null;
        }
        String text = texts.stream().collect(Collectors.joining(" "));
        StringBuilder cut = new StringBuilder();
        int bytes = 0;
        for (int cp : text.codePoints().toArray()) {
            bytes += new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_COMMENT) {
                break;
            }
            cut.appendCodePoint(cp);
        }
        return cut.toString();
    }
}
