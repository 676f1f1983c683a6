package org.portcullis.model.ipset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.portcullis.model.error.FirewallException;

/**
 * Entry checks, normalization and overlap checks against tables that firewalld 1.3's own functions produced
 * ({@code cases.py} and {@code overlaps.py} beside the tables).
 */
class FirewalldEntryCasesTest {

    private static List<String[]> table(String name) throws IOException {
        try (InputStream in = FirewalldEntryCasesTest.class.getResourceAsStream("/ipset/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .map(l -> l.split("\t", -1)).toList();
        }
    }

    private static String outcome(Runnable r) {
        try {
            r.run();
            return "ok";
        } catch (FirewallException e) {
            return e.getMessage();
        }
    }

    @Test
    void entriesAreNormalizedAndCheckedAsFirewalldDoes() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<String[]> rows = table("entry-cases.tsv");
        for (String[] row : rows) {
            IpSetType type = IpSetType.parse(row[0]);
            Map<String, String> opts = new LinkedHashMap<>();
            opts.put("family", row[1]);
            IpSetOptions options = new IpSetOptions(new java.util.LinkedHashMap<>(opts));
            String normalized = IpSetEntries.normalize(row[2]);
            String result = outcome(() -> IpSetEntries.check(normalized, type, options));
            if (!normalized.equals(row[3]) || !result.equals(row[4])) {
                wrong.add(Arrays.toString(row) + " -> " + normalized + " | " + result);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(131, rows.size());
    }

    @Test
    void overlapsAreFoundAsFirewalldFindsThem() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String[] row : table("overlap-cases.tsv")) {
            List<String> existing = row[1].isEmpty() ? List.of() : List.of(row[1].split(" "));
            String result = row[0].equals("existing")
                    ? outcome(() -> IpSetEntries.checkOverlapsExisting(row[2], existing))
                    : outcome(() -> IpSetEntries.checkNoOverlaps(existing));
            if (!result.equals(row[3])) {
                wrong.add(Arrays.toString(row) + " -> " + result);
            }
        }
        assertEquals(List.of(), wrong);
    }
}
