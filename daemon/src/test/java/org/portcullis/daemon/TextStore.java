package org.portcullis.daemon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.direct.Passthrough;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/**
 * A stand-in for direct.xml with a tab-separated line per entry ({@code chain}, {@code rule},
 * {@code passthrough}), so tests can edit the permanent configuration by hand.
 */
record TextStore(Path configDir) implements DirectStore {
    @Override
    public Path file() {
        return configDir.resolve("direct.txt");
    }

    @Override
    public DirectConfig load() {
        if (!Files.exists(file())) {
            return DirectConfig.EMPTY;
        }
        List<DirectChain> chains = new ArrayList<>();
        List<DirectRule> rules = new ArrayList<>();
        List<Passthrough> passthroughs = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file())) {
                String[] f = line.split("\t", -1);
                Ipv ipv = Ipv.fromWord(f[1]).orElseThrow(
                        () -> new FirewallException(ErrorCode.INVALID_IPV, "'" + f[1] + "' not in '['ipv4', 'ipv6', 'eb']'"));
                switch (f[0]) {
                    case "chain" -> chains.add(new DirectChain(ipv, f[2], f[3]));
                    case "rule" -> rules.add(new DirectRule(ipv, f[2], f[3], Integer.parseInt(f[4]),
                            Arrays.asList(f).subList(5, f.length)));
                    case "passthrough" -> passthroughs.add(new Passthrough(ipv, Arrays.asList(f).subList(2, f.length)));
                    default -> throw new FirewallException(ErrorCode.PARSE_ERROR, "unknown entry " + f[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DirectConfig.of(chains, rules, passthroughs);
    }

    @Override
    public void save(DirectConfig c) {
        List<String> lines = new ArrayList<>();
        c.chains().forEach(ch -> lines.add(String.join("\t", "chain", ch.ipv().word(), ch.table(), ch.chain())));
        c.rules().forEach(r -> {
            List<String> f = new ArrayList<>(List.of("rule", r.ipv().word(), r.table(), r.chain(), "" + r.priority()));
            f.addAll(r.args());
            lines.add(String.join("\t", f));
        });
        c.passthroughs().forEach(p -> {
            List<String> f = new ArrayList<>(List.of("passthrough", p.ipv().word()));
            f.addAll(p.args());
            lines.add(String.join("\t", f));
        });
        try {
            Files.write(file(), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
