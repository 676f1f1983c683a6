package org.portcullis.cli.firewallcmd;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.portcullis.daemon.api.DaemonClient;
import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;
import org.portcullis.daemon.api.SocketLocation;
import org.portcullis.model.error.ErrorCode;

/** {@code firewall-cmd}: firewalld's command line, talking to the Portcullis daemon. */
public final class FirewallCmd {
    private final List<CommandFamily> families = List.of(new StatusCommands(), new DirectCommands(),
            new IpSetCommands(), new PolicyCommands(), new ZoneCommands());
    private final ArgvParser parser;
    private final OptionChecks checks = new OptionChecks(families);
    private final Connector connector;
    private final Output output;

    public FirewallCmd(Connector connector, PrintStream out, PrintStream err) {
        List<OptionSpec> specs = new ArrayList<>(GlobalOptions.SPECS);
        families.forEach(f -> specs.addAll(f.options()));
        this.parser = new ArgvParser(specs, resource("firewalld-options.txt").lines().toList());
        this.connector = connector;
        this.output = new Output(out, err);
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new FirewallCmd(Connector.socket(SocketLocation.resolve(System.getenv())), out, err).run(List.of(args));
        out.flush();
        System.exit(code);
    }

    /** Carries out one command line; returns the exit code. */
    public int run(List<String> argv) {
        ParsedOptions o;
        try {
            o = parser.parse(ArgJoin.collapse(argv));
        } catch (UsageError e) {
            output.usage(e);
            return 2;
        }
        output.quiet(o.set("--quiet"));
        try {
            return run(o);
        } catch (UsageError e) {
            output.usage(e);
            return 2;
        } catch (ClientError e) {
            return output.exit("Error: " + e.getMessage(), e.code().exitCode());
        }
    }

    private int run(ParsedOptions o) {
        checks.check(o);
        if (o.set("--help")) {
            output.message(resource("firewall-cmd-help.txt").stripTrailing());
            return 0;
        }
        if (o.set("--version")) {
            return output.exit(version(), 0);
        }
        Link link;
        try {
            link = connector.connect();
        } catch (DaemonClient.NotRunningException e) {
            return output.exit(o.set("--state") ? "not running" : Texts.NOT_RUNNING, ErrorCode.NOT_RUNNING.exitCode());
        }
        Session session = new Session(o, link, output);
        try {
            for (CommandFamily f : families) {
                if (f.claims(o)) {
                    return f.run(session);
                }
            }
            return noOptions(session);
        } catch (DaemonClient.NotRunningException e) {
            return output.exit(Texts.NOT_RUNNING, ErrorCode.NOT_RUNNING.exitCode());
        }
    }

    private int noOptions(Session s) {
        Response r = s.call(Request.runtime(Ops.STATE));
        String state = r.kind() == Response.Kind.LINES && !r.lines().isEmpty() ? switch (r.lines().getFirst()) {
            case Ops.RUNNING -> "running";
            case Ops.FAILED -> "failed";
            default -> "not running";
        } : "not running";
        throw UsageError.plain("State: " + state + "\n\n" + Texts.NO_OPTIONS + "\n" + Texts.USAGE);
    }

    static String version() {
        Properties p = new Properties();
        try (InputStream in = FirewallCmd.class.getResourceAsStream("/org/portcullis/cli/version.properties")) {
            p.load(in);
        } catch (IOException | NullPointerException e) {
            return "unknown";
        }
        return p.getProperty("firewalld.version", "unknown");
    }

    private static String resource(String name) {
        try (InputStream in = FirewallCmd.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            return "";
        }
    }
}
