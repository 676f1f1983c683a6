package org.portcullis.testkit;

/** The outcome of a finished command: exit code and everything it printed. */
public record ExecResult(int exitCode, String stdout, String stderr) {

    public boolean ok() {
        return exitCode == 0;
    }

    /** Returns this result, or throws naming the command's stderr when it failed. */
    public ExecResult orThrow(String what) {
        if (exitCode != 0) {
            throw new IllegalStateException(what + " failed (exit " + exitCode + "): " + stderr.strip());
        }
        return this;
    }
}
