package org.portcullis.daemon.zone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.portcullis.config.catalog.CatalogLoader;
import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.config.dir.ConfigDir;
import org.portcullis.config.dir.FirewalldConf;
import org.portcullis.config.store.AtomicFiles;
import org.portcullis.config.zone.PolicyXml;
import org.portcullis.config.zone.ZoneXml;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Zone;

/** {@code zones/NAME.xml}, {@code policies/NAME.xml} and {@code firewalld.conf} in the configuration directory, in firewalld's formats. */
public record XmlZoneStore(Path configDir, Path systemServices) implements ZoneStore {

    public XmlZoneStore(Path configDir) {
        this(configDir, CatalogLoader.SYSTEM_SERVICES);
    }

    private ConfigDir dir() {
        return new ConfigDir(configDir, systemServices);
    }

    @Override
    public ZoneSet load() {
        return dir().zones();
    }

    @Override
    public void saveZone(Zone zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZoneXml.write(zone, out);
        AtomicFiles.write(dir().zoneFile(zone.name()), out.toByteArray());
    }

    @Override
    public void deleteZone(String name) {
        delete(dir().zoneFile(name));
    }

    @Override
    public void savePolicy(Policy policy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PolicyXml.write(policy, out);
        AtomicFiles.write(file("policies", policy.name()), out.toByteArray());
    }

    @Override
    public void deletePolicy(String name) {
        delete(file("policies", name));
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new FirewallException(ErrorCode.COMMAND_FAILED, file + ": " + e.getMessage());
        }
    }

    @Override
    public void saveSettings(String defaultZone, String logDenied) {
        Path file = dir().firewalldConf();
        AtomicFiles.write(file, FirewalldConf.read(file).with(defaultZone, logDenied).text()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private Path file(String dir, String name) {
        return configDir.resolve(dir).resolve(name + ".xml");
    }
}
