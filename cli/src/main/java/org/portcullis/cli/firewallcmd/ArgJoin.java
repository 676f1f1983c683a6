package org.portcullis.cli.firewallcmd;

import java.util.ArrayList;
import java.util.List;

/**
 * firewall-cmd's step before option parsing: the words after a passthrough's family or a rule's priority
 * become one token, so iptables options such as {@code --delete} are never taken for firewall-cmd's own.
 * Words after them, even {@code --permanent}, thereby belong to the rule.
 */
public final class ArgJoin {
    private static final List<String> PASSTHROUGHS =
            List.of("--passthrough", "--add-passthrough", "--remove-passthrough", "--query-passthrough");
    private static final List<String> RULES = List.of("--add-rule", "--remove-rule", "--query-rule");

    private ArgJoin() {
    }

    public static List<Token> collapse(List<String> argv) {
        int i = -1;
        for (String option : PASSTHROUGHS) {
            if (i < 0 && argv.contains(option)) {
                i = argv.indexOf(option) + 1;
            }
        }
        for (String option : RULES) {
            if (i < 0 && argv.contains(option)) {
                i = argv.indexOf(option) + 4;
            }
        }
        List<Token> tokens = new ArrayList<>();
        if (i > -1 && i < argv.size() - 1) {
            argv.subList(0, i + 1).forEach(w -> tokens.add(Token.word(w)));
            tokens.add(Token.joined(argv.subList(i + 1, argv.size())));
        } else {
            argv.forEach(w -> tokens.add(Token.word(w)));
        }
        return tokens;
    }
}
