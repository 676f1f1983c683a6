package org.portcullis.daemon.zone;

import org.portcullis.config.catalog.ZoneSet;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.Zone;

/** The permanent zone configuration: zone and policy files, and the default zone and LogDenied settings. */
public interface ZoneStore {
    /** The catalog with the zone files applied; unreadable files are skipped. */
    ZoneSet load();

    void saveZone(Zone zone);

    void deleteZone(String name);

    void savePolicy(Policy policy);

    void deletePolicy(String name);

    void saveSettings(String defaultZone, String logDenied);
}
