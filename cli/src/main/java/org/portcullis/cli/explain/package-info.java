/**
 * {@code portcullis explain}: the command line over {@code org.portcullis.analysis.explain}.
 *
 * <pre>
 * portcullis explain --out [--oif IF] [--from ADDR[:PORT]] [--ct-state S] [--icmp-type T] PROTO ADDR[:PORT]
 * portcullis explain --in [--iif IF] --from ADDR[:PORT] [--ct-state S] [--icmp-type T] PROTO ADDR[:PORT]
 * portcullis explain --fwd [--iif IF] [--oif IF] --from ADDR[:PORT] [--ct-state S] [--icmp-type T] PROTO ADDR[:PORT]
 * portcullis explain --connect [--from ADDR] [--oif IF] PROTO ADDR[:PORT]
 *   ruleset: --config-dir DIR | --ruleset FILE | --runtime | --permanent (daemon; default --runtime)
 *   host:    --host FILE (default: this machine) --port-range LO-HI --seed N
 *   output:  --json
 * </pre>
 *
 * {@code --config-dir} reads a directory laid out as {@code /etc/firewalld} the way the daemon does; {@code
 * --runtime} and {@code --permanent} ask the daemon for its compiled ruleset and source map in one request.
 * Each packet's trace is followed by a {@code zone: ZONE (BINDING)} line per zone it was handed to and a
 * {@code decided by:} line. A packet explanation ends with {@code verdict: accept|drop|reject}; a connection's
 * with {@code outcome: established|refused|unreachable|denied|timeout}, after one {@code lost:} line per lost
 * packet.
 */
package org.portcullis.cli.explain;
