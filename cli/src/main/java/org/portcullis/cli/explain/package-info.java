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
 * A packet explanation ends with {@code verdict: accept|drop|reject}; a connection's with
 * {@code outcome: established|refused|unreachable|denied|timeout}, after one {@code lost:} line per lost packet.
 */
package org.portcullis.cli.explain;
