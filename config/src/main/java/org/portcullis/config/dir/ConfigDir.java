package org.portcullis.config.dir;

import java.nio.file.Path;

import org.portcullis.config.catalog.CatalogLoader;
import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.config.xml.DirectXml;
import org.portcullis.model.direct.DirectConfig;

/**
 * A configuration directory laid out as {@code /etc/firewalld}, read as the daemon reads it at start and on
 * reload: {@code direct.xml}; the zones, services and policies of the built-in catalog, then those of
 * {@code systemServices} and the ipsets of {@code systemIpsets}, then {@code zones/}, {@code services/},
 * {@code policies/} and {@code ipsets/} here; {@code DefaultZone} and {@code LogDenied} from
 * {@code firewalld.conf}.
 */
public record ConfigDir(Path dir, Path systemServices, Path systemIpsets) {
    public static final String DIRECT_FILE = "direct.xml";

    /** The directory over the system's definitions, {@link CatalogLoader#SYSTEM_SERVICES} and ipsets. */
    public ConfigDir(Path dir) {
        this(dir, CatalogLoader.SYSTEM_SERVICES);
    }

    /** The directory over {@code systemServices} and the system's ipsets, {@link CatalogLoader#SYSTEM_IPSETS}. */
    public ConfigDir(Path dir, Path systemServices) {
        this(dir, systemServices, CatalogLoader.SYSTEM_IPSETS);
    }

    public Path directFile() {
        return dir.resolve(DIRECT_FILE);
    }

    public Path firewalldConf() {
        return dir.resolve(FirewalldConf.FILE);
    }

    public Path zoneFile(String zone) {
        return dir.resolve("zones").resolve(zone + ".xml");
    }

    public Path ipsetFile(String ipset) {
        return dir.resolve("ipsets").resolve(ipset + ".xml");
    }

    /** The direct configuration; an absent file is the empty configuration, an unreadable one a FirewallException. */
    public DirectConfig direct() {
        return DirectXml.read(directFile());
    }

    /**
     * Every zone of the catalog with the default zone and LogDenied set; files that fail to load are skipped
     * and listed in the catalog's problems. Panic mode is never on in a directory.
     */
    public ZoneSet zones() {
        FirewalldConf conf = FirewalldConf.read(firewalldConf());
        return ZoneSet.of(CatalogLoader.load(dir, systemServices, systemIpsets), conf.defaultZone(),
                conf.logDenied());
    }
}
