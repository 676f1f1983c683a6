package org.portcullis.analysis.check;

import java.util.List;

/**
 * The administrator's ssh session ({@code SSH_CONNECTION}) cut: when {@code current}, packets of the session in
 * use are dropped (either direction); otherwise the session survives while conntrack remembers it, but a new
 * login from the same client fails.
 */
public record SessionLockout(SshSession session, boolean current, List<Flow> flows, Fix fix) implements Finding {
    public SessionLockout {
        flows = List.copyOf(flows);
    }

    @Override
    public String kind() {
        return "ssh-lockout";
    }

    @Override
    public String title() {
        return current
                ? "lock-out: the ssh session in use (SSH_CONNECTION " + session.words() + ") would be cut"
                : "lock-out: a new ssh login from " + session.client() + " to " + session.serverEndpoint()
                        + " would fail; the session in use (" + session.words() + ") lasts only while conntrack remembers it";
    }

    @Override
    public List<String> also() {
        return List.of();
    }
}
