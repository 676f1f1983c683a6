package org.portcullis.cli.explain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.portcullis.analysis.explain.source.DaemonLayer;
import org.portcullis.analysis.explain.source.DaemonSources;
import org.portcullis.analysis.explain.source.RulesetSource;
import org.portcullis.compile.Compiled;
import org.portcullis.compile.direct.DirectCompiler;
import org.portcullis.config.shell.Shlex;
import org.portcullis.daemon.api.DaemonClient;
import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;
import org.portcullis.model.direct.DirectChain;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.model.direct.DirectRule;
import org.portcullis.model.direct.Ipv;
import org.portcullis.model.direct.Passthrough;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/**
 * The running daemon's runtime or permanent direct configuration, read through the same listing calls
 * {@code firewall-cmd --direct --get-all-*} makes and compiled as the daemon compiles it.
 */
public record DaemonDirectSources(Path socket) implements DaemonSources {

    @Override
    public Optional<RulesetSource> source(DaemonLayer layer) {
        return Optional.of(new RulesetSource() {
            @Override
            public Compiled load() {
                return DirectCompiler.compile(fetch(layer == DaemonLayer.PERMANENT));
            }

            @Override
            public String describe() {
                return "the daemon's " + (layer == DaemonLayer.PERMANENT ? "permanent" : "runtime") + " configuration";
            }
        });
    }

    private DirectConfig fetch(boolean permanent) {
        DaemonClient c = new DaemonClient(socket);
        try {
            List<DirectChain> chains = new ArrayList<>();
            for (String line : lines(c, Ops.GET_ALL_CHAINS, permanent)) {
                String[] w = line.split(" ", 3);
                chains.add(new DirectChain(ipv(w[0]), w[1], w[2]));
            }
            List<DirectRule> rules = new ArrayList<>();
            for (String line : lines(c, Ops.GET_ALL_RULES, permanent)) {
                String[] w = line.split(" ", 5);
                rules.add(new DirectRule(ipv(w[0]), w[1], w[2], Integer.parseInt(w[3]),
                        w.length > 4 ? Shlex.split(w[4]) : List.of()));
            }
            List<Passthrough> passthroughs = new ArrayList<>();
            for (String line : lines(c, Ops.GET_ALL_PASSTHROUGHS, permanent)) {
                String[] w = line.split(" ", 2);
                passthroughs.add(new Passthrough(ipv(w[0]), w.length > 1 ? Shlex.split(w[1]) : List.of()));
            }
            return DirectConfig.of(chains, rules, passthroughs);
        } catch (DaemonClient.NotRunningException e) {
            throw new FirewallException(ErrorCode.NOT_RUNNING, "no daemon answers on " + socket);
        }
    }

    private static List<String> lines(DaemonClient c, String op, boolean permanent) {
        Response r = c.call(new Request(op, List.of(), permanent));
        if (r.kind() == Response.Kind.ERROR) {
            throw new FirewallException(r.code(), r.message());
        }
        return r.lines().stream().filter(l -> !l.isEmpty()).toList();
    }

    private static Ipv ipv(String word) {
        return Ipv.fromWord(word).orElseThrow(() -> new FirewallException(ErrorCode.INVALID_IPV, word));
    }
}
