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
 * </ul>
 */
package org.portcullis.daemon;
