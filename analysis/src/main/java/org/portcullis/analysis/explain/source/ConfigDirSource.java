package org.portcullis.analysis.explain.source;

import java.nio.file.Files;
import java.nio.file.Path;

import org.portcullis.compile.Compiled;
import org.portcullis.compile.direct.DirectCompiler;
import org.portcullis.config.xml.DirectXml;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/** A configuration directory laid out as the daemon's: its {@code direct.xml} compiled as the daemon compiles it. */
public record ConfigDirSource(Path dir) implements RulesetSource {

    @Override
    public Compiled load() {
        if (!Files.isDirectory(dir)) {
            throw new FirewallException(ErrorCode.INVALID_DIRECTORY, dir + " is not a directory");
        }
        return DirectCompiler.compile(DirectXml.read(dir.resolve("direct.xml")));
    }

    @Override
    public String describe() {
        return "configuration directory " + dir;
    }
}
