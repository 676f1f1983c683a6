package org.portcullis.daemon;

import java.util.List;

import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Response;

/** {@code --state}, {@code --reload}, {@code --complete-reload}, {@code --runtime-to-permanent}, {@code --check-config}. */
public record StatusHandlers(Firewall firewall) implements HandlerFamily {
    @Override
    public void register(Dispatcher d) {
        d.runtime(Ops.STATE, args -> Response.lines(List.of(switch (firewall.state()) {
            case STARTING -> Ops.STARTING;
            case RUNNING -> Ops.RUNNING;
            case FAILED -> Ops.FAILED;
        })));
        d.runtime(Ops.RELOAD, args -> {
            firewall.reload("reload");
            return Response.ok();
        });
        d.runtime(Ops.COMPLETE_RELOAD, args -> {
            firewall.reload("complete reload");
            return Response.ok();
        });
        d.runtime(Ops.RUNTIME_TO_PERMANENT, args -> {
            firewall.runtimeToPermanent();
            return Response.ok();
        });
        d.runtime(Ops.CHECK_CONFIG, args -> {
            firewall.checkedLoad();
            return Response.ok();
        });
    }
}
