package org.portcullis.cli.firewallcmd;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;

import org.portcullis.daemon.api.Response;
import org.portcullis.model.error.ErrorCode;

/**
 * firewall-cmd's way of applying an action or a query to each of several values: with one value an error
 * ends the command (a soft one only warns); with several, each error is a warning and the exit code sums them
 * up.
 */
final class Sequences {
    private Sequences() {
    }

    /**
     * Applies {@code action} to each value; empty when the command goes on (some value succeeded, or an error
     * was soft), else the exit code it ends with, the error already printed.
     */
    static OptionalInt act(Output out, List<String> values, Function<String, Response> action) {
        int errors = 0;
        List<Integer> codes = new ArrayList<>();
        for (String v : values) {
            Response r = action.apply(v);
            if (r.kind() != Response.Kind.ERROR) {
                continue;
            }
            int code = r.code().isSoft() ? 0 : r.code().exitCode();
            if (values.size() > 1 || code == 0) {
                out.warning("Warning: " + r.errorText());
                if (values.size() == 1) {
                    return OptionalInt.empty();
                }
            } else {
                return OptionalInt.of(out.error(r));
            }
            if (!codes.contains(code)) {
                codes.add(code);
            }
            errors++;
        }
        if (values.size() > errors || codes.contains(0)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(codes.size() == 1 ? codes.getFirst() : ErrorCode.UNKNOWN_ERROR.exitCode());
    }

    /**
     * Asks {@code query} about each value: one value answers {@code yes} (0) or {@code no} (1); several print
     * {@code 'VALUE': yes|no} each, errors as warnings, and exit 0.
     */
    static int query(Output out, List<String> values, Function<String, Response> query) {
        if (values.size() == 1) {
            Response r = query.apply(values.getFirst());
            return switch (r.kind()) {
                case YES -> out.exit("yes", 0);
                case NO -> out.exit("no", 1);
                case ERROR -> out.error(r);
                case OK, LINES -> out.exit("Error: UNKNOWN_ERROR: unexpected answer", 254);
            };
        }
        for (String v : values) {
            Response r = query.apply(v);
            switch (r.kind()) {
                case YES, NO -> out.message("'" + v + "': " + (r.kind() == Response.Kind.YES ? "yes" : "no"));
                case ERROR -> out.warning("Warning: " + r.errorText());
                case OK, LINES -> out.warning("Warning: UNKNOWN_ERROR: unexpected answer");
            }
        }
        return 0;
    }
}
