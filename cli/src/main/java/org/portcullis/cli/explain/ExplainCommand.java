package org.portcullis.cli.explain;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;

import org.portcullis.analysis.explain.ExplainedConnection;
import org.portcullis.analysis.explain.ExplainedPacket;
import org.portcullis.analysis.explain.Explainer;
import org.portcullis.analysis.explain.HostAdjust;
import org.portcullis.analysis.explain.PacketPath;
import org.portcullis.analysis.explain.PacketQuery;
import org.portcullis.analysis.explain.render.ExplainHeader;
import org.portcullis.analysis.explain.render.JsonRenderer;
import org.portcullis.analysis.explain.render.TextRenderer;
import org.portcullis.analysis.explain.source.ConfigDirSource;
import org.portcullis.analysis.explain.source.DaemonSources;
import org.portcullis.analysis.explain.source.LoadedRuleset;
import org.portcullis.analysis.explain.source.RulesetFileSource;
import org.portcullis.analysis.explain.source.RulesetSource;
import org.portcullis.engine.ConnectRequest;
import org.portcullis.engine.Direction;
import org.portcullis.engine.host.Host;
import org.portcullis.engine.host.HostFile;
import org.portcullis.engine.host.LocalHost;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/**
 * {@code portcullis explain}: what a ruleset does to one packet ({@code --out}, {@code --in}, {@code --fwd})
 * or to a whole connection ({@code --connect}), on a host model, without touching the kernel. Exit codes:
 * 0 explained, 2 bad usage, otherwise the firewalld exit code of the error.
 */
public final class ExplainCommand {
    private ExplainCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out, err, DaemonSources.NONE);
    }

    /** As {@link #run(List, PrintStream, PrintStream)}, reading {@code --runtime}/{@code --permanent} from {@code daemon}. */
    public static int run(List<String> args, PrintStream out, PrintStream err, DaemonSources daemon) {
        if (args.contains("-h") || args.contains("--help")) {
            out.println(ExplainArgsParser.USAGE);
            return 0;
        }
        int batchAt = args.indexOf("--batch");
        if (batchAt >= 0 && batchAt + 1 < args.size()) {
            return batch(args, batchAt, out, err, daemon);
        }
        ExplainArgs a;
        try {
            a = ExplainArgsParser.parse(args);
        } catch (UsageException e) {
            err.println("portcullis explain: " + e.getMessage());
            err.println(ExplainArgsParser.USAGE);
            return 2;
        }
        try {
            RulesetSource source = source(a, daemon);
            LoadedRuleset loaded = source.load();
            Host host = host(a);
            long seed = a.seed() != null ? a.seed() : new Random().nextLong();
            Explainer explainer = new Explainer(loaded.compiled(), host, seed);
            ExplainHeader header = new ExplainHeader(source.describe(), host.name(), loaded.notes());
            if (a.mode() == Mode.CONNECT) {
                ExplainedConnection c = explainer.connect(request(a), a.oif());
                print(out, a.json() ? List.of(new JsonRenderer(explainer.namer(), header).connection(c))
                        : new TextRenderer(explainer.namer(), header).connection(c));
            } else {
                ExplainedPacket p = explainer.packet(query(a));
                print(out, a.json() ? List.of(new JsonRenderer(explainer.namer(), header).packet(p))
                        : new TextRenderer(explainer.namer(), header).packet(p));
            }
            return 0;
        } catch (FirewallException e) {
            err.println("Error: " + e.getMessage());
            return e.code().exitCode();
        }
    }

    /**
     * {@code --batch FILE}: the other options choose the ruleset and host once; each line of FILE gives one
     * flow. A placeholder flow lets the shared options be checked before the file is read.
     */
    private static int batch(List<String> args, int batchAt, PrintStream out, PrintStream err, DaemonSources daemon) {
        java.nio.file.Path file = java.nio.file.Path.of(args.get(batchAt + 1));
        List<String> common = new java.util.ArrayList<>(args);
        common.remove(batchAt + 1);
        common.remove(batchAt);
        ExplainArgs shared;
        try {
            List<String> probe = new java.util.ArrayList<>(common);
            probe.addAll(List.of("--out", "tcp", "127.0.0.1:1"));
            shared = ExplainArgsParser.parse(probe);
        } catch (UsageException e) {
            err.println("portcullis explain: " + e.getMessage());
            err.println(ExplainArgsParser.USAGE);
            return 2;
        }
        try {
            RulesetSource source = source(shared, daemon);
            Host host = host(shared);
            long seed = shared.seed() != null ? shared.seed() : new Random().nextLong();
            LoadedRuleset loaded = source.load();
            Explainer explainer = new Explainer(loaded.compiled(), host, seed);
            TextRenderer renderer = new TextRenderer(explainer.namer(),
                    new ExplainHeader(source.describe(), host.name(), loaded.notes()));
            return BatchExplain.run(file, common, explainer, renderer, out, err);
        } catch (FirewallException e) {
            err.println("Error: " + e.getMessage());
            return e.code().exitCode();
        }
    }

    private static void print(PrintStream out, List<String> lines) {
        lines.forEach(out::println);
        out.flush();
    }

    static RulesetSource source(ExplainArgs a, DaemonSources daemon) {
        if (a.configDir() != null) {
            return new ConfigDirSource(a.configDir());
        }
        if (a.rulesetFile() != null) {
            return new RulesetFileSource(a.rulesetFile());
        }
        String layer = a.layer().name().toLowerCase(java.util.Locale.ROOT);
        return daemon.source(a.layer()).orElseThrow(() -> new FirewallException(ErrorCode.NOT_RUNNING,
                "no daemon source is available yet: explaining the daemon's " + layer
                        + " configuration is not implemented; give --config-dir DIR or --ruleset FILE"));
    }

    static Host host(ExplainArgs a) {
        Host host;
        if (a.hostFile() != null) {
            try {
                host = HostFile.parse(Files.readString(a.hostFile()));
            } catch (IOException e) {
                throw new FirewallException(ErrorCode.INVALID_FILENAME, a.hostFile() + ": " + e.getMessage());
            }
        } else {
            host = LocalHost.read();
        }
        return a.portRange() == null ? host : HostAdjust.withPortRange(host, a.portRange());
    }

    static ConnectRequest request(ExplainArgs a) {
        Direction d = a.from() == null ? Direction.OUTBOUND : Direction.INBOUND;
        return new ConnectRequest(d, a.protocol(), a.from() == null ? null : a.from().address(), a.to().address(),
                Math.max(a.to().port(), 0), a.mac());
    }

    static PacketQuery query(ExplainArgs a) {
        PacketPath path = switch (a.mode()) {
            case OUT -> PacketPath.OUT;
            case IN -> PacketPath.IN;
            case FWD -> PacketPath.FORWARD;
            case CONNECT -> throw new IllegalStateException("a connection is not a single packet");
        };
        return new PacketQuery(path, a.protocol(), a.from() == null ? null : a.from().address(),
                a.from() == null ? -1 : a.from().port(), a.to().address(), Math.max(a.to().port(), 0),
                a.iif(), a.oif(), a.ctState(), a.icmpType(), a.icmpCode(), a.mac());
    }
}
