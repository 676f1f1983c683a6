package org.portcullis.daemon.zone;

import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.model.ipset.IpSet;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Zone;

/**
 * The permanent zone configuration: zone, policy and ipset files, and the default zone and LogDenied
 * settings.
 */
public interface ZoneStore {
    /** The catalog with the zone, policy and ipset files applied; unreadable files are skipped. */
    ZoneSet load();

    void saveZone(Zone zone);

    void deleteZone(String name);

    void savePolicy(Policy policy);

    void deletePolicy(String name);

    void saveSettings(String defaultZone, String logDenied);

    void saveIpSet(IpSet ipset);

    void deleteIpSet(String name);

    /** Where the ipset's file is: in the configuration directory, else in the system directory. */
    String ipsetPath(String name);
}
