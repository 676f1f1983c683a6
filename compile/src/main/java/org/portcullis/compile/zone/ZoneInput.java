package org.portcullis.compile.zone;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.portcullis.model.zone.Service;
import org.portcullis.model.zone.Zone;

/** What the zone compiler needs: the zones, the services they name, the default zone and panic mode. */
public record ZoneInput(List<Zone> zones, Map<String, Service> services, String defaultZone, boolean panic) {
    public ZoneInput {
        zones = List.copyOf(zones);
        services = Map.copyOf(services);
    }

    public static ZoneInput of(Collection<Zone> zones, Map<String, Service> services, String defaultZone,
                               boolean panic) {
        return new ZoneInput(List.copyOf(zones), services, defaultZone, panic);
    }
}
