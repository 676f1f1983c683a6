package org.portcullis.config.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portcullis.config.rich.RichRuleParser;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.zone.ForwardPort;
import org.portcullis.model.zone.Port;
import org.portcullis.model.zone.Zone;
import org.portcullis.model.zone.ZoneSource;
import org.portcullis.model.zone.ZoneTarget;

class ZoneXmlTest {

    private static Zone read(String xml) {
        return ZoneXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
    }

    @Test
    void writesInFirewalldsOrderAndLayout() {
        Zone z = Zone.empty("lab").withShortDescription("Lab").withDescription("A & B <test>")
                .withTarget(ZoneTarget.REJECT)
                .withInterface("eth1")
                .withSource(ZoneSource.parse("ipset:trusted"))
                .withSource(ZoneSource.parse("198.18.0.0/24"))
                .withService("ssh")
                .withPort(Port.parse("8080-8090/tcp"))
                .withProtocol("gre")
                .withIcmpBlock("echo-request")
                .withMasquerade(true)
                .withForwardPort(ForwardPort.parse("port=80:proto=tcp:toport=8080:toaddr=198.18.0.2"))
                .withSourcePort(Port.parse("53/udp"))
                .withRichRule(RichRuleParser.parse(
                        "rule family=ipv4 source not address=198.18.1.0/24 service name=http log prefix=web"
                                + " limit value=3/m accept"))
                .withIcmpBlockInversion(true);
        StringWriter w = new StringWriter();
        ZoneXml.write(z, w);
        assertEquals("""
                <?xml version="1.0" encoding="utf-8"?>
                <zone target="%%REJECT%%">
                  <short>Lab</short>
                  <description>A &amp; B &lt;test&gt;</description>
                  <service name="ssh"/>
                  <port port="8080-8090" protocol="tcp"/>
                  <protocol value="gre"/>
                  <icmp-block name="echo-request"/>
                  <masquerade/>
                  <forward-port port="80" protocol="tcp" to-port="8080" to-addr="198.18.0.2"/>
                  <source-port port="53" protocol="udp"/>
                  <rule family="ipv4">
                    <source address="198.18.1.0/24" invert="True"/>
                    <service name="http"/>
                    <log prefix="web">
                      <limit value="3/m"/>
                    </log>
                    <accept/>
                  </rule>
                  <interface name="eth1"/>
                  <source ipset="trusted"/>
                  <source address="198.18.0.0/24"/>
                  <icmp-block-inversion/>
                  <forward/>
                </zone>
                """, w.toString());
    }

    @Test
    void readsFirewalldsStockFileWithAttributesInAnyOrder() {
        Zone z = read("""
                <?xml version="1.0" encoding="utf-8"?>
                <zone>
                  <short>Public</short>
                  <description>Public areas.</description>
                  <service name="ssh"/>
                  <service name="dhcpv6-client"/>
                  <port protocol="tcp" port="8080"/>
                  <forward/>
                </zone>
                """);
        assertEquals("test", z.name());
        assertEquals(List.of("ssh", "dhcpv6-client"), z.services());
        assertEquals(List.of(Port.parse("8080/tcp")), z.ports());
        assertEquals(ZoneTarget.DEFAULT, z.target());
        assertEquals(true, z.forward());
    }

    @Test
    void absentForwardMeansOffAndDuplicatesAreIgnoredAndPortsCoalesce() {
        Zone z = read("""
                <zone>
                  <service name="ssh"/>
                  <service name="ssh"/>
                  <port port="80" protocol="tcp"/>
                  <port port="70-90" protocol="tcp"/>
                  <port port="85" protocol="tcp"/>
                </zone>
                """);
        assertFalse(z.forward());
        assertEquals(List.of("ssh"), z.services());
        assertEquals(List.of(Port.parse("70-90/tcp")), z.ports());
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = ';', value = {
        "<zone><service/></zone>;PARSE_ERROR;Missing attribute name for service",
        "<zone><service name='a' port='1'/></zone>;PARSE_ERROR;service: Unexpected attribute port",
        "<zone><bogus/></zone>;PARSE_ERROR;Unexpected element bogus",
        "<zone target='REJECT'/>;INVALID_TARGET;REJECT",
        "<zone target='MAYBE'/>;INVALID_TARGET;MAYBE",
        "<zone><port port='70000' protocol='tcp'/></zone>;INVALID_PORT;70000",
        "<zone><port port='80' protocol='icmp'/></zone>;INVALID_PROTOCOL;'icmp' not from {'tcp'|'udp'|'sctp'|'dccp'}",
        "<zone><protocol value='nonesuch'/></zone>;INVALID_PROTOCOL;nonesuch",
        "<zone><source address='300.1.1.1'/></zone>;INVALID_ADDR;300.1.1.1",
        "<zone><interface name='a/b'/></zone>;INVALID_INTERFACE;a/b",
        "<zone><rule><service name='ssh'/></rule></zone>;INVALID_RULE;no action, no log, no audit",
        "<zone><rule><source address='10.0.0.1'/><accept/></rule></zone>;MISSING_FAMILY;",
        "<zone><rule priority='x'><service name='ssh'/><accept/></rule></zone>;INVALID_PRIORITY"
            + ";invalid 'priority' attribute value 'x'.",
        "<zone><forward-port port='80' protocol='tcp'/></zone>;INVALID_FORWARD;missing destination",
    })
    void badFilesFailWithFirewalldsErrors(String xml, String code, String message) {
        FirewallException e = assertThrows(FirewallException.class, () -> read(xml));
        assertEquals(ErrorCode.valueOf(code), e.code());
        assertEquals(message == null ? "" : message, e.detail());
    }

    @Test
    void malformedXmlIsAnInvalidZone() {
        FirewallException e = assertThrows(FirewallException.class, () -> read("<zone><service name='a'></zone>"));
        assertEquals(ErrorCode.INVALID_ZONE, e.code());
        assertEquals(true, e.detail().startsWith("not a valid zone file: "), e.detail());
    }

    @Test
    void badFileNameIsAnInvalidName() {
        FirewallException e = assertThrows(FirewallException.class, () -> ZoneXml.read(
                new ByteArrayInputStream("<zone/>".getBytes(StandardCharsets.UTF_8)), "bad name.xml"));
        assertEquals(ErrorCode.INVALID_NAME, e.code());
    }
}
