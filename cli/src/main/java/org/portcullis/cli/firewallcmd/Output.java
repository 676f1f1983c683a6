package org.portcullis.cli.firewallcmd;

import java.io.PrintStream;

import org.portcullis.daemon.api.Response;
import org.portcullis.model.error.ErrorCode;

/** What firewall-cmd prints, honouring {@code -q}: messages on stdout, errors and warnings on stderr. */
public final class Output {
    private final PrintStream out;
    private final PrintStream err;
    private boolean quiet;

    public Output(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void quiet(boolean quiet) {
        this.quiet = quiet;
    }

    public void message(String text) {
        if (!quiet) {
            out.println(text);
        }
    }

    /** firewalld's print_and_exit: codes 0 and 1 on stdout, others on stderr; returns the code. */
    public int exit(String text, int code) {
        if (code > 1) {
            if (!quiet) {
                err.println(text);
            }
        } else {
            message(text);
        }
        return code;
    }

    public void warning(String text) {
        if (!quiet) {
            err.println(text);
        }
    }

    /** Prints an error the daemon returned; a soft code becomes a warning and the caller goes on. */
    int error(Response r) {
        ErrorCode code = r.code();
        if (code.isSoft()) {
            warning("Warning: " + r.errorText());
            return 0;
        }
        return switch (code) {
            case NOT_RUNNING -> exit(Texts.NOT_RUNNING, code.exitCode());
            case NOT_AUTHORIZED -> exit(Texts.AUTHORIZATION, code.exitCode());
            default -> exit("Error: " + r.errorText(), code.exitCode());
        };
    }

    void usage(UsageError e) {
        if (!quiet || !e.quietable()) {
            err.println(e.text());
        }
    }

    void forced(String text) {
        err.println(text);
    }
}
