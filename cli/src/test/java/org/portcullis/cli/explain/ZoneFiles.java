package org.portcullis.cli.explain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A configuration directory with zones, as /etc/firewalld holds them: zone public bound to enp3s0 with ssh
 * and a rich rule, zone internal bound to 198.18.4.0/24 with http and a service of its own, the default zone
 * set to work in firewalld.conf, and one zone file that cannot be read.
 */
final class ZoneFiles {
    static final String RICH = "rule family=\"ipv4\" source address=\"198.18.0.7\" port port=\"8080\" protocol=\"tcp\" accept";
    static final String HOST = SeedFiles.HOST + "interface enp4s0 198.18.1.1/24\n";

    private ZoneFiles() {
    }

    static Path configDir(Path dir) throws IOException {
        Path conf = Files.createDirectories(dir.resolve("firewalld"));
        Path zones = Files.createDirectories(conf.resolve("zones"));
        Files.writeString(zones.resolve("public.xml"), """
                <?xml version="1.0" encoding="utf-8"?>
                <zone>
                  <short>Public</short>
                  <service name="ssh"/>
                  <interface name="enp3s0"/>
                  <rule family="ipv4">
                    <source address="198.18.0.7"/>
                    <port port="8080" protocol="tcp"/>
                    <accept/>
                  </rule>
                </zone>
                """);
        Files.writeString(zones.resolve("internal.xml"), """
                <?xml version="1.0" encoding="utf-8"?>
                <zone>
                  <short>Internal</short>
                  <service name="http"/>
                  <service name="webapp"/>
                  <source address="198.18.4.0/24"/>
                </zone>
                """);
        Files.writeString(zones.resolve("broken.xml"), "<zone><interface/></zone>\n");
        Path services = Files.createDirectories(conf.resolve("services"));
        Files.writeString(services.resolve("webapp.xml"), """
                <?xml version="1.0" encoding="utf-8"?>
                <service>
                  <short>Web application</short>
                  <port protocol="tcp" port="8443"/>
                </service>
                """);
        Files.writeString(conf.resolve("firewalld.conf"), "# kept as it is\nDefaultZone=work\nLogDenied=off\n");
        return conf;
    }
}
