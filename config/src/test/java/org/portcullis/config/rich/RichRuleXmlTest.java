package org.portcullis.config.rich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portcullis.config.zone.ZoneXml;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.zone.Zone;

class RichRuleXmlTest {

    private static Zone zone(String rules) {
        String xml = "<zone>" + rules + "</zone>";
        return ZoneXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "z");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = ';', value = {
        "<rule family='ipv4' priority='-2'><source address='10.0.0.0/8' invert='true'/><service name='ssh'/>"
            + "<log prefix='p' level='info'><limit value='2/minute'/></log><audit/><accept/></rule>"
            + ";rule priority=\"-2\" family=\"ipv4\" source NOT address=\"10.0.0.0/8\" service name=\"ssh\""
            + " log prefix=\"p\" level=\"info\" limit value=\"2/m\" audit accept",
        "<rule><source mac='00:11:22:33:44:55'/><nflog group='3'/><drop><limit value='1/s'/></drop></rule>"
            + ";rule source mac=\"00:11:22:33:44:55\" nflog group=\"3\" drop limit value=\"1/s\"",
        "<rule family='ipv6'><tcp-mss-clamp/></rule>;rule family=\"ipv6\" tcp-mss-clamp value=\"pmtu\"",
        "<rule><service name='ssh'/><mark set='0x1/0xff'/></rule>;rule service name=\"ssh\" mark set=0x1/0xff",
        "<rule family='ipv4'><forward-port port='80' protocol='tcp' to-addr='198.18.0.1'/></rule>"
            + ";rule family=\"ipv4\" forward-port port=\"80\" protocol=\"tcp\" to-addr=\"198.18.0.1\"",
    })
    void xmlRulesReadAsTheirCanonicalString(String xml, String canonical) {
        assertEquals(canonical, zone(xml).richRules().getFirst().toString());
        assertEquals(RichRuleParser.parse(canonical), zone(xml).richRules().getFirst());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', value = {
        "<rule><service name='a'/><port port='1' protocol='tcp'/><accept/></rule>;INVALID_RULE"
            + ";More than one element in rule",
        "<rule><service name='a'/><accept/><drop/></rule>;INVALID_RULE;More than one action in rule",
        "<rule family='ipv7'><service name='a'/><accept/></rule>;INVALID_FAMILY;ipv7",
        "<rule><service name='a'/><accept><limit/></accept></rule>;PARSE_ERROR;Missing attribute value for limit",
        "<rule><service name='a'/><accept><limit value='1/d'/></accept></rule>;INVALID_LIMIT;1/d too slow",
        "<rule><interface name='a'/></rule>;INVALID_RULE;unexpected element interface",
        "<rule><source/><accept/></rule>;INVALID_RULE;no address, mac and ipset",
        "<rule family='ipv4'><destination address='1.2.3.4' ipset='x'/><accept/></rule>;INVALID_DESTINATION"
            + ";address and ipset",
    })
    void badXmlRulesFail(String xml, String code, String message) {
        FirewallException e = assertThrows(FirewallException.class, () -> zone(xml));
        assertEquals(ErrorCode.valueOf(code), e.code());
        assertEquals(message, e.detail());
    }

    @Test
    void duplicateRulesInAFileAreKeptOnce() {
        String rule = "<rule><service name='ssh'/><accept/></rule>";
        assertEquals(1, zone(rule + rule).richRules().size());
    }
}
