package org.portcullis.cli.check;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.portcullis.analysis.check.CheckInput;
import org.portcullis.analysis.check.CheckReport;
import org.portcullis.analysis.check.Checker;
import org.portcullis.analysis.check.CommandForm;
import org.portcullis.analysis.check.Resolvers;
import org.portcullis.analysis.check.SshSession;
import org.portcullis.analysis.check.render.CheckJson;
import org.portcullis.analysis.check.render.CheckText;
import org.portcullis.analysis.explain.render.ExplainHeader;
import org.portcullis.analysis.explain.source.ConfigDirSource;
import org.portcullis.analysis.explain.source.DaemonLayer;
import org.portcullis.analysis.explain.source.DaemonSources;
import org.portcullis.analysis.explain.source.LoadedRuleset;
import org.portcullis.analysis.explain.source.RulesetFileSource;
import org.portcullis.analysis.explain.source.RulesetSource;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.HostFile;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.net.IpAddress;

/**
 * {@code portcullis check}: plays the connections that bite people who restrict a host's traffic through a
 * ruleset on a host model and warns about each that breaks. Exit codes: 0 no warnings, 1 warnings, 2 bad usage,
 * otherwise the firewalld exit code of the error. It never changes the kernel.
 */
public final class CheckCommand {
    /** Ephemeral ports are drawn from this seed unless {@code --seed} says otherwise, so a check reads the same each run. */
    static final long SEED = 1;
    static final String SSH_CONNECTION = "SSH_CONNECTION";

    private CheckCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err, DaemonSources daemon, Map<String, String> env) {
        return run(args, out, err, daemon, env, Machine.LOCAL);
    }

    static int run(List<String> args, PrintStream out, PrintStream err, DaemonSources daemon, Map<String, String> env,
                   Machine machine) {
        if (args.contains("-h") || args.contains("--help")) {
            out.println(CheckArgsParser.USAGE);
            return 0;
        }
        CheckArgs a;
        try {
            a = CheckArgsParser.parse(args);
        } catch (UsageException e) {
            err.println("portcullis check: " + e.getMessage());
            err.println(CheckArgsParser.USAGE);
            return 2;
        }
        try {
            RulesetSource source = source(a, daemon);
            LoadedRuleset loaded = source.load();
            List<String> notes = new ArrayList<>(loaded.notes());
            Host host = a.hostFile() != null ? hostFile(a.hostFile()) : machine.host().get();
            List<IpAddress> resolvers = resolvers(a, machine, notes);
            SshSession session = session(a, env, notes);
            CommandForm form = a.layer() == DaemonLayer.RUNTIME || a.rulesetFile() != null ? CommandForm.RUNTIME : CommandForm.PERMANENT;
            CheckReport report = Checker.run(new CheckInput(loaded.compiled(), host, resolvers, session, form,
                    a.seed() != null ? a.seed() : SEED));
            ExplainHeader header = new ExplainHeader(source.describe(), host.name(), notes);
            if (a.json()) {
                out.println(CheckJson.document(report, header));
            } else {
                CheckText.lines(report, header).forEach(out::println);
            }
            out.flush();
            return report.findings().isEmpty() ? 0 : 1;
        } catch (FirewallException e) {
            err.println("Error: " + e.getMessage());
            return e.code().exitCode();
        }
    }

    private static RulesetSource source(CheckArgs a, DaemonSources daemon) {
        if (a.configDir() != null) {
            return new ConfigDirSource(a.configDir());
        }
        if (a.rulesetFile() != null) {
            return new RulesetFileSource(a.rulesetFile());
        }
        String layer = a.layer().name().toLowerCase(Locale.ROOT);
        return daemon.source(a.layer()).orElseThrow(() -> new FirewallException(ErrorCode.NOT_RUNNING,
                "no daemon source is available for the " + layer + " configuration; give --config-dir DIR or --ruleset FILE"));
    }

    private static Host hostFile(Path file) {
        return HostFile.parse(read(file));
    }

    /**
     * {@code --resolver}, else {@code --resolv-conf}, else, for this machine's own host model, its resolv.conf
     * (and, when that names only the local stub of systemd-resolved, the servers the stub forwards to).
     */
    private static List<IpAddress> resolvers(CheckArgs a, Machine machine, List<String> notes) {
        if (!a.resolvers().isEmpty()) {
            return a.resolvers();
        }
        if (a.resolvConf() != null) {
            return Resolvers.parse(read(a.resolvConf()));
        }
        if (a.hostFile() != null || !Files.isReadable(machine.resolvConf())) {
            return List.of();
        }
        List<IpAddress> servers = Resolvers.parse(read(machine.resolvConf()));
        if (!servers.isEmpty() && servers.stream().allMatch(CheckCommand::loopback) && Files.isReadable(machine.resolvedConf())) {
            List<IpAddress> upstream = Resolvers.parse(read(machine.resolvedConf()));
            if (!upstream.isEmpty()) {
                notes.add("resolvers: the servers " + machine.resolvedConf() + " lists, which the local stub "
                        + servers.getFirst() + " forwards to");
                return upstream;
            }
        }
        return servers;
    }

    private static boolean loopback(IpAddress a) {
        return a.v6() ? a.equals(IpAddress.parse("::1")) : (a.lo() >>> 24) == 127;
    }

    private static SshSession session(CheckArgs a, Map<String, String> env, List<String> notes) {
        if (a.session() != null) {
            return a.session();
        }
        String text = env.get(SSH_CONNECTION);
        if (text == null || text.isBlank()) {
            notes.add("no ssh session checked: " + SSH_CONNECTION + " is not set");
            return null;
        }
        try {
            return SshSession.parse(text);
        } catch (IllegalArgumentException e) {
            notes.add("no ssh session checked: " + SSH_CONNECTION + " not understood (" + e.getMessage() + ")");
            return null;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new FirewallException(ErrorCode.INVALID_FILENAME, file + ": " + e.getMessage());
        }
    }
}
