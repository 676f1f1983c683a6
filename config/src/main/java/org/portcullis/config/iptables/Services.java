package org.portcullis.config.iptables;

import java.util.Map;

/**
 * Service names iptables resolves through /etc/services. Portcullis carries a fixed table of common
 * names (the same for every protocol) instead of reading the host's file.
 */
final class Services {
    private static final Map<String, Integer> PORTS = Map.ofEntries(
            Map.entry("ftp-data", 20), Map.entry("ftp", 21), Map.entry("ssh", 22), Map.entry("telnet", 23),
            Map.entry("smtp", 25), Map.entry("domain", 53), Map.entry("bootps", 67), Map.entry("bootpc", 68),
            Map.entry("tftp", 69), Map.entry("http", 80), Map.entry("www", 80), Map.entry("kerberos", 88),
            Map.entry("pop3", 110), Map.entry("sunrpc", 111), Map.entry("ident", 113), Map.entry("auth", 113),
            Map.entry("ntp", 123), Map.entry("netbios-ns", 137), Map.entry("netbios-dgm", 138),
            Map.entry("netbios-ssn", 139), Map.entry("imap2", 143), Map.entry("imap", 143),
            Map.entry("snmp", 161), Map.entry("snmp-trap", 162), Map.entry("bgp", 179), Map.entry("ldap", 389),
            Map.entry("https", 443), Map.entry("microsoft-ds", 445), Map.entry("isakmp", 500),
            Map.entry("syslog", 514), Map.entry("submission", 587), Map.entry("ldaps", 636),
            Map.entry("rsync", 873), Map.entry("imaps", 993), Map.entry("pop3s", 995),
            Map.entry("openvpn", 1194), Map.entry("ms-sql-s", 1433), Map.entry("nfs", 2049),
            Map.entry("mysql", 3306), Map.entry("ipsec-nat-t", 4500), Map.entry("sip", 5060),
            Map.entry("postgresql", 5432), Map.entry("x11", 6000), Map.entry("http-alt", 8080));

    private Services() {
    }

    /** The port of a service name, or -1. */
    static int port(String name) {
        return PORTS.getOrDefault(name, -1);
    }
}
