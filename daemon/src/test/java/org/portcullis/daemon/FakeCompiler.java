package org.portcullis.daemon;

import java.util.Map;

import org.portcullis.compile.Compiled;
import org.portcullis.compile.SourceMap;
import org.portcullis.model.direct.DirectConfig;
import org.portcullis.nft.Ruleset;

/** Remembers the last configuration it compiled. */
final class FakeCompiler implements RulesetCompiler {
    DirectConfig last;

    @Override
    public Compiled compile(DirectConfig config) {
        last = config;
        return new Compiled(Ruleset.EMPTY, new SourceMap(Map.of()));
    }
}
