package org.portcullis.daemon;

import java.nio.file.Path;

import org.portcullis.config.dir.ConfigDir;
import org.portcullis.config.xml.DirectXml;
import org.portcullis.model.direct.DirectConfig;

/** {@code direct.xml} inside the configuration directory, in firewalld's format. */
public record XmlDirectStore(Path configDir) implements DirectStore {
    @Override
    public Path file() {
        return new ConfigDir(configDir).directFile();
    }

    @Override
    public DirectConfig load() {
        return new ConfigDir(configDir).direct();
    }

    @Override
    public void save(DirectConfig config) {
        DirectXml.write(config, file());
    }
}
