package org.portcullis.config.rich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

class RichRuleParserTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "rule family=ipv4 source address=10.0.0.0/8 service name=ssh accept"
            + "|rule family=\"ipv4\" source address=\"10.0.0.0/8\" service name=\"ssh\" accept",
        "rule family=\"ipv6\" source address=\"fd00::/8\" service name=\"http\" accept"
            + "|rule family=\"ipv6\" source address=\"fd00::/8\" service name=\"http\" accept",
        "rule priority=-5 family=ipv4 source address=192.0.2.1 drop"
            + "|rule priority=\"-5\" family=\"ipv4\" source address=\"192.0.2.1\" drop",
        "rule priority=0 service name=ssh accept|rule service name=\"ssh\" accept",
        "rule family=ipv4 source not address=192.0.2.0/24 drop"
            + "|rule family=\"ipv4\" source NOT address=\"192.0.2.0/24\" drop",
        "rule family=ipv4 source NOT address=192.0.2.0/255.255.255.0 drop"
            + "|rule family=\"ipv4\" source NOT address=\"192.0.2.0/255.255.255.0\" drop",
        "rule source mac=00:11:22:aa:bb:cc accept|rule source mac=\"00:11:22:AA:BB:CC\" accept",
        "rule source ipset=blocklist drop|rule source ipset=\"blocklist\" drop",
        "rule family=ipv4 destination address=198.18.0.1 service name=dns accept"
            + "|rule family=\"ipv4\" destination address=\"198.18.0.1\" service name=\"dns\" accept",
        "rule family=ipv4 destination not ipset=servers port port=80 protocol=tcp accept"
            + "|rule family=\"ipv4\" destination NOT ipset=\"servers\" port port=\"80\" protocol=\"tcp\" accept",
        "rule port port=8000-8080 protocol=tcp accept|rule port port=\"8000-8080\" protocol=\"tcp\" accept",
        "rule port protocol=udp port=53 accept|rule port port=\"53\" protocol=\"udp\" accept",
        "rule protocol value=esp accept|rule protocol value=\"esp\" accept",
        "rule protocol value=47 drop|rule protocol value=\"47\" drop",
        "rule icmp-block name=echo-request|rule icmp-block name=\"echo-request\"",
        "rule icmp-type name=echo-request accept|rule icmp-type name=\"echo-request\" accept",
        "rule family=ipv4 source address=10.0.0.0/8 masquerade"
            + "|rule family=\"ipv4\" source address=\"10.0.0.0/8\" masquerade",
        "rule family=ipv4 forward-port port=80 protocol=tcp to-port=8080"
            + "|rule family=\"ipv4\" forward-port port=\"80\" protocol=\"tcp\" to-port=\"8080\"",
        "rule family=ipv4 forward-port port=80 protocol=tcp to-addr=198.18.0.2 to-port=8080"
            + "|rule family=\"ipv4\" forward-port port=\"80\" protocol=\"tcp\" to-port=\"8080\" to-addr=\"198.18.0.2\"",
        "rule source-port port=1024-2048 protocol=udp drop|rule source-port port=\"1024-2048\" protocol=\"udp\" drop",
        "rule tcp-mss-clamp|rule tcp-mss-clamp",
        "rule tcp-mss-clamp value=1200|rule tcp-mss-clamp value=\"1200\"",
        "rule service name=ssh log prefix=\"ssh in \" level=info limit value=3/minute accept"
            + "|rule service name=\"ssh\" log prefix=\"ssh in \" level=\"info\" limit value=\"3/m\" accept",
        "rule service name=ssh log limit value=1/s accept"
            + "|rule service name=\"ssh\" log limit value=\"1/s\" accept",
        "rule service name=ssh nflog group=5 prefix=x queue-size=10 accept"
            + "|rule service name=\"ssh\" nflog group=\"5\" prefix=\"x\" queue-size=\"10\" accept",
        "rule service name=ssh audit limit value=2/h accept"
            + "|rule service name=\"ssh\" audit limit value=\"2/h\" accept",
        "rule family=ipv4 service name=ssh reject type=tcp-reset"
            + "|rule family=\"ipv4\" service name=\"ssh\" reject type=\"tcp-reset\"",
        "rule service name=ssh reject limit value=5/d|rule service name=\"ssh\" reject limit value=\"5/d\"",
        "rule service name=ssh drop limit value=10/second|rule service name=\"ssh\" drop limit value=\"10/s\"",
        "rule service name=ssh accept limit value=10/hour|rule service name=\"ssh\" accept limit value=\"10/h\"",
        "rule service name=ssh mark set=0x10/0xff|rule service name=\"ssh\" mark set=0x10/0xff",
        "rule priority=127 drop|rule priority=\"127\" drop",
        "rule priority=32767 log prefix=all|rule priority=\"32767\" log prefix=\"all\"",
        "`  rule family='ipv4'   service name=ssh accept `|rule family=\"ipv4\" service name=\"ssh\" accept",
    })
    void validRulesPrintCanonically(String input, String canonical) {
        assertEquals(canonical, RichRuleParser.parse(input).toString());
        assertEquals(RichRuleParser.parse(input), RichRuleParser.parse(canonical));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``|INVALID_RULE|empty rule",
        "`   `|INVALID_RULE|empty rule",
        "family=ipv4 rule|INVALID_RULE|'family' outside of rule. Use 'rule family=...'.",
        "priority=1 rule|INVALID_RULE|'priority' outside of rule. Use 'rule priority=...'.",
        "service name=ssh|INVALID_RULE|'service' outside of rule. Use 'rule ... service ...'.",
        "rule family=ipv5 service name=ssh accept|INVALID_RULE"
            + "|'family' attribute cannot have 'ipv5' value. Use 'ipv4' or 'ipv6' instead.",
        "rule priority=x service name=ssh accept|INVALID_PRIORITY|invalid 'priority' attribute value 'x'.",
        "rule priority=40000 service name=ssh accept|INVALID_PRIORITY"
            + "|'priority' attribute must be between -32768 and 32767.",
        "rule priority=-32769 service name=ssh accept|INVALID_PRIORITY"
            + "|'priority' attribute must be between -32768 and 32767.",
        "rule bogus=1 accept|INVALID_RULE|bad attribute 'bogus'",
        "rule frobnicate accept|INVALID_RULE|unknown element frobnicate",
        "rule name=ssh accept|INVALID_RULE|attribute 'name' outside of any element. Use 'rule <element> name= ...'.",
        "rule protocol=tcp accept|INVALID_RULE"
            + "|wrong 'protocol' usage. Use either 'rule protocol value=...' or  'rule [forward-]port protocol=...'.",
        "rule source address=10.0.0.1 accept|MISSING_FAMILY|",
        "rule destination ipset=x service name=ssh accept|MISSING_FAMILY|",
        "rule forward-port port=80 protocol=tcp to-port=81|MISSING_FAMILY|",
        "rule family=ipv4 source address=10.0.0.300 accept|INVALID_ADDR|10.0.0.300",
        "rule family=ipv6 source address=10.0.0.1 accept|INVALID_ADDR|10.0.0.1",
        "rule family=ipv4 destination address=10.0.0.0/33 accept|INVALID_ADDR|10.0.0.0/33",
        "rule source mac=00:11:22:33:44 accept|INVALID_MAC|00:11:22:33:44",
        "rule source ipset=abcdefghijklmnopqrstuvwxyz0123456789 drop|INVALID_IPSET"
            + "|abcdefghijklmnopqrstuvwxyz0123456789",
        "rule family=ipv4 source address=10.0.0.1 mac=00:11:22:33:44:55 accept|INVALID_RULE|address and mac",
        "rule source accept|INVALID_RULE|no address, mac and ipset",
        "rule family=ipv4 destination address=10.0.0.1 ipset=x accept|INVALID_DESTINATION|address and ipset",
        "rule family=ipv4 source address=10.0.0.1 source address=10.0.0.2 accept|INVALID_RULE"
            + "|more than one 'source' element",
        "rule service name=ssh port port=22 protocol=tcp accept|INVALID_RULE"
            + "|more than one element. There cannot be both 'port' and 'service name=\"ssh\"' in one rule.",
        "rule service name=ssh accept drop|INVALID_RULE"
            + "|more than one 'action' element. There cannot be both 'drop' and 'accept' in one rule.",
        "rule service name=ssh log log accept|INVALID_RULE|more than one logging element",
        "rule service name=ssh audit audit accept|INVALID_RULE|more than one 'audit' element",
        "rule service accept|INVALID_RULE|invalid 'service' element",
        "rule port port=99999 protocol=tcp accept|INVALID_PORT|99999",
        "rule port port=80 protocol=icmp accept|INVALID_PROTOCOL|icmp",
        "rule protocol value=nosuchproto accept|INVALID_PROTOCOL|nosuchproto",
        "rule protocol value=256 accept|INVALID_PROTOCOL|256",
        "rule protocol value=esp|INVALID_RULE|no action, no log, no audit",
        "rule icmp-block name=echo-request accept|INVALID_RULE|icmp-block and action",
        "rule icmp-type accept|INVALID_RULE|invalid 'icmp-type' element",
        "rule masquerade accept|INVALID_RULE|masquerade and action",
        "rule source mac=00:11:22:33:44:55 masquerade|INVALID_RULE|masquerade and mac source",
        "rule family=ipv4 forward-port port=80 protocol=tcp|INVALID_PORT|",
        "rule family=ipv4 forward-port port=80 protocol=tcp to-addr=::1|INVALID_ADDR|::1",
        "rule family=ipv4 forward-port port=80 protocol=tcp to-port=81 accept|INVALID_RULE|forward-port and action",
        "rule source-port port=a-b protocol=tcp accept|INVALID_PORT|a-b",
        "rule tcp-mss-clamp value=100|INVALID_RULE|100",
        "rule tcp-mss-clamp accept|INVALID_RULE|tcp-mss-clamp and accept are mutually exclusive",
        "rule drop|INVALID_RULE|no element, no source, no destination",
        "rule log prefix=x|INVALID_RULE|no element, no action",
        "rule service name=ssh log level=loud accept|INVALID_LOG_LEVEL|loud",
        "rule service name=ssh log prefix=" + "pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp"
            + "pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp accept|INVALID_LOG_PREFIX"
            + "|maximum accepted length of 'prefix' is 127.",
        "rule service name=ssh nflog group=70000 accept|INVALID_NFLOG_GROUP"
            + "|nflog 'group' must be an integer between 0 and 65535.",
        "rule service name=ssh nflog queue-size=-1 accept|INVALID_NFLOG_QUEUE"
            + "|nflog 'queue-size' must be an integer between 0 and 65535.",
        "rule service name=ssh audit|INVALID_AUDIT_TYPE|<class 'NoneType'>",
        "rule service name=ssh audit mark set=1|INVALID_AUDIT_TYPE|<class 'firewall.core.rich.Rich_Mark'>",
        "rule service name=ssh accept limit value=1/d|INVALID_LIMIT|1/d too slow",
        "rule service name=ssh accept limit value=0/s|INVALID_LIMIT|0/s",
        "rule service name=ssh accept limit value=5/w|INVALID_LIMIT|5/w",
        "rule service name=ssh accept limit value=5|INVALID_LIMIT|5",
        "rule service name=ssh accept limit value=5/m burst=2|INVALID_RULE|bad attribute 'burst'",
        "rule service name=ssh accept limit|INVALID_RULE|invalid 'limit' element",
        "rule service name=ssh reject type=icmp-host-prohibited|INVALID_RULE"
            + "|When using reject type you must specify also rule family.",
        "rule service name=ssh mark set=x|INVALID_MARK|x",
        "rule service name=ssh mark set=1/2/3|INVALID_MARK|1/2/3",
        "rule service name=ssh mark|INVALID_MARK|no value set",
        "rule service name=ssh accept prefix=a=b|INVALID_RULE|internal error in _lexer(): prefix=a=b",
        "rule service name=\"ssh accept|INVALID_RULE|No closing quotation",
    })
    void invalidRulesFailWithFirewalldsError(String input, String code, String message) {
        FirewallException e = assertThrows(FirewallException.class, () -> RichRuleParser.parse(input));
        assertEquals(ErrorCode.valueOf(code), e.code());
        assertEquals(message == null ? "" : message, e.detail());
    }

    @org.junit.jupiter.api.Test
    void wrongRejectTypeListsTheFamilysTypes() {
        FirewallException e = assertThrows(FirewallException.class,
                () -> RichRuleParser.parse("rule family=ipv6 service name=ssh reject type=tcp-rst"));
        assertEquals(ErrorCode.INVALID_RULE, e.code());
        assertEquals("Wrong reject type tcp-rst.\nUse one of: icmp6-adm-prohibited, adm-prohibited, icmp6-no-route, "
                + "no-route, icmp6-addr-unreachable, addr-unreach, icmp6-port-unreachable, port-unreach, tcp-reset.",
                e.detail());
    }

    @org.junit.jupiter.api.Test
    void tabsAreStrippedAsNonPrintableBeforeSplitting() {
        FirewallException e = assertThrows(FirewallException.class,
                () -> RichRuleParser.parse("rule\tfamily=ipv4 service name=ssh accept"));
        assertEquals("bad attribute 'rulefamily'", e.detail());
    }

    @org.junit.jupiter.api.Test
    void nonPrintableCharactersAreIgnored() {
        assertEquals("rule service name=\"ssh\" accept",
                RichRuleParser.parse("rule service\u0007 name=ssh\u0085 accept").toString());
    }
}
