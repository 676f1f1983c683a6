package org.portcullis.config.iptables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.rule.Target;

/**
 * Feeds printed random rules to the real iptables-restore/ip6tables-restore inside a throwaway network
 * namespace: every rule Portcullis accepts and prints must be accepted by iptables too.
 */
class KernelAgreementTest {
    private static final int RULES = 150;

    @Test
    void iptablesAcceptsEveryPrintedRule() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root for a network namespace");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/iptables-restore")), "no iptables-restore");
        Assumptions.assumeTrue(run(List.of("ip", "-V"), "") == 0, "no ip command");
        String ns = "pc-parser-" + Long.toHexString(new Random().nextLong() & 0xffffffL);
        Assumptions.assumeTrue(run(List.of("ip", "netns", "add", ns), "") == 0, "cannot create a namespace");
        try {
            List<String> refused = new ArrayList<>();
            var rules = RuleSpecs.rules(false).generator(1000);
            Random rnd = new Random(42);
            for (int i = 0; i < RULES; i++) {
                GeneratedRule r = rules.next(rnd).value();
                String tool = r.ipv() == Ipv.IPV6 ? "/usr/sbin/ip6tables-restore" : "/usr/sbin/iptables-restore";
                String input = restoreInput(r);
                if (run(List.of("ip", "netns", "exec", ns, tool, "-w", "-n"), input) != 0) {
                    refused.add(input);
                }
            }
            assertEquals(List.of(), refused);
        } finally {
            run(List.of("ip", "netns", "del", ns), "");
        }
    }

    private static String restoreInput(GeneratedRule r) {
        Set<String> chains = new LinkedHashSet<>();
        if (!Tables.isBuiltin(r.table(), r.chain())) {
            chains.add(r.chain());
        }
        if (r.spec().target() instanceof Target.Jump(String c)) {
            chains.add(c);
        }
        if (r.spec().target() instanceof Target.Goto(String c)) {
            chains.add(c);
        }
        StringBuilder sb = new StringBuilder("*" + r.table() + "\n");
        for (String c : chains) {
            sb.append(':').append(c).append(" - [0:0]\n");
        }
        sb.append("-I ").append(r.chain()).append(" 1");
        for (String w : RulePrinter.print(r.spec())) {
            sb.append(' ').append(w.isEmpty() || w.chars().anyMatch(Character::isWhitespace) ? '"' + w + '"' : w);
        }
        return sb.append("\nCOMMIT\n").toString();
    }

    private static int run(List<String> command, String input) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
