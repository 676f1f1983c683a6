package org.portcullis.cli.firewallcmd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.portcullis.daemon.DirectValidator;
import org.portcullis.daemon.Dispatcher;
import org.portcullis.daemon.EventLog;
import org.portcullis.daemon.DefaultBackends;
import org.portcullis.daemon.Firewall;
import org.portcullis.daemon.RulesetCompiler;
import org.portcullis.daemon.RulesetTarget;
import org.portcullis.daemon.StatusHandlers;
import org.portcullis.daemon.XmlDirectStore;
import org.portcullis.daemon.ipset.PermanentIpSetHandlers;
import org.portcullis.daemon.ipset.RuntimeIpSetHandlers;
import org.portcullis.daemon.zone.PermanentPolicyHandlers;
import org.portcullis.daemon.zone.PermanentZoneHandlers;
import org.portcullis.daemon.zone.RuntimePolicyHandlers;
import org.portcullis.daemon.zone.RuntimeZoneHandlers;
import org.portcullis.daemon.zone.XmlZoneStore;
import org.portcullis.nft.Ruleset;

/**
 * firewall-cmd talking in-process to a daemon with the real handlers, compiler and zone files, on the
 * simulated kernel; counts the rulesets applied so a test can tell that nothing reached the kernel.
 */
final class LiveDaemon {
    record Result(int exit, String out, String err) {
    }

    /** Everything a refused command must leave as it was. */
    record Snapshot(Object runtime, Object permanent, Map<String, String> files, int applied, String runtimeListing,
                    String permanentListing, String runtimePolicies, String permanentPolicies) {
    }

    /** The simulated kernel, counting what it is given. */
    static final class CountingTarget implements RulesetTarget {
        private final RulesetTarget sim = new DefaultBackends().byName("sim").target();
        int applied;

        @Override
        public String name() {
            return sim.name();
        }

        @Override
        public void apply(Ruleset desired) {
            sim.apply(desired);
            applied++;
        }

        @Override
        public void removeAll() {
            sim.removeAll();
        }
    }

    final Path dir;
    final CountingTarget kernel = new CountingTarget();
    final Firewall firewall;
    private final Dispatcher dispatcher;

    LiveDaemon(Path dir) {
        this.dir = dir;
        this.firewall = new Firewall(kernel, RulesetCompiler.standard(), DirectValidator.standard(),
                new XmlDirectStore(dir), new XmlZoneStore(dir, dir.resolve("no-system-services")),
                new EventLog(new PrintStream(OutputStream.nullOutputStream())));
        this.dispatcher = new Dispatcher(firewall).with(new StatusHandlers(firewall))
                .with(new RuntimeZoneHandlers(firewall)).with(new PermanentZoneHandlers(firewall))
                .with(new RuntimePolicyHandlers(firewall)).with(new PermanentPolicyHandlers(firewall))
                .with(new RuntimeIpSetHandlers(firewall)).with(new PermanentIpSetHandlers(firewall));
        firewall.start();
    }

    Result run(List<String> argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Connector connector = () -> dispatcher::dispatch;
        int code = new FirewallCmd(connector, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(argv);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Result run(String... argv) {
        return run(List.of(argv));
    }

    Snapshot snapshot() {
        return new Snapshot(firewall.runtime(), firewall.permanentZones(), files(), kernel.applied,
                run("--list-all-zones").out(), run("--permanent", "--list-all-zones").out(),
                run("--list-all-policies").out(), run("--permanent", "--list-all-policies").out());
    }

    private Map<String, String> files() {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
