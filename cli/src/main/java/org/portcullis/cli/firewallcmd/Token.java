package org.portcullis.cli.firewallcmd;

import java.util.List;

/**
 * A command-line word as the option parser sees it. The words after a rule's priority (or a passthrough's
 * family) are collapsed into one token, as firewall-cmd does, keeping the original words.
 */
public record Token(String text, List<String> words) {
    public Token {
        words = List.copyOf(words);
    }

    public static Token word(String text) {
        return new Token(text, List.of(text));
    }

    public static Token joined(List<String> words) {
        return new Token(String.join(" ", words), words);
    }
}
