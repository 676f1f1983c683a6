/**
 * {@code firewall-cmd}: firewalld 1.3's command line in front of the Portcullis daemon.
 *
 * <p>Options are parsed as firewalld's argparse parser does (joining of rule arguments, greedy values,
 * mutually exclusive groups, unique abbreviations, the same error texts), then checked in firewalld's order.
 * Options come in families ({@link org.portcullis.cli.firewallcmd.CommandFamily}); each family registers its
 * options and handles the command lines it claims. Known differences: {@code --version} is answered without
 * the daemon; a priority outside int32 is a usage error (firewalld fails with a D-Bus traceback, exit 254).
 */
package org.portcullis.cli.firewallcmd;
