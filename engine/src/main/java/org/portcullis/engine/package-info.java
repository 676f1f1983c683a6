/**
 * A simulated Linux netfilter host that evaluates nftables rulesets (the {@code org.portcullis.nft} IR)
 * and explains every verdict.
 *
 * <p>Entry point: {@link org.portcullis.engine.Simulator}, built from a ruleset and a
 * {@link org.portcullis.engine.host.Host}. It sends single {@link org.portcullis.engine.Packet}s and plays
 * whole connections ({@link org.portcullis.engine.ConnectRequest} → {@link org.portcullis.engine.Connection}
 * with an {@link org.portcullis.engine.Outcome}); each packet carries a
 * {@link org.portcullis.engine.trace.Trace} of the hooks, chains and rules it met and its verdict. The
 * decision and its trace come from one evaluator; {@link org.portcullis.engine.hook.RuleScan} is the seam
 * where a classifier skips rules that cannot match without changing any decision, trace or counter. The
 * simulator uses {@link org.portcullis.engine.classify.Classifier} (per chain, bit vectors over family and
 * protocol, ports, IPv4 addresses and interface names); {@link org.portcullis.engine.classify.PortIndexScan}
 * indexes destination ports only.
 *
 * <p>Modelled: ip/ip6/inet tables; prerouting, input, forward, output and postrouting with priorities;
 * policies; jump, goto, return, continue; accept, drop, reject (tcp reset and icmp/icmpv6/icmpx codes);
 * counters; log (a note); limit (never exceeded, with a note); meta mark set, ct mark set; notrack;
 * snat/dnat/masquerade/redirect on a flow's first packet with a literal address or port, later packets and
 * replies of that flow translated by conntrack when it looks them up; conntrack for TCP,
 * UDP, ICMP echo, ICMP errors (related) and other protocols; routing by longest prefix and metric.
 *
 * <p>Not modelled, reported as an unknown rule that never matches and marks the verdict uncertain:
 * statements and expressions outside that set (queue, socket, osf, fib, concatenations, payload writes,
 * meta keys other than iif/oif names, l4proto, nfproto, protocol, mark and length). Also not modelled:
 * the exact hook position of conntrack's translation of later packets (done at lookup, not at priority
 * -100/100), masquerade's and redirect's address choice, TCP sequence windows,
 * retransmission of packets after the handshake, a peer without a listener, conntrack helpers and
 * expectations, and the registration order of a chain at exactly priority -200 relative to conntrack
 * (conntrack is taken to run first).
 */
package org.portcullis.engine;
