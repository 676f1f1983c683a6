package org.portcullis.daemon;

import java.util.List;

import org.portcullis.compile.Compiled;
import org.portcullis.compile.json.CompiledJson;
import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Response;

/** {@link Ops#COMPILED_RULESET}: what the daemon enforces (runtime) or would enforce after a reload (permanent). */
public record RulesetHandlers(Firewall firewall) implements HandlerFamily {
    @Override
    public void register(Dispatcher d) {
        d.runtime(Ops.COMPILED_RULESET, args -> answer(firewall.applied()));
        d.permanent(Ops.COMPILED_RULESET, args -> answer(firewall.compilePermanent()));
    }

    private static Response answer(Compiled compiled) {
        CompiledJson json = CompiledJson.of(compiled);
        return Response.lines(List.of(json.ruleset(), json.sources()));
    }
}
