package org.portcullis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.portcullis.cli.check.CheckCommand;
import org.portcullis.cli.explain.DaemonRulesetSources;
import org.portcullis.cli.explain.ExplainCommand;
import org.portcullis.daemon.DaemonMain;
import org.portcullis.daemon.DefaultBackends;
import org.portcullis.daemon.api.SocketLocation;

/** {@code portcullis}: {@code --version}, {@code daemon ...}, and further subcommands registered by name. */
public final class PortcullisMain {
    private PortcullisMain() {
    }

    /** Subcommands by name. */
    static Map<String, Subcommand> subcommands() {
        Map<String, Subcommand> commands = new LinkedHashMap<>();
        commands.put("daemon", args -> DaemonMain.run(args, new DefaultBackends()));
        commands.put("explain", args -> ExplainCommand.run(args, System.out, System.err,
                new DaemonRulesetSources(SocketLocation.resolve(System.getenv()))));
        commands.put("check", args -> CheckCommand.run(args, System.out, System.err,
                new DaemonRulesetSources(SocketLocation.resolve(System.getenv())), System.getenv()));
        return commands;
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args)));
    }

    static int run(List<String> args) {
        if (args.isEmpty() || args.getFirst().equals("-h") || args.getFirst().equals("--help")) {
            System.out.println(usage());
            return args.isEmpty() ? 2 : 0;
        }
        if (args.getFirst().equals("--version")) {
            System.out.println("portcullis " + version());
            return 0;
        }
        Subcommand command = subcommands().get(args.getFirst());
        if (command == null) {
            System.err.println("portcullis: unknown command '" + args.getFirst() + "'");
            System.err.println(usage());
            return 2;
        }
        return command.run(args.subList(1, args.size()));
    }

    private static String usage() {
        return "usage: portcullis --version | portcullis <command> [args...]\ncommands: "
                + String.join(", ", subcommands().keySet());
    }

    static String version() {
        Properties p = new Properties();
        try (InputStream in = PortcullisMain.class.getResourceAsStream("version.properties")) {
            p.load(in);
        } catch (IOException | NullPointerException e) {
            return "unknown";
        }
        return p.getProperty("portcullis.version", "unknown");
    }
}
