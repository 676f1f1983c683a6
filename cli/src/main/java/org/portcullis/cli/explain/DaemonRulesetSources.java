package org.portcullis.cli.explain;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.portcullis.analysis.explain.source.DaemonLayer;
import org.portcullis.analysis.explain.source.DaemonSources;
import org.portcullis.analysis.explain.source.LoadedRuleset;
import org.portcullis.analysis.explain.source.RulesetSource;
import org.portcullis.compile.Compiled;
import org.portcullis.compile.json.CompiledJson;
import org.portcullis.daemon.api.DaemonClient;
import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/**
 * The running daemon's compiled ruleset with its source map, in one {@link Ops#COMPILED_RULESET} request:
 * at runtime the ruleset it applied last (direct rules, zones, default zone, panic mode, untracked
 * passthroughs and all), permanent its permanent configuration compiled by the daemon's own compiler.
 */
public record DaemonRulesetSources(Path socket) implements DaemonSources {

    @Override
    public Optional<RulesetSource> source(DaemonLayer layer) {
        boolean permanent = layer == DaemonLayer.PERMANENT;
        return Optional.of(new RulesetSource() {
            @Override
            public LoadedRuleset load() {
                return new LoadedRuleset(fetch(permanent));
            }

            @Override
            public String describe() {
                return "the daemon's " + (permanent ? "permanent" : "runtime") + " configuration";
            }
        });
    }

    private Compiled fetch(boolean permanent) {
        Response r;
        try {
            r = new DaemonClient(socket).call(new Request(Ops.COMPILED_RULESET, List.of(), permanent));
        } catch (DaemonClient.NotRunningException e) {
            throw new FirewallException(ErrorCode.NOT_RUNNING, "no daemon answers on " + socket);
        }
        if (r.kind() == Response.Kind.ERROR) {
            throw new FirewallException(r.code(), r.message());
        }
        if (r.kind() != Response.Kind.LINES || r.lines().size() != 2) {
            throw new FirewallException(ErrorCode.COMMAND_FAILED, "the daemon on " + socket + " sent no compiled ruleset");
        }
        try {
            return new CompiledJson(r.lines().get(0), r.lines().get(1)).compiled();
        } catch (IllegalArgumentException e) {
            throw new FirewallException(ErrorCode.COMMAND_FAILED, "the daemon's compiled ruleset: " + e.getMessage());
        }
    }
}
