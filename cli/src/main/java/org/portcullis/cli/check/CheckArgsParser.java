package org.portcullis.cli.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.portcullis.analysis.check.SshSession;
import org.portcullis.analysis.explain.source.DaemonLayer;
import org.portcullis.model.net.IpAddress;

/** Parses {@code portcullis check} arguments; every mistake is a {@link UsageException}. */
final class CheckArgsParser {
    static final String USAGE = """
            usage: portcullis check [--config-dir DIR | --ruleset FILE | --runtime | --permanent]
                                    [--host FILE] [--resolver ADDR]... [--resolv-conf FILE]
                                    [--ssh-connection 'CLIENT_IP CLIENT_PORT SERVER_IP SERVER_PORT']
                                    [--seed N] [--json]
              ruleset: --config-dir DIR (laid out as /etc/firewalld) | --ruleset FILE (nft -j list ruleset)
                       | --runtime | --permanent (the running daemon's; default --runtime)
              host: --host FILE (default: this machine)
              DNS: --resolver ADDR (repeatable) or --resolv-conf FILE
                   (default: this machine's /etc/resolv.conf; none with --host)
              ssh session: --ssh-connection (default: the SSH_CONNECTION environment variable)
              exit: 0 no warnings, 1 warnings, 2 bad usage""";

    private static final Set<String> FLAGS = Set.of("--runtime", "--permanent", "--json");
    private static final Set<String> VALUED = Set.of("--config-dir", "--ruleset", "--host", "--resolv-conf",
            "--ssh-connection", "--seed");
    private static final String RESOLVER = "--resolver";

    private CheckArgsParser() {
    }

    static CheckArgs parse(List<String> args) {
        Map<String, String> values = new HashMap<>();
        List<String> flags = new ArrayList<>();
        List<IpAddress> resolvers = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            int eq = a.indexOf('=');
            String name = a.startsWith("--") && eq > 0 ? a.substring(0, eq) : a;
            if (FLAGS.contains(name)) {
                if (eq > 0) {
                    throw new UsageException(name + " takes no value");
                }
                if (flags.contains(name)) {
                    throw new UsageException(name + " given twice");
                }
                flags.add(name);
            } else if (VALUED.contains(name) || name.equals(RESOLVER)) {
                String v = eq > 0 ? a.substring(eq + 1) : ++i < args.size() ? args.get(i) : null;
                if (v == null) {
                    throw new UsageException(name + " needs a value");
                }
                if (name.equals(RESOLVER)) {
                    resolvers.add(resolver(v));
                } else if (values.put(name, v) != null) {
                    throw new UsageException(name + " given twice");
                }
            } else if (a.startsWith("-")) {
                throw new UsageException("unknown option " + a);
            } else {
                throw new UsageException("unexpected argument '" + a + "': check takes options only");
            }
        }
        List<String> sources = new ArrayList<>();
        for (String s : List.of("--config-dir", "--ruleset")) {
            if (values.containsKey(s)) {
                sources.add(s);
            }
        }
        flags.stream().filter(f -> f.equals("--runtime") || f.equals("--permanent")).forEach(sources::add);
        if (sources.size() > 1) {
            throw new UsageException(String.join(" and ", sources) + " exclude each other");
        }
        if (!resolvers.isEmpty() && values.containsKey("--resolv-conf")) {
            throw new UsageException("--resolver and --resolv-conf exclude each other");
        }
        DaemonLayer layer = flags.contains("--permanent") ? DaemonLayer.PERMANENT
                : sources.isEmpty() || flags.contains("--runtime") ? DaemonLayer.RUNTIME : null;
        return new CheckArgs(path(values.get("--config-dir")), path(values.get("--ruleset")), layer,
                path(values.get("--host")), resolvers, path(values.get("--resolv-conf")),
                session(values.get("--ssh-connection")), seed(values.get("--seed")), flags.contains("--json"));
    }

    private static IpAddress resolver(String text) {
        if (!IpAddress.isValid(text)) {
            throw new UsageException("--resolver '" + text + "' is not an IP address");
        }
        return IpAddress.parse(text);
    }

    private static SshSession session(String text) {
        if (text == null) {
            return null;
        }
        try {
            return SshSession.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--ssh-connection: " + e.getMessage());
        }
    }

    private static Path path(String text) {
        return text == null ? null : Path.of(text);
    }

    private static Long seed(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed '" + text + "' is not a number");
        }
    }
}
