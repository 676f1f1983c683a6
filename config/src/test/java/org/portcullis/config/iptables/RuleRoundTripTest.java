package org.portcullis.config.iptables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.portcullis.config.shell.Shlex;
import org.portcullis.model.rule.RuleSpec;

class RuleRoundTripTest {
    /** Other spellings iptables accepts for the options the printer uses. */
    private static final Map<String, List<String>> SPELLINGS = Map.ofEntries(
            Map.entry("-i", List.of("--in-interface")), Map.entry("-o", List.of("--out-interface")),
            Map.entry("-s", List.of("--source", "--src")), Map.entry("-d", List.of("--destination", "--dst")),
            Map.entry("-p", List.of("--protocol")), Map.entry("-j", List.of("--jump")),
            Map.entry("-g", List.of("--goto")), Map.entry("-m", List.of("--match")),
            Map.entry("--dport", List.of("--destination-port")), Map.entry("--sport", List.of("--source-port")),
            Map.entry("--dports", List.of("--destination-ports")), Map.entry("--sports", List.of("--source-ports")));

    @Provide
    Arbitrary<GeneratedRule> rules() {
        return RuleSpecs.rules(true);
    }

    @Property(tries = 2000)
    void printedRulesParseBackEqual(@ForAll("rules") GeneratedRule r) {
        List<String> printed = RulePrinter.print(r.spec());
        assertEquals(r.spec(), RuleParser.parse(r.ipv(), r.table(), r.chain(), printed), String.join(" ", printed));
    }

    @Property(tries = 1000)
    void printedRulesSurviveShellQuoting(@ForAll("rules") GeneratedRule r) {
        List<String> printed = RulePrinter.print(r.spec());
        assertEquals(printed, Shlex.split(Shlex.join(printed)));
    }

    @Property(tries = 2000)
    void otherSpellingsParseToTheSameRuleAndPrintStably(@ForAll("rules") GeneratedRule r, @ForAll long seed) {
        List<String> variant = respell(RulePrinter.print(r.spec()), new Random(seed));
        RuleSpec parsed = RuleParser.parse(r.ipv(), r.table(), r.chain(), variant);
        assertEquals(r.spec(), parsed, String.join(" ", variant));
        List<String> canonical = RulePrinter.print(parsed);
        assertEquals(parsed, RuleParser.parse(r.ipv(), r.table(), r.chain(), canonical));
        assertEquals(canonical, RulePrinter.print(RuleParser.parse(r.ipv(), r.table(), r.chain(), canonical)));
    }

    /** Rewrites option words (never their values) into their long or {@code --opt=value} forms. */
    private static List<String> respell(List<String> words, Random rnd) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("!")) {
                out.add(w);
                continue;
            }
            int values = switch (w) {
                case "--syn", "--notrack" -> 0;
                case "--tcp-flags" -> 2;
                default -> 1;
            };
            List<String> alternatives = SPELLINGS.getOrDefault(w, List.of());
            String spelled = alternatives.isEmpty() || rnd.nextBoolean() ? w
                    : alternatives.get(rnd.nextInt(alternatives.size()));
            boolean builtin = SPELLINGS.containsKey(w) && w.length() == 2;
            if (values == 1 && spelled.startsWith("--") && !builtin && rnd.nextInt(4) == 0) {
                out.add(spelled + "=" + words.get(++i));
                continue;
            }
            out.add(spelled);
            for (int v = 0; v < values; v++) {
                out.add(words.get(++i));
            }
        }
        return out;
    }
}
