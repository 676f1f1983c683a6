# Writes overlap-cases.tsv: firewalld 1.3's overlap checks of ipset entries (run by hand with the installed
# firewalld: /usr/bin/python3 overlaps.py > overlap-cases.tsv). Existing entries are separated by blanks.
from firewall.core.ipset import check_entry_overlaps_existing, check_for_overlapping_entries
from firewall.errors import FirewallError

EXISTING = [
    ("198.18.1.1", ["198.18.1.0/30", "198.18.1.1/32", "198.18.1.2", "198.18.0.0/15", "0.0.0.0/0", "2001:db8::1",
                    "198.18.1.1,80", "00:11:22:33:44:55", "198.18.1.1-198.18.1.9"]),
    ("198.18.0.0/16 198.20.0.0/16", ["198.19.255.255", "198.20.7.7", "198.18.128.0/17", "198.16.0.0/14",
                                     "198.21.0.0/16"]),
    ("2001:db8::/32", ["2001:db8:1::/48", "2001:db9::/32", "::/0", "2001:db8::1", "198.18.0.0/16"]),
    ("", ["198.18.1.1"]),
]
LISTS = [
    "198.18.1.1 198.18.1.2 198.18.1.3",
    "198.18.6.0/24 198.18.6.7",
    "198.18.6.7 198.18.6.0/24",
    "198.18.0.0/16 198.18.128.0/17 198.19.0.0/16",
    "198.19.0.0/16 198.18.0.0/16 198.18.4.0/24",
    "2001:db8::/32 2001:db8:1::/48",
    "2001:db8::1 2001:db8::2",
    "198.18.1.1 198.18.1.1-198.18.1.9",
    "198.18.1.1,80 198.18.1.1,81",
    "",
]
print("# kind\texisting\tentry\tresult")
for existing, entries in EXISTING:
    for e in entries:
        try:
            check_entry_overlaps_existing(e, existing.split())
            r = "ok"
        except FirewallError as ex:
            r = str(ex)
        print("\t".join(["existing", existing, e, r]))
for l in LISTS:
    try:
        check_for_overlapping_entries(l.split())
        r = "ok"
    except FirewallError as ex:
        r = str(ex)
    print("\t".join(["list", l, "", r]))
