package org.portcullis.daemon.zone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.portcullis.config.catalog.CatalogLoader;
import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.config.dir.ConfigDir;
import org.portcullis.config.dir.FirewalldConf;
import org.portcullis.config.ipset.IpSetXml;
import org.portcullis.config.store.AtomicFiles;
import org.portcullis.config.zone.PolicyXml;
import org.portcullis.config.zone.ZoneXml;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.ipset.IpSet;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Zone;

/**
 * {@code zones/NAME.xml}, {@code policies/NAME.xml}, {@code ipsets/NAME.xml} and {@code firewalld.conf} in the
 * configuration directory, in firewalld's formats, over the system's services and ipsets.
 */
public record XmlZoneStore(Path configDir, Path systemServices, Path systemIpsets) implements ZoneStore {

    public XmlZoneStore(Path configDir) {
        this(configDir, CatalogLoader.SYSTEM_SERVICES);
    }

    public XmlZoneStore(Path configDir, Path systemServices) {
        this(configDir, systemServices, CatalogLoader.SYSTEM_IPSETS);
    }

    private ConfigDir dir() {
        return new ConfigDir(configDir, systemServices, systemIpsets);
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

    @Override
    public void saveIpSet(IpSet ipset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IpSetXml.write(ipset, out);
        AtomicFiles.write(dir().ipsetFile(ipset.name()), out.toByteArray());
    }

    @Override
    public void deleteIpSet(String name) {
        delete(dir().ipsetFile(name));
    }

    @Override
    public String ipsetPath(String name) {
        Path own = dir().ipsetFile(name);
        Path system = systemIpsets == null ? null : systemIpsets.resolve(name + ".xml");
        return (Files.exists(own) || system == null || !Files.exists(system) ? own : system).toString();
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
