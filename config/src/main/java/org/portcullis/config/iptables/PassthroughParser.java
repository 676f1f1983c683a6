package org.portcullis.config.iptables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.portcullis.model.direct.Ipv;
import org.portcullis.model.direct.PassthroughCommand;
import org.portcullis.model.rule.RuleSpec;

/**
 * Parses a passthrough's iptables command ({@code [-t TABLE] COMMAND CHAIN [...] [RULE]}) into a
 * {@link PassthroughCommand}. Errors are worded as firewalld reports a failing iptables call; listing and
 * counter commands are refused because Portcullis never runs iptables.
 */
public final class PassthroughParser {
    private static final Map<String, String> COMMANDS = Map.ofEntries(
            Map.entry("--append", "-A"), Map.entry("--insert", "-I"), Map.entry("--delete", "-D"),
            Map.entry("--replace", "-R"), Map.entry("--check", "-C"), Map.entry("--new-chain", "-N"),
            Map.entry("--delete-chain", "-X"), Map.entry("--flush", "-F"), Map.entry("--rename-chain", "-E"),
            Map.entry("--policy", "-P"), Map.entry("--list", "-L"), Map.entry("--list-rules", "-S"),
            Map.entry("--zero", "-Z"));

    private final Ipv ipv;
    private final List<String> all;
    private final List<String> words;
    private int pos;
    private String table = "filter";

    private PassthroughParser(Ipv ipv, List<String> args) {
        this.ipv = ipv;
        this.all = List.copyOf(args);
        this.words = new ArrayList<>(args);
    }

    public static PassthroughCommand parse(Ipv ipv, List<String> args) {
        if (ipv == Ipv.EB) {
            throw RestoreError.unsupported("ebtables passthroughs (family eb)");
        }
        return new PassthroughParser(ipv, args).command();
    }

    private PassthroughCommand command() {
        takeTable();
        if (pos >= words.size()) {
            throw PassthroughError.option(ipv, all, "no command specified");
        }
        String word = words.get(pos++);
        String cmd = COMMANDS.getOrDefault(word, word);
        if (cmd.matches("-[a-zA-Z]{2,}") && cmd.chars().anyMatch(c -> c == 'L' || c == 'S' || c == 'Z')) {
            cmd = "-L";
        }
        switch (cmd) {
            case "-L", "-S", "-Z" -> throw RestoreError.unsupported("the passthrough command \"" + word + "\"");
            case "-A", "-I", "-D", "-R", "-C", "-N", "-X", "-F", "-E", "-P" -> {
            }
            default -> throw PassthroughError.option(ipv, all, word.startsWith("-")
                    ? "unknown option \"" + word + "\"" : "no command specified");
        }
        boolean optionalChain = cmd.equals("-X") || cmd.equals("-F");
        String chain = optionalChain ? optionalWord() : required(word);
        takeTable();
        if (!Tables.all().containsKey(table)) {
            throw PassthroughError.failed(ipv, all, PassthroughError.tool(ipv) + " v1.8.9 (nf_tables): table '" + table
                    + "' does not exist\nPerhaps iptables or your kernel needs to be upgraded.");
        }
        return switch (cmd) {
            case "-A" -> new PassthroughCommand.Append(table, chain, rule(chain, true));
            case "-I" -> {
                int n = position(false);
                yield new PassthroughCommand.Insert(table, chain, n < 0 ? 1 : n, rule(chain, n > 1));
            }
            case "-D" -> {
                int n = position(false);
                yield n < 0 ? new PassthroughCommand.Delete(table, chain, rule(chain, true))
                        : end(new PassthroughCommand.DeleteAt(table, chain, n));
            }
            case "-R" -> new PassthroughCommand.Replace(table, chain, position(true), rule(chain, true));
            case "-C" -> new PassthroughCommand.Check(table, chain, rule(chain, true));
            case "-N" -> end(new PassthroughCommand.NewChain(table, chain));
            case "-X" -> end(new PassthroughCommand.DeleteChain(table, chain));
            case "-F" -> end(new PassthroughCommand.Flush(table, chain));
            case "-E" -> end(new PassthroughCommand.RenameChain(table, chain, required(word)));
            default -> policy(chain, required(word));
        };
    }

    private void takeTable() {
        while (pos < words.size() && (words.get(pos).equals("-t") || words.get(pos).equals("--table"))) {
            String flag = words.get(pos++);
            table = required(flag);
        }
    }

    private String required(String option) {
        if (pos >= words.size()) {
            throw PassthroughError.option(ipv, all, "option \"" + option + "\" requires an argument");
        }
        return words.get(pos++);
    }

    private String optionalWord() {
        if (pos < words.size() && !words.get(pos).startsWith("-")) {
            return words.get(pos++);
        }
        return null;
    }

    /** A rule number; -1 when absent and not required. */
    private int position(boolean needed) {
        if (pos < words.size() && words.get(pos).matches("[0-9]+")) {
            String text = words.get(pos++);
            long n = Numbers.parse(text.replaceFirst("^0+(?=.)", ""), Integer.MAX_VALUE);
            if (n < 1) {
                throw PassthroughError.option(ipv, all, "Invalid rule number `" + text + "'");
            }
            return (int) n;
        }
        if (needed) {
            throw PassthroughError.option(ipv, all, "-R requires a rule number");
        }
        return -1;
    }

    private RuleSpec rule(String chain, boolean append) {
        List<String> rest = words.subList(pos, words.size());
        try {
            return new RuleReader(ipv, table, chain, rest).read();
        } catch (IptablesError e) {
            throw PassthroughError.of(ipv, all, chain, append, e);
        }
    }

    private <T extends PassthroughCommand> T end(T command) {
        takeTable();
        if (pos < words.size()) {
            String w = words.get(pos);
            throw w.startsWith("-") ? PassthroughError.option(ipv, all, "Illegal option `" + w
                    + "' with this command") : PassthroughError.failed(ipv, all, "Bad argument `" + w + "'");
        }
        return command;
    }

    private PassthroughCommand policy(String chain, String verdict) {
        PassthroughCommand p = end(new PassthroughCommand.Policy(table, chain, verdict.equals("ACCEPT")));
        if (!Tables.isBuiltin(table, chain)) {
            throw PassthroughError.runtime(ipv, all, "Bad built-in chain name.");
        }
        if (!verdict.equals("ACCEPT") && !verdict.equals("DROP")) {
            throw PassthroughError.runtime(ipv, all, "Bad policy name. Run `dmesg' for more information.");
        }
        return p;
    }
}
