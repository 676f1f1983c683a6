package org.portcullis.analysis.explain.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.portcullis.compile.Compiled;
import org.portcullis.compile.SourceMap;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.nft.json.RulesetJsonReader;

/**
 * A ruleset saved from a kernel with {@code nft -j list ruleset}. Portcullis did not write it, so its source
 * map is empty and its rules are named in nft form with their handles.
 */
public record RulesetFileSource(Path file) implements RulesetSource {

    @Override
    public LoadedRuleset load() {
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            throw new FirewallException(ErrorCode.INVALID_FILENAME, file + ": " + e.getMessage());
        }
        try {
            return new LoadedRuleset(new Compiled(RulesetJsonReader.read(json), new SourceMap(Map.of())));
        } catch (IllegalArgumentException e) {
            throw new FirewallException(ErrorCode.PARSE_ERROR, file + ": " + e.getMessage());
        }
    }

    @Override
    public String describe() {
        return "saved ruleset " + file;
    }
}
