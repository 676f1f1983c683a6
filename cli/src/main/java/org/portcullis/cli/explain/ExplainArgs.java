package org.portcullis.cli.explain;

import java.nio.file.Path;

import org.portcullis.analysis.explain.source.DaemonLayer;
import org.portcullis.engine.MacAddress;
import org.portcullis.engine.conntrack.CtState;
import org.portcullis.engine.host.PortRange;

/**
 * A parsed {@code portcullis explain} command line. Exactly one of {@code configDir}, {@code rulesetFile}
 * and {@code layer} is set; {@code from}, {@code iif}, {@code oif}, {@code hostFile}, {@code portRange},
 * {@code seed} and {@code mac} (the sending peer's MAC address) may be null; {@code icmpType} and
 * {@code icmpCode} are -1 when not given.
 */
record ExplainArgs(Mode mode, int protocol, Endpoint to, Endpoint from, String iif, String oif, CtState ctState,
                   int icmpType, int icmpCode, Path configDir, Path rulesetFile, DaemonLayer layer, Path hostFile,
                   PortRange portRange, Long seed, boolean json, MacAddress mac) {
}
