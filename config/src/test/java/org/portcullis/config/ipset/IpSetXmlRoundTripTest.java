package org.portcullis.config.ipset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.portcullis.model.ipset.IpSet;

class IpSetXmlRoundTripTest {

    @Provide
    Arbitrary<IpSet> ipsets() {
        return IpSetArbitraries.ipsets();
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void writtenIpsetsReadBackEqual(@ForAll("ipsets") IpSet ipset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IpSetXml.write(ipset, out);
        String xml = out.toString(StandardCharsets.UTF_8);
        IpSet again = IpSetXml.read(new ByteArrayInputStream(out.toByteArray()), ipset.name() + ".xml");
        assertEquals(ipset, again, xml);
        assertEquals(ipset.options().values().sequencedKeySet().stream().toList(),
                again.options().values().sequencedKeySet().stream().toList(), xml);
    }
}
