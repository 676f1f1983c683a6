# Generates N direct rules of realistic, varied shape (ipv4 filter OUTPUT/INPUT, priorities 0-9).
# Usage: awk -v n=N -v format=xml|ipt -f gen-direct.awk
function rule(i,   a, b, port) {
    a = int(i / 250) % 250; b = i % 250 + 1; port = 1024 + (i * 7) % 60000
    if (i % 5 == 0) return "-o enp3s0 -p tcp --dport " port " -j ACCEPT"
    if (i % 5 == 1) return "-o enp3s0 -d 198.19." a "." b " -p udp --dport " port " -j ACCEPT"
    if (i % 5 == 2) return "-s 198.18." a "." b "/32 -j DROP"
    if (i % 5 == 3) return "-o enp3s0 -p tcp -m multiport --dports " port "," port + 1 " -m conntrack --ctstate NEW -j ACCEPT"
    return "-o enp3s0 -d 198.19." a ".0/24 -p tcp --dport " port " -j REJECT --reject-with tcp-reset"
}
BEGIN {
    if (format == "xml") {
        print "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        print "<direct>"
        for (i = 0; i < n; i++)
            printf "  <rule ipv=\"ipv4\" table=\"filter\" chain=\"OUTPUT\" priority=\"%d\">%s</rule>\n", i % 10, rule(i)
        print "</direct>"
    } else {
        print "*filter"
        for (i = 0; i < n; i++) print "-A OUTPUT " rule(i)
        print "COMMIT"
    }
}
