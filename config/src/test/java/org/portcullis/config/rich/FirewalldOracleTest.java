package org.portcullis.config.rich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.rich.RichRule;

/**
 * Compares the parser with the rich-rule parser of an installed firewalld (its Python library), on random
 * valid rules and on broken variants of them. Skipped where firewalld is not installed.
 */
class FirewalldOracleTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String SCRIPT = """
            import sys
            from firewall.core.rich import Rich_Rule
            from firewall.errors import FirewallError
            for line in sys.stdin.read().split("\\n")[:-1]:
                try:
                    out = "OK " + str(Rich_Rule(rule_str=line))
                except FirewallError as e:
                    out = "ERR " + str(e)
                except Exception as e:
                    out = "EXC " + type(e).__name__
                print(out.replace("\\n", "\\\\n"))
            """;

    @Test
    void parserAgreesWithFirewalld() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "no /usr/bin/python3");
        assumeTrue(run(List.of("rule")) != null, "firewalld's Python library is not installed");
        Random random = new Random();
        List<String> inputs = new ArrayList<>();
        for (RichRule r : RichRuleArbitraries.rules().list().ofSize(400).sample()) {
            String printed = r.toString();
            inputs.add(printed);
            inputs.add(mutate(printed, random));
        }
        List<String> expected = run(inputs);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (expected.get(i).startsWith("EXC ")) {
                continue;
            }
            String ours = ours(inputs.get(i));
            if (!ours.equals(expected.get(i))) {
                mismatches.add(inputs.get(i) + "\n  firewalld: " + expected.get(i) + "\n  ours:      " + ours);
            }
        }
        assertEquals(List.of(), mismatches);
    }

    private static String ours(String input) {
        try {
            return "OK " + RichRuleParser.parse(input);
        } catch (FirewallException e) {
            return "ERR " + e.getMessage().replace("\n", "\\n");
        }
    }

    private static String mutate(String rule, Random random) {
        List<String> words = new ArrayList<>(Arrays.asList(rule.split(" ")));
        int i = random.nextInt(words.size());
        switch (random.nextInt(4)) {
            case 0 -> words.remove(i);
            case 1 -> words.add(i, words.get(random.nextInt(words.size())));
            case 2 -> words.set(i, words.get(i).replace("\"", "").replaceAll("[0-9]", "9"));
            default -> words.add(i, List.of("not", "accept", "drop", "family=\"ipv6\"", "limit value=\"1/d\"",
                    "priority=\"0\"", "masquerade", "source ipset=\"x\"").get(random.nextInt(8)));
        }
        return String.join(" ", words);
    }

    private static List<String> run(List<String> inputs) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", SCRIPT).redirectErrorStream(false).start();
        p.getOutputStream().write((String.join("\n", inputs) + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            return null;
        }
        List<String> lines = out.lines().toList();
        return lines.size() == inputs.size() ? lines : null;
    }
}
