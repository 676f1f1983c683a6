/**
 * A simulated Linux netfilter host that evaluates nftables rulesets (the {@code org.portcullis.nft} IR)
 * and explains every verdict.
 *
 * <p>Entry point: {@link org.portcullis.engine.Simulator}, built from a ruleset and a
 * {@link org.portcullis.engine.host.Host}. It sends single {@link org.portcullis.engine.Packet}s and plays
 * whole connections out of, into or through the host ({@link org.portcullis.engine.ConnectRequest} →
 * {@link org.portcullis.engine.Connection} with an {@link org.portcullis.engine.Outcome}); each packet carries a
 * {@link org.portcullis.engine.trace.Trace} of the hooks, chains and rules it met and its verdict. The
 * decision and its trace come from one evaluator; {@link org.portcullis.engine.hook.RuleScan} is the seam
 * where a classifier skips rules that cannot match without changing any decision, trace or counter. The
 * simulator uses {@link org.portcullis.engine.classify.Classifier} (per chain, bit vectors over family and
 * protocol, ports, IPv4 addresses and interface names); {@link org.portcullis.engine.classify.PortIndexScan}
 * indexes destination ports only.
 *
 * <p>Modelled: ip/ip6/inet tables; prerouting, input, forward, output and postrouting with priorities;
 * policies; jump, goto, return, continue; accept, drop, reject (tcp reset and icmp/icmpv6/icmpx codes, with
 * the {@code meta l4proto}/{@code meta nfproto} guard nft puts before them); counters; log to the kernel log,
 * as an audit record or to an nflog group (a note); limit (never exceeded, with a note); named and anonymous
 * sets of ports, addresses (intervals too) and MAC addresses; {@code meta mark}/{@code ct mark} set from
 * constants and marks with {@code & | ^}; {@code ct helper set} and {@code tcp option maxseg size set rt mtu}
 * (notes, no verdict effect); notrack; {@code fib} (oif, oifname and type, from the host's routes and
 * addresses as nft_fib_ipv4/ipv6 answer); {@code ether saddr/daddr} and {@code meta iiftype} (with the
 * {@code meta iiftype ether} guard nft adds: the input path of an Ethernet interface only; the sender's MAC is
 * unknown unless the packet carries it); {@code meta pkttype} (host, broadcast or multicast by the
 * destination the packet arrived with; host for the host's own packets); nat as the kernel's nat core does it: nat chains run at -100
 * (destination) and 100 (source) in their priority order for a flow's first packet until one sets a
 * translation up; snat, dnat, masquerade (the outgoing interface's address) and redirect (the input
 * interface's address, or the loopback for the host's own packets); {@code ct status snat/dnat}; every later
 * packet, reply and ICMP error of the flow translated at those hooks; routing again after nat on output;
 * conntrack for TCP, UDP, ICMP requests (echo, timestamp, information, address mask), ICMP errors (related)
 * and other protocols; routing by longest prefix and metric.
 *
 * <p>Not modelled, reported as an unknown rule that never matches and marks the verdict uncertain:
 * statements and expressions outside that set (queue, socket, osf, concatenations, maps, payload writes,
 * meta keys other than those above). Also not modelled: policy routing (fib's mark and the routes of other
 * tables), route types other than unicast, port and address choice within a nat range (the lowest is
 * taken, with a note) and on a clash with another flow, IPv6 source address selection beyond the route's
 * source, TCP sequence windows, retransmission of packets after the handshake, a peer without a listener,
 * the related flows conntrack helpers expect, and the registration order of a chain at exactly priority
 * -200 relative to conntrack (conntrack is taken to run first).
 */
package org.portcullis.engine;
