package org.portcullis.daemon;

import java.util.HashMap;
import java.util.Map;

import org.portcullis.daemon.api.Ops;
import org.portcullis.daemon.api.Request;
import org.portcullis.daemon.api.Response;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.FirewallException;

/** Routes requests to handlers by operation name and runtime/permanent, turning exceptions into answers. */
public final class Dispatcher {
    private final Map<String, Handler> runtime = new HashMap<>();
    private final Map<String, Handler> permanent = new HashMap<>();
    private final Firewall firewall;

    public Dispatcher(Firewall firewall) {
        this.firewall = firewall;
    }

    public Dispatcher with(HandlerFamily family) {
        family.register(this);
        return this;
    }

    public void runtime(String op, Handler handler) {
        runtime.put(op, handler);
    }

    public void permanent(String op, Handler handler) {
        permanent.put(op, handler);
    }

    /** Operations other than {@code state} wait until the daemon has applied its configuration. */
    public Response dispatch(Request request) {
        if (!request.op().equals(Ops.STATE) && firewall.state() == DaemonState.STARTING) {
            return Response.error(ErrorCode.NOT_RUNNING, "");
        }
        Handler handler = (request.permanent() ? permanent : runtime).get(request.op());
        if (handler == null) {
            return Response.error(ErrorCode.INVALID_OPTION,
                    (request.permanent() ? "permanent " : "") + "operation '" + request.op() + "' is not supported");
        }
        try {
            return handler.handle(request.args());
        } catch (FirewallException e) {
            return Response.error(e);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            return Response.error(ErrorCode.INVALID_VALUE, "malformed request for '" + request.op() + "'");
        } catch (RuntimeException e) {
            return Response.error(ErrorCode.UNKNOWN_ERROR, Firewall.describe(e));
        }
    }
}
