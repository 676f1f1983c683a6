package org.portcullis.analysis.check;

import java.util.List;
import java.util.Objects;

import org.portcullis.compile.Compiled;
import org.portcullis.engine.host.Host;
import org.portcullis.model.net.IpAddress;

/**
 * What a check runs on: the compiled ruleset with its source map, the host model, the resolvers the host queries
 * (empty when not known), the administrator's ssh session (null when there is none), which configuration the
 * fixes' commands change, and the seed ephemeral ports are drawn from.
 */
public record CheckInput(Compiled compiled, Host host, List<IpAddress> resolvers, SshSession session,
                         CommandForm form, long seed) {
    public CheckInput {
        Objects.requireNonNull(compiled);
        Objects.requireNonNull(host);
        Objects.requireNonNull(form);
        resolvers = List.copyOf(resolvers);
    }
}
