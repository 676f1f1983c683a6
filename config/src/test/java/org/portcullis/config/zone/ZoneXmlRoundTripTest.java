package org.portcullis.config.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.portcullis.model.zone.Zone;

class ZoneXmlRoundTripTest {

    @Provide
    Arbitrary<Zone> zones() {
        return ZoneArbitraries.zones();
    }

    @Property(tries = 120, edgeCases = EdgeCasesMode.NONE)
    void writtenZonesReadBackEqual(@ForAll("zones") Zone zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZoneXml.write(zone, out);
        String xml = out.toString(StandardCharsets.UTF_8);
        Zone again = ZoneXml.read(new ByteArrayInputStream(out.toByteArray()), zone.name() + ".xml");
        assertEquals(zone, again, xml);
    }
}
