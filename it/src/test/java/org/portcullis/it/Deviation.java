package org.portcullis.it;

import java.util.List;

import org.portcullis.testkit.ExecResult;

/**
 * A known difference from the recorded firewalld: for the entry running {@code args}, why Portcullis
 * differs and exactly what it prints instead.
 */
record Deviation(List<String> args, String reason, ExecResult portcullis) {
    Deviation(String command, String reason, int exit, String stdout, String stderr) {
        this(List.of(command.split(" ")), reason, new ExecResult(exit, stdout, stderr));
    }

    String command() {
        return String.join(" ", args);
    }
}
