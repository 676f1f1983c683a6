/**
 * The Portcullis daemon: runtime and permanent state, served over a Unix domain socket.
 *
 * <p>Where it knowingly differs from firewalld 1.3:
 * <ul>
 *   <li>Permanent additions (rules, chains, passthroughs) are validated at once with the same checks as
 *       runtime ones, including the rule parser; firewalld stores them unchecked and fails at the next
 *       reload, leaving the daemon in the FAILED state.</li>
 *   <li>{@code --reload} checks and compiles the whole new configuration before touching the kernel and
 *       applies it in one transaction; on any error the runtime state stays as it was and the daemon keeps
 *       running, where firewalld would be left half applied and FAILED.</li>
 *   <li>Family {@code eb} is refused with COMMAND_FAILED: Portcullis does not program ebtables.</li>
 *   <li>An untracked {@code --passthrough} is applied only when it adds rules or chains (-A, -I, -N); it is
 * *       kept until the next reload but never listed or saved; {@code -D} deletes what such a passthrough
 *       added. Listing and checking forms (-L, -S, -C) are
 *       refused with COMMAND_FAILED.</li>
 *   <li>Zones ({@link org.portcullis.daemon.zone}): rich rules keep the order in which they were added;
 *       firewalld lists and saves them in the order of Python's randomized string hashes. An unclosed quote
 *       in a rich rule is INVALID_RULE, where firewalld leaks a Python error (exit 254). A rich rule naming an
 *       unknown service is refused (INVALID_SERVICE) with {@code --permanent} too; firewalld 1.3 saves it and
 *       refuses it only when it applies the zone.</li>
 *   <li>The zone table compiles the input and forward filter paths: services, ports, protocols, source ports,
 *       address sources, interfaces, targets and rich rules with address sources and destinations, service,
 *       port, protocol and source-port elements, log, accept, drop and reject. Not compiled yet: policies
 *       (allow-host-ipv6), masquerading and forward ports (nat), ICMP blocks and block inversion, MAC and
 *       ipset sources, rate limits, audit and mark. Panic mode drops every packet at prerouting and output
 *       (priority -310), direct tables included.</li>
 *   <li>Lockdown and ipsets are not supported.</li>
 * </ul>
 */
package org.portcullis.daemon;
