package org.portcullis.compile.json;

import org.portcullis.compile.Compiled;
import org.portcullis.nft.json.RulesetJsonReader;
import org.portcullis.nft.json.RulesetJsonWriter;

/**
 * A compiled configuration as two JSON documents, for handing it from one process to another unchanged: the
 * ruleset as the libnftables commands that add it ({@code nft -j -f} input) and its source map.
 */
public record CompiledJson(String ruleset, String sources) {

    public static CompiledJson of(Compiled compiled) {
        return new CompiledJson(RulesetJsonWriter.write(compiled.ruleset()), SourceMapJson.write(compiled.sourceMap()));
    }

    /** The compiled configuration again; IllegalArgumentException when either document is malformed. */
    public Compiled compiled() {
        return new Compiled(RulesetJsonReader.read(ruleset), SourceMapJson.read(sources));
    }
}
