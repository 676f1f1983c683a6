package org.portcullis.config.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.portcullis.config.rich.RichRuleParser;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.zone.Policy;
import org.portcullis.model.zone.PolicyTarget;
import org.portcullis.model.zone.Port;
import org.portcullis.model.zone.Service;

class ServiceAndPolicyXmlTest {

    private static ByteArrayInputStream in(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void serviceIsWrittenInFirewalldsOrderAndReadBack() {
        Service s = new Service("media", "", "Media", "Streams & more", List.of(Port.parse("8000-8010/tcp")),
                List.of("gre"), List.of(Port.parse("5000/udp")), List.of("nf_conntrack_sip"),
                Optional.of("224.0.0.0/4"), Optional.of("ff02::/16"), List.of("mdns"), List.of("sip"));
        StringWriter w = new StringWriter();
        ServiceXml.write(s, w);
        assertEquals("""
                <?xml version="1.0" encoding="utf-8"?>
                <service>
                  <short>Media</short>
                  <description>Streams &amp; more</description>
                  <port port="8000-8010" protocol="tcp"/>
                  <protocol value="gre"/>
                  <source-port port="5000" protocol="udp"/>
                  <module name="nf_conntrack_sip"/>
                  <destination ipv4="224.0.0.0/4" ipv6="ff02::/16"/>
                  <include service="mdns"/>
                  <helper name="sip"/>
                </service>
                """, w.toString());
        assertEquals(s, ServiceXml.read(in(w.toString()), "media.xml"));
    }

    @Test
    void servicePortWithoutNumberIsAProtocol() {
        Service s = ServiceXml.read(in("<service><port port='' protocol='gre'/></service>"), "g");
        assertEquals(List.of("gre"), s.protocols());
        assertEquals(List.of(), s.ports());
    }

    @Test
    void badServiceFilesFail() {
        assertEquals(ErrorCode.INVALID_SERVICE, assertThrows(FirewallException.class,
                () -> ServiceXml.read(in("<service><port"), "x")).code());
        assertEquals(ErrorCode.PARSE_ERROR, assertThrows(FirewallException.class,
                () -> ServiceXml.read(in("<service><zone/></service>"), "x")).code());
        assertEquals(ErrorCode.INVALID_ADDR, assertThrows(FirewallException.class,
                () -> ServiceXml.read(in("<service><destination ipv4='::1'/></service>"), "x")).code());
    }

    @Test
    void policyIsWrittenInFirewalldsOrderAndReadBack() {
        Policy p = Policy.empty("smtp-out").withTarget(PolicyTarget.REJECT).withPriority(-100)
                .withIngressZone("HOST").withEgressZone("ANY")
                .with(x -> x.withRichRule(RichRuleParser.parse(
                        "rule family=ipv4 destination address=192.0.2.0/24 port port=25 protocol=tcp reject"),
                        "smtp-out"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PolicyXml.write(p, out);
        assertEquals("""
                <?xml version="1.0" encoding="utf-8"?>
                <policy priority="-100" target="REJECT">
                  <rule family="ipv4">
                    <destination address="192.0.2.0/24"/>
                    <port port="25" protocol="tcp"/>
                    <reject/>
                  </rule>
                  <ingress-zone name="HOST"/>
                  <egress-zone name="ANY"/>
                </policy>
                """, out.toString(StandardCharsets.UTF_8));
        assertEquals(p, PolicyXml.read(new ByteArrayInputStream(out.toByteArray()), "smtp-out.xml"));
    }

    @Test
    void policyNeedsATargetAndAValidPriority() {
        FirewallException e = assertThrows(FirewallException.class,
                () -> PolicyXml.read(in("<policy priority='5'/>"), "p"));
        assertEquals(ErrorCode.PARSE_ERROR, e.code());
        assertEquals("Missing attribute target for policy", e.detail());
        assertEquals(ErrorCode.INVALID_PRIORITY, assertThrows(FirewallException.class,
                () -> PolicyXml.read(in("<policy target='ACCEPT' priority='0'/>"), "p")).code());
        assertEquals(ErrorCode.INVALID_TARGET, assertThrows(FirewallException.class,
                () -> PolicyXml.read(in("<policy target='%%REJECT%%'/>"), "p")).code());
        assertEquals(ErrorCode.PARSE_ERROR, assertThrows(FirewallException.class,
                () -> PolicyXml.read(in("<policy target='ACCEPT'><interface name='x'/></policy>"), "p")).code());
    }
}
