package org.portcullis.config.ipset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.portcullis.model.error.FirewallException;
import org.portcullis.model.ipset.IpSet;
import org.portcullis.model.ipset.IpSetType;

/**
 * Files written by firewalld 1.3's own ipset writer (test resources {@code ipset/}) and files it reads
 * leniently or refuses ({@code ipset-lenient/}); what firewalld made of each was checked with its reader.
 */
class IpSetXmlTest {

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = IpSetXmlTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    private static IpSet read(String path) throws IOException {
        return IpSetXml.read(new ByteArrayInputStream(resource(path)), path.substring(path.lastIndexOf('/') + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"blocklist", "webports", "timed", "macs", "ifaces", "marks", "empty"})
    void firewalldsFilesAreReadAndWrittenBackByteForByte(String name) throws IOException {
        byte[] original = resource("/ipset/" + name + ".xml");
        IpSet s = IpSetXml.read(new ByteArrayInputStream(original), name + ".xml");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IpSetXml.write(s, out);
        assertEquals(new String(original, StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void firewalldsFileReadsAsFirewalldReadsIt() throws IOException {
        IpSet s = read("/ipset/blocklist.xml");
        assertEquals("blocklist", s.name());
        assertEquals("1.0", s.version());
        assertEquals("Block list", s.shortDescription());
        assertEquals("Networks & hosts <never> allowed \"in\"", s.description());
        assertEquals(IpSetType.HASH_NET, s.type());
        assertEquals("inet6", s.family());
        assertEquals("family=inet6 maxelem=65536 hashsize=4096", s.options().toString());
        assertEquals(List.of("2001:db8::/32", "2001:db8:1:2::7", "2001:db9::1-2001:db9::9"), s.entries());
        assertEquals(List.of(), read("/ipset/timed.xml").entries());
        assertEquals("timeout=600", read("/ipset/timed.xml").options().toString());
    }

    @Test
    void repeatedAndUnfitEntriesAndRepeatedOptionsAreSkipped() throws IOException {
        IpSet s = read("/ipset-lenient/sloppy.xml");
        assertEquals(List.of("198.18.1.1", "198.18.1.2"), s.entries());
        assertEquals("maxelem=100", s.options().toString());
        assertEquals("Sloppy", s.shortDescription());
        assertEquals(List.of(), read("/ipset-lenient/timedentries.xml").entries());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "macfamily;INVALID_OPTION: Unsupported option 'family' for type 'hash:mac'",
        "nooptionvalue;INVALID_OPTION: Missing mandatory value of option 'timeout'",
        "unknownoption;INVALID_OPTION: Unknown option 'counters'",
        "badtype;INVALID_TYPE: bitmap:port"})
    void badTypesAndOptionsFailTheFile(String name, String message) {
        FirewallException e = assertThrows(FirewallException.class, () -> read("/ipset-lenient/" + name + ".xml"));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "<ipset/>;PARSE_ERROR: Missing attribute type for ipset",
        "<ipset type='hash:ip'><port/></ipset>;PARSE_ERROR: Unexpected element port",
        "<ipset type='hash:ip'><entry x='1'/></ipset>;PARSE_ERROR: entry: Unexpected attribute x",
        "<ipset type='hash:ip'><option name='timeout' value='x'/></ipset>;"
            + "INVALID_VALUE: Option 'timeout': Value 'x' is not an integer",
        "<ipset type='hash:ip'><option name='family' value='ipv4'/></ipset>;INVALID_FAMILY: ipv4"})
    void malformedDocumentsFail(String xml, String message) {
        FirewallException e = assertThrows(FirewallException.class, () -> IpSetXml.read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "x.xml"));
        assertEquals(message, e.getMessage());
    }

    @Test
    void theFileNameNamesTheSet() {
        byte[] xml = "<ipset type='hash:ip'/>".getBytes(StandardCharsets.UTF_8);
        assertEquals("INVALID_NAME: 'x.txt' is missing .xml suffix", assertThrows(FirewallException.class,
                () -> IpSetXml.read(new ByteArrayInputStream(xml), "x.txt")).getMessage());
        assertEquals("INVALID_NAME: '/' is not allowed in 'a/b'", assertThrows(FirewallException.class,
                () -> IpSetXml.read(new ByteArrayInputStream(xml), "a/b.xml")).getMessage());
    }
}
