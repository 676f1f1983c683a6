package org.portcullis.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.backend.SimBackend;
import org.portcullis.compile.Compiled;
import org.portcullis.compile.Origin;
import org.portcullis.compile.json.CompiledJson;
import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;
import org.portcullis.daemon.api.ZoneOps;
import org.portcullis.daemon.direct.PermanentDirectHandlers;
import org.portcullis.daemon.direct.RuntimeDirectHandlers;
import org.portcullis.daemon.zone.PermanentZoneHandlers;
import org.portcullis.daemon.zone.RuntimeZoneHandlers;
import org.portcullis.daemon.zone.XmlZoneStore;
import org.portcullis.nft.Family;

/** The compiled ruleset the daemon serves: at runtime exactly what the backend holds, permanent what a reload would apply. */
class RulesetHandlersTest {
    private static final String[] DROP = {"ipv4", "filter", "OUTPUT", "1000", "-o", "enp3s0", "-j", "DROP"};

    @TempDir
    Path dir;

    private final SimBackend kernel = new SimBackend();
    private Dispatcher d;

    @BeforeEach
    void start() {
        Firewall fw = new Firewall(new BackendTarget(kernel), RulesetCompiler.standard(), DirectValidator.standard(),
                new XmlDirectStore(dir), new XmlZoneStore(dir, dir.resolve("no-system-services")),
                new EventLog(new PrintStream(OutputStream.nullOutputStream())));
        d = new Dispatcher(fw).with(new StatusHandlers(fw)).with(new RuntimeDirectHandlers(fw, ArgsQuoting.standard()))
                .with(new PermanentDirectHandlers(fw, ArgsQuoting.standard())).with(new RuntimeZoneHandlers(fw))
                .with(new PermanentZoneHandlers(fw)).with(new RulesetHandlers(fw));
        fw.start();
    }

    private Compiled compiled(boolean permanent) {
        Response r = d.dispatch(new Request(Ops.COMPILED_RULESET, List.of(), permanent));
        assertEquals(Response.Kind.LINES, r.kind(), r::errorText);
        assertEquals(2, r.lines().size());
        return new CompiledJson(r.lines().get(0), r.lines().get(1)).compiled();
    }

    private static boolean namesRule(Compiled c, String words) {
        return c.sourceMap().origins().values().stream()
                .anyMatch(o -> o instanceof Origin.FromDirectRule r && String.join(" ", r.rule().args()).equals(words));
    }

    @Test
    void runtimeIsTheRulesetTheBackendHolds() {
        assertEquals(kernel.current(), compiled(false).ruleset());
        assertTrue(compiled(false).ruleset().table(Family.INET, "portcullis") != null, "the zone table is served");
        assertEquals(Response.ok(), d.dispatch(Request.runtime(Ops.ADD_RULE, DROP)));
        assertEquals(Response.ok(), d.dispatch(Request.runtime(ZoneOps.add("interface"), "public", "enp3s0")));
        Compiled runtime = compiled(false);
        assertEquals(kernel.current(), runtime.ruleset());
        assertTrue(namesRule(runtime, "-o enp3s0 -j DROP"), runtime.sourceMap()::toString);
    }

    @Test
    void permanentIsCompiledFromThePermanentConfigurationOnly() {
        assertEquals(Response.ok(), d.dispatch(Request.runtime(Ops.ADD_RULE, DROP)));
        Compiled permanent = compiled(true);
        assertTrue(!namesRule(permanent, "-o enp3s0 -j DROP"), permanent.sourceMap()::toString);
        assertNotEquals(kernel.current(), permanent.ruleset());
        assertEquals(Response.ok(), d.dispatch(Request.permanent(Ops.ADD_RULE, DROP)));
        assertTrue(namesRule(compiled(true), "-o enp3s0 -j DROP"));
        assertEquals(Response.ok(), d.dispatch(Request.runtime(Ops.RELOAD)));
        assertEquals(compiled(true), compiled(false));
    }
}
