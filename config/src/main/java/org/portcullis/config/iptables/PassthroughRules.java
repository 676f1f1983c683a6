package org.portcullis.config.iptables;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/** Checks on passthrough arguments. */
public final class PassthroughRules {
    private static final Set<String> NOT_ALLOWED = Set.of("-C", "--check", "-D", "--delete", "-R", "--replace",
            "-L", "--list", "-S", "--list-rules", "-F", "--flush", "-Z", "--zero", "-X", "--delete-chain",
            "-P", "--policy", "-E", "--rename-chain");
    private static final String[][] REVERSE = {{"-A", "-D"}, {"--append", "--delete"}, {"-I", "-D"},
        {"--insert", "--delete"}, {"-N", "-X"}, {"--new-chain", "--delete-chain"}};
    private static final Set<String> NEEDED = Set.of("-A", "--append", "-I", "--insert", "-N", "--new-chain");

    private PassthroughRules() {
    }

    /** firewalld's check for tracked passthroughs: FirewallException(INVALID_PASSTHROUGH, ...) when refused. */
    public static void checkTracked(List<String> args) {
        for (String a : args) {
            if (NOT_ALLOWED.contains(a)) {
                throw new FirewallException(ErrorCode.INVALID_PASSTHROUGH, "arg '" + a + "' is not allowed");
            }
        }
        if (args.stream().noneMatch(NEEDED::contains)) {
            throw new FirewallException(ErrorCode.INVALID_PASSTHROUGH, "no '-A', '-I' or '-N' arg");
        }
    }

    /**
     * The command that undoes a tracked passthrough, as firewalld builds it: {@code -A}/{@code -I} become
     * {@code -D} (an {@code -I} position is dropped), {@code -N} becomes {@code -X}.
     */
    public static List<String> reverse(List<String> args) {
        for (String[] swap : REVERSE) {
            int i = args.indexOf(swap[0]);
            if (i < 0) {
                continue;
            }
            List<String> out = new ArrayList<>(args);
            if (swap[0].equals("-I") || swap[0].equals("--insert")) {
                if (i + 2 < out.size() && out.get(i + 2).matches("[+-]?[0-9]+")) {
                    out.remove(i + 2);
                }
            }
            out.set(i, swap[1]);
            return List.copyOf(out);
        }
        throw new FirewallException(ErrorCode.INVALID_PASSTHROUGH, "no '-A', '-I' or '-N' arg");
    }
}
