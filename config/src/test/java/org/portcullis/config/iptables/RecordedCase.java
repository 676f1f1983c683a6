package org.portcullis.config.iptables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.portcullis.config.shell.Shlex;
import org.portcullis.model.direct.Ipv;

/** One rule fed to the real iptables-restore 1.8.9 by record.sh, with its exit code and output. */
record RecordedCase(Ipv ipv, String table, String chain, String argsText, int rc, String output) {

    List<String> args() {
        return Shlex.split(argsText);
    }

    /** The error detail firewalld builds from this output: all of it, its final newline included. */
    String expectedDetail() {
        String tool = ipv == Ipv.IPV6 ? "ip6tables-restore" : "iptables-restore";
        return "'/usr/sbin/" + tool + " -w -n' failed: " + output;
    }

    String key() {
        return ipv + " " + table + " " + chain + " " + argsText;
    }

    static List<RecordedCase> load() throws IOException {
        try (InputStream in = RecordedCase.class.getResourceAsStream("/iptables/messages.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<RecordedCase> cases = new ArrayList<>();
            for (String block : text.split("(?m)^%% ")) {
                if (block.isEmpty()) {
                    continue;
                }
                int nl = block.indexOf('\n');
                String[] head = block.substring(0, nl).split("\t", 4);
                int nl2 = block.indexOf('\n', nl + 1);
                int rc = Integer.parseInt(block.substring(nl + 1, nl2).substring(3));
                cases.add(new RecordedCase(Ipv.fromWord(head[0]).orElseThrow(), head[1], head[2], head[3], rc,
                        block.substring(nl2 + 1)));
            }
            return cases;
        }
    }
}
