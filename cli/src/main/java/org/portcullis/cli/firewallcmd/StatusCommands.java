package org.portcullis.cli.firewallcmd;

import java.util.List;

import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;
import org.portcullis.model.error.ErrorCode;

/** {@code --state}, {@code --reload}, {@code --complete-reload}, {@code --runtime-to-permanent}, {@code --check-config}. */
public final class StatusCommands implements CommandFamily {
    static final String GROUP = "standalone";
    static final List<String> NAMES =
            List.of("--state", "--reload", "--complete-reload", "--runtime-to-permanent", "--check-config");

    @Override
    public List<OptionSpec> options() {
        return NAMES.stream().map(n -> OptionSpec.of(n, Arity.FLAG, GROUP)).toList();
    }

    @Override
    public List<String> standaloneOptions() {
        return NAMES;
    }

    @Override
    public boolean claims(ParsedOptions o) {
        return o.anySet(NAMES);
    }

    @Override
    public int run(Session s) {
        String option = s.options().first(NAMES);
        if (option.equals("--state")) {
            return state(s, s.call(Request.runtime(Ops.STATE)));
        }
        return s.changed(s.call(Request.runtime(option.substring(2))));
    }

    static int state(Session s, Response r) {
        if (r.kind() != Response.Kind.LINES || r.lines().isEmpty()) {
            return s.output().error(r.kind() == Response.Kind.ERROR ? r
                    : Response.error(ErrorCode.UNKNOWN_ERROR, "unexpected answer"));
        }
        return switch (r.lines().getFirst()) {
            case Ops.RUNNING -> s.output().exit("running", 0);
            case Ops.FAILED -> s.output().exit("failed", ErrorCode.RUNNING_BUT_FAILED.exitCode());
            default -> s.output().exit("not running", ErrorCode.NOT_RUNNING.exitCode());
        };
    }
}
