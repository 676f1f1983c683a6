/**
 * {@code portcullis check}: the command line over {@code org.portcullis.analysis.check}.
 *
 * <pre>
 * portcullis check [--config-dir DIR | --ruleset FILE | --runtime | --permanent]
 *                  [--host FILE] [--resolver ADDR]... [--resolv-conf FILE] [--ssh-connection 'C CP S SP']
 *                  [--seed N] [--json]
 * </pre>
 *
 * Plays the connections that bite people through the ruleset on the host model and prints each warning with the
 * flow that breaks, the rule that decided it and a fix. Exit codes: 0 no warning, 1 warnings, 2 bad usage,
 * otherwise the firewalld exit code of the error.
 */
package org.portcullis.cli.check;
