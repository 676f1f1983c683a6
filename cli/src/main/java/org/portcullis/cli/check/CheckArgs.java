package org.portcullis.cli.check;

import java.nio.file.Path;
import java.util.List;

import org.portcullis.analysis.check.SshSession;
import org.portcullis.analysis.explain.source.DaemonLayer;
import org.portcullis.model.net.IpAddress;

/**
 * A parsed {@code portcullis check} command line. Exactly one of {@code configDir}, {@code rulesetFile} and
 * {@code layer} is set; {@code hostFile}, {@code resolvConf}, {@code session} and {@code seed} may be null,
 * {@code resolvers} empty.
 */
record CheckArgs(Path configDir, Path rulesetFile, DaemonLayer layer, Path hostFile, List<IpAddress> resolvers,
                 Path resolvConf, SshSession session, Long seed, boolean json) {
    CheckArgs {
        resolvers = List.copyOf(resolvers);
    }
}
