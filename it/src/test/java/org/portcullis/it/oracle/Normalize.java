package org.portcullis.it.oracle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The weaker comparisons for known, documented differences (see ZonesTranscriptTest). */
final class Normalize {
    private static final Pattern RULE_BLOCK = Pattern.compile("  <rule[ >].*?</rule>\\n|  <rule[^>]*/>\\n",
            Pattern.DOTALL);

    private Normalize() {
    }

    static boolean same(String command, List<Object> expected, List<Object> actual) {
        if (expected.equals(actual)) {
            return true;
        }
        if (!expected.get(0).equals(actual.get(0)) || !expected.get(2).equals(actual.get(2))) {
            return false;
        }
        String want = (String) expected.get(1);
        String have = (String) actual.get(1);
        if (command.equals("--get-services")) {
            return Set.of(have.strip().split(" ")).containsAll(Set.of(want.strip().split(" ")));
        }
        return lines(descriptions(want)).equals(lines(descriptions(have)));
    }

    /** A zone file with its rule blocks sorted and its description blanked. */
    static String file(String xml) {
        String text = xml.replaceAll("<description>.*</description>", "<description/>");
        Matcher m = RULE_BLOCK.matcher(text);
        List<String> rules = new ArrayList<>();
        while (m.find()) {
            rules.add(m.group());
        }
        rules.sort(null);
        return m.replaceAll("") + String.join("", rules);
    }

    private static String descriptions(String text) {
        return text.replaceAll("(?m)^  description: .*$", "  description:");
    }

    /** Lines sorted only where they are rich rules; other lines must match in order. */
    private static List<String> lines(String text) {
        List<String> all = Arrays.asList(text.split("\n", -1));
        List<String> fixed = all.stream().filter(l -> !isRule(l)).toList();
        List<String> rules = all.stream().filter(Normalize::isRule).sorted().toList();
        List<String> out = new ArrayList<>(fixed);
        out.addAll(rules);
        return out;
    }

    private static boolean isRule(String line) {
        return line.startsWith("rule ") || line.startsWith("\trule ");
    }
}
